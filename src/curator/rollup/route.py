"""One route's report from the looks at its sources: each source's state, history and
staleness, then the route's findings and status."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from curator.assess.baseline import RouteBaseline, SourceBaseline
from curator.assess.staleness import NOT_JUDGED, Staleness, assess_source, review_overdue
from curator.catalog.model import Route
from curator.history import LinkHistory
from curator.report.model import ErrorInfo, Finding, Report, RouteReport, SourceReport
from curator.rollup.status import finding, route_findings, route_status, source_findings
from curator.settings import Settings
from curator.states import LinkState
from curator.store.interface import Observation


@dataclass(frozen=True, slots=True)
class Look:
    """The look at a URL a report shows: fetched in this run, or reused from the store."""

    observation: Observation
    history: LinkHistory
    fresh: bool


@dataclass(frozen=True)
class RouteContext:
    """What every route's report in one run is judged against."""

    known_slugs: frozenset[str]
    settings: Settings
    inconclusive: bool
    today: date


def route_report(
    route: Route, looks: Mapping[str, Look], ctx: RouteContext, baseline: RouteBaseline | None
) -> RouteReport:
    approved = baseline.by_url() if baseline else {}
    sources: list[SourceReport] = []
    notes: list[Finding] = []
    for rank, source in enumerate(route.sources, start=1):
        look = looks.get(source.url)
        staleness = NOT_JUDGED
        if look is not None and not ctx.inconclusive:
            staleness = assess_source(
                source.blurb,
                look.observation,
                approved.get(source.url),
                route.reviewed,
                ctx.settings.assess,
            )
        editorial = _editorial(source.blurb, approved.get(source.url))
        sources.append(
            source_report(rank, source.name, source.url, source.line, look, staleness, editorial)
        )
        notes += [
            finding(code=n.code, rank=rank, message=f"#{rank} {source.name}: {n.message}")
            for n in staleness.notes
        ]
    findings = source_findings(sources) + notes
    findings += route_findings(
        sources,
        route.similar,
        ctx.known_slugs,
        ctx.settings.classify.min_live_sources,
        ctx.inconclusive,
    )
    overdue = review_overdue(route.reviewed, ctx.today, ctx.settings.assess)
    if overdue and not ctx.inconclusive:
        findings.append(finding(code="review-overdue", message=overdue))
    return RouteReport(
        slug=route.slug,
        title=route.title,
        status=route_status(sources, findings, ctx.inconclusive),
        findings=findings,
        sources=sources,
        path=str(route.path),
        summary=route.summary,
    )


def _editorial(blurb: str, approved: SourceBaseline | None) -> dict[str, str | None]:
    """What the editor wrote and approved, for a route page to set beside what the page says."""
    return {
        "blurb": blurb,
        "approved_title": approved.title if approved else None,
        "approved_description": approved.description if approved else None,
    }


def source_report(
    rank: int,
    name: str,
    url: str,
    line: int,
    look: Look | None,
    staleness: Staleness,
    editorial: Mapping[str, str | None] | None = None,
) -> SourceReport:
    """``editorial`` (the blurb and approved text) is passed in rather than added with
    ``model_copy``: a copy gets a fields set of its own for every source a run holds, where
    instances built with the same fields share one (``curator.frozen``; bench/README.md)."""
    extra = dict(editorial or {})
    if look is None:
        return SourceReport(
            rank=rank, name=name, url=url, state=LinkState.UNKNOWN, http_status=None,
            final_url=None, title=None, description=None, flags=[], error=None,
            checked_at=None, consecutive_failures=0, confirmed=False,
            reason="not checked in this run", line=line, **extra,
        )  # fmt: skip
    obs, history = look.observation, look.history
    return SourceReport(
        rank=rank,
        name=name,
        url=url,
        state=obs.state,
        http_status=obs.http_status,
        final_url=obs.final_url,
        title=obs.title,
        description=obs.description,
        flags=sorted(obs.flags | staleness.flags),
        error=ErrorInfo(kind=obs.error_kind, message=obs.error_message or "")
        if obs.error_kind
        else None,
        checked_at=obs.checked_at,
        consecutive_failures=history.consecutive_failures,
        confirmed=history.confirmed,
        first_failed_at=history.first_failed_at,
        reason=obs.reason if look.fresh else f"{obs.reason} (as of the last check)",
        line=line,
        unchanged=history.unchanged,
        **extra,
    )


def counts(report: Report) -> dict[str, int]:
    """Routes per status and sources per state, as the run's record in the store keeps them."""
    out: dict[str, int] = {}
    for route in report.routes:
        out[f"route:{route.status.value}"] = out.get(f"route:{route.status.value}", 0) + 1
        for source in route.sources:
            out[source.state.value] = out.get(source.state.value, 0) + 1
    return out
