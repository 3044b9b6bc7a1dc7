"""Route pages rendered while a run is still fetching are exactly the pages rendered after it.

``curator run`` renders each route's page as soon as that route's links are in, so a large
run's serial tail does not render thousands of pages. A route that the rest of the run then
changes (here: a link only the soft-404 probe, fetched after the main wave, shows to be dead)
must be rendered again, and the site on disk must not depend on which pages came early.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_fast_settings
from curator.report.model import RouteReport, RunInfo
from curator.report.outputs import EarlyRoutePages, write_all
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
    # A catch-all site: every path answers the same page, so only the probe (a made-up
    # sibling URL, fetched after the main wave) shows that the cited page is gone.
    catch_all = html_page("Health site", "<p>We looked everywhere for that. </p>" * 30)
    web.fallback("www.catchall.example", body=catch_all)
    cited = web.add("www.catchall.example", "/topics/old-page", body=catch_all)
    others = [web.add(f"www.probe-{n}.example", "/x", body=html_page(f"P{n}")) for n in range(4)]
    write_route(scenario.routes_dir, "probed", [cited, *others], title="Probed")

    heard: dict[str, RouteReport] = {}
    pages = EarlyRoutePages(tmp_path / "early")

    def listen(run: RunInfo, route: RouteReport) -> None:
        heard[route.slug] = route
        pages(run, route)

    report = scenario.run(0, on_route=listen)
    assert set(heard) == {route.slug for route in report.routes}  # every route, early
    final = {route.slug: route for route in report.routes}
    probed = final["probed"].sources[0]
    assert probed.state.value == "soft-dead", probed.reason
    assert heard["probed"] is not final["probed"]  # the probe changed it: built again
    kept = [slug for slug in final if heard[slug] is final[slug]]
    assert len(kept) == len(final) - 1  # every other route kept its early report

    write_all(report, tmp_path / "early", early=pages)
    write_all(report, tmp_path / "late")
    assert _files(tmp_path / "early") == _files(tmp_path / "late")
    assert "soft-dead" in (tmp_path / "early" / "routes" / "probed.html").read_text()
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
