"""``curator gate`` minus argument parsing: from a change to an exit code.

The order is the promise the gate makes to an editor: bad input is reported before anything is
fetched (an editor can fix it now, and CI spends no time on a file that cannot be published);
only touched routes are looked at; the network is used only for what the change adds and what
the store cannot vouch for; and a run that could not judge says so (exit 3) instead of passing
or failing anyone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from curator.archive.client import archive_client
from curator.catalog import Catalog, Problem
from curator.catalog.load import ROUTE_SUFFIXES
from curator.clock import Clock, utcnow
from curator.exitcodes import Exit
from curator.gate import junit, sarif
from curator.gate.canary import network_works
from curator.gate.changes import (
    GitError,
    RouteChange,
    TouchedFiles,
    base_text,
    changed_route_files,
    describe,
    verify_revision,
)
from curator.gate.evaluate import evaluate, inconclusive_reason
from curator.gate.live import live_plan
from curator.gate.outcome import GateOutcome
from curator.gate.output import write_annotations, write_step_summary, write_summary
from curator.session.core import RunSession
from curator.session.lock import LockBusy
from curator.settings import Settings
from curator.store.interface import Store, StoreError


@dataclass(frozen=True)
class GateOptions:
    files: Sequence[Path] = ()  # route files named on the command line
    changed_since: str | None = None  # git revision the change is measured from
    routes_dir: Path = Path("routes")
    store: str | None = None  # None: the settings' default; "": keep no history
    resolve: dict[str, str] = field(default_factory=dict)
    junit: Path | None = None
    sarif: Path | None = None  # also write the verdict as SARIF 2.1.0 here
    github: bool = False  # write GitHub Actions annotations on stdout
    step_summary: Path | None = None  # GitHub's $GITHUB_STEP_SUMMARY, if set


def run_gate(
    options: GateOptions,
    settings: Settings,
    *,
    out: TextIO | None = None,
    clock: Clock = utcnow,
) -> Exit:
    """Decide, then tell everyone who listens: annotations, summary, JUnit, SARIF."""
    outcome = decide(options, settings, clock=clock)
    if options.github:
        write_annotations(outcome, out or sys.stdout)
    write_summary(outcome, out or sys.stdout)  # the verdict is the gate's result
    if options.step_summary is not None:
        write_step_summary(outcome, options.step_summary)
    if options.junit is not None:
        junit.write(outcome, options.junit)
    if options.sarif is not None:
        sarif.write(outcome, options.sarif)
    return outcome.exit


def decide(options: GateOptions, settings: Settings, *, clock: Clock = utcnow) -> GateOutcome:
    routes_dir = options.routes_dir
    if not routes_dir.is_dir():
        return GateOutcome(Exit.BAD_INPUT, error=f"{routes_dir}: not a directory of route files")
    if not options.files and options.changed_since is None:
        return GateOutcome(
            Exit.BAD_INPUT,
            error="nothing to gate: name route files or pass --changed-since GIT_REV",
        )
    try:
        touched = _touched(options)
    except GitError as exc:
        return GateOutcome(Exit.BAD_INPUT, error=f"git: {exc}", base=options.changed_since)
    except _NotRoutes as exc:
        return GateOutcome(Exit.BAD_INPUT, problems=exc.problems, base=options.changed_since)
    base = options.changed_since
    if not touched.present:
        return GateOutcome(Exit.OK, deleted=touched.deleted, base=base)

    session = RunSession(
        settings,
        routes_dir,
        store=options.store,
        resolve=options.resolve,
        clock=clock,
        purpose="curator gate",
    )
    today = clock().date()
    catalog = session.catalog([p.name for p in touched.present])
    if catalog.problems:
        return GateOutcome(
            Exit.BAD_INPUT, problems=catalog.problems, touched=touched.present, base=base
        )
    changes = {
        slug: describe(
            route,
            base_text(route.path, base) if base is not None else None,
            compared=base is not None,
            today=today,
        )
        for slug, route in catalog.routes.items()
    }
    try:
        with session.locked():  # never beside another run on the same state
            return _opened(session, options, catalog, changes, touched)
    except LockBusy as exc:
        return GateOutcome(
            Exit.INCONCLUSIVE, inconclusive=str(exc), touched=touched.present, base=base
        )


def _opened(
    session: RunSession,
    options: GateOptions,
    catalog: Catalog,
    changes: dict[str, RouteChange],
    touched: TouchedFiles,
) -> GateOutcome:
    try:
        store = session.open_store()
    except StoreError as exc:
        return GateOutcome(
            Exit.BAD_INPUT, error=str(exc), touched=touched.present, base=options.changed_since
        )
    try:
        return _check(session, options, catalog, changes, store, touched)
    finally:
        if store is not None:
            store.close()


def _check(
    session: RunSession,
    options: GateOptions,
    catalog: Catalog,
    changes: dict[str, RouteChange],
    store: Store | None,
    touched: TouchedFiles,
) -> GateOutcome:
    settings, clock = session.settings, session.clock
    window = timedelta(hours=settings.gate.freshness_hours)
    live = live_plan(changes.values(), store, window, clock())
    # The routes a change touches: updated inside the folder's picture.
    request = session.request(catalog, kind="gate", live=live.urls, partial=True)
    archive = archive_client(settings)
    with session.fetcher() as fetcher:
        try:
            report = session.check(request, fetcher, store, archive=archive)
        finally:
            if archive is not None:
                archive.close()
        reason = inconclusive_reason(report, live.urls)
        # Too few live checks for the run's own offline judgement: ask the network directly.
        if (
            reason is not None
            and not report.run.inconclusive
            and network_works(fetcher, sorted(live.reused), live.urls)
        ):
            reason = None
    checked = GateOutcome(
        Exit.OK,
        touched=touched.present,
        deleted=touched.deleted,
        base=options.changed_since,
        live=len(live.urls),
        reused=len(live.reused),
    )
    if reason is not None:
        return replace(checked, exit=Exit.INCONCLUSIVE, inconclusive=reason)
    findings = evaluate(
        report,
        changes,
        settings.gate,
        review_max_age_days=settings.assess.review_max_age_days,
        today=clock().date(),
    )
    verdict = Exit.FAILED if any(f.fails for f in findings) else Exit.OK
    return replace(checked, exit=verdict, findings=tuple(findings))


class _NotRoutes(Exception):
    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _touched(options: GateOptions) -> TouchedFiles:
    """The route files to gate: the named ones, or git's list of changed ones."""
    if not options.files:
        assert options.changed_since is not None
        return changed_route_files(options.routes_dir, options.changed_since)
    if options.changed_since is not None:
        verify_revision(options.routes_dir, options.changed_since)
    root = options.routes_dir.resolve()
    problems = []
    for path in options.files:
        if path.suffix not in ROUTE_SUFFIXES:
            problems.append(Problem(path, 0, "not a route file (.yaml or .yml)"))
        elif path.resolve().parent != root:
            problems.append(Problem(path, 0, f"not in the routes directory {options.routes_dir}"))
        elif not path.is_file():
            problems.append(Problem(path, 0, "no such route file"))
    if problems:
        raise _NotRoutes(tuple(problems))
    present = {options.routes_dir / path.name: None for path in options.files}
    return TouchedFiles(present=tuple(present))
