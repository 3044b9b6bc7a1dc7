"""``latest.md``: the report an editor reads in a pull request, a wiki or an email."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from curator.report.model import Report, RouteReport, SourceReport
from curator.report.spooled import in_order
from curator.report.text import md_cell, md_code
from curator.states import LinkState, RouteStatus

_STATUS_MARK = {
    RouteStatus.BROKEN: "🔴 broken",
    RouteStatus.AT_RISK: "🟠 at-risk",
    RouteStatus.STALE: "🟡 stale",
    RouteStatus.HEALTHY: "🟢 healthy",
    RouteStatus.UNKNOWN: "⚪ unknown",
}
_STATE_MARK = {
    LinkState.ALIVE: "alive",
    LinkState.MOVED: "**moved**",
    LinkState.DEAD: "**dead**",
    LinkState.SOFT_DEAD: "**soft-dead**",
    LinkState.BLOCKED: "blocked",
    LinkState.SKIPPED: "skipped",
    LinkState.UNKNOWN: "unknown",
}


def render(report: Report) -> str:
    return "".join(pieces(report))


def pieces(report: Report) -> Iterator[str]:
    """``latest.md`` a route at a time: a large run's document is never held whole (with an
    emoji in it, Python holds it at four bytes a character)."""
    run = report.run
    statuses = Counter(route.status for route in report.routes)
    lines = [
        f"# Link health, {run.finished_at:%Y-%m-%d %H:%M} UTC",
        "",
        f"Run `{run.id}`: {run.urls} links in {len(report.routes)} routes; "
        + ", ".join(f"{statuses[s]} {s.value}" for s in RouteStatus.worst_first() if statuses[s])
        + ".",
    ]
    if run.partial:
        checked = sum(1 for route in report.routes if route.checked_run == run.id)
        lines[-1] = lines[-1].replace(f"{run.urls} links in ", "", 1)
        lines += [
            "",
            f"A partial run: it checked {checked} of these routes ({run.urls} links); the "
            "others are shown as of their last check (each route says when).",
        ]
    if run.inconclusive:
        lines += ["", f"> **Inconclusive run.** {md_cell(run.reason, 400)}"]
    if report.problems:
        lines += ["", "## Route files with problems", ""]
        lines += [f"- {md_code(p, 400)}" for p in report.problems]
    yield "\n".join(lines)
    for route in in_order(report.routes, lambda r: (-r.status.severity, r.slug)):
        yield "\n\n" + "\n".join(_route(route))
    yield "\n"


def _route(route: RouteReport) -> list[str]:
    lines = [
        f"## {md_cell(route.title)} ({_STATUS_MARK[route.status]})",
        "",
        md_code(route.slug)
        + (f" · last checked {route.checked_at:%Y-%m-%d %H:%M} UTC" if route.checked_at else ""),
        "",
        "| # | Source | State | Details |",
        "|---|---|---|---|",
    ]
    lines += [_source_row(s) for s in route.sources]
    if route.findings:
        lines += ["", "Findings:", ""]
        lines += [f"- {md_cell(f.message, 400)}" for f in route.findings]
    return lines


def _source_row(source: SourceReport) -> str:
    details = md_cell(source.reason, 160)
    if source.state is LinkState.MOVED and source.final_url:
        details = f"new address: {md_cell(source.final_url, 300)}"
    if source.state.is_broken and source.archived_url:
        details += f" · archived copy: {md_cell(source.archived_url, 300)}"
    if source.flags:
        details += " · flags: " + ", ".join(f.value for f in source.flags)
    name = f"[{md_cell(source.name, 80)}]({source.url.replace(')', '%29')})"
    return f"| {source.rank} | {name} | {_STATE_MARK[source.state]} | {details} |"
