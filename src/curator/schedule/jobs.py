"""What each job kind does, through the same core as ``curator run``.

A full check and a recheck are ``app.run`` with options (due-based or watched-only link
selection); the digest writes ``reports/overdue.md``. Each returns an :class:`Outcome` whose
lines the service logs: one summary, then one line per problem or failing link, with its route
and URL, so a person reading the log knows what to look at without opening the report.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from curator import app
from curator.exitcodes import Exit
from curator.report.model import Report
from curator.report.text import plain
from curator.schedule.config import JobKind, JobSpec
from curator.schedule.digest import write_digest
from curator.session.cancel import RunCancelled
from curator.session.due import Selection
from curator.settings import Settings
from curator.states import LinkState


@dataclass(frozen=True)
class JobContext:
    """What every job shares: where the routes, reports and state are, and the settings."""

    routes_dir: Path
    reports_dir: Path
    store: str
    settings: Settings
    resolve: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    exit: Exit | None  # None: the job did not complete (cancelled or crashed)
    summary: str
    warnings: tuple[str, ...] = ()
    cancelled: bool = False
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return "ok" if self.exit is Exit.OK else self.summary


def grace(job: JobSpec, settings: Settings) -> timedelta:
    return job.misfire_grace or timedelta(hours=settings.schedule.misfire_grace_hours)


def run_job(job: JobSpec, context: JobContext, cancel: threading.Event) -> Outcome:
    if job.kind is JobKind.DIGEST:
        return _digest(job, context)
    return _check(job, context, cancel)


def _check(job: JobSpec, context: JobContext, cancel: threading.Event) -> Outcome:
    settings = _job_settings(job, context.settings)
    reports: list[Report] = []
    console_text = io.StringIO()
    options = app.RunOptions(
        routes_dir=context.routes_dir,
        reports_dir=context.reports_dir,
        only=job.routes,
        store=context.store,
        resolve=dict(context.resolve),
        progress=False,
        select=_selection(job),
        kind="run" if job.kind is JobKind.FULL else "recheck",
        cancel=cancel,
        on_report=reports.append,
        notify=job.notify,
    )
    try:
        code = app.run(options, settings, Console(file=console_text, width=200))
    except RunCancelled as exc:
        return Outcome(None, f"aborted: {exc}", cancelled=True)
    said = tuple(line for line in console_text.getvalue().splitlines() if line.strip())
    if not reports:
        return Outcome(code, f"exit {code.value}: no report", warnings=said)
    return _report_outcome(job, reports[0], code, said)


def _report_outcome(job: JobSpec, report: Report, code: Exit, said: tuple[str, ...]) -> Outcome:
    states: dict[str, LinkState] = {}
    fresh: set[str] = set()
    warnings = [f"{job.name}: {plain(problem, 300)}" for problem in report.problems]
    for route in report.routes:
        for source in route.sources:
            states[source.url] = source.state
            if source.checked_at is None or source.checked_at < report.run.started_at:
                continue
            if source.url not in fresh and _failing(source.state):
                why = source.error.message if source.error else source.reason
                status = "confirmed" if source.confirmed else f"{source.consecutive_failures}x"
                warnings.append(
                    f"{job.name}: route {route.slug} source #{source.rank} "
                    f"{plain(source.url, 300)}: {source.state.value} ({status}): {plain(why, 200)}"
                )
            fresh.add(source.url)
    routes = Counter(route.status.value for route in report.routes)
    links = Counter(state.value for state in states.values())
    counts = {**{f"route:{k}": v for k, v in routes.items()}, **links, "checked": len(fresh)}
    summary = (
        f"exit {code.value}: {len(report.routes)} routes ({_tally(routes)}); "
        f"{len(states)} links, {len(fresh)} checked now ({_tally(links)})"
    )
    if report.run.inconclusive:
        summary += f"; inconclusive: {plain(report.run.reason, 200)}"
    due_lines = tuple(
        f"{job.name}: {line}" for line in said if line.startswith(("due:", "notify:"))
    )
    return Outcome(code, summary, warnings=(*due_lines, *warnings), counts=counts)


def _digest(job: JobSpec, context: JobContext) -> Outcome:
    max_age = context.settings.assess.review_max_age_days
    result = write_digest(
        context.routes_dir,
        context.reports_dir,
        datetime.now(UTC).date(),
        max_age,
        only=job.routes,
    )
    summary = (
        f"exit 0: {result.overdue} of {result.routes} routes overdue for review "
        f"(older than {max_age} days), written to {result.path}"
    )
    warnings = tuple(f"{job.name}: {plain(p, 300)}" for p in result.problems)
    return Outcome(Exit.OK, summary, warnings, counts={"overdue": result.overdue})


def _selection(job: JobSpec) -> Selection:
    if job.kind is JobKind.RECHECK:
        return Selection.WATCHED
    return Selection.DUE if job.due else Selection.ALL


def _job_settings(job: JobSpec, settings: Settings) -> Settings:
    """The job's concurrency; and a scheduled run waits out a manual one for up to its grace."""
    fetch = settings.fetch
    if job.concurrency is not None:
        fetch = fetch.model_copy(update={"concurrency": job.concurrency})
    wait = max(settings.schedule.lock_wait_seconds, grace(job, settings).total_seconds())
    schedule = settings.schedule.model_copy(update={"lock_wait_seconds": wait})
    return settings.model_copy(update={"fetch": fetch, "schedule": schedule})


def _tally(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items())) or "none"


def timed(
    job: JobSpec, context: JobContext, cancel: threading.Event, log: logging.Logger
) -> Outcome:
    """Run ``job`` with its start and end logged: what a person scanning the log looks for."""
    extra = {"job": job.name, "kind": job.kind.value}
    log.info("%s: started (%s)", job.name, job.describe(), extra={**extra, "event": "started"})
    began = time.monotonic()
    try:
        outcome = run_job(job, context, cancel)
    except Exception as exc:
        log.exception("%s: failed: %s", job.name, exc, extra={**extra, "event": "failed"})
        outcome = Outcome(None, f"failed: {exc}")
    seconds = round(time.monotonic() - began, 1)
    for line in outcome.warnings:
        log.warning("%s", line, extra={**extra, "event": "finding"})
    event = "aborted" if outcome.cancelled else "finished"
    log.info(
        "%s: %s in %.1fs, %s",
        job.name,
        event,
        seconds,
        outcome.summary,
        extra={
            **extra,
            "event": event,
            "duration_s": seconds,
            "exit_code": None if outcome.exit is None else int(outcome.exit),
            "counts": dict(outcome.counts),
        },
    )
    return outcome


def _failing(state: LinkState) -> bool:
    """Broken, or refusing to be checked: what a job warns about."""
    return state.is_broken or state is LinkState.BLOCKED
