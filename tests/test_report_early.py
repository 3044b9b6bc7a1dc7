"""Route pages rendered while a run is still fetching are exactly the pages rendered after it.

``curator run`` renders each route's page as soon as that route's links are in, so a large
run's serial tail does not render thousands of pages. A route that the rest of the run then
changes (here: a link only a soft-404 probe that answers late shows to be dead) must be
rendered again, and the site on disk must not depend on which pages came early.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from conftest import make_fast_settings
from curator.report import html
from curator.report.early import page_key
from curator.report.model import RouteReport, RunInfo
from curator.report.outputs import EarlyRoutePages, write_all
from curator.states import RouteStatus
from fixtureweb import FixtureWeb, html_page
from reportscenario import ReportScenario
from routefiles import write_route


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_pages_rendered_early_are_the_pages_rendered_at_the_end(
    web: FixtureWeb, tmp_path: Path
) -> None:
    scenario = ReportScenario(web, tmp_path, make_fast_settings())
    history = scenario.settings.history.model_copy(update={"record_batch": 1})
    scenario.settings = scenario.settings.model_copy(update={"history": history})  # record each
    # Two catch-all sites: every path answers the same page, so only the soft-404 probe (a
    # made-up sibling URL, fetched beside the main wave) shows that a cited page is gone. On
    # the first the probe answers late, after the route's links are in: its early report
    # cannot know, and must be built again. On the second the probe is started by one route's
    # link and is in before another route's slow link in the same directory: that route's
    # early report already knows, and is kept.
    catch_all = html_page("Health site", "<p>We looked everywhere for that. </p>" * 30)
    web.add("www.late-probe.example", "*", body=catch_all, delay=1.0)
    web.add("www.early-probe.example", "*", body=catch_all)
    late = web.add("www.late-probe.example", "/topics/old-page", body=catch_all)
    trigger = web.add("www.early-probe.example", "/topics/old-page", body=catch_all)
    early = web.add("www.early-probe.example", "/topics/gone", body=catch_all, delay=1.0)
    fast = [web.add(f"www.probe-{n}.example", "/x", body=html_page(f"P{n}")) for n in range(12)]
    write_route(scenario.routes_dir, "probed-late", [late, *fast[:4]], title="Late")
    write_route(scenario.routes_dir, "probe-trigger", [trigger, *fast[4:8]], title="Trigger")
    write_route(scenario.routes_dir, "probed-early", [early, *fast[8:]], title="Early")

    heard: dict[str, RouteReport] = {}
    pages = EarlyRoutePages(tmp_path / "early")

    def listen(run: RunInfo, route: RouteReport) -> None:
        heard[route.slug] = route
        pages(run, route)

    report = scenario.run(0, on_route=listen)
    assert set(heard) == {route.slug for route in report.routes}  # every route, early
    final = {route.slug: route for route in report.routes}
    for slug in ("probed-late", "probe-trigger", "probed-early"):
        assert final[slug].sources[0].state.value == "soft-dead", final[slug].sources[0].reason
    assert heard["probed-late"].sources[0].state.value == "alive"  # judged before its probe
    assert heard["probed-late"] != final["probed-late"]  # so built again
    # Judged with its probe: kept (read back from the run's spool, an equal copy).
    assert heard["probed-early"] == final["probed-early"]
    kept = {slug for slug in final if heard[slug] == final[slug]}
    assert kept >= set(final) - {"probed-late", "probe-trigger"}  # the others kept theirs

    write_all(report, tmp_path / "early", early=pages)
    write_all(report, tmp_path / "late")
    assert _files(tmp_path / "early") == _files(tmp_path / "late")
    assert "soft-dead" in (tmp_path / "early" / "routes" / "probed-late.html").read_text()
    assert not list((tmp_path / "early").rglob("*.tmp")), "no staged page is left behind"


def test_pages_staged_for_a_run_that_never_writes_are_removed(
    web: FixtureWeb, tmp_path: Path
) -> None:
    scenario = ReportScenario(web, tmp_path, make_fast_settings())
    pages = EarlyRoutePages(tmp_path / "reports")
    scenario.run(0, on_route=pages)
    assert list((tmp_path / "reports" / "routes").glob(".*.tmp"))  # staged, not yet visible
    assert not list((tmp_path / "reports" / "routes").glob("*.html"))
    pages.discard()
    assert not list((tmp_path / "reports").rglob("*.tmp"))


def test_a_staged_page_is_kept_for_equal_content_and_rendered_again_for_changed(
    web: FixtureWeb, tmp_path: Path
) -> None:
    """Adopting a page early rendered depends on what the report says, not on which object the
    pipeline hands back: an equal copy of the report adopts the staged page (the very file
    staged becomes the page), a changed one is rendered again."""
    scenario = ReportScenario(web, tmp_path, make_fast_settings())
    for slug in ("kept", "retitled"):
        urls = [web.add(f"www.{slug}-{n}.example", "/a", body=html_page(slug)) for n in range(5)]
        write_route(scenario.routes_dir, slug, urls, title=slug)
    pages = EarlyRoutePages(tmp_path / "reports")
    report = scenario.run(0, on_route=pages)
    # A second name for each staged page: the file stays alive (its inode is not reused) and
    # shows afterwards which page is the very file staged early.
    witnesses = tmp_path / "witnesses"
    witnesses.mkdir()
    for slug in ("kept", "retitled"):
        (staged,) = (tmp_path / "reports" / "routes").glob(f".{slug}.html.*.tmp")
        os.link(staged, witnesses / slug)

    def copied(route: RouteReport) -> RouteReport:
        copy = RouteReport.model_validate_json(route.model_dump_json())
        if route.slug == "retitled":
            copy = copy.model_copy(update={"title": "Retitled by the end of the run"})
        assert copy is not route
        return copy

    final = report.model_copy(update={"routes": [copied(route) for route in report.routes]})
    write_all(final, tmp_path / "reports", early=pages)
    routes = tmp_path / "reports" / "routes"
    assert (routes / "kept.html").samefile(witnesses / "kept")  # the early page, adopted
    assert not (routes / "retitled.html").samefile(witnesses / "retitled")  # rendered again
    assert "Retitled by the end of the run" in (routes / "retitled.html").read_text()
    assert not list((tmp_path / "reports").rglob("*.tmp"))


def test_a_page_keys_and_shows_its_runs_own_clock_when_two_starts_are_one_instant() -> None:
    """Formatted times and a page's run part are made once and reused (a route page shows
    seven times): two starts that are the same instant in different zones still read, and key,
    apart, so a page staged for one is never adopted for the other."""
    route = RouteReport(
        slug="back-pain", title="Back pain", status=RouteStatus.HEALTHY, findings=[], sources=[]
    )
    utc = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)
    plus_one = datetime(2026, 12, 6, 7, 0, tzinfo=timezone(timedelta(hours=1)))
    assert utc == plus_one
    runs = [
        RunInfo(id="r1", started_at=start, finished_at=start, inconclusive=False)
        for start in (utc, plus_one, utc)
    ]
    pages = [html.route_page(run, route) for run in runs]
    assert "2026-12-06 06:00" in pages[0] and "2026-12-06 07:00" not in pages[0]
    assert "2026-12-06 07:00" in pages[1] and "2026-12-06 06:00" not in pages[1]
    assert pages[2] == pages[0]
    keys = [page_key(run, route) for run in runs]
    assert keys[0] != keys[1] and keys[2] == keys[0]
