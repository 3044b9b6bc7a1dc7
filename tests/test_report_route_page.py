"""A route page in headless Chromium: what an editor needs to judge a stale route.

Real runs in real processes (approve, then a retitled page), the page opened from disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cdp import Browser, require_chromium
from clirun import curator
from fixtureweb import FixtureWeb, html_page
from sitefolder import SiteFolder


@pytest.fixture
def chromium() -> str:
    return require_chromium()


@pytest.mark.slow
def test_a_stale_route_page_sets_blurbs_beside_the_page(
    chromium: str, web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain",))
    net = [a for a in site.args() if a != "--no-progress"]  # --routes routes and the network
    approved = curator("approve", "--all", *net, cwd=tmp_path)
    assert approved.returncode == 0, approved.stdout + approved.stderr
    web.add(
        "www.back-pain-2.example",
        "/back-pain",
        body=html_page(title="Knee surgery recovery", body="<p>Pain facts.</p>" * 20),
    )
    run = curator("run", *site.args(), cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    page_path = tmp_path / "reports" / "routes" / "back-pain.html"

    with Browser.start(tmp_path, chromium) as browser:
        page = browser.new_page(1280, 900)
        page.navigate(page_path.as_uri())

        def text(selector: str) -> str:
            return str(page.evaluate(f"document.querySelector({selector!r}).textContent.trim()"))

        assert text(".route-summary p") == "A summary an editor wrote."
        assert text("#source-2 .blurb") == "What source 2 says about the subject."
        assert text("#source-2 .approved-title") == "back-pain at 2"
        assert text("#source-2 .page-title") == "Knee surgery recovery"
        assert page.evaluate("document.querySelector('#source-1 .approved-title')") is None
        assert text("#source-1 .page-title") == "back-pain at 1"
        # The blurb and the page sit side by side on a desktop.
        said, says = page.evaluate(
            "['.said', '.says'].map(s => document.querySelector('#source-2 ' + s)"
            ".getBoundingClientRect()).map(r => [r.left, r.top])"
        )
        assert said[0] < says[0] and said[1] == says[1]
        # The flagged source is drawn in the stale colour, the others in the healthy one.
        border = "s => getComputedStyle(document.querySelector(s)).borderLeftColor"
        colours = page.evaluate(f"['#source-1', '#source-2'].map({border})")
        warn = page.evaluate(
            "(() => { const e = document.createElement('span'); e.style.color = "
            "'var(--warn)'; document.body.append(e); return getComputedStyle(e).color; })()"
        )
        ok = page.evaluate(
            "(() => { const e = document.createElement('span'); e.style.color = "
            "'var(--ok)'; document.body.append(e); return getComputedStyle(e).color; })()"
        )
        assert colours == [ok, warn]
        assert ok != warn
        page.screenshot(tmp_path / "route-stale.png")
