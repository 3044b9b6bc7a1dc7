"""A large run's routes read back from disk one at a time: the same report, every output the
same text, and no more than one route's report held while an output reads them."""

from __future__ import annotations

import gc
import io
import pickle
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from curator.console import failing_sources, skipped_summary, summary_table
from curator.report.junit import Case
from curator.report.model import Finding, Report, RouteReport, RunInfo, SourceReport
from curator.report.outputs import render_all, write_all
from curator.report.sarif import Result
from curator.report.spooled import SpooledRoutes, each, in_order
from curator.states import Flag, LinkState, RouteStatus

NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)
STATES = (LinkState.ALIVE, LinkState.DEAD, LinkState.MOVED, LinkState.SOFT_DEAD, LinkState.ALIVE)
STATUSES = (RouteStatus.HEALTHY, RouteStatus.BROKEN, RouteStatus.STALE, RouteStatus.AT_RISK)


def _route(n: int) -> RouteReport:
    def source(rank: int) -> SourceReport:
        state = STATES[(n + rank) % len(STATES)]
        return SourceReport(
            rank=rank, name=f"Source {rank} ✓", url=f"http://s{rank}.example.org/{n}",
            state=state, http_status=200, final_url=f"http://s{rank}.example.org/new/{n}",
            title=f"Title {n} — 日本", description="A page",
            flags=[Flag.INSECURE] if rank == 1 else [],
            error=None, checked_at=NOW, consecutive_failures=rank % 3, confirmed=rank == 2,
            reason="the page answers", line=rank * 4, blurb="What it says",
            first_failed_at=NOW if state.is_broken else None,
        )  # fmt: skip

    return RouteReport(
        slug=f"route-{n % 7}-{n}",  # ties and reorderings for every sort
        title=f"Route {n}",
        status=STATUSES[n % len(STATUSES)],
        findings=[Finding(code="dead", message=f"#2 Source 2 of route {n}", rank=2)],
        sources=[source(rank) for rank in range(1, 6)],
        path=f"routes/route-{n}.yaml",
    )


def _reports(routes: int) -> tuple[Report, Report]:
    held = Report(
        run=RunInfo(id="r1", started_at=NOW, finished_at=NOW, inconclusive=False, urls=5),
        routes=[_route(n) for n in range(routes)],
        problems=["routes/x.yaml:2: a problem"],
    )
    return held, held.model_copy(update={"routes": SpooledRoutes(held.routes)})


def test_spooled_routes_read_as_the_list_they_were_made_from() -> None:
    held, spooled = _reports(12)
    routes = spooled.routes
    assert isinstance(routes, SpooledRoutes)
    assert len(routes) == 12
    assert routes[3] == held.routes[3] and routes[-1] == held.routes[-1]
    assert routes[2:9:3] == held.routes[2:9:3]
    assert list(routes) == held.routes and routes == held.routes and held.routes == routes
    assert routes != held.routes[:-1]
    with pytest.raises(IndexError):
        routes[12]
    assert spooled == held  # the report, field by field
    assert pickle.loads(pickle.dumps(spooled)) == held
    assert spooled.to_json() == held.to_json()
    elsewhere: list[RouteReport] = []  # a report outlives its run, and may be read anywhere
    reader = threading.Thread(target=lambda: elsewhere.extend(routes))
    reader.start()
    reader.join()
    assert elsewhere == held.routes
    empty = held.model_copy(update={"routes": SpooledRoutes()})
    assert empty.to_json() == held.model_copy(update={"routes": []}).to_json()


def test_routes_in_order_and_changed_keep_their_order_and_their_kind() -> None:
    held, spooled = _reports(30)

    def key(route: RouteReport) -> tuple[int, str]:
        return -route.status.severity, route.slug[:7]  # ties: kept in report order

    assert list(in_order(spooled.routes, key)) == sorted(held.routes, key=key)
    assert list(in_order(held.routes, key)) == sorted(held.routes, key=key)

    def retitled(route: RouteReport) -> RouteReport:
        return route.model_copy(update={"title": route.title + "!"})

    changed = each(spooled.routes, retitled)
    assert isinstance(changed, SpooledRoutes)
    assert changed == [retitled(route) for route in held.routes]
    assert isinstance(each(held.routes, retitled), list)


def test_every_output_and_the_terminal_read_the_same_from_spooled_routes(tmp_path: Path) -> None:
    held, spooled = _reports(40)
    written = {}
    for name, report in (("held", held), ("spooled", spooled)):
        root = tmp_path / name
        write_all(report, root)
        written[name] = {
            str(path.relative_to(root)): path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file()
        }
        console = Console(file=io.StringIO(), width=120, record=True, color_system=None)
        for show in (summary_table, failing_sources, skipped_summary):
            show(report, console)
        written[name]["terminal"] = console.export_text().encode()
    assert len(written["held"]) == 40 + 6 + 1
    assert written["spooled"] == written["held"]


def test_the_outputs_hold_one_spooled_route_at_a_time() -> None:
    """What the driver saves: while the files of a large run are rendered, the routes are not
    in memory together (every output's pages, the index included, read them one by one), nor
    what an output makes of each (JUnit's cases, SARIF's results)."""
    _, spooled = _reports(30)
    gc.collect()
    # Objects an earlier test in this process left alive are not this render's to hold: frozen,
    # the collector neither walks nor lists them, so each census below costs what the render
    # made, not the whole worker's heap (a worker that had loaded the DEV set's manifests spent
    # 20-120 s here walking them some 200 times).
    gc.freeze()
    try:
        most, pages = 0, set()
        for page in render_all(spooled):
            route_page = page.path.startswith("routes/")
            for number, _ in enumerate(page.chunks()):
                # Every output's pieces now and then, the index's along the way, two route pages.
                if number % 3 == 0 and not (route_page and len(pages) > 7):
                    pages.add(page.path)
                    gc.collect()
                    held = (
                        o for o in gc.get_objects() if isinstance(o, RouteReport | Case | Result)
                    )
                    most = max(most, sum(1 for _ in held))
    finally:
        gc.unfreeze()
    assert {"index.html", "latest.json", "latest.md", "junit.xml", "curator.sarif"} <= pages
    assert 0 < most <= 3
