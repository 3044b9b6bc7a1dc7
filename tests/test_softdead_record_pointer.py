"""A record's address answered by a notice and a way to the site's search is soft-dead.

A shop, a job board or a classifieds site that drops a record often keeps its address (an
identifier: ``?product_id=771``, ``/vacancy/330871``) and answers it under the site's name
alone, with a sentence and a link to its search, in words the phrase book may not know. The
slug cannot tell whether the page names its record; that it shows none (no heading, a title
that is only the site's name, no picture, field, figure or table) can. Short records of the
same shape keep something of their own and stay alive, through a real run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkroutes import check_routes
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from routefiles import write_route

HTML = {"Content-Type": "text/html; charset=utf-8"}
RAIL = (
    "<section class='upsell'><h2>{heading}</h2><ul>"
    "<li><a href='/p/11'><img src='/i/11.jpg' alt=''></a><a href='/p/11'>Tote</a> 12 €</li>"
    "<li><a href='/p/12'><img src='/i/12.jpg' alt=''></a><a href='/p/12'>Mug</a> 9 €</li>"
    "<li><a href='/p/13'><img src='/i/13.jpg' alt=''></a><a href='/p/13'>Socks</a> 7 €</li>"
    "</ul></section>"
)


def _page(site: str, main: str, lang: str = "en", rail: str = "") -> bytes:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title>"
        f"</head><body><header><a href='/'>{site}</a><form class='search' action='/search'>"
        "<input name='q'></form><ul class='menu'><li><a href='/shop'>Shop</a></li>"
        "<li><a href='/about'>About</a></li><li><a href='/help'>Help</a></li></ul></header>"
        f"<main>{main}{rail}</main><footer><a href='/privacy'>Privacy</a> · "
        f"<a href='/terms'>Terms</a> © 2026 {site}</footer></body></html>"
    ).encode()


def _run(
    tmp_path: Path, web: FixtureWeb, settings: FetchSettings, pages: list[tuple[str, ...]]
) -> dict:
    """Serve each (host, path, site, main[, lang[, rail]]) and check them as one route."""
    links = [
        web.add(host, path, body=_page(site, main, *rest), headers=HTML)
        for host, path, site, main, *rest in pages
    ]
    write_route(tmp_path / "routes", "records", links)
    report = check_routes(tmp_path / "routes", Settings(fetch=settings), web.resolver)
    return {source.name: source for source in report.routes[0].sources}


def test_a_record_answered_by_a_notice_and_a_way_to_search_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        (
            "birkenhof.example",
            "/index.php?route=product/product&product_id=4410",
            "Birkenhof",
            "<p>Leider führen wir diesen Artikel nicht mehr.</p>"
            "<p><a href='/'>Start</a> · <a href='/search'>Suche</a></p>",
            "de",
        ),
        (
            "empleos-norte.example",
            "/oferta/88120",
            "Empleos Norte",
            "<p>La empresa cerró este proceso de selección.</p>"
            "<p><a href='/ofertas/buscar'>Buscar otras ofertas</a></p>",
            "es",
        ),
        (
            "kettle.example",
            "/item.php?item_id=5521",
            "Kettle & Co",
            "<p>We no longer carry this one. Have a look around instead.</p>"
            "<p><a href='/search'>Search the shop</a></p>",
            "en",
            RAIL.format(heading="You may also like"),
        ),
        (
            "annonces-loire.example",
            "/annonce.php?ad_id=99120",
            "Annonces Loire",
            "<p>Le vendeur a retiré son annonce.</p>"
            "<p><a href='/recherche'>Voir les autres annonces</a></p>",
            "fr",
        ),
        (
            "occasies.example",
            "/auto/detail.aspx?vid=55101",
            "Occasies West",
            "<p>Deze wagen staat niet meer in ons aanbod.</p>"
            "<p><a href='/zoeken'>Zoek een andere auto</a></p>",
            "nl",
        ),
    ]
    sources = _run(tmp_path, web, fast_settings(), pages)
    for name in sources:
        assert sources[name].state is LinkState.SOFT_DEAD, sources[name].reason
        assert "showing nothing of the record its address names" in sources[name].reason


def test_short_records_under_the_sites_name_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        (  # a photo and a buy button
            "birkenhof.example",
            "/index.php?route=product/product&product_id=4411",
            "Birkenhof",
            "<img src='/i/4411.jpg' alt=''><p>Leinen-Geschirrtuch, naturfarben.</p>"
            "<button>In den Warenkorb</button><p><a href='/search'>Zur Suche</a></p>",
            "de",
        ),
        (  # its figures: a wage, hours
            "empleos-norte.example",
            "/oferta/88121",
            "Empleos Norte",
            "<p>Camarero en Gijón, jornada de 40 horas, 1.450 € al mes.</p>"
            "<p><a href='/ofertas/buscar'>Buscar otras ofertas</a></p>",
            "es",
        ),
        (  # its own name in a heading, beside other items
            "kettle.example",
            "/item.php?item_id=5522",
            "Kettle & Co",
            "<h2>Ash green mug</h2><p>Stoneware, hand thrown, dishwasher safe.</p>"
            "<p><a href='/search'>Back to search</a></p>",
            "en",
            RAIL.format(heading="You may also like"),
        ),
        (  # its one link is its own: the file the record holds
            "archiv.example",
            "/dokument/7730",
            "Stadtarchiv",
            "<p>Chronik der Stadt, dritter Band.</p>"
            "<p><a href='/dateien/7730/chronik.pdf'>Herunterladen</a></p>",
            "de",
        ),
        (  # its data in a table
            "occasies.example",
            "/auto/detail.aspx?vid=55102",
            "Occasies West",
            "<table><tr><th>Merk</th><td>Volvo</td></tr><tr><th>Brandstof</th>"
            "<td>Benzine</td></tr></table><p><a href='/zoeken'>Terug naar het aanbod</a></p>",
            "nl",
        ),
    ]
    sources = _run(tmp_path, web, fast_settings(), pages)
    for source in sources.values():
        assert source.state is LinkState.ALIVE, (source.name, source.reason)
