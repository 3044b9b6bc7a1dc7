"""Soft-dead signs read from a page's structure, through real runs on a local web.

A page that sends its reader on as it loads (a short meta refresh, a top-level ``location``
script) is judged by where it lands, as an HTTP redirect is; a site that draws its catch-all
page afresh for every path (the path quoted, rails and a stamp drawn anew) is still recognised
by its title and words once numbers and the quoted address are set aside. The live pages
beside them (a refresh to the page's own address, a script sending readers to the renamed
article, scripts that run only when called, a live article and a short page on the same sites,
an article on a site that ignores the slug) stay alive.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from checkroutes import check_routes
from curator.report.model import SourceReport
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
_MENU = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(10))
_FOOTER = "<footer><p>" + "Riverside Gazette, 1 Mill Lane. Letters to the editor welcome. " * 4
_FOOTER += "</p></footer>"


def _page(title: str, main: str, head: str = "", rail: str = "") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><nav><ul>{_MENU}</ul></nav><main>{main}</main>{rail}{_FOOTER}</body></html>"
    )


def _sources(
    tmp_path: Path, web: FixtureWeb, links: list[str], fetch: FetchSettings
) -> dict[str, SourceReport]:
    write_route(tmp_path / "routes", "news", links)
    with SqliteStore(tmp_path / "state.sqlite") as store:
        report = check_routes(
            tmp_path / "routes", Settings(fetch=fetch), web.resolver, store, clock=lambda: T0
        )
    return {s.url: s for route in report.routes for s in route.sources}


CLIENT = "client.gazette.example"
_ARTICLE = (
    "<h1>{title}</h1>"
    + "<p>The council met on Tuesday and voted on the plans after a long debate. </p>" * 6
)
CLIENT_PAGES = {
    # removed articles that send their readers on at once
    "/2024/03/12/council-approves-new-footbridge": _page(
        "Riverside Gazette",
        "<p>Redirecting you to our front page…</p>",
        head="<meta http-equiv='refresh' content='3; url=/'>",
    ),
    "/ratgeber/rueckenschmerzen-uebungen-buero": _page(
        "Weiterleitung",
        "<p>Sie werden weitergeleitet …</p><script>window.location.replace('/ratgeber/');</script>",
    ),
    # live pages carrying a refresh or a location script
    "/posts/best-hiking-boots-for-wide-feet": _page(
        "Best hiking boots for wide feet",
        _ARTICLE.format(title="Best hiking boots for wide feet"),
        head="<meta http-equiv='refresh' content='3; url=/posts/best-hiking-boots-for-wide-feet/'>",
    ),
    "/blog/fixing-standing-desk-wobble": _page(
        "Fixing a wobbly standing desk",
        "<script>location.replace('/blog/2026/fixing-standing-desk-wobble-updated');</script>"
        "<p>This guide has a new home; taking you there.</p>",
    ),
    "/conditions/sciatica-what-helps": _page(
        "Sciatica: what helps",
        "<script>if (!document.cookie.includes('region=uk')) { location.href = '/'; }</script>"
        + _ARTICLE.format(title="Sciatica: what helps"),
    ),
}


def _client(request: FixtureRequest) -> None:
    page = CLIENT_PAGES.get(request.path.rstrip("/")) or CLIENT_PAGES.get(request.path)
    if page is None:
        request.respond(404, html_page("Not found", "<p>No such page.</p>"))
    else:
        request.respond(200, page)


def test_a_page_that_sends_its_reader_on_is_judged_by_where_it_lands(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(CLIENT, "*", handler=_client)
    links = {path: web.url(CLIENT, path) for path in CLIENT_PAGES}
    seen = _sources(tmp_path, web, list(links.values()), fast_settings())

    home = seen[links["/2024/03/12/council-approves-new-footbridge"]]
    assert home.state is LinkState.SOFT_DEAD, home.reason
    assert "home page" in (home.reason or "") and "meta refresh" in (home.reason or "")
    section = seen[links["/ratgeber/rueckenschmerzen-uebungen-buero"]]
    assert section.state is LinkState.SOFT_DEAD, section.reason
    assert "section page" in (section.reason or "") and "by a script" in (section.reason or "")
    for path in list(CLIENT_PAGES)[2:]:
        assert seen[links[path]].state is LinkState.ALIVE, (path, seen[links[path]].reason)
