"""The run's report: every route's report, early or built now, and redacted once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from curator.assess.baseline import RouteBaseline
from curator.catalog.model import Route
from curator.classify import OfflineVerdict
from curator.report.model import Report, RunInfo
from curator.report.redacted import redact_report, redact_route
from curator.report.spooled import SpooledRoutes
from curator.rollup.early import EarlyRoutes
from curator.rollup.looks import FinalLooks
from curator.rollup.route import RouteContext, route_report
from curator.spool import REPORT_ON_DISK_FROM


def run_report(
    run: RunInfo,
    routes: Sequence[Route],
    looks: FinalLooks,
    ctx: RouteContext,
    baselines: Mapping[str, RouteBaseline],
    problems: Sequence[str],
    early: EarlyRoutes | None = None,
) -> Report:
    """Everything a report shows passes ``curator.redact`` once, so no output can forget: a
    route told early was redacted when it was built (``rollup.early``), every other route and
    the rest of the report here."""
    built = (
        (early.reuse(index, looks, ctx) if early is not None else None)
        or redact_route(route_report(route, looks, ctx, baselines.get(route.slug)))
        for index, route in enumerate(routes)
    )
    if len(routes) < REPORT_ON_DISK_FROM:
        report = Report(run=run, routes=list(built), problems=list(problems))
    else:
        # Validated one by one as they were built; validating the report's fields again
        # would read every spooled route back into a list.
        report = Report.model_construct(
            run=run, routes=SpooledRoutes(built), problems=list(problems)
        )
    return redact_report(report, routes=False)


def run_info(
    run_id: str,
    started: datetime,
    finished: datetime,
    offline: OfflineVerdict,
    urls: Sequence[str],
    fetched: Sequence[str],
    partial: bool,
) -> RunInfo:
    """The run as its report shows it; the rate counts only the URLs fetched in this run."""
    elapsed = (finished - started).total_seconds()
    return RunInfo(
        id=run_id,
        started_at=started,
        finished_at=finished,
        inconclusive=offline.inconclusive,
        reason=offline.reason if offline.inconclusive else None,
        urls=len(urls),
        requests_per_second=round(len(fetched) / elapsed, 1) if elapsed > 0 else None,
        partial=partial,
    )
