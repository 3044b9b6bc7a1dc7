"""The full picture a dashboard shows: a folder's latest full run, with the routes that later
partial runs checked put in their place.

A partial run (``curator run --only``, a scheduled job's ``routes:``, the gate) checks a few
routes; written alone, its report would show a dashboard of those few and delete every other
route's page. Instead every report is written from the picture: the newest full run of the same
routes folder, each route replaced by its newest check in a conclusive partial run since, and
marked with the run that checked it and when. An inconclusive partial run judged nothing, so it
changes nothing here.
"""

from __future__ import annotations

from pathlib import PurePath

from curator.report.context import in_picture, is_full, read_report
from curator.report.model import Report, RouteReport
from curator.store.interface import RunRecord, Store

# Runs read back to find the full run under a partial one: a month of nightly runs with a few
# partial ones each day.
PICTURE_RUNS = 200


def picture(store: Store, current: Report | None = None) -> Report | None:
    """The picture as of ``current`` (a run already finished in the store), or as of the newest
    run a picture can show; None when the store holds none."""
    runs = [
        run
        for run in store.runs(limit=PICTURE_RUNS, reports=False)
        if run.finished_at is not None and run.has_report and in_picture(run)
    ]
    ids = [run.run_id for run in runs]
    if current is not None and current.run.id in ids:
        runs = runs[ids.index(current.run.id) :]
    if not runs:
        return None
    anchor = runs[0]
    if is_full(anchor):
        return current if current is not None else read_report(store, anchor)
    partials: list[RunRecord] = []
    base: RunRecord | None = None
    for run in runs:
        if run.routes_dir != anchor.routes_dir:
            continue
        if is_full(run):
            base = run
            break
        if not run.inconclusive:
            partials.append(run)
    if not partials:  # only inconclusive partial runs since the full one
        return read_report(store, base) if base is not None else None
    return merge(
        read_report(store, base) if base is not None else None,
        [
            current
            if current is not None and run.run_id == current.run.id
            else read_report(store, run)
            for run in reversed(partials)
        ],
    )


def merge(base: Report | None, partials_oldest_first: list[Report]) -> Report:
    """``base`` with each partial report's routes in place (new routes at the end), every route
    stamped with the run that checked it."""
    routes: dict[str, RouteReport] = {}
    problems: list[str] = []
    for report in ([base] if base is not None else []) + partials_oldest_first:
        for route in report.routes:
            routes[route.slug] = route.model_copy(
                update={"checked_run": report.run.id, "checked_at": report.run.finished_at}
            )
        # A file's problems are those its latest check found; files not checked keep theirs.
        checked = {route.slug for route in report.routes} | {_slug(p) for p in report.problems}
        problems = [p for p in problems if _slug(p) not in checked] + list(report.problems)
    newest = partials_oldest_first[-1]
    return newest.model_copy(
        update={
            "run": newest.run.model_copy(update={"partial": True}),
            "routes": list(routes.values()),
            "problems": list(dict.fromkeys(problems)),
        }
    )


def _slug(problem: str) -> str:
    """The route a ``file:line: message`` problem is about: its file's stem."""
    return PurePath(problem.split(":", 1)[0]).stem
