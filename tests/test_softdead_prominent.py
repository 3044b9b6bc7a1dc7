# ruff: noqa: E501  (pages written one a line: data)
"""A notice alone in the page's most prominent place, whatever its words, through a real run.

A big "404" drawn as the page's heading (an SVG's text, a picture's alt, an <h1> holding only
the code) beside one short line and a way home is a not-found page in any language; so is a
dialog, alert or status region whose short line is the only statement over other items' links
at an address naming one item. The same places on a live page hold something else: a cookie
or newsletter dialog asks for a click, an "added to basket" toast sits over the product or over
the listing the address names, a "404" in an article's figure stands among its paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

_OTHERS = "<ul><li><a href='/i/101'>Oak desk</a></li><li><a href='/i/102'>Pine shelf</a></li><li><a href='/i/103'>Birch stool</a></li></ul>"


def test_the_code_as_the_heading_beside_one_line_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, a line no book knows under a "404" drawn as a picture was called alive; the
    reason now names the code and the line beside it."""
    pages = {
        "svg-text-lt": ("naujienos.example", "/straipsnis/kelias-i-nida-5501", site_page("Pajūrio žinios", "<svg role='img' viewBox='0 0 500 200'><text x='50%' y='70%'>404</text></svg><p>Šio straipsnio čia neberasite.</p><a href='/'>Į pradžią</a>", "Pajūrio žinios", lang="lt")),
        "img-alt-ka": ("ambebi.example", "/statia/mtsvane-kalaki-7203", site_page("თბილისის ამბები", "<img src='/img/big.png' alt='410'><p>ეს სტატია ავტორმა წაშალა.</p><a href='/'>მთავარი</a>", "თბილისის ამბები", lang="ka")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s[0] for name, s in said.items()} == dict.fromkeys(pages, LinkState.SOFT_DEAD)
    assert "status code “404” alone" in said["svg-text-lt"][1], said["svg-text-lt"]
    assert "“Šio straipsnio čia neberasite.”" in said["svg-text-lt"][1], said["svg-text-lt"]
    assert "status code “410” alone" in said["img-alt-ka"][1], said["img-alt-ka"]


def test_an_overlays_line_over_other_items_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A status toast and an alert dialog, each the only statement over other items' links at
    an item's address, in words no book holds; the reason names the overlay and its line."""
    pages = {
        "toast-sk": ("nabytok.example", "/tovar/stol-dub-9911", site_page("Nábytok Tatry", f"<div role='status'>Tovar sme vyradili z ponuky.</div>{_OTHERS}", "Nábytok Tatry", lang="sk")),
        "dialog-lv": ("sludinajumi.example", "/sludinajums/44120", site_page("Rīgas sludinājumi", f"<div role='alertdialog'><h2>Sludinājums ir noņemts</h2><a href='/'>Sākums</a></div><h1>Jaunākie sludinājumi</h1>{_OTHERS}", "Rīgas sludinājumi", lang="lv")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s[0] for name, s in said.items()} == dict.fromkeys(pages, LinkState.SOFT_DEAD)
    assert "an alert (role=status) says “Tovar sme vyradili z ponuky.”" in said["toast-sk"][1]
    assert "a dialog (role=alertdialog) says “Sludinājums ir noņemts”" in said["dialog-lv"][1]


def test_overlays_that_ask_or_codes_beside_content_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A consent dialog with its button over the item, an "added to basket" toast over the
    listing its address names, a newsletter dialog with its field, and a "404" in an
    article's figure: none is the page's only statement, and each page stays alive."""
    article = "<h1>Why our error page got a makeover</h1><figure><svg role='img' viewBox='0 0 300 100'><text x='10' y='80'>404</text></svg><figcaption>The old page.</figcaption></figure><p>Visitors who mistyped an address used to meet a giant number and nothing else. We added a search box, our three most read guides and a short apology, and the share of visitors who left at once fell by half.</p>"
    pages = {
        "consent": ("moebel.example", "/moebel/eichentisch-4410", site_page("Möbelhaus", "<div role='dialog'><p>Wir verwenden Cookies.</p><button>Alle akzeptieren</button></div><h1>Eichentisch</h1><p>Massiver Esstisch aus geölter Eiche, 180 mal 90 Zentimeter, für sechs Personen. Gefertigt in einer kleinen Werkstatt im Schwarzwald.</p>", "Eichentisch – Möbelhaus", lang="de")),
        "basket-listing": ("plants.example", "/collections/house-plants", site_page("Fern & Pot", f"<h1>House plants</h1><div role='status'>Added to your basket. <a href='/basket'>View basket</a></div>{_OTHERS}", "House plants – Fern & Pot")),
        "newsletter": ("hiking.example", "/routes/ridge-walk-2210", site_page("Trail Log", "<div role='dialog'><h2>Never miss a route.</h2><form><input type='email'><button>Sign up</button></form></div><h1>Ridge walk</h1><p>From the car park the path climbs steadily through the beech wood to the ridge, then follows it for four kilometres with views on both sides before dropping to the village.</p>", "Ridge walk – Trail Log")),
        "figure": ("craft.example", "/2026/03/error-page-makeover", site_page("Web Craft", article, "Why our error page got a makeover – Web Craft")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
