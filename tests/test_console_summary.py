"""The table a run ends with: the routes to look at first, never thousands of rows."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from curator.console import summary_table
from curator.report.model import Report, RouteReport, RunInfo, SourceReport
from curator.states import LinkState, RouteStatus

NOW = datetime(2026, 11, 23, tzinfo=UTC)


def _route(slug: str, status: RouteStatus, states: list[LinkState]) -> RouteReport:
    sources = [_source(rank, slug, state) for rank, state in enumerate(states, start=1)]
    return RouteReport(slug=slug, title=slug, status=status, findings=[], sources=sources)


def _source(rank: int, slug: str, state: LinkState) -> SourceReport:
    return SourceReport(
        rank=rank, name=f"Source {rank}", url=f"https://s{rank}.example.org/{slug}",
        state=state, http_status=200, final_url=None, title=None, description=None,
        flags=[], error=None, checked_at=NOW, consecutive_failures=0, confirmed=False,
    )  # fmt: skip


def _printed(report: Report, rows: int) -> list[str]:
    console = Console(width=160, record=True, color_system=None)
    summary_table(report, console, rows=rows)
    return console.export_text().splitlines()


def _report(routes: list[RouteReport]) -> Report:
    return Report(
        run=RunInfo(id="r1", started_at=NOW, finished_at=NOW, inconclusive=False), routes=routes
    )


def test_a_large_run_shows_the_worst_routes_and_counts_the_rest() -> None:
    alive, dead = LinkState.ALIVE, LinkState.DEAD
    healthy = [_route(f"healthy-{n:03d}", RouteStatus.HEALTHY, [alive] * 5) for n in range(300)]
    broken = [_route(f"broken-{n}", RouteStatus.BROKEN, [dead, dead, alive]) for n in range(3)]
    lines = _printed(_report([*healthy, *broken]), rows=10)

    route_rows = [line for line in lines if "broken-" in line or "healthy-" in line]
    assert len(route_rows) == 10  # not 303
    assert all("broken" in row for row in route_rows[:3])  # worst first
    (rest,) = [line for line in lines if "293 more routes" in line]
    assert "293 healthy" in rest and "1465" in rest  # 293 routes x 5 alive sources
    (total,) = [line for line in lines if "all 303 routes" in line]
    assert "1503" in total and " 6 " in total  # 300 x 5 + 3 alive; 3 x 2 dead


def test_a_small_run_lists_every_route() -> None:
    routes = [_route(f"r{n}", RouteStatus.HEALTHY, [LinkState.ALIVE] * 5) for n in range(4)]
    lines = _printed(_report(routes), rows=25)
    assert sum(1 for line in lines if "│ r" in line or line.lstrip().startswith("r")) >= 4
    assert not any("more route" in line for line in lines)


def test_narrow_terminals_never_cut_a_slug_or_a_status() -> None:
    """At 60, 80 and 120 columns every slug and status is whole; columns give way instead."""
    states = [LinkState.DEAD, LinkState.SOFT_DEAD, LinkState.MOVED, LinkState.BLOCKED,
              LinkState.SKIPPED]  # fmt: skip
    routes = [
        _route("lower-back-and-leg-pain-in-older-adults", RouteStatus.BROKEN, states),
        _route("copd-life-expectancy", RouteStatus.HEALTHY, [LinkState.ALIVE] * 5),
        _route("back-pain", RouteStatus.STALE, [LinkState.ALIVE] * 4 + [LinkState.UNKNOWN]),
    ]
    for width in (60, 80, 120):
        console = Console(width=width, record=True, color_system=None)
        summary_table(_report(routes), console)
        text = console.export_text()
        lines = text.splitlines()
        assert all(len(line) <= width for line in lines), width
        assert "…" not in text, width
        for route in routes:
            slug, status = route.slug, route.status.value
            assert any(slug in line and status in line for line in lines), (width, slug)
        header = next(line for line in lines if "route" in line and "status" in line)
        assert "dead" in header, width  # what an editor acts on stays longest
        if width == 120:
            assert "too narrow" not in text
    narrow = Console(width=60, record=True, color_system=None)
    summary_table(_report(routes), narrow)
    assert "too narrow to show: alive, moved" in " ".join(narrow.export_text().split())
