"""The soft-404 probe compares a page with a catch-all by what each says as its main content,
through real runs on a local web.

A site that answers every unknown path with its "not found" page drawn for that path (the
path and the slug echoed, a render stamp, a rail of teasers with excerpts drawn afresh) is
recognised whatever path the probe makes up, run after run; a short live page in the same
chrome, a long article, and an article on a site that ignores the slug and answers unknown
IDs with the varying catch-all stay alive.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from checkroutes import check_routes
from curator.classify.probe import MAIN_MAX_CHARS, PageShape, ProbeAnswer, compare, read_main
from curator.classify.probe_main import MASK, main_words
from curator.report.model import SourceReport
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb
from routefiles import write_route

T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
VARIED = "varied.gazette.example"
SLUGS = "slugs.gazette.example"
_MENU = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(10))
# Chrome with words of its own outside any menu: the catch-all and every live page share it.
_MASTHEAD = (
    "<div class='masthead'><p>Riverside Gazette: news from the Mill valley since 1871, "
    "funded by its readers and written by a newsroom of nine.</p><p>Weather: light rain, "
    "9°C. Tides at the Mill Race: high water at 6:40 and 19:02.</p></div>"
)
_TEASERS = [
    ("Bridge works to start in May", "Closures on Mill Road for six weeks."),
    ("Library extends opening hours", "Open until nine on Thursdays from March."),
    ("Market returns to the square", "Forty stalls and a band on the first Saturday."),
    ("School kitchen wins award", "Pupils grow the herbs the cooks use."),
    ("River clean-up on Sunday", "Gloves and bags provided at the boathouse."),
    ("Town hall gets a solar roof", "The panels should cover a third of its power."),
    ("Choir seeks tenors", "Rehearsals on Wednesday evenings at St Mary's."),
    ("Park run marks its 500th race", "A record 412 runners took part."),
]


def _page(title: str, main: str, path: str) -> str:
    """A page of the site drawn for ``path``: the teasers and the render stamp drawn afresh."""
    rng = random.Random(path)
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/a/{rng.randrange(9999)}'>{head}</a></h3>"
        f"<p>{excerpt}</p></div>"
        for head, excerpt in rng.sample(_TEASERS, 3)
    )
    stamp = f"Page built in {rng.randrange(20, 900)} ms, request {rng.randrange(16**8):08x}"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<header class='site-header'><a href='/'>Riverside Gazette</a> Subscribe</header>"
        f"{_MASTHEAD}<nav><ul>{_MENU}</ul></nav><main>{main}</main>"
        f"<section class='related-stories'><h2>Others read today</h2>{teasers}</section>"
        f"<p class='stamp'>{stamp}</p><footer><p>1 Mill Lane</p></footer></body></html>"
    )


def _catch_all(path: str) -> str:
    slug = " ".join(path.rstrip("/").rsplit("/", 1)[-1].split("-"))
    main = (
        f"<h1>Nothing at {path}</h1><p>We looked for “{slug}” and came back empty-handed. "
        "Perhaps one of today's stories instead?</p>"
    )
    return _page("Riverside Gazette", main, path)


LIVE = {
    "/news/2024/05/02/choir-concert-sunday": _page(
        "Riverside Gazette",
        "<h1>Choir concert on Sunday</h1><p>The town choir sings at St Mary's at 4pm.</p>",
        "/news/2024/05/02/choir-concert-sunday",
    ),
    "/news/2024/05/03/council-approves-footbridge": _page(
        "Council approves footbridge | Riverside Gazette",
        "<h1>Council approves footbridge</h1>"
        + "<p>The council met on Tuesday and voted on the plans after a long debate.</p>" * 6,
        "/news/2024/05/03/council-approves-footbridge",
    ),
}
REMOVED = ["/news/2024/03/12/flood-defences-tested", "/news/2023/11/02/library-opening-hours"]


def _varied(request: FixtureRequest) -> None:
    path = request.path
    request.respond(200, LIVE.get(path) or _catch_all(path))


def _slugs(request: FixtureRequest) -> None:
    """Story 48213 whatever slug follows its number; any other path the varying catch-all."""
    path = request.path
    if path.startswith("/news/48213/"):
        main = "<h1>Bridge opens to walkers</h1><p>The footbridge opened on Saturday.</p>"
        request.respond(200, _page("Bridge opens to walkers | Riverside Gazette", main, path))
    else:
        request.respond(200, _catch_all(path))


def _sources(
    tmp_path: Path, web: FixtureWeb, links: list[str], fetch: FetchSettings, store: str
) -> dict[str, SourceReport]:
    write_route(tmp_path / "routes", "news", links)
    with SqliteStore(tmp_path / store) as state:
        report = check_routes(
            tmp_path / "routes", Settings(fetch=fetch), web.resolver, state, clock=lambda: T0
        )
    return {s.url: s for route in report.routes for s in route.sources}


def test_a_catch_all_varying_per_url_is_found_whatever_path_the_probe_makes_up(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add(VARIED, "*", handler=_varied)
    web.add(SLUGS, "*", handler=_slugs)
    removed = [web.url(VARIED, path) for path in REMOVED]
    live = [web.url(VARIED, path) for path in LIVE]
    slug_ignored = web.url(SLUGS, "/news/48213/bridge-opens-to-walkers")
    links = [*removed, *live, slug_ignored]

    # Three runs, each with a store of its own: each learns the hosts' answers afresh, from
    # made-up paths of its own, and each says the same of every page.
    runs = [_sources(tmp_path, web, links, fast_settings(), f"state-{n}.sqlite") for n in range(3)]

    for url in removed:
        reason = runs[0][url].reason or ""
        assert runs[0][url].state is LinkState.SOFT_DEAD, reason
        assert "says word for word what a made-up URL on this site says" in reason, reason
    for url in [*live, slug_ignored]:  # a short page in the same chrome, an article, a slug
        assert runs[0][url].state is LinkState.ALIVE, (url, runs[0][url].reason)
    for later in runs[1:]:
        assert {u: (s.state, s.reason) for u, s in later.items()} == {
            u: (s.state, s.reason) for u, s in runs[0].items()
        }


def _words(html: str, url: str) -> list[str]:
    return main_words(etree.fromstring(html, etree.HTMLParser()), url)


def test_main_content_leaves_out_chrome_and_rails_and_masks_the_asked_address() -> None:
    """The masthead's own words stay (chrome with words is still text a reader sees on every
    page), the site header, menus, footer, the related-stories section and link lists go, the
    echoed path and slug are one mask each, numbers one "0"."""
    url = "http://varied.gazette.example/news/2024/03/12/flood-defences-tested"
    words = _words(_catch_all("/news/2024/03/12/flood-defences-tested"), url)
    text = " ".join(words)
    assert text.startswith(f"riverside gazette {MASK} from the mill valley since 0")  # a section
    assert f"nothing at {MASK} we looked for {MASK} and came back empty handed" in text
    assert "section" not in words and "subscribe" not in words and "lane" not in words
    assert "teaser" not in text and "tenors" not in words and "others" not in words
    assert "page built in 0 ms request 0" in text


def test_a_slug_word_alone_is_not_masked_but_a_segment_of_its_own_is() -> None:
    """The site's name shares a word with the slug ("Sleep Well" under /sleep-study): left as
    it is, or the catch-all (which names the site too) and the page would differ; the probe's
    made-up letters, a segment of their own, are masked wherever they stand."""
    html = "<html><body><main><p>Sleep Well: no page at qzxwvkjhg today.</p></main></body></html>"
    assert _words(html, "http://x.example/health/sleep-study-teens") == [
        "sleep", "well", "no", "page", "at", "qzxwvkjhg", "today",
    ]  # fmt: skip
    assert _words(html, "http://x.example/health/qzxwvkjhg") == [
        "sleep", "well", "no", "page", "at", MASK, "today",
    ]  # fmt: skip


def test_a_page_longer_than_any_catch_all_is_not_read_and_says_other_things() -> None:
    """Its main content is not walked (CPU), and it is no catch-all's stand-in either way."""
    url = "http://varied.gazette.example/news/2024/03/12/flood-defences-tested"
    html = _catch_all("/news/2024/03/12/flood-defences-tested")
    root = etree.fromstring(html, etree.HTMLParser())
    answer = ProbeAnswer(
        "http://varied.gazette.example", "/news/num/num/num/text", 200, url + "x",
        title="Riverside Gazette", main=read_main(root, url, visible_chars=2_000),
    )  # fmt: skip
    assert answer.main
    long_page = PageShape(200, url, b"", title="Riverside Gazette", main=b"")
    assert read_main(root, url, visible_chars=MAIN_MAX_CHARS + 1) == b""
    outcome = compare(long_page, answer, threshold=0.9)
    assert outcome is not None and not outcome.alike and outcome.near == 0.0
