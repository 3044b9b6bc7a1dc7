"""What a report needs from history besides its own run: recent runs for the trend, and the
previous run's report for the digest.

Only runs that report on every route count: ``run`` and the scheduler's ``recheck`` (which
fetches the links due and reuses the rest). A gate checks the few routes a change touches and an
approval checks one route; comparing a full report with either would announce every other route
as "recovered" or "newly broken". The same holds for a ``run`` of some routes only (``--only``, a
scheduled job's ``routes:``), recorded as partial, and for runs of another routes folder sharing
the store: neither is in the trend or the digest's baseline. An inconclusive run judged nothing,
so it is kept in the trend (the gap is honest) but never used as the digest's baseline.

Runs are listed without their report documents (``Store.runs(reports=False)``): a document
holds every source of its run, a store keeps one per run, and the trend needs only counts. The
one report a picture or the digest needs is read on its own (``read_report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from curator.report.model import Report
from curator.store.interface import RunRecord, Store

REPORT_KINDS = frozenset({"run", "recheck"})
TREND_RUNS = 30


class ReportContextError(Exception):
    """A stored run cannot be turned back into a report; the message names the run."""


@dataclass(frozen=True)
class ReportContext:
    history: tuple[RunRecord, ...] = ()  # finished full runs, newest first, the current included
    previous: Report | None = None  # the last conclusive full run before the current one


def load_context(store: Store, current_run_id: str, limit: int = TREND_RUNS) -> ReportContext:
    """History around ``current_run_id``: full runs of its routes folder up to it (not later
    ones) and the one before it."""
    every = store.runs(limit=limit * 4 + 10, reports=False)
    current = next((run for run in every if run.run_id == current_run_id), None)
    if current is not None:
        position = every.index(current)
        every = every[position:]
    scope = current.routes_dir if current is not None else None
    runs = [run for run in _finished_full_runs(every) if run.routes_dir == scope]
    history = tuple(runs[:limit])
    previous = next(
        (
            run
            for run in runs
            if run.run_id != current_run_id and not run.inconclusive and run.has_report
        ),
        None,
    )
    return ReportContext(
        history=history, previous=read_report(store, previous) if previous else None
    )


def latest_report_run(store: Store) -> RunRecord | None:
    """The newest finished run that kept its report and that a picture can show: a full run,
    or a partial one (``report.picture`` puts it inside its folder's latest full run)."""
    return next(
        (
            run
            for run in store.runs(limit=200, reports=False)
            if run.finished_at is not None and run.has_report and in_picture(run)
        ),
        None,
    )


def in_picture(run: RunRecord) -> bool:
    """A run whose routes belong in its folder's picture: a full or partial check, or a gate
    (which checks the routes a change touches)."""
    return run.kind in REPORT_KINDS or (run.kind == "gate" and run.routes_dir is not None)


def is_full(run: RunRecord) -> bool:
    return run.kind in REPORT_KINDS and not run.partial


def read_report(store: Store, run: RunRecord) -> Report:
    """The report ``run`` kept, read from the store unless the record holds it already."""
    document = run.report_json if run.report_json is not None else store.report_json(run.run_id)
    try:
        return Report.model_validate_json(document or "")
    except ValidationError as exc:
        raise ReportContextError(
            f"run {run.run_id}: its stored report cannot be read ({exc.error_count()} problem(s), "
            f"first: {exc.errors()[0]['msg']})"
        ) from exc


def _finished_full_runs(runs: Sequence[RunRecord]) -> list[RunRecord]:
    return [run for run in runs if is_full(run) and run.finished_at is not None]
