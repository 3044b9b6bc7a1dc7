# ruff: noqa: E501  (pages: data, one a line)
"""A ``Refresh:`` response header sends a reader on as the meta tag does, through a real run.

A removed page answered 200 with ``Refresh: 0; url=/`` (or the site's error page, or a search
for the page's own name) over a stub that says nothing: a browser never shows the stub, so its
landing is judged like any redirect's. A refresh of a few seconds is read as the page's own
redirect (``classify.client_redirect``), a longer one is a page to read. Live pages that carry
the header (a live blog reloading itself, a refresh to the page's canonical address or to the
article's new address, a refresh to the front page after ten minutes) stay alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}
STUB = "<p>…</p>"


def _site(web: FixtureWeb, host: str, name: str) -> None:
    web.add(host, "/", body=site_page(name, f"<h1>{name}</h1>" + PROSE), headers=HTML)


def _page(web: FixtureWeb, host: str, path: str, body: str, refresh: str | None = None) -> str:
    headers = HTML if refresh is None else {**HTML, "Refresh": refresh}
    return web.add(host, path, body=body, headers=headers)


def test_a_stub_that_a_refresh_header_sends_away_is_judged_by_its_landing(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    for host, name in [("a.example", "Harbour Post"), ("b.example", "Kreisanzeiger")]:
        _site(web, host, name)
    web.add("c.example", "/404.html", body=site_page("Docs", "<h1>Oops</h1>"), headers=HTML)
    web.add(
        "d.example", "/search?q=lumbar+cushion+grey", headers=HTML,
        body=site_page("Lumbar Store", "<h1>Search</h1><p>Showing results for your search.</p>"),
    )  # fmt: skip
    links = {
        "home": _page(web, "a.example", "/2019/05/14/budget-vote-delayed", site_page("Harbour Post", STUB), "0; url=/"),
        "home-after-3s": _page(web, "b.example", "/lokales/2020/stadtfest-abgesagt", site_page("Kreisanzeiger", STUB), "3; url=/"),
        "error-page": _page(web, "c.example", "/guides/install-on-windows-xp", site_page("Docs", STUB), "0; url=/404.html"),
        "own-name-search": _page(web, "d.example", "/products/lumbar-cushion-grey", site_page("Lumbar Store", STUB), "0; url=/search?q=lumbar+cushion+grey"),
    }  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "refresh")
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
    assert "home page" in said["home"][1]
    assert "by a refresh header as the page loads" in said["home-after-3s"][1]
    assert "error page" in said["error-page"][1]
    assert "own name" in said["own-name-search"][1]


def test_live_pages_that_carry_a_refresh_header_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    def article(title: str) -> str:
        return site_page("Riverside Gazette", f"<h1>{title}</h1>" + PROSE * 3, title)

    _site(web, "l4.example", "Riverside Gazette")
    for host, path, title in [
        ("l2.example", "/posts/winter-layering/", "Winter layering"),
        ("l3.example", "/news/2024/06/ferry-timetable-summer-season", "Ferry timetable changes"),
    ]:
        web.add(host, path, body=article(title), headers=HTML)
    links = {
        "reloads-itself": _page(web, "l1.example", "/live/election-night", article("Live: election night"), "300"),
        "to-its-canonical": _page(web, "l2.example", "/posts/winter-layering", site_page("Trail Notes", STUB), "0; url=/posts/winter-layering/"),
        "to-its-new-address": _page(web, "l3.example", "/news/ferry-timetable", site_page("Riverside Gazette", STUB), "0; url=/news/2024/06/ferry-timetable-summer-season"),
        "front-page-after-10min": _page(web, "l4.example", "/health/2024/flu-cases-rise", article("Flu cases rise"), "600; url=/"),
        "same-page": _page(web, "l5.example", "/scores/round-12", article("Round 12 results"), "0; url=/scores/round-12"),
    }  # fmt: skip
    said = states_by_name(tmp_path, web, fast_settings, links, "refresh-live")
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
