"""``digest.md``: what changed since the previous run, short enough to paste into a chat.

Changes are computed by comparing two reports (this run's and the previous full, conclusive
run's) rather than by reading history again, so the digest says exactly what the two reports an
editor may open say. Routes are matched by slug and sources by URL, so re-ranking a route's
sources is not a change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from curator.report.model import Report, RouteReport, SourceReport
from curator.report.status import STALE_FINDINGS, STALENESS_FLAGS, at_risk_reasons
from curator.report.text import md_cell
from curator.report.words import STATUS_ORDER
from curator.states import LinkState, RouteStatus

MAX_ITEMS = 12  # per section: a digest that scrolls is not read


@dataclass(frozen=True)
class Item:
    """One line of the digest: a route and what happened to it."""

    slug: str
    title: str
    detail: str


@dataclass(frozen=True)
class Changes:
    newly_broken: tuple[Item, ...]
    newly_at_risk: tuple[Item, ...]  # with why; their new failing sources are not repeated below
    recovered: tuple[Item, ...]
    newly_stale: tuple[Item, ...]
    moved: tuple[Item, ...]
    started_failing: tuple[Item, ...]  # broken sources not yet confirmed, new since last run

    @property
    def empty(self) -> bool:
        return not (
            self.newly_broken
            or self.newly_at_risk
            or self.recovered
            or self.newly_stale
            or self.moved
            or self.started_failing
        )


def compare(current: Report, previous: Report) -> Changes:
    before = {route.slug: route for route in previous.routes}
    newly_broken, at_risk, recovered, newly_stale, moved, failing = [], [], [], [], [], []
    for route in current.routes:
        old = before.get(route.slug)
        old_status = old.status if old else None
        old_sources = {s.url: s for s in old.sources} if old else {}
        if route.status is RouteStatus.BROKEN and old_status is not RouteStatus.BROKEN:
            newly_broken.append(_item(route, _broken_detail(route)))
        newly_at_risk = route.status is RouteStatus.AT_RISK and old_status not in (
            RouteStatus.AT_RISK,
            RouteStatus.BROKEN,
        )
        if newly_at_risk:
            at_risk.append(_item(route, "; ".join(at_risk_reasons(route.sources, route.findings))))
        if old_status is RouteStatus.BROKEN and route.status in (
            RouteStatus.HEALTHY,
            RouteStatus.STALE,
        ):
            recovered.append(_item(route, f"now {route.status.value}" + _back(route, old)))
        elif route.status is not RouteStatus.UNKNOWN and (back := _back(route, old)):
            recovered.append(_item(route, back.removeprefix("; ")))
        if route.status is RouteStatus.STALE and old_status in (RouteStatus.HEALTHY, None):
            newly_stale.append(_item(route, "; ".join(stale_reasons(route)) or "stale"))
        for source in route.sources:
            was = old_sources.get(source.url)
            if (
                source.state is LinkState.MOVED
                and source.final_url
                and (
                    was is None
                    or was.state is not LinkState.MOVED
                    or was.final_url != source.final_url
                )
            ):
                moved.append(
                    _item(route, f"#{source.rank} {source.name}: now at {source.final_url}")
                )
            if (
                source.state.is_broken
                and not source.confirmed
                and not newly_at_risk
                and (was is None or not was.state.is_broken)
            ):
                detail = f"#{source.rank} {source.name}: {source.reason}{_archived(source)}"
                failing.append(_item(route, detail))
    return Changes(
        tuple(newly_broken),
        tuple(at_risk),
        tuple(recovered),
        tuple(newly_stale),
        tuple(moved),
        tuple(failing),
    )


def stale_reasons(route: RouteReport) -> list[str]:
    """Why a route is stale, one phrase per source or route-level finding."""
    reasons = [
        f"#{s.rank} {s.name}: "
        + ", ".join(sorted(f.value for f in s.flags if f in STALENESS_FLAGS))
        for s in route.sources
        if set(s.flags) & STALENESS_FLAGS
    ]
    reasons += [f.message for f in route.findings if f.code in STALE_FINDINGS]
    return reasons


def render(current: Report, previous: Report | None) -> str:
    run = current.run
    lines = [f"# curator digest, {run.finished_at:%Y-%m-%d %H:%M} UTC", ""]
    totals = _totals(current.routes)
    if run.inconclusive:
        lines += [
            f"Inconclusive run: {md_cell(run.reason or 'the checker looked offline', 300)}. "
            "Nothing was judged, so nothing is reported as changed.",
        ]
        return "\n".join(lines) + "\n"
    if previous is None:
        lines += [f"First run: nothing to compare with yet. {totals}."]
        return "\n".join(lines) + "\n"
    changes = compare(current, previous)
    since = f"since the previous run ({previous.run.finished_at:%Y-%m-%d %H:%M} UTC)"
    if changes.empty:
        lines += [f"No changes {since}. {totals}."]
        return "\n".join(lines) + "\n"
    summary = [
        (len(changes.newly_broken), "newly broken"),
        (len(changes.newly_at_risk), "newly at risk"),
        (len(changes.recovered), "recovered"),
        (len(changes.newly_stale), "newly stale"),
        (len(changes.moved), "moved"),
        (len(changes.started_failing), "failing, not yet confirmed"),
    ]
    lines += [
        f"Changes {since}: " + ", ".join(f"{n} {label}" for n, label in summary if n) + ".",
        f"Now: {totals}.",
    ]
    for title, items in (
        ("Newly broken", changes.newly_broken),
        ("Newly at risk", changes.newly_at_risk),
        ("Recovered", changes.recovered),
        ("Newly stale", changes.newly_stale),
        ("Moved (update the link)", changes.moved),
        ("Failing, not yet confirmed", changes.started_failing),
    ):
        lines += _section(title, items)
    lines += ["", "Details: reports/index.html"]
    return "\n".join(lines) + "\n"


def _section(title: str, items: Sequence[Item]) -> list[str]:
    if not items:
        return []
    lines = ["", f"## {title}", ""]
    lines += [
        f"- **{md_cell(i.title, 80)}** ({md_cell(i.slug, 80)}): {md_cell(i.detail, 240)}"
        for i in items[:MAX_ITEMS]
    ]
    if len(items) > MAX_ITEMS:
        lines.append(f"- and {len(items) - MAX_ITEMS} more")
    return lines


def _item(route: RouteReport, detail: str) -> Item:
    return Item(slug=route.slug, title=route.title, detail=detail)


def _broken_detail(route: RouteReport) -> str:
    dead = [s for s in route.sources if s.state.is_broken and s.confirmed]
    return "; ".join(f"#{s.rank} {s.name}: {s.reason or s.state.value}{_archived(s)}" for s in dead)


def _archived(source: SourceReport) -> str:
    return f" (archived copy: {source.archived_url})" if source.archived_url else ""


def _back(route: RouteReport, old: RouteReport | None) -> str:
    """ "; #2 Name answers again" for sources that failed last time and answer now."""
    if old is None:
        return ""
    failed = {s.url for s in old.sources if s.state.is_broken}
    back = [s for s in route.sources if s.url in failed and _answers(s)]
    return "".join(f"; #{s.rank} {s.name} answers again" for s in back)


def _answers(source: SourceReport) -> bool:
    return source.state.is_live


def _totals(routes: Iterable[RouteReport]) -> str:
    counts = Counter(route.status for route in routes)
    parts = [f"{counts[s]} {s.value}" for s in STATUS_ORDER if counts[s]]
    return f"{sum(counts.values())} routes: " + (", ".join(parts) if parts else "none")
