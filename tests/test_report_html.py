"""The dashboard as an editor reads it: counts, order, moved addresses, failure ages, trend, and
everything a fetched page said shown as text, never as markup."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from conftest import make_fast_settings
from curator.report.context import load_context
from curator.report.model import Report
from curator.report.outputs import write_all
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from reportscenario import HOSTILE_DESCRIPTION, HOSTILE_TITLE, ReportScenario


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ReportScenario, Report]]:
    """Three real runs: the dead and soft-dead sources are confirmed, then a source moves."""
    root = tmp_path_factory.mktemp("site")
    with FixtureWeb(tls=True) as web:
        scenario = ReportScenario(web, root, make_fast_settings())
        scenario.run(0)
        scenario.run(1.5)
        scenario.move()
        report = scenario.run(3)
        with SqliteStore(scenario.store_path) as store:
            context = load_context(store, report.run.id)
        write_all(report, root / "reports", context.history, context.previous)
        yield scenario, report


def page(scenario: ReportScenario, name: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((scenario.root / "reports" / name).read_bytes())


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_counts_at_a_glance_and_routes_by_severity(site: tuple[ReportScenario, Report]) -> None:
    scenario, _ = site
    index = page(scenario, "index.html")
    counts = {
        status: text(index.get_element_by_id(f"count-{status}").find_class("num")[0])
        for status in ("broken", "unknown", "stale", "healthy")
    }
    assert counts == {"broken": "2", "unknown": "0", "stale": "0", "healthy": "3"}
    assert "1 dead" in text(index.get_element_by_id("state-dead"))
    assert "1 soft-dead" in text(index.get_element_by_id("state-soft-dead"))
    assert "1 moved" in text(index.get_element_by_id("state-moved"))
    assert "21 alive" in text(index.get_element_by_id("state-alive"))
    routes = index.get_element_by_id("routes").findall("li")
    assert [r.get("data-status") for r in routes] == ["broken"] * 2 + ["healthy"] * 3
    assert {r.get("data-status") + ":" + r.find(".//h3/a").get("href") for r in routes[:2]} == {
        "broken:routes/leg-pain.html",
        "broken:routes/neck-pain.html",
    }
    # The flag filter offers what the report contains, with counts.
    options = [o.get("value") for o in index.get_element_by_id("flag-filter").findall("option")]
    assert {"dead", "soft-dead", "moved", "blocked"} <= set(options)


def test_route_page_says_since_when_it_fails_and_where_it_moved(
    site: tuple[ReportScenario, Report],
) -> None:
    scenario, _ = site
    leg = page(scenario, "routes/leg-pain.html")
    dead = leg.get_element_by_id("source-3")
    assert "the page is gone (HTTP 404)" in text(dead)
    assert "2026-11-02 03:00 UTC (3 hours)" in text(dead)
    assert "3 failed runs in a row" in text(dead) and "confirmed dead" in text(dead)
    assert "The server answered with an error status" in text(dead)

    sciatica = page(scenario, "routes/sciatica.html")
    (new_address,) = sciatica.find_class("new-address")
    assert new_address.find("a").get("href") == scenario.moved_to


def test_fetched_text_is_escaped_everywhere(site: tuple[ReportScenario, Report]) -> None:
    scenario, _ = site
    raw = (scenario.root / "reports" / "routes" / "back-pain.html").read_text()
    assert "<script>alert(1)" not in raw and "<img src=x" not in raw
    back = page(scenario, "routes/back-pain.html")
    source = back.get_element_by_id("source-1")
    assert text(source.find_class("page-title")[0]) == HOSTILE_TITLE
    assert text(source.find_class("page-description")[0]) == HOSTILE_DESCRIPTION
    assert back.findall(".//script") == [] and back.findall(".//img") == []
    assert not [e for e in back.iter() if any(a.startswith("on") for a in e.attrib)]

    markdown = (scenario.root / "reports" / "latest.md").read_text()
    assert "<script>" not in markdown and "<img" not in markdown


def test_pages_are_self_contained_and_forbid_network_loads(
    site: tuple[ReportScenario, Report],
) -> None:
    scenario, _ = site
    reports = scenario.root / "reports"
    names = ["index.html", *(f"routes/{p.name}" for p in (reports / "routes").iterdir())]
    assert len(names) == 6
    for name in names:
        doc = page(scenario, name)
        (csp,) = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
        # Nothing is loaded from anywhere: no src attributes, no stylesheets, no fonts.
        assert doc.xpath("//*[@src]") == []
        assert doc.xpath("//link[@rel='stylesheet']") == []
        style = " ".join(doc.xpath("//style/text()"))
        assert not re.search(r"url\(|@import|@font-face", style)
        # Every hyperlink is a page of this site or an http(s) source someone may click.
        for href in doc.xpath("//a/@href"):
            assert href.endswith(".html") or href.startswith("https://"), href
    (script,) = page(scenario, "index.html").xpath("//script")
    assert script.get("src") is None


def test_trend_chart_draws_one_point_per_run(
    site: tuple[ReportScenario, Report], tmp_path: Path
) -> None:
    scenario, report = site
    index = page(scenario, "index.html")
    lines = {
        line.get("class"): line.get("points").split()
        for line in index.xpath("//*[local-name()='polyline']")
    }
    assert set(lines) == {"line broken", "line stale"}
    broken_heights = [float(p.split(",")[1]) for p in lines["line broken"]]
    assert len(broken_heights) == 3
    # Broken went 0 -> 2 -> 2: the first point is lowest on the chart (largest y).
    assert broken_heights[0] > broken_heights[1] == broken_heights[2]

    write_all(report, tmp_path)  # no history at hand: no chart, and the page says why
    lonely = lxml.html.fromstring((tmp_path / "index.html").read_bytes())
    assert lonely.xpath("//*[local-name()='svg']") == []
    assert "after the second run" in text(lonely)


def test_unsafe_slug_from_a_stored_report_never_becomes_a_path(
    site: tuple[ReportScenario, Report], tmp_path: Path
) -> None:
    _, report = site
    evil = report.routes[0].model_copy(update={"slug": "../../evil"})
    tampered = report.model_copy(update={"routes": [evil, *report.routes[1:]]})
    reports = tmp_path / "reports"
    write_all(tampered, reports)
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert not any("evil" in name for name in written)
    assert all(name.startswith("reports/") for name in written)
    index = lxml.html.fromstring((reports / "index.html").read_bytes())
    assert "../../evil" in text(index)  # still listed, as text without a link
    assert not index.xpath("//a[contains(@href, 'evil')]")


def test_route_pages_of_removed_routes_are_deleted(
    site: tuple[ReportScenario, Report], tmp_path: Path
) -> None:
    _, report = site
    write_all(report, tmp_path)
    assert (tmp_path / "routes" / "sciatica.html").exists()
    keep = tmp_path / "routes" / "notes.txt"
    keep.write_text("an editor's file")
    fewer = report.model_copy(update={"routes": [r for r in report.routes if r.slug != "sciatica"]})
    write_all(fewer, tmp_path)
    assert not (tmp_path / "routes" / "sciatica.html").exists()
    assert (tmp_path / "routes" / "leg-pain.html").exists() and keep.exists()
