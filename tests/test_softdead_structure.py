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

import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from checkroutes import check_routes
from curator.classify.evidence import DEFAULT_WEIGHTS, Signs, decide
from curator.classify.page_sketch import PageShape
from curator.classify.probe_answer import ProbeAnswer, compare
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
_MASTHEAD = (
    "<p>Riverside Gazette: news from the Mill valley since 1871.</p><p>Subscribe · Log in · "
    "Today's paper · Puzzles · Weather: light rain, 9°C</p><p>Home › News › Local</p>"
)


def _page(title: str, main: str, head: str = "", rail: str = "") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><div class='masthead'>{_MASTHEAD}</div><nav><ul>{_MENU}</ul></nav>"
        f"<main>{main}</main>{rail}{_FOOTER}</body></html>"
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


ECHO = "echo.gazette.example"
SLUGS = "slugs.gazette.example"
_POOL = [
    "Bridge works to start in May", "Library extends opening hours", "New bus route 7",
    "Market returns to the square", "School kitchen wins award", "River clean-up on Sunday",
    "Town hall gets solar roof", "Cycle lanes on Mill Road", "Bakery opens at 4am",
    "Choir seeks tenors", "Park run marks 500th race", "Flood defences tested",
]  # fmt: skip


def _rail(path: str) -> str:
    """The "most read" rail, its counts drawn afresh for each path the page is drawn for."""
    rng = random.Random(path)
    items = "".join(
        f"<li><a href='/a/{rng.randrange(9999)}'>{title}</a> "
        f"({rng.randrange(2, 400)} comments)</li>"
        for title in _POOL[:6]
    )
    return f"<div class='related'><h3>Most read</h3><ul>{items}</ul></div>"


def _stamp(path: str) -> str:
    rng = random.Random(path)
    return f"<p>Rendered in {rng.randrange(20, 900)} ms · request {rng.randrange(16**8):08x}</p>"


ECHO_LIVE = {
    "/news/council-approves-footbridge": _page(
        "Council approves footbridge | Riverside Gazette",
        _ARTICLE.format(title="Council approves footbridge"),
    ),
    "/news/choir-concert-sunday": _page(
        "Riverside Gazette",
        "<h1>Choir concert on Sunday</h1><p>The town choir sings at St Mary's at 4pm.</p>",
    ),
}


def _echo(request: FixtureRequest) -> None:
    """Every unknown path answers 200 with the catch-all drawn for that path; so does the
    removed article's."""
    path = request.path
    page = ECHO_LIVE.get(path)
    if page is not None:
        request.respond(200, page.replace("</main>", f"</main>{_rail(path)}"))
        return
    main = f"<h2>{path}</h2><p>Try one of the stories below, or use the search box.</p>"
    request.respond(200, _page("Riverside Gazette", main + _stamp(path), rail=_rail(path)))


def _slugs(request: FixtureRequest) -> None:
    """A site that finds story 48213 by its number, whatever slug follows it."""
    if request.path.startswith("/news/48213/"):
        main = _ARTICLE.format(title="Council approves footbridge")
        request.respond(200, _page("Riverside Gazette", main, rail=_rail("/news/48213/")))
    else:
        request.respond(404, html_page("Not found", "<p>No such page.</p>"))


def test_a_catch_all_drawn_afresh_for_each_path_is_still_the_catch_all(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(ECHO, "*", handler=_echo)
    web.add(SLUGS, "*", handler=_slugs)
    removed = [
        web.url(ECHO, "/news/2024/03/12/riverside-flood-defences-tested"),
        web.url(ECHO, "/news/2023/11/02/library-extends-opening-hours"),
    ]
    live = [web.url(ECHO, path) for path in ECHO_LIVE]
    slug_ignored = web.url(SLUGS, "/news/48213/council-approves-footbridge")
    seen = _sources(tmp_path, web, [*removed, *live, slug_ignored], fast_settings())

    for url in removed:  # the catch-all itself is gone: the same page, or its echoed address
        reason = seen[url].reason or ""
        assert "a made-up URL on this site" in reason, reason
        assert seen[url].state is LinkState.SOFT_DEAD, reason
        if not reason.startswith("shows the same page as a made-up URL"):
            # near the made-up page is weighed, never alone: what convicts it is the echo
            assert "quote the address asked for" in reason, reason
    for url in [*live, slug_ignored]:
        assert seen[url].state is LinkState.ALIVE, (url, seen[url].reason)


def _drawn(path: str, rail: list[str], title: str = "Riverside Gazette") -> PageShape:
    """The catch-all as the echoing site draws it for ``path``, with ``rail``'s stories."""
    text = (
        "Riverside Gazette: news from the Mill valley since 1871. Subscribe Log in "
        f"{path.replace('/', ' ')} Try one of the stories below, or use the search box. "
        "Most read " + " ".join(rail) + " Letters to the editor welcome. Riverside Gazette is "
        "published by Mill Valley Media, 1 Mill Lane. Our journalism is funded by readers: "
        "subscribe for the daily edition, the puzzles and the archive back to 1871."
    )
    return PageShape.of(200, f"http://echo.example{path}", text, title=title)


def test_a_page_with_the_catch_alls_title_and_most_of_its_words_is_near_it() -> None:
    """Rails drawn afresh keep two draws of one catch-all under the probe's threshold; the
    page's title and the share of words it keeps say it is that page, weighed as a sign. A
    page with a title of its own, or sharing few words, gets nothing from it."""
    made_up = _drawn("/news/qzxwvkjhgfdsa", _POOL[6:12])
    answer = ProbeAnswer("http://echo.example", "/news/text", 200, made_up.final_url,
                         made_up.sketch, title=made_up.title)  # fmt: skip
    removed = _drawn("/news/riverside-flood-defences-tested", [*_POOL[7:12], _POOL[0]])
    outcome = compare(removed, answer, threshold=0.9)
    assert outcome is not None and not outcome.alike and outcome.near > 0.5, outcome
    verdict = decide(Signs(facts=None, probe=outcome))
    # weighed, never decisive alone: sites titling every page with their name share a banner
    assert not verdict.gone and "has the title of the page a made-up URL" in verdict.reason
    assert 0 < verdict.score < DEFAULT_WEIGHTS.threshold
    titled = _drawn("/news/choir-concert", _POOL[3:9], title="Choir concert | Gazette")
    own = compare(titled, answer, threshold=0.9)
    assert own is not None and own.near == 0.0 and not decide(Signs(None, own)).gone
