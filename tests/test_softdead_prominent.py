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


def test_the_code_drawn_big_in_a_block_or_hidden_picture_among_prompts_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """graphic28: the code drawn as a styled block, split over elements, as an SVG hidden from
    screen readers, or as a picture's file name, beside one line, with a consent box and a
    newsletter field around it (classes that name nothing). Before, each was called alive:
    the hidden SVG was read as an icon, a block was no heading, and the prompts' words counted
    as the page's own."""
    consent = "<div class='q7'><p>Ce site utilise des cookies.</p><button>OK</button></div>"
    mail = "<div class='z2'><p>Nos nouveautés par courriel</p><input type='email'></div>"
    pages = {
        "split-hr": ("vijesti.example", "/clanak/most-preko-save-5512", site_page("Savske vijesti", "<div class='g'><div class='brojka'>4<span>0</span>4</div><p>Ovaj članak više ne možete pročitati ovdje.</p><a href='/'>Naslovnica</a></div>", "Savske vijesti", lang="hr")),
        "hidden-svg-fr": ("boutique.example", "/produit/bol-en-gres-7741", site_page("Atelier Grès", f"{consent}<div class='e'><svg aria-hidden='true' viewBox='0 0 300 120'><text y='100' font-size='110'>404</text></svg><p>Ce bol ne fait plus partie de nos créations.</p><a href='/'>Accueil</a></div>{mail}", "Atelier Grès", lang="fr")),
        "file-name-et": ("uudised.example", "/artikkel/sadam-88310", site_page("Sadama Uudised", "<img src='/teema/pildid/404.svg' alt=''><p>Seda lugu siin enam pole.</p><a href='/'>Avaleht</a>", "Sadama Uudised", lang="et")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s[0] for name, s in said.items()} == dict.fromkeys(pages, LinkState.SOFT_DEAD)
    assert "status code “404” alone (a <div> of its own)" in said["split-hr"][1], said["split-hr"]
    assert "(an SVG's drawn text)" in said["hidden-svg-fr"][1], said["hidden-svg-fr"]
    assert "“Ce bol ne fait plus partie de nos créations.”" in said["hidden-svg-fr"][1]
    assert "(a picture's file name)" in said["file-name-et"][1], said["file-name-et"]


def test_a_big_number_that_names_the_item_or_stands_beside_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """graphic28's look-alikes: a bus line "404" over its stops, page 404 of an archive, a
    dashboard tile over its table, a room numbered 404 over its description, a badge's file
    named "404-award" over an article: the number names the item or stands beside content."""
    stops = "<ul><li>Hauptbahnhof</li><li>Messe</li><li>Flughafen</li></ul>"
    pages = {
        "bus-line": ("verkehr.example", "/linien/flughafen", site_page("Verkehr Nord", f"<div class='linie'>404</div><p>Alle 20 Minuten.</p>{stops}", "Verkehr Nord", lang="de")),
        "page-number": ("archiv.example", "/archiv?seite=404", site_page("Stadtarchiv", f"<div class='seite'>404</div><p>Meldungen vom März 2009.</p>{_OTHERS}", "Stadtarchiv", lang="de")),
        "dashboard": ("status.example", "/heute", site_page("Status", "<div class='tile'><span class='n'>404</span></div><p>pages not found today</p><table><tr><td>API</td><td>up</td></tr></table>", "Status")),
        "room": ("hotel.example", "/zimmer/meerblick", site_page("Hotel Düne", "<div class='nr'>404</div><p>Doppelzimmer im vierten Stock mit Balkon zur Bucht, Frühstück inklusive, ab 120 Euro die Nacht.</p><p>Mindestaufenthalt zwei Nächte in der Saison.</p>", "Hotel Düne", lang="de")),
        "award": ("studio.example", "/blog/ausgezeichnet", site_page("Studio Form", "<img src='/badges/404-award.png' alt=''><p>Unsere neue Fehlerseite wurde als beste des Jahres ausgezeichnet, und darauf sind wir stolz.</p><p>Sechs Monate lang haben wir mit einem kleinen Team jedes Detail gezeichnet.</p>", "Studio Form", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
