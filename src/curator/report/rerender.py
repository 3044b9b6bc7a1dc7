"""``curator report``'s core: every report again from the store, without fetching anything.

The store keeps each finished run's report document, so re-rendering needs no network and no
route files; it is how a new output format or a template fix reaches an existing run. What is
rendered is the picture a run leaves (``report.picture``): after a partial run, the folder's
latest full run with the routes it checked in their place, as ``curator run`` wrote it.
"""

from __future__ import annotations

from pathlib import Path

from curator.report.context import latest_report_run, load_context, read_report
from curator.report.model import Report
from curator.report.outputs import write_all
from curator.report.picture import picture
from curator.store.interface import Store


class NothingToRender(Exception):
    """The store has no finished run with a report."""


def rerender(store: Store, reports_dir: Path) -> Report:
    run = latest_report_run(store)
    if run is None:
        raise NothingToRender(
            "the state store has no finished run to report on; run `curator run` first"
        )
    latest = read_report(store, run)
    report = picture(store, latest) or latest
    context = load_context(store, run.run_id)
    write_all(report, reports_dir, context.history, context.previous)
    return report
