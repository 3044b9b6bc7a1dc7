"""An item's template drawn with every fact blank is soft-dead; an item with its facts is not.

A removed listing, product or vacancy answered with the item's template and no record: the
labels of its facts with a dash, a zero, a unit with no number or "n/a" beside each, an empty
gallery, under the site's name. Read by shape in any language (``classify.blank_fields``),
inside ``classify.empty_main``'s conditions. Live look-alikes keep their state: an item with
one filled fact beside blank ones ("Reviews: 0" beside a price), a price "on request", a
profile with blank optional fields, a photo above blank facts, two blank lines only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.blank_fields import blank_value
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_an_items_template_with_every_fact_blank_is_soft_dead_and_its_look_alikes_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        # gone: the template's facts, every value blank, and an empty gallery
        "estate": (
            "/property/884120",
            "<div class='gallery'></div><dl><dt>Price</dt><dd>—</dd><dt>Area</dt>"
            "<dd>– m²</dd><dt>Bedrooms</dt><dd></dd><dt>Year built</dt><dd>n/a</dd></dl>",
        ),
        "auto": (
            "/annonce/voiture/772109",
            "<ul><li>Prix : —</li><li>Kilométrage : – km</li><li>Année : </li>"
            "<li>Carburant : n/a</li></ul>",
        ),
        "vacancy": (
            "/ofertas/oferta-88231",
            "<table><tr><th>Salario</th><td>-</td></tr><tr><th>Jornada</th><td></td></tr>"
            "<tr><th>Plazas</th><td>0</td></tr></table>",
        ),
        # live: one fact filled, a price on request, a profile's name, a photo, two lines
        "reviews": (
            "/product/40220",
            "<table><tr><th>Price</th><td>$89.00</td></tr><tr><th>Reviews</th><td>0</td></tr>"
            "<tr><th>Colour</th><td>—</td></tr></table>",
        ),
        "request": (
            "/expose/obj-45214",
            "<dl><dt>Kaufpreis</dt><dd>auf Anfrage</dd><dt>Wohnfläche</dt><dd>– m²</dd>"
            "<dt>Zimmer</dt><dd>0</dd></dl>",
        ),
        "profile": (
            "/members/profile/4471",
            "<dl><dt>Name</dt><dd>Ola Berg</dd><dt>Website</dt><dd></dd><dt>Posts</dt>"
            "<dd>0</dd></dl>",
        ),
        "photo": (
            "/occasions/detail/30420",
            "<img src='/media/30420-front.jpg' alt=''><table><tr><td>Prijs</td><td>€ -</td></tr>"
            "<tr><td>Kilometerstand</td><td>0 km</td></tr><tr><td>Bouwjaar</td><td>-</td></tr>"
            "</table>",
        ),
        "two-lines": ("/products/artikel-40219", "<p>Betyg: 0</p><p>Recensioner: –</p>"),
    }
    links = {
        name: web.add("market.example", path, body=site_page("Market Place", main), headers=HTML)
        for name, (path, main) in pages.items()
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "blank")

    for name in ("estate", "auto", "vacancy"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "holds only the item template's fields with every value blank" in reason, reason
    assert "(Price, Area, Bedrooms, Year built)" in states["estate"][1]
    for name in ("reviews", "request", "profile", "photo", "two-lines"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_a_value_is_blank_by_its_shape_in_any_script() -> None:
    for blank in ("", "—", "–", "0", "– m²", "n/a", "k.A.", "N/D", "$0.00", "0,00 €", "--:--"):
        assert blank_value(blank), blank
    filled_values = (
        "3",
        "240 €",
        "auf Anfrage",
        "Price on request",
        "Bilbao",
        "東京",
        "未定",
        "TBA",
    )
    for filled in filled_values:
        assert not blank_value(filled), filled


def test_a_value_the_template_printed_unfilled_is_blank() -> None:
    unfilled = ("undefined", "null", "NaN", "[object Object]", "{{ product.price }}", "${title}")
    for value in (*unfilled, "<%= item.name %>", "[[price]]", " NULL "):
        assert blank_value(value), value
    # words that hold an undefined or a null are an item's, and a real "none" is an answer
    for value in (
        "Undefined Behaviour (album)",
        "null and void",
        "None",
        "Nancy",
        "Nan",
        "Null",
        "{{ a }} and more",
    ):
        assert not blank_value(value), value
