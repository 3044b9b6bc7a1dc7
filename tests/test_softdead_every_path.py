"""The same page at every path (``classify.every_path``), through a real run on local sites.

An app's shell that every route serves, and a one-page site that answers every address with
its page, are alike a made-up URL's answer whether the cited route exists or not: they stay
alive, and the reason says the probe cannot tell. Their look-alikes stay soft-dead: a shell whose
title says not found, a catch-all serving its home page (full of links to the site's other
pages) at a dead article's address, and a dead post's address on a site that now shows one
marketing page for everything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.classify.appstate import route_not_found
from curator.classify.every_path import Whole, read_whole
from curator.extract.document import parse
from curator.extract.meta import read_page
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _shell(title: str) -> bytes:
    """create-react-app's shell, as every route of the app gets it."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'/>"
        f"<title>{title}</title><script defer src='/static/js/main.3f2a9c1e.js'></script>"
        "</head><body><noscript>You need to enable JavaScript to run this app.</noscript>"
        "<div id='root'></div></body></html>"
    ).encode()


def _one_page(name: str, sections: dict[str, str]) -> bytes:
    """A one-page site: a navigation of anchors to its own sections, links to other sites."""
    nav = "".join(f"<a href='#{anchor}'>{anchor.title()}</a> " for anchor in sections)
    body = "".join(
        f"<section id='{anchor}'><h2>{anchor.title()}</h2><p>{text}</p></section>"
        for anchor, text in sections.items()
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{name}</title></head><body>"
        f"<header><a href='#top'>{name}</a><nav>{nav}</nav></header><main id='top'>"
        f"<h1>{name}</h1>{body}</main><footer><a href='https://maps.example.com/?q=1'>Map</a> "
        "<a href='/privacy'>Privacy</a></footer></body></html>"
    ).encode()


VUE_SHELL = (
    b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>kitchen-notes</title>"
    b"<script defer src='/js/chunk-vendors.1a2b3c4d.js'></script>"
    b"<script defer src='/js/app.9f8e7d6c.js'></script></head><body><noscript><strong>We're "
    b"sorry but kitchen-notes doesn't work properly without JavaScript enabled. Please enable "
    b"it to continue.</strong></noscript><div id='app'></div></body></html>"
)
TRATTORIA = _one_page(
    "Trattoria Nonna Lia",
    {
        "about": "Nonna Lia opened her kitchen on Quay Street in 1994; her grandson still rolls "
        "the pasta by hand every morning.",
        "menu": "Tagliatelle al ragù, risotto ai funghi, tiramisù; bread from the baker's.",
        "reservations": "Call 0117 496 0123. Tables for up to eight, larger groups by arrangement.",
    },
)
TALLYHO = _one_page(
    "Tallyho",
    {
        "features": "Count visitors without cookies: one script, no banner, one dashboard.",
        "pricing": "Free up to ten thousand views a month; nine dollars for unlimited sites.",
        "signup": "Create an account in a minute, no card needed.",
    },
)
PRAXIS = _one_page(
    "Praxis Nordlicht",
    {
        "praxis": "Helle Räume im Erdgeschoss, barrierefrei, mit Parkplätzen vor der Tür.",
        "manuelle-therapie": "Gezielte Handgriffe lösen Blockaden an Wirbelsäule und Gelenken.",
        "kontakt": "Nordstraße 4, 18055 Rostock. Telefon 0381 555 0177.",
    },
)
# A parked domain's lander: titled with the bare host name, drawn by a parking service's script.
LANDER = (
    b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>kayaks.example</title>"
    b"<script src='//parking-cdn.example.net/lander.js' defer></script></head>"
    b"<body><div id='root'></div></body></html>"
)
NEWS_HOME = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Valley Courier</title></head><body>"
    "<header><a href='/'>Valley Courier</a><nav><a href='/news/'>News</a> "
    "<a href='/sport/'>Sport</a> <a href='/about'>About</a></nav></header><main>"
    + "".join(
        f"<article><h2><a href='/2026/12/{slug}'>{headline}</a></h2><p>{headline}: the full "
        "story, pictures and reactions.</p></article>"
        for slug, headline in [
            ("harbour-festival", "Harbour festival returns in June"),
            ("rail-line-reopens", "Rail line reopens after storm repairs"),
            ("school-meals", "School meals to go fully organic"),
        ]
    )
    + "</main><footer>© 2026 Valley Courier</footer></body></html>"
).encode()


def _every_path(web: FixtureWeb, host: str, body: bytes, path: str) -> str:
    """A site whose server answers every address, made-up ones too, with ``body``."""
    web.add(host, "/", body=body, headers=HTML)
    web.add(host, "*", body=body, headers=HTML)
    return web.add(host, path, body=body, headers=HTML)


