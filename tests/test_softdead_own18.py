# ruff: noqa: E501  (pages written one a line: data)
"""The item's own content under a notice in more shapes, and a moved notice over the site's
standing blocks.

A product that is no longer sold in one colour still offers its other colours in a
``<select>`` of an order form or as swatch links back to its own address; an old version's docs
page under a deprecation banner gives its commands one ``<pre>`` each; a closed job grades its
requirements a paragraph a line ("SQL. Essential."); an expired ad lists its facts as short
lines ("Kapacita 7 kg"), or sets its state as the ``<h1>`` with its name as the ``<h2>`` the
title repeats. Each is a live page with a notice on it. The twins are gone: the same notices
over a site search's ``<select>``, one command pointing to the new place, other jobs' links,
and "This page has moved" over the site's opening hours and contact lines, a block the site
shows on every page, with no prose of the page's own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_the_items_own_content_in_more_shapes_keeps_the_page_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, each was soft-dead: a ``<select>`` and swatch links without figures counted
    nothing, one-line ``<pre>`` blocks were each a pointer, graded paragraphs and a list of
    short facts were no list of the item's, and a notice heading over the item's name read as
    the page's own message. The reason says what of the item stands under the notice."""
    pages = {
        "select": ("shop.example", "/products/harbour-beanie", site_page("Tidewater Knits", "<h1>Harbour Beanie</h1><p class='notice'>This item is no longer available in Rust.</p><p>£28.00</p><form action='/cart/add' method='post'><label>Colour</label><select name='colour'><option value=''>Choose</option><option>Navy</option><option>Moss</option><option>Stone</option></select><button>Add to basket</button></form>", "Harbour Beanie – Tidewater Knits")),
        "swatches": ("laden.example", "/produkt/becher-steingut-sb-2", site_page("Töpferei Lau", "<h1>Steingutbecher SB-2</h1><p class='hinweis'>Diese Glasur ist leider nicht mehr erhältlich.</p><p>18,50 €</p><div class='farben'><a href='?glasur=seladon'>Seladon</a><a href='?glasur=ochse'>Ochsenblut</a><a href='?glasur=asche'>Ascheglasur</a></div>", "Steingutbecher SB-2 | Töpferei Lau", lang="de")),
        "one-line-commands": ("docs.example", "/v1/cli/cache", site_page("Ferry Docs", "<h1>Cache</h1><div class='admonition'><p>This page has moved. See <a href='/v2/cli/cache'>the v2 docs</a>.</p></div><p>See where the cache lives:</p><pre>ferry cache path</pre><p>Drop what is older than a day:</p><pre>ferry cache prune --older 1d</pre><p>Empty it:</p><pre>ferry cache clear</pre>", "Cache – Ferry v1 docs")),
        "graded-paragraphs": ("jobs.example", "/jobs/analyst-55120", site_page("Moorland Jobs", "<h1>Finance Analyst</h1><p class='status'>This job is closed.</p><p><strong>Skills</strong></p><p>Excel. Essential.</p><p>SAP. Essential.</p><p>Power Query. Desirable.</p><p>VBA. Desirable.</p>", "Finance Analyst – Moorland Jobs")),
        "fact-list": ("bazar.example", "/inzerat/lednice-44120", site_page("Bazar Olomouc", "<h1>Lednice Gorenje</h1><p class='status'>Inzerát již není aktivní.</p><ul><li>Objem 260 l</li><li>Výška 180 cm</li><li>Třída A++</li><li>Stáří 2 roky</li></ul>", "Lednice Gorenje – Bazar Olomouc", lang="cs")),
        "notice-heading": ("anzeigen.example", "/anzeige/sofa-66120", site_page("Kleinanzeigen Süd", "<h1>Diese Anzeige ist abgelaufen</h1><h2>Ecksofa Cord</h2><dl><dt>Preis</dt><dd>380 €</dd><dt>Zustand</dt><dd>gebraucht</dd><dt>Ort</dt><dd>Ulm</dd></dl><h2>Details</h2><ul><li>Bezug aus Cord, waschbar</li><li>Schlaffunktion mit Bettkasten</li><li>Abholung im Erdgeschoss</li></ul>", "Ecksofa Cord – Kleinanzeigen Süd", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    assert "3 of its variants" in said["select"][1], said["select"]
    assert "3 of its variants" in said["swatches"][1], said["swatches"]
    assert "1 block of its code" in said["one-line-commands"][1], said["one-line-commands"]
    assert "4 rows of its details" in said["graded-paragraphs"][1], said["graded-paragraphs"]
    assert "3 rows of its details" in said["fact-list"][1], said["fact-list"]
    heading = said["notice-heading"][1]
    assert "as the heading, over its own content under “Ecksofa Cord”" in heading, heading


def test_the_same_notices_over_the_sites_blocks_or_other_items_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The twins: a search form's ``<select>`` is the site's, one command is a pointer, two
    swatch links under one key may be a language picker's pair, other jobs' links are theirs,
    a notice heading over "Similar ads" names no item, and "This page has moved" over the
    site's opening hours and contact lines (two kinds of content, weight enough for an
    article, but no prose of the page's own under any subheading) is the page's message."""
    pages = {
        "search-select": ("shop.example", "/products/harbour-scarf", site_page("Tidewater Knits", "<h1>Harbour Scarf</h1><p class='notice'>This item is no longer available.</p><form action='/search' method='get'><label>Search in</label><select name='c'><option>Hats</option><option>Scarves</option><option>Gloves</option></select><input name='q'><button>Search</button></form>", "Harbour Scarf – Tidewater Knits")),
        "one-command": ("docs.example", "/v1/cli/export", site_page("Ferry Docs", "<h1>Export</h1><div class='admonition'><p>This page has moved.</p></div><p>Use now:</p><pre>ferry2 export --help</pre>", "Export – Ferry v1 docs")),
        "two-swatches": ("laden.example", "/produkt/teller-st-9", site_page("Töpferei Lau", "<h1>Teller ST-9</h1><p class='hinweis'>Dieses Produkt ist leider nicht mehr erhältlich.</p><div class='sprache'><a href='?sprache=de'>Deutsch</a><a href='?sprache=en'>English</a></div>", "Teller ST-9 | Töpferei Lau", lang="de")),
        "notice-heading-similar": ("anzeigen.example", "/anzeige/sessel-66188", site_page("Kleinanzeigen Süd", "<h1>Diese Anzeige ist abgelaufen</h1><h2>Ähnliche Anzeigen</h2><ul><li><a href='/anzeige/sessel-66190'>Ohrensessel</a> 90 €</li><li><a href='/anzeige/sessel-66201'>Sessel Leder</a> 140 €</li><li><a href='/anzeige/hocker-66205'>Hocker</a> 25 €</li></ul>", "Kleinanzeigen Süd", lang="de")),
        "moved-over-hours": ("library.example", "/services/scanning", site_page("Millbrook Library", "<h1>This page has moved</h1><h2>Opening hours</h2><table><tr><td>Monday to Friday</td><td>9:00–19:00</td></tr><tr><td>Saturday</td><td>10:00–16:00</td></tr><tr><td>Sunday</td><td>closed</td></tr></table><h2>Contact us</h2><ul><li>Phone: <a href='tel:+441135550110'>0113 555 0110</a></li><li>Email: <a href='mailto:hello@millbrook.test'>hello@millbrook.test</a></li><li>Post: 3 Mill Lane, Leeds LS1 2AB</li></ul>", "Millbrook Library")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert "an article of its own" not in said["moved-over-hours"][1], said["moved-over-hours"]
    assert {name: s for name, s in said.items() if s[0] is not LinkState.SOFT_DEAD} == {}
