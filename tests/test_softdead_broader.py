"""Redirects to broader pages, and pages that only talk about errors, through a real run.

A removed article redirected to its section, a tag page or a search is soft-dead; a moved one
(its slug or ID carried over, or only its spelling changed), a shortener link and a sign-in wall
are not. A film named "ERROR 404", an essay that mentions a parked domain, an article about
designing 404 pages and a thread with one deleted reply are pages, while their closest gone
look-alikes stay gone. Every site answers made-up URLs with an honest 404 (the fixture web's
default), so the probe cannot help.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checkroutes import check_routes
from curator.classify.broader import broader_landing
from curator.classify.link import lands_home
from curator.classify.soft404 import lost_landing, redirected_home
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

PROSE = (
    "<p>Follow the links in a ten-year-old article and many of them no longer lead where they "
    "did, because sites are rebuilt, renamed and sold, and nobody keeps the old addresses.</p>"
)


def _site(site: str, main: str, title: str | None = None, head: str = "", lang: str = "en") -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{title or site}</title>{head}</head><body><header><a href='/'>{site}</a>"
        f"<ul>{menu}</ul></header><main>{main}</main><footer>{menu}<p>© 2026 {site}</p>"
        "</footer></body></html>"
    )


def _listing(site: str, heading: str) -> str:
    items = "".join(f"<li><a href='/a/{n}'>Story number {n}</a></li>" for n in range(6))
    return _site(site, f"<h1>{heading}</h1><ul>{items}</ul>", f"{heading} | {site}")


def _states(
    tmp_path: Path, web: FixtureWeb, fast: Callable[..., FetchSettings], urls: list[str]
) -> list[tuple[LinkState, str]]:
    write_route(tmp_path / "routes", "broader", urls)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast()), web.resolver)
    sources = {s.name: s for s in report.routes[0].sources}
    return [
        (sources[f"Source {n}"].state, sources[f"Source {n}"].reason)
        for n in range(1, len(urls) + 1)
    ]


def test_a_page_redirected_to_its_section_tag_or_search_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    web.add("gazzetta.example", "/cronaca/", body=_listing("Gazzetta", "Cronaca"))
    section = web.redirect(
        "gazzetta.example", "/cronaca/2025/04/18/incendio-capannone-zona-industriale", "/cronaca/"
    )
    web.add("desk.example", "/tag/ergonomics/", body=_listing("Desk Notes", "Ergonomics"))
    tag = web.redirect(
        "desk.example", "/2024/03/standing-desk-converter-review/", "/tag/ergonomics/"
    )
    web.add("jobs.example", "/search?keywords=", body=_listing("CareHire", "Search jobs"))
    search = web.redirect(
        "jobs.example", "/jobs/senior-physiotherapist-leeds-55102", "/search?keywords=", 302
    )
    web.add("sol.example", "/produtos/", body=_listing("Loja Sol", "Produtos"))
    products = web.redirect("sol.example", "/produto/almofada-lombar-ortopedica", "/produtos/")
    web.add("zdrowie.example", "/porady/", body=_listing("Zdrowie Dziś", "Porady"))
    shallow = web.redirect(
        "zdrowie.example", "/artykuly/2023/zdrowy-kregoslup-cwiczenia-poranne", "/porady/"
    )
    states = _states(tmp_path, web, fast_settings, [section, tag, search, products, shallow])
    for state, reason in states:
        assert state is LinkState.SOFT_DEAD, reason
    assert "redirected to the section page" in states[0][1]
    assert "/cronaca/, which does not name its subject (“incendio-capannone-zona" in states[0][1]
    assert "listing page" in states[1][1]
    assert "search page" in states[2][1] and "nor its ID (55102)" in states[2][1]


def test_moves_renames_shorteners_and_walls_keep_their_verdicts(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    article = _site("Town Crier", "<h1>Harbour festival returns</h1>" + PROSE, "Harbour festival")
    web.add("crier.example", "/news/4821-harbour-festival-returns", body=article)
    by_id = web.redirect(
        "crier.example", "/story.php?id=4821", "/news/4821-harbour-festival-returns"
    )
    web.add("owl.example", "/journal/better-sleep-evening-routine", body=article)
    renamed = web.redirect(
        "owl.example",
        "/old-blog/better-sleep-evening-routine",
        "/journal/better-sleep-evening-routine",
    )
    web.add("shop.example", "/category/sale/", body=_listing("Lumbar Store", "Sale"))
    short = web.redirect("shop.example", "/go/xyz", "/category/sale/", 302)
    web.add(
        "shop.example",
        "/login",
        body=_site(
            "Lumbar Store",
            "<h1>Sign in</h1><form method='post'><input type='email' name='email'>"
            "<input type='password' name='password'><button>Sign in</button></form>",
        ),
    )
    wall = web.redirect("shop.example", "/account/orders/order-history-details", "/login", 302)
    web.add("crier.example", "/local-news/", body=_listing("Town Crier", "Local news"))
    section = web.redirect("crier.example", "/news/local/", "/local-news/")
    states = _states(tmp_path, web, fast_settings, [by_id, renamed, short, wall, section])
    assert [state for state, _ in states] == [
        LinkState.MOVED,
        LinkState.MOVED,
        LinkState.ALIVE,
        # a sign-in wall: not gone (the page may be there for members), and not readable by
        # the checker or a reader without an account (``classify.signin``, wave 12; it read
        # as alive before)
        LinkState.BLOCKED,
        LinkState.MOVED,
    ], states
    assert "sign-in page" in states[3][1]


@pytest.mark.parametrize(
    ("url", "final"),
    [
        ("http://a.example/news/foo-bar-baz", "https://www.a.example/news/foo-bar-baz/"),
        ("https://a.example/Guides/Back-Pain", "https://a.example/guides/back-pain"),
        (
            "https://a.example/guides/back-pain-relief",
            "https://a.example/de/guides/back-pain-relief",
        ),
        ("https://a.example/article?id=5", "https://a.example/news/5-some-title"),
        ("https://a.example/item/12345", "https://a.example/products/lumbar-cushion"),
        ("https://a.example/p/83421", "https://a.example/spring-open-day"),
        ("https://a.example/l/abc", "https://a.example/offers/"),
        ("https://a.example/sport/", "https://a.example/sports/"),
        ("https://doi.org/10.1234/abcd.5678", "https://publisher.example/journal/"),
        ("https://a.example/blog/tips-better-sleep", "https://a.example/blog/tip-for-sleeping"),
    ],
)
def test_addresses_that_keep_the_link_identity_or_never_had_one(url: str, final: str) -> None:
    assert broader_landing(url, final) is None


@pytest.mark.parametrize(
    ("url", "final"),
    [
        ("https://a.example/news/2024/story-of-the-year", "https://[a.example/"),
        ("https://[a.example/news/story", "https://a.example/"),
    ],
)
def test_a_landing_that_will_not_split_is_no_landing_to_any_reader(url: str, final: str) -> None:
    """An address urlsplit refuses (an unclosed IPv6 bracket) has no path to compare: every
    reader of a redirect says so alike, where three of them raised."""
    assert broader_landing(url, final) is None
    assert lost_landing(url, final) is None
    assert not redirected_home(url, final)
    assert not lands_home(url, final)


def test_a_category_named_by_the_root_of_the_slug_does_not_carry_it() -> None:
    """A shared root is the category's, not the article's: "ruecken" under
    "rueckenschmerzen" is the broader page."""
    found = broader_landing(
        "https://a.example/ratgeber/ruecken/uebungen-gegen-rueckenschmerzen",
        "https://a.example/kategorie/ruecken/",
    )
    assert found is not None and found.kind == "listing page"


def test_pages_that_only_talk_about_errors_stay_pages(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    movie = web.add(
        "films.example",
        "/title/error-404",
        body=_site(
            "FilmBase",
            "<h1>ERROR 404</h1><p>Thriller, 98 min.</p>",
            "ERROR 404 | FilmBase",
            "<meta property='og:type' content='video.movie'>",
        ),
    )
    essay = web.add(
        "craft.example",
        "/link-rot",
        body=_site(
            "Web Craft",
            "<h1>Link rot</h1><p>Readers who follow old links often land on a parked domain.</p>"
            + PROSE * 6,
            "Link rot | Web Craft",
        ),
    )
    design = web.add(
        "design.example",
        "/404-design",
        body=_site(
            "设计笔记",
            "<h1>如何设计404页面</h1><p>404页面是网站在用户访问不存在的网址时显示的页面。"
            "文案要简洁友好，并给出返回首页的入口。</p>",
            "如何设计404页面",
            lang="zh",
        ),
    )
    thread = web.add(
        "forum.example",
        "/t/best-lumbar-pillow",
        body=_site(
            "Spine Forum",
            "<h1>Best lumbar pillow for long drives?</h1><p>maria_k: I drive four hours twice a "
            "week and my lower back is sore by the end. Which lumbar pillow actually stays in "
            "place on a car seat?</p><p>This post was deleted by its author.</p><p>tom_r: The "
            "foam roll with the strap.</p>",
            "Best lumbar pillow for long drives? - Spine Forum",
        ),
    )
    play = web.add(
        "theatre.example",
        "/whats-on/page-not-found",
        body=_site(
            "Harbour Theatre",
            "<h1>Page Not Found</h1><script type='application/ld+json'>{\"@context\": "
            '"https://schema.org", "@type": "TheaterEvent", "name": '
            '"Page Not Found"}</script><p>A comedy by Tom Hale. 3-21 March.</p>',
            "Page Not Found | Harbour Theatre",
        ),
    )
    urls = [movie, essay, design, thread, play]
    states = _states(tmp_path, web, fast_settings, urls)
    for (state, reason), url in zip(states, urls, strict=True):
        assert state is LinkState.ALIVE, (url, reason)
    assert "after" in states[3][1] and "the page's own content under its heading" in states[3][1]


def test_their_closest_gone_look_alikes_stay_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    parked = web.add(
        "lumbarhelp.example",
        "/",
        body=_site("lumbarhelp.net", "<p>This domain is for sale. Make an offer today.</p>"),
    )
    deleted = web.add(
        "forum.example",
        "/t/gone-topic",
        body=_site(
            "Spine Forum",
            "<h1>Best seat wedge?</h1><p>This topic was deleted by its author.</p>",
            "Best seat wedge? - Spine Forum",
        ),
    )
    named_404 = web.add(
        "films.example",
        "/title/missing",
        body=_site(
            "FilmBase",
            "<h1>404 Not Found</h1><p>Back to FilmBase</p>",
            "404 Not Found | FilmBase",
            "<meta property='og:type' content='website'>",
        ),
    )
    webpage = web.add(
        "owl.example",
        "/missing-post",
        body=_site(
            "Night Owl",
            "<h1>Page not found</h1><p>It looks like nothing was found at this location.</p>",
            "Page not found - Night Owl",
            '<script type=\'application/ld+json\'>{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "WebSite"}]}</script>',
        ),
    )
    withdrawn = web.add(
        "crier.example",
        "/news/withdrawn-story",
        body=_site(
            "Town Crier",
            "<h1>This article has been removed</h1><p>Read our latest news.</p>",
            "This article has been removed | Town Crier",
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
            '"datePublished": "2024-05-02", "author": {"name": "Staff"}}</script>',
        ),
    )
    urls = [parked, deleted, named_404, webpage, withdrawn]
    states = _states(tmp_path, web, fast_settings, urls)
    for (state, reason), url in zip(states, urls, strict=True):
        assert state is LinkState.SOFT_DEAD, (url, reason)
