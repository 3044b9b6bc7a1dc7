"""A dead item whose address answers with the site's front page (``classify.front``), through a
real local site: found by both executors, the front page asked once per host and kept in the
store, and the front page cited as a source (or a one-page site's section) kept alive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkroutes import check_routes
from checkroutes import run_request as request
from curator.execute.processes import ProcessExecutor
from curator.pipeline import run_check
from curator.report.model import Report
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

SITE = "www.valley-courier.example"
T0 = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
_CHROME = (
    "<header><a href='/'>Valley Courier</a><nav><a href='/news/'>News</a> "
    "<a href='/sport/'>Sport</a> <a href='/about'>About</a></nav></header>"
)
_FOOTER = "<footer><p>© 2026 Valley Courier. Local news for the valley since 1921.</p></footer>"
_TEASERS = "".join(
    f"<article><h2><a href='/2026/12/{slug}'>{headline}</a></h2><p>{blurb}</p></article>"
    for slug, headline, blurb in [
        ("harbour-festival", "Harbour festival returns in June", "Twice last year's crowds."),
        ("rail-line-reopens", "Rail line reopens after storm repairs", "Trains run hourly."),
        ("school-meals", "School meals to go fully organic", "A deal with local farms."),
        ("library-hours", "Library extends its opening hours", "Open until eight on weekdays."),
    ]
)
FRONT = html_page(title="Valley Courier", body=f"{_CHROME}<main>{_TEASERS}</main>{_FOOTER}")
ARTICLE = (
    "<!doctype html><html><head><meta charset='utf-8'>"
    "<title>Market square gets new lighting | Valley Courier</title></head><body>"
    f"{_CHROME}<main><h1>Market square gets new lighting</h1><p>The market square will be "
    "lit by forty new lamps from next month, the council said on Tuesday. The old sodium "
    "lights are being replaced by warm LEDs that use a third of the power.</p></main>"
    f"{_FOOTER}</body></html>"
)
DEAD = ["/2021/03/council-approves-new-bridge", "/2020/11/ferry-timetable-cut"]
LIVE = "/2026/12/market-square-lighting"


def _site(web: FixtureWeb) -> None:
    """A site whose router sends two old articles' addresses to the front page (a 200, no
    message), while unknown paths answer an honest 404: the made-up sibling sees nothing."""
    web.add(SITE, "/", body=FRONT)
    web.add(SITE, "/index.html", body=FRONT)
    web.add(SITE, "/news/", body=FRONT)
    for path in DEAD:
        web.add(SITE, path, body=FRONT)
    web.add(SITE, LIVE, body=ARTICLE)
    web.add(SITE, "*", 404, html_page("Not found", "<p>No such page.</p>"))


def _sources(report: Report) -> dict[str, tuple[LinkState, str]]:
    return {s.url: (s.state, s.reason) for route in report.routes for s in route.sources}


def _fronts(web: FixtureWeb) -> int:
    return web.count(SITE, "/")


def _check(
    tmp_path: Path, web: FixtureWeb, settings: Settings, store: SqliteStore | None = None
) -> Report:
    return check_routes(tmp_path / "routes", settings, web.resolver, store, clock=lambda: T0)


def _write(tmp_path: Path, web: FixtureWeb, paths: list[str]) -> list[str]:
    """A route citing ``paths`` (their URLs returned), filled up to five with live articles."""
    links = [web.url(SITE, path) for path in paths]
    fill = [web.add(SITE, f"{LIVE}-{n}", body=ARTICLE) for n in range(5 - len(links))]
    write_route(tmp_path / "routes", "courier", [*links, *fill])
    return links


def test_a_dead_item_answering_the_front_page_is_soft_dead_and_the_front_page_asked_once(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web)
    dead_one, dead_two, live = _write(tmp_path, web, [*DEAD, LIVE])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    for url in (dead_one, dead_two):
        state, reason = sources[url]
        assert state is LinkState.SOFT_DEAD, (url, reason)
        assert "answers with the site's front page" in reason and "100% alike" in reason
    assert sources[live][0] is LinkState.ALIVE, sources[live]
    assert _fronts(web) == 1  # two pages asked for it: one request for the host


def test_the_worker_processes_find_it_too(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web)
    dead_one, dead_two, live = _write(tmp_path, web, [*DEAD, LIVE])
    settings = Settings(fetch=fast_settings())

    with ProcessExecutor(settings.fetch, web.resolver, workers=2) as executor:
        report = run_check(request(tmp_path / "routes"), settings, executor, None)

    sources = _sources(report)
    assert sources[dead_one][0] is LinkState.SOFT_DEAD, sources[dead_one]
    assert sources[dead_two][0] is LinkState.SOFT_DEAD, sources[dead_two]
    assert sources[live][0] is LinkState.ALIVE, sources[live]
    # Each worker learns what its own pages need: at most one front page per worker.
    assert 1 <= _fronts(web) <= 2


def test_the_front_page_cited_as_a_source_stays_alive_and_costs_nothing(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web)
    links = _write(tmp_path, web, ["/index.html", "/news/", LIVE])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert {state for state, _ in sources.values()} == {LinkState.ALIVE}, sources
    assert _fronts(web) == 0  # no page looked like a front page where an item should be
    assert len(sources) == 5 and set(links) <= set(sources)


def test_a_second_run_reads_the_front_page_from_the_store(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _site(web)
    dead_one, _, _ = _write(tmp_path, web, [*DEAD, LIVE])
    settings = Settings(fetch=fast_settings())

    with SqliteStore(tmp_path / "state.sqlite") as store:
        first = _sources(_check(tmp_path, web, settings, store))
        asked_first = _fronts(web)
        web.log.clear()
        second = check_routes(
            tmp_path / "routes",
            settings,
            web.resolver,
            store,
            clock=lambda: T0 + timedelta(days=1),
        )

    assert asked_first == 1
    assert _fronts(web) == 0  # a day later the stored front page is trusted
    assert first[dead_one][0] is LinkState.SOFT_DEAD
    assert _sources(second)[dead_one][0] is LinkState.SOFT_DEAD, _sources(second)[dead_one]


@pytest.mark.parametrize(
    ("path", "front"),
    [
        ("/menu", True),  # a one-page site: its sections are the page, not items
        ("/2026/", True),  # a conference's edition
        ("/private-dining", True),  # a one-page site's top-level route (review 13)
        ("/?fbclid=IwAR2x7Kq9PzL0mN3vB8cD1eF4gH5iJ6kL", True),  # the front page with a click id
        ("/?utm_source=newsletter&utm_campaign=2026-03-14", True),
        ("/index.php?id=1", True),  # a TYPO3 site's home page
        ("/?page_id=12", True),  # a one-page site's page under the root: not told from the front
        ("/app/projects/8812", False),  # an app's shell: every route serves it, no words
    ],
)
def test_addresses_that_name_no_item_or_a_front_page_without_words_stay_alive(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    path: str,
    front: bool,
) -> None:
    page = FRONT if front else html_page("Boardly", "<div id='root'></div>")
    web.add(SITE, "/", body=page)
    web.add(SITE, path, body=page)
    web.add(SITE, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    (link,) = _write(tmp_path, web, [path])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[link][0] is LinkState.ALIVE, sources[link]


def test_a_listing_of_the_front_pages_teasers_is_not_the_front_page(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A tag page under the site's name listing the front page's stories in its order, under a
    crumb of its own: nearly all its words are the front page's (92% alike), but a catch-all
    serving the front page is the same page, and this is not it (review 13's tag pages)."""
    stories = "".join(
        f"<article><h2><a href='/2026/12/story-{n}'>{headline}</a></h2><p>{blurb}</p></article>"
        for n, (headline, blurb) in enumerate(
            [
                ("Harbour festival returns in June", "Twice last year's crowds on the quay."),
                ("Rail line reopens after storm repairs", "Trains run hourly from Monday."),
                ("School meals to go fully organic", "A three-year deal with local farms."),
                ("Library extends its opening hours", "Open until eight on weekdays."),
                ("New cycle lane opens on the quay", "It links the station to the beach."),
                ("Market returns to the square", "Forty stalls every Saturday morning."),
                ("Lifeboat crew rescues a kayaker", "The kayaker was brought ashore unhurt."),
                ("Bus fares frozen for a year", "The county pays the difference."),
            ]
        )
    )
    front = html_page(title="Valley Courier", body=f"{_CHROME}<main>{stories}</main>{_FOOTER}")
    tag = html_page(
        title="Valley Courier",
        body=f"{_CHROME}<main><p>Tag: local council</p>{stories}</main>{_FOOTER}",
    )
    web.add(SITE, "/", body=front)
    web.add(SITE, "/tag/local-council", body=tag)
    web.add(SITE, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    (link,) = _write(tmp_path, web, ["/tag/local-council"])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[link][0] is LinkState.ALIVE, sources[link]


def test_an_old_query_address_answered_with_the_front_page_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A script's query naming a record (a page type beside an id at the index document, or an
    id at a script named for its records) answered with the front page: soft-dead. The front
    page at its index document with a lone id (a TYPO3 home) or Joomla's menu item, or with a
    campaign's parameters, stays alive."""
    web.add(SITE, "/", body=FRONT)
    dead = [
        web.add(SITE, "/index.php?page=events&id=2018", body=FRONT),
        web.add(SITE, "/index.php?option=com_content&view=article&id=1174", body=FRONT),
        web.add(SITE, "/evento.php?id=30118", body=FRONT),
    ]
    live = [
        web.add(SITE, "/index.php?id=1", body=FRONT),
        web.add(SITE, "/index.php?option=com_content&view=featured&Itemid=101", body=FRONT),
    ]
    web.add(SITE, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    write_route(tmp_path / "routes", "courier", [*dead, *live])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    for url in dead:
        state, reason = sources[url]
        assert state is LinkState.SOFT_DEAD, (url, reason)
        assert "answers with the site's front page" in reason, (url, reason)
    for url in live:
        assert sources[url][0] is LinkState.ALIVE, (url, sources[url])


def test_a_shops_item_whose_slug_ends_in_its_token_answering_the_front_page_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 24's shop: a product's address of a few short words and the record's token
    (``/products/tea-pot-9f2c``) answers the front page; no word of the slug is long enough to
    name a subject, the token names the record. The live product beside it stays alive."""
    shop = "www.kettle-co.example"
    front = html_page(
        title="Kettle & Co",
        body="<header><a href='/'>Kettle &amp; Co</a><nav><a href='/c/teapots'>Teapots</a> "
        "<a href='/c/cups'>Cups</a></nav></header><main><p>Teapots, kettles and cups for every "
        "table. Free delivery over £40.</p><ul><li><a href='/c/gifts'>Gift sets</a></li>"
        "<li><a href='/c/sale'>Sale</a></li></ul></main>",
    )
    item = html_page(
        title="Stoneware tea pot – Kettle & Co",
        body="<main><h1>Stoneware tea pot</h1><p>£34.00. A one-litre stoneware pot with a "
        "steel infuser and a glaze that keeps its colour.</p></main>",
    )
    web.add(shop, "/", body=front)
    web.add(shop, "/products/tea-pot-9f2c", body=front)
    live_items = [web.add(shop, f"/products/tea-pot-9f2{n}", body=item) for n in "defg"]
    web.add(shop, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    dead, live = web.url(shop, "/products/tea-pot-9f2c"), live_items[0]
    write_route(tmp_path / "routes", "shop", [dead, *live_items])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[dead][0] is LinkState.SOFT_DEAD, sources[dead]
    assert "answers with the site's front page" in sources[dead][1]
    assert sources[live][0] is LinkState.ALIVE, sources[live]


def test_the_front_page_at_a_top_level_slug_of_three_subject_words_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 23's shop: a product's address is one top-level slug of three subject words
    (``/linen-shirt-navy-blue/``) and answers the front page; a made-up address answers 404.
    A one-page site's route of a word or two answering its page (``/private-dining``) names no
    item and stays alive beside it."""
    shop = "www.linen-loft.example"
    front = html_page(
        title="Linen Loft",
        body="<header><a href='/'>Linen Loft</a><nav><a href='/c/shirts'>Shirts</a> "
        "<a href='/c/dresses'>Dresses</a></nav></header><main><p>Shirts, dresses and trousers "
        "in washed linen, sewn in Porto.</p><ul><li><a href='/c/sale'>Sale</a></li>"
        "<li><a href='/c/new'>New in</a></li></ul></main>",
    )
    item = html_page(
        title="Linen shirt, sand – Linen Loft",
        body="<main><h1>Linen shirt, sand</h1><p>€59.00. A washed linen shirt with coconut "
        "buttons and a band collar.</p></main>",
    )
    (dead, route), live = _shop(
        web,
        shop,
        (front, ["/linen-shirt-navy-blue/", "/private-dining"]),
        (item, [f"/linen-shirt-{c}-sand/" for c in ("pale", "warm", "dark")]),
    )
    write_route(tmp_path / "routes", "shop", [dead, route, *live])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[dead][0] is LinkState.SOFT_DEAD, sources[dead]
    assert "answers with the site's front page" in sources[dead][1]
    assert sources[route][0] is LinkState.ALIVE, sources[route]
    assert all(sources[url][0] is LinkState.ALIVE for url in live), sources


def test_a_site_name_sharing_a_stem_with_the_slug_is_no_item_named(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 25's shop: "Werkzeugprofi :: Startseite" over the heading "Werkzeugprofi" at
    ``/products/…-werkstatt-…``: "werk" starts the site's name as its logo link home carries
    it, not the item's. The front page served there is soft-dead."""
    shop = "www.gardenworks.example"
    front = html_page(
        title="Gardenworks | Home",
        body="<header><a href='/'>Gardenworks</a><nav><a href='/c/hoses'>Hoses</a> "
        "<a href='/c/tools'>Tools</a></nav></header><main><h1>Gardenworks</h1><p>Hoses, tools "
        "and planters for every garden.</p><ul><li><a href='/c/sale'>Sale</a></li></ul></main>",
    )
    item = html_page(
        title="Brass hose nozzle | Gardenworks",
        body="<main><h1>Brass hose nozzle</h1><p>£14.00. A brass nozzle with five spray "
        "patterns that fits every standard hose.</p></main>",
    )
    (dead,), live = _shop(
        web,
        shop,
        (front, ["/products/garden-hose-reel-steel"]),
        (item, [f"/products/brass-hose-nozzle-{n}" for n in range(4)]),
    )
    write_route(tmp_path / "routes", "shop", [dead, *live])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[dead][0] is LinkState.SOFT_DEAD, sources[dead]
    assert "answers with the site's front page" in sources[dead][1]


def _shop(
    web: FixtureWeb, host: str, front: tuple[str, list[str]], item: tuple[str, list[str]]
) -> tuple[list[str], list[str]]:
    """A shop serving its front page at "/" and at ``front``'s paths, a live item at
    ``item``'s, and an honest 404 at any other path; the URLs of both sets of paths."""
    page, paths = front
    web.add(host, "/", body=page)
    served = [web.add(host, path, body=page) for path in paths]
    live = [web.add(host, path, body=item[0]) for path in item[1]]
    web.add(host, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    return served, live


def _emptied_shop(web: FixtureWeb) -> tuple[str, str, str]:
    """Review 23's softhome shops: a dead item's address answers 200 with the front page drawn
    again, its lists of items empty and its title a tagline, so that it is 39-47% alike the
    front page by the sketch; a made-up address answers 404. The URLs of the dead item, of a
    live item under the site's name alone saying words of its own, and of a live item the
    front page features whose page says only its teaser's words, the item's name among them."""
    shop = "tienda.casa-del-mate.example"
    chrome = (
        "<header><a href='/'>Casa del Mate</a><nav><a href='/c/mates'>Mates</a> "
        "<a href='/c/yerbas'>Yerbas</a> <a href='/ayuda'>Ayuda</a></nav></header>"
    )
    footer = "<footer><p>Envío gratis desde 50 €. Usamos cookies para medir visitas.</p></footer>"
    hero = "<p>Mates, yerbas y termos de Argentina y Uruguay, enviados a toda España.</p>"

    def page(title: str, main: str) -> str:
        return (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body>{chrome}<main>{hero}{main}</main>{footer}</body></html>"
        )

    def lists(*items: tuple[str, str]) -> str:
        names = [f"<li><a href='/productos/{slug}'>{name}</a></li>" for slug, name in items]
        names += [""] * (2 - len(names))
        return "".join(
            f"<section><h2>{heading}</h2><ul>{name}</ul></section>"
            for heading, name in zip(("Novedades", "Más vendidos"), names, strict=True)
        )

    teasers = (("mate-calabaza-virola", "Mate de calabaza con virola"), ("yerba-barbacua", "Yerba"))
    web.add(shop, "/", body=page("Casa del Mate", "<h1>Casa del Mate</h1>" + lists(*teasers)))
    dead = web.add(
        shop,
        "/productos/bombilla-alpaca-cincelada",
        body=page("Casa del Mate | Tienda online", "<h1>Casa del Mate</h1>" + lists()),
    )
    own = web.add(
        shop,
        "/productos/termo-acero-inoxidable",
        body=page(
            "Casa del Mate",
            lists() + "<p>Termo de acero inoxidable de doble pared: el agua caliente doce "
            "horas. 39 €</p>",
        ),
    )
    featured = web.add(
        shop, "/productos/mate-calabaza-virola", body=page("Casa del Mate", lists(teasers[0]))
    )
    web.add(shop, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    return dead, own, featured


def test_the_front_page_drawn_with_its_lists_empty_at_a_dead_item_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Every word the page says is the front page's, and it names nothing of its address: the
    front page without its items. A live item under the site's name says words of its own; one
    the front page features says its name, which its address spells. A second run reads the
    front page's words from the store."""
    dead, own, featured = _emptied_shop(web)
    write_route(tmp_path / "routes", "shop", [dead, own, featured, own + "?color=2", own + "?v=3"])
    settings = Settings(fetch=fast_settings())

    with SqliteStore(tmp_path / "state.sqlite") as store:
        first = _sources(_check(tmp_path, web, settings, store))
        web.log.clear()
        later = check_routes(
            tmp_path / "routes", settings, web.resolver, store, clock=lambda: T0 + timedelta(1)
        )

    assert first[dead][0] is LinkState.SOFT_DEAD, first[dead]
    assert "says nothing its site's front page" in first[dead][1]
    assert first[own][0] is LinkState.ALIVE, first[own]
    assert first[featured][0] is LinkState.ALIVE, first[featured]
    assert web.count("tienda.casa-del-mate.example", "/") == 0  # the stored front page read
    assert _sources(later)[dead][0] is LinkState.SOFT_DEAD, _sources(later)[dead]


def _railed_shop(web: FixtureWeb) -> tuple[str, str, str, str]:
    """Review 26's shops: the logo's link holds the shop's name and a line under it in an
    element of its own (``Lanería<small>Ayuda</small>``), and a dead item's address answers
    200 with the front page, byte for byte or with one more "recently viewed" rail of items the
    front page lists (the dead item's name among them); a made-up address answers 404. The URLs
    of the two dead items, of a live item drawn above the front page's grid under the front
    page's title, and of a featured item's view saying two of the front page's teasers and less."""
    shop = "www.laneria-andes.example"
    chrome = (
        "<header><a href='/'>Lanería Andes<small>Ayuda</small></a><nav><a href='/c/1'>Inicio</a>"
        " <a href='/c/2'>Ofertas</a></nav><nav class='crumbs'><a href='/'>Inicio</a></nav>"
        "</header>"
    )
    footer = "<footer><p><a href='/'>Inicio</a> · Ofertas · © 2026 Lanería Andes</p></footer>"
    hero = "<section><h1>Lanería Andes</h1><p>Lanas de alpaca hiladas en Cusco</p></section>"
    cards = [
        ("/p/4410/ovillo-alpaca-natural", "Ovillo de alpaca natural"),
        ("/p/4411/manta-llama-tejida", "Manta de llama tejida"),
        ("/p/4412/gorro-chullo-rojo", "Gorro chullo rojo"),
    ]
    grid = "<section>" + "".join(f"<a href='{p}'><h3>{n}</h3></a>" for p, n in cards) + "</section>"

    def page(main: str) -> str:
        return (
            "<!doctype html><html><head><meta charset='utf-8'><title>Lanería Andes – Inicio"
            f"</title></head><body>{chrome}<main>{hero}{main}</main>{footer}</body></html>"
        )

    web.add(shop, "/", body=page(grid))
    front = web.add(shop, "/p/3301/ovillo-alpaca-natural-grueso", body=page(grid))
    rail = "<ul>" + "".join(f"<li><a href='{p}'>{n}</a></li>" for p, n in cards[::-1]) + "</ul>"
    railed = web.add(shop, "/p/3302/manta-llama-tejida-gris", body=page(grid + rail))
    item = (
        "<section><h2>Manta de llama tejida</h2><p>Tejida a mano en telar de cintura con lana "
        "de llama sin teñir; mide dos metros por uno y medio. 120 €</p></section>"
    )
    own = web.add(shop, "/p/4411/manta-llama-tejida", body=page(item + grid + rail))
    teasers = "".join(f"<a href='{p}'><h3>{n}</h3></a>" for p, n in cards[1:])
    featured = web.add(shop, cards[2][0], body=page(f"<section>{teasers}</section>"))
    web.add(shop, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    return front, railed, own, featured


def test_the_front_page_under_a_logo_with_a_line_or_with_one_more_rail_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The logo's lead text is the site's name, so the title "name – home" names only the
    site; the front page with a rail of its own items says its every word and no other, where
    a live item drawn above the same grid says its own and a featured item's view says less."""
    front, railed, own, featured = _railed_shop(web)
    write_route(tmp_path / "routes", "shop", [front, railed, own, featured, own + "?v=2"])

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[front][0] is LinkState.SOFT_DEAD, sources[front]
    assert "answers with the site's front page" in sources[front][1]
    assert sources[railed][0] is LinkState.SOFT_DEAD, sources[railed]
    assert "says every word its site's front page" in sources[railed][1]
    assert sources[own][0] is LinkState.ALIVE, sources[own]
    assert sources[featured][0] is LinkState.ALIVE, sources[featured]


def test_the_front_page_with_its_grid_drawn_empty_is_soft_dead_below_the_likeness_floor(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 26's emptied front pages: a hero and one grid, the grid drawn empty at a dead
    item's address, keep too few of the front page's 4-grams for the likeness floor; the empty
    grid is read instead. A live item a script draws into its mount point under the same hero,
    its related list empty until then, says only the front page's words too, and stays alive."""
    shop = "www.sombreros-paja.example"
    hero = (
        "<section><h1>Sombreros Paja</h1><p>Taller familiar desde 1954 en Montecristi. Envío "
        "gratis a partir de 80 euros y devoluciones en treinta días.</p><form action='/s'>"
        "<input name='q'><button>Buscar</button></form></section>"
    )
    styles = ("fino", "clásico", "trenzado", "calado", "teñido", "rústico", "natural", "negro")
    shapes = ("panamá", "fedora", "canotier", "pamela", "bombín", "toquilla")
    cards = "".join(
        f"<article><a href='/p/{n}/{shape}-{style}'><h3>{shape.title()} {style} de paja"
        f"</h3></a><p>{n} €</p></article>"
        for n, (shape, style) in enumerate(((a, b) for a in shapes for b in styles), 101)
    )

    def page(main: str) -> str:
        return (
            "<!doctype html><html><head><meta charset='utf-8'><title>Sombreros Paja – Inicio"
            "</title></head><body><header><a href='/'>Sombreros Paja</a><nav><a href='/c/1'>"
            f"Inicio</a></nav></header><main>{hero}{main}</main><footer><a href='/'>Inicio</a>"
            "</footer></body></html>"
        )

    web.add(shop, "/", body=page(f"<section class='grid'>{cards}</section>"))
    dead = web.add(shop, "/p/88/toquilla-ala-ancha", body=page("<section class='grid'></section>"))
    slot = "<div class='pdp' data-sku='4410'></div><ul class='related'></ul>"
    live = web.add(shop, "/p/4410/toquilla-ala-corta", body=page(slot))
    web.add(shop, "*", 404, html_page("Not found", "<p>No such page.</p>"))
    write_route(
        tmp_path / "routes", "shop", [dead, live, live + "?v=2", live + "?v=3", dead + "?v=2"]
    )

    sources = _sources(_check(tmp_path, web, Settings(fetch=fast_settings())))

    assert sources[dead][0] is LinkState.SOFT_DEAD, sources[dead]
    assert "1 of its lists drawn empty" in sources[dead][1]
    assert sources[live][0] is LinkState.ALIVE, sources[live]
