"""The dashboard in a real headless Chromium, opened from disk the way an editor opens it.

Chromium is started by the test (Debian's ``chromium`` package; .ci/run installs it) and driven
over the DevTools protocol (tests/cdp.py). The test checks what an editor sees and does (the
counts, a status filter clicked with the mouse, a flag filter, typing a search) and what must
never happen: a console error, a script from a page title running, or any request beyond the
report files themselves. Screenshots are saved in the test's temporary directory.

Without Chromium the test fails, so CI cannot skip it silently; set CURATOR_SKIP_BROWSER=1 to
skip it knowingly on a machine without a browser.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from cdp import Browser, Page, require_chromium
from conftest import make_fast_settings
from curator.report.context import load_context
from curator.report.outputs import write_all
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from reportscenario import HOSTILE_TITLE, ReportScenario

VISIBLE_SLUGS = (
    "[...document.querySelectorAll('#routes > li')]"
    ".filter(li => li.getClientRects().length > 0)"
    ".map(li => li.querySelector('.slug').textContent)"
)


@pytest.fixture
def chromium() -> str:
    return require_chromium()


@pytest.fixture
def reports(tls_web: FixtureWeb, tmp_path: Path) -> Iterator[Path]:
    """A dashboard from three real runs: two routes broken, one source moved, a hostile title."""
    s = ReportScenario(tls_web, tmp_path / "site", make_fast_settings())
    s.run(0)
    s.run(1.5)
    s.move()
    report = s.run(3)
    with SqliteStore(s.store_path) as store:
        context = load_context(store, report.run.id)
    write_all(report, tmp_path / "reports", context.history, context.previous)
    yield tmp_path / "reports"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def type_text(page: Page, selector: str, text: str) -> None:
    page.click(selector)
    page.call("Input.insertText", {"text": text})


@pytest.mark.slow
def test_dashboard_in_headless_chromium(chromium: str, reports: Path, tmp_path: Path) -> None:
    index_url = (reports / "index.html").as_uri()
    with Browser.start(tmp_path, chromium) as browser:
        page = browser.new_page(1280, 900)
        page.navigate(index_url)

        counts = page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('.card')]"
            ".map(c => [c.dataset.status, c.querySelector('.num').textContent]))"
        )
        assert counts == {
            "broken": "2",
            "at-risk": "0",
            "unknown": "0",
            "stale": "0",
            "healthy": "3",
        }
        assert page.evaluate("document.getElementById('shown').textContent") == (
            "Showing 5 of 5 routes"
        )
        assert page.evaluate(VISIBLE_SLUGS)[:2] == ["leg-pain", "neck-pain"]  # worst first

        page.click("[data-filter-status='broken']")
        assert sorted(page.evaluate(VISIBLE_SLUGS)) == ["leg-pain", "neck-pain"]
        assert page.evaluate("document.getElementById('shown').textContent") == (
            "Showing 2 of 5 routes"
        )
        assert page.evaluate("location.hash") == "#status=broken"
        page.screenshot(tmp_path / "dashboard-broken.png")

        page.click("[data-filter-status='']")
        page.evaluate(
            "(() => { const s = document.getElementById('flag-filter');"
            " s.value = 'moved'; s.dispatchEvent(new Event('change')); })()"
        )
        assert page.evaluate(VISIBLE_SLUGS) == ["sciatica"]
        page.evaluate(
            "(() => { const s = document.getElementById('flag-filter');"
            " s.value = ''; s.dispatchEvent(new Event('change')); })()"
        )
        type_text(page, "#text-filter", "neck")
        assert page.evaluate(VISIBLE_SLUGS) == ["neck-pain"]
        type_text(page, "#text-filter", "zzz")
        assert page.evaluate("document.getElementById('no-match').hidden") is False

        # A filter in the address survives a reload and can be shared.
        shared = browser.new_page(1280, 900)
        shared.navigate(index_url + "#flag=soft-dead")
        assert shared.evaluate(VISIBLE_SLUGS) == ["neck-pain"]

        desktop = browser.new_page(1280, 900)
        desktop.navigate(index_url)
        shot = desktop.screenshot(tmp_path / "dashboard.png")
        assert png_size(shot)[0] == 1280

        phone = browser.new_page(390, 844, mobile=True)
        phone.navigate(index_url)
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert png_size(phone.screenshot(tmp_path / "dashboard-phone.png"))[0] == 390

        # Following a route link; the hostile page title shows as text and runs nothing.
        route = browser.new_page(390, 844, mobile=True)
        route.navigate((reports / "routes" / "back-pain.html").as_uri())
        assert route.evaluate("document.querySelector('#source-1 .page-title').textContent") == (
            HOSTILE_TITLE
        )
        assert route.evaluate("document.scripts.length") == 0
        assert route.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        route.screenshot(tmp_path / "route-phone.png")
        desktop.click("a[href='routes/leg-pain.html']")
        browser.wait_for("Page.loadEventFired", desktop.session)
        assert desktop.evaluate("location.pathname").endswith("/reports/routes/leg-pain.html")

        events = browser.events

    requested = {
        e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"
    }
    allowed = {
        index_url,
        index_url + "#flag=soft-dead",
        (reports / "routes" / "back-pain.html").as_uri(),
        (reports / "routes" / "leg-pain.html").as_uri(),
    }
    assert requested <= allowed, f"requests beyond the report files: {requested - allowed}"
    assert index_url in requested
    problems = [
        e["params"]
        for e in events
        if e["method"] in ("Runtime.exceptionThrown", "Page.javascriptDialogOpening")
        or (
            e["method"] == "Runtime.consoleAPICalled"
            and e["params"]["type"] in ("error", "warning")
        )
        or (
            e["method"] == "Log.entryAdded"
            and e["params"]["entry"]["level"] in ("error", "warning")
        )
        or e["method"] == "Network.loadingFailed"
    ]
    assert problems == []


RISK = "rgb(216, 67, 21)"  # --risk in style.css (light scheme): not bad's red, not warn's amber


@pytest.mark.slow
def test_at_risk_routes_show_in_their_own_colour(
    chromium: str, tls_web: FixtureWeb, tmp_path: Path
) -> None:
    """One run in: a 404 and a "page not found" are failing but not yet confirmed. Their
    routes must not look healthy: an at-risk card, filter and badge in the at-risk colour."""
    s = ReportScenario(tls_web, tmp_path / "site", make_fast_settings())
    report = s.run(0)
    write_all(report, tmp_path / "reports")
    index_url = (tmp_path / "reports" / "index.html").as_uri()
    with Browser.start(tmp_path, chromium) as browser:
        page = browser.new_page(1280, 900)
        page.navigate(index_url)
        card = "document.querySelector('.card[data-status=\"at-risk\"]')"
        assert page.evaluate(f"{card}.querySelector('.num').textContent") == "2"
        assert page.evaluate(f"getComputedStyle({card}).borderTopColor") == RISK
        assert page.evaluate(f"getComputedStyle({card}.querySelector('.num')).color") == RISK
        healthy = "document.querySelector('.card[data-status=\"healthy\"]')"
        assert page.evaluate(f"getComputedStyle({healthy}).borderTopColor") != RISK
        order = page.evaluate("[...document.querySelectorAll('.card')].map(c => c.dataset.status)")
        assert order == ["broken", "at-risk", "stale", "unknown", "healthy"]

        badge = "document.querySelector('#routes > li[data-status=\"at-risk\"] .pill')"
        assert page.evaluate(f"{badge}.textContent") == "at-risk"
        assert page.evaluate(f"getComputedStyle({badge}).color") == RISK
        assert page.evaluate(VISIBLE_SLUGS)[:2] == ["leg-pain", "neck-pain"]  # worst first

        page.click(".card[data-status='at-risk']")
        assert sorted(page.evaluate(VISIBLE_SLUGS)) == ["leg-pain", "neck-pain"]
        assert page.evaluate("location.hash") == "#status=at-risk"
        page.screenshot(tmp_path / "dashboard-at-risk.png")

        route = browser.new_page(1280, 900)
        route.navigate((tmp_path / "reports" / "routes" / "leg-pain.html").as_uri())
        top = "document.querySelector('.route-top')"
        assert route.evaluate(f"getComputedStyle({top}).borderLeftColor") == RISK
        assert route.evaluate(f"{top}.querySelector('.pill').textContent") == "at-risk"