def test_the_same_page_at_every_path_is_alive_where_the_probe_cannot_tell(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    alive = [
        _every_path(web, "harbour-daily.example", _shell("Harbour Daily"), "/2024/05/01/budget"),
        _every_path(web, "kitchen.example", VUE_SHELL, "/recipes/1207/lemon-tart"),
        _every_path(web, "nonna-lia.example", TRATTORIA, "/reservations"),
        _every_path(web, "nonna-lia-2.example", TRATTORIA, "/menu"),
        _every_path(web, "praxis-nordlicht.example", PRAXIS, "/leistungen/manuelle-therapie"),
    ]
    # look-alikes: the shell's title says not found; a catch-all's home page full of links to
    # other pages at dead articles' addresses; dead posts on sites that are now one
    # marketing page
    gone = [
        _every_path(
            web, "lumio.example", _shell("Page not found | Lumio Lighting"), "/products/1142"
        ),
        _every_path(web, "valley-courier.example", NEWS_HOME, "/2019/06/14/mill-fire"),
        _every_path(web, "valley-courier-2.example", NEWS_HOME, "/news/33127/ferry-stops"),
        _every_path(web, "tallyho.example", TALLYHO, "/blog/2019/05/03/launch-week-recap"),
        _every_path(web, "tallyho-2.example", TALLYHO, "/products/4471"),
    ]
    write_route(tmp_path / "routes", "alive", alive)
    write_route(tmp_path / "routes", "gone", gone)
    named = [
        _every_path(web, "nonna-lia-3.example", TRATTORIA, "/about-us"),
        _every_path(web, "nonna-lia-4.example", TRATTORIA, "/menu/today"),
        _every_path(web, "nonna-lia-5.example", TRATTORIA, "/gift-vouchers"),
        _every_path(web, "kayaks.example", LANDER, "/tours/2021/bass-rock"),
        _every_path(
            web, "yoga.example", LANDER.replace(b"kayaks.example", b"yoga.example"), "/2021"
        ),
    ]
    write_route(tmp_path / "routes", "named", named)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    routes = {route.slug: route for route in report.routes}
    shells = routes["alive"].sources[:2]
    one_pages = routes["alive"].sources[2:]
    for shell in shells:
        assert shell.state is LinkState.ALIVE, shell.reason
        assert "app shell: content comes from a script; the probe cannot tell" in shell.reason
    for page in one_pages:
        assert page.state is LinkState.ALIVE, page.reason
        assert "one-page site" in page.reason and "proves nothing" in page.reason
    for source in routes["named"].sources[:2]:  # addresses naming one of the page's sections
        assert source.state is LinkState.ALIVE, source.reason
        assert "one-page site" in source.reason
    # a page the one-page site has no section for, and parking services' landers drawn by
    # their own scripts (not the site's app): what the probe shows convicts them
    for source in routes["named"].sources[2:]:
        assert source.state is LinkState.SOFT_DEAD, source.reason
        assert "shows the same page as a made-up URL on this site" in source.reason
    not_found, *caught = routes["gone"].sources
    assert not_found.state is LinkState.SOFT_DEAD, not_found.reason
    assert "Page not found" in not_found.reason
    for page in caught:
        assert page.state is LinkState.SOFT_DEAD, page.reason
        assert "shows the same page as a made-up URL on this site" in page.reason


def _whole(body: bytes, url: str) -> Whole | None:
    page, document = read_page(body, url, HTML)
    assert document is not None
    return read_whole(document, page.text, url, body)


def test_only_a_shell_or_a_whole_site_on_one_page_is_read_as_one() -> None:
    assert _whole(_shell("Harbour Daily"), "https://h.example/2024/05/01/budget") is Whole.SHELL
    # an app loading its code from a CDN, titled as the app or with inline start-up code, is
    # the site's app; a malformed script address costs nothing
    cdn = _shell("Kitchen").replace(b"/static/js/", b"https://d1.cloudfront.example/js/")
    assert _whole(cdn, "https://kitchen.example/r/12") is Whole.SHELL
    inline = cdn.replace(b"<title>Kitchen", b"<title>kitchen.example").replace(
        b"</head>", b"<script>window.__START__ = 1</script></head>"
    )
    assert _whole(inline, "https://kitchen.example/r/12") is Whole.SHELL
    broken = _shell("kitchen.example").replace(b"/static/js/main", b"http://[cdn/main")
    assert _whole(broken, "https://kitchen.example/r/12") is Whole.SHELL
    assert _whole(TRATTORIA, "https://t.example/reservations") is Whole.ONE_PAGE
    # anchors to sections the page only names in other attributes lead nowhere of its own
    unnamed = TRATTORIA.replace(b"<section id=", b"<section data-id=")
    assert _whole(unnamed, "https://t.example/reservations") is None
    # a short message with no script to draw anything is what the page says, not a shell
    short = (
        b"<html><head><title>Oops</title></head><body><div id='app'>Nothing.</div></body></html>"
    )
    assert _whole(short, "https://s.example/p/12") is None
    # a home page with skip links and anchors, and links to many pages of its own
    assert (
        _whole(
            NEWS_HOME.replace(
                b"<main>", b"<a href='#main'>Skip</a><a href='#top'>Top</a><main id='main'>"
            ),
            "https://v.example/about",
        )
        is None
    )
    # a one-page site at an item's address it has no section for: no answer for it
    assert _whole(TALLYHO, "https://y.example/blog/2019/05/03/launch-week-recap") is None
    assert _whole(PRAXIS, "https://p.example/leistungen/manuelle-therapie") is Whole.ONE_PAGE


def test_a_route_objects_status_reads_with_the_null_record_beside_it() -> None:
    """A shell is still read for its state: ``{"router": {"status": "NOT_FOUND"}, "guida":
    null}`` is the route's verdict on its record (the probe no longer speaks for shells)."""
    state = '{"router": {"status": "NOT_FOUND", "url": "/guide/2019/x"}, "guida": null}'
    body = (
        "<!doctype html><html><head><title>Guide Rapide</title></head><body><app-root>"
        f"</app-root><script id='ng-state' type='application/json'>{state}</script>"
        "<script src='main.js' type='module'></script></body></html>"
    ).encode()
    document = parse(body.decode(), body)
    assert document is not None
    said = route_not_found(document, "https://guide.example/guide/2019/x")
    assert said is not None and "NOT_FOUND" in said and "guida: null" in said
    found = body.replace(b'"guida": null', b'"guida": {"id": 7}')
    document = parse(found.decode(), found)
    assert document is not None
    assert route_not_found(document, "https://guide.example/guide/2019/x") is None


def test_a_shells_fallback_a_footers_legal_pages_and_a_language_front_page_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    basic = _shell("HarbourPost").replace(
        b"You need to enable JavaScript to run this app.",
        b"HarbourPost needs JavaScript. <a href='/basic'>Use the basic HTML version</a>",
    )
    legal = "".join(
        f"<a href='/{page}'>{page.title()}</a> "
        for page in ("impressum", "datenschutz", "agb", "barrierefreiheit")
    )
    footer = PRAXIS.replace(b"<a href='/privacy'>Privacy</a>", legal.encode())
    # the same four pages in the navigation: a site of pages, not one page
    menu = PRAXIS.replace(b"<nav>", b"<nav>" + legal.encode())
    alive = [
        _every_path(web, "harbourpost.example", basic, "/inbox/thread/8f3a9c"),
        _every_path(web, "praxis-see.example", footer, "/kontakt"),
        _every_path(web, "courier-en.example", NEWS_HOME, "/en/index.html"),
        _every_path(web, "courier-de.example", NEWS_HOME, "/de/"),
        _every_path(web, "courier-br.example", NEWS_HOME, "/pt-br/index.php"),
    ]
    gone = [
        _every_path(web, "praxis-menu.example", menu, "/kontakt"),
        _every_path(web, "courier-tv.example", NEWS_HOME, "/tv/"),
        _every_path(web, "courier-en-2.example", NEWS_HOME, "/en/2019/06/14/mill-fire"),
        _every_path(web, "praxis-see-2.example", footer, "/gift-vouchers"),
        _every_path(
            web,
            "harbourpost-2.example",
            basic.replace(b"<title>HarbourPost", b"<title>Page not found | HarbourPost"),
            "/inbox/thread/0000",
        ),
    ]
    write_route(tmp_path / "routes", "alive", alive)
    write_route(tmp_path / "routes", "gone", gone)
    report = check_routes(tmp_path / "routes", Settings(fetch=fast_settings()), web.resolver)
    routes = {route.slug: route for route in report.routes}
    shell, one_page, *fronts = routes["alive"].sources
    assert shell.state is LinkState.ALIVE and "app shell" in shell.reason, shell.reason
    assert one_page.state is LinkState.ALIVE and "one-page site" in one_page.reason
    for front in fronts:  # a language's front page has no made-up sibling to compare with
        assert front.state is LinkState.ALIVE, front.reason
        assert "made-up URL" not in front.reason
    # a site of pages, a section and a dead article at a catch-all, a page the one-page site
    # has no section for; a shell whose title says not found
    *caught, not_found = routes["gone"].sources
    for page in caught:
        assert page.state is LinkState.SOFT_DEAD, page.reason
        assert "shows the same page as a made-up URL on this site" in page.reason
    assert not_found.state is LinkState.SOFT_DEAD and "Page not found" in not_found.reason
