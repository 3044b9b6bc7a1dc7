# ruff: noqa: E501  (pages written one a line: data)
"""A notice on the item's state over the item kept as lists, grids and tables, through a real run.

A discontinued product whose page keeps its specifications as a grid of labels and values, an
expired listing that keeps its details as `<span>` pairs and a list of its features: the item is
there, in no sentence of prose. The same notice over other items' cards (each a link holding its
own details), or over a list of help lines, leaves nothing of the item, and the page is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_notice_over_the_items_grid_and_lists_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, a grid of label and value elements, a list of features and a gallery's
    captioned photos counted nothing of the item (only table rows, description terms, prose,
    colon fields and a set of photos did), and the notice convicted each page. The reason names
    the fields, the list and the media it counted."""
    pages = {
        "grid-de": ("shop.example", "/produkt/heizluefter-hl-20", site_page("Haushalt Direkt", "<h1>Heizlüfter HL-20</h1><p class='hinweis'>Dieses Produkt ist nicht mehr erhältlich.</p><div class='daten'><div><div class='k'>Heizleistung</div><div class='v'>2000 W</div></div><div><div class='k'>Raumgröße</div><div class='v'>bis 25 m²</div></div><div><div class='k'>Gewicht</div><div class='v'>1,4 kg</div></div></div>", "Haushalt Direkt", lang="de")),
        "spans-en": ("homes.example", "/lettings/90412", site_page("Harbour Lettings", "<h1>Studio flat above the quay</h1><p class='status'>This listing has expired.</p><div class='facts'><p><span>Rent</span><span>£820 pcm</span></p><p><span>Deposit</span><span>£940</span></p><p><span>Floor area</span><span>31 m²</span></p></div>", "Lettings 90412 – Harbour Lettings")),
        "gallery-cs": ("reality.example", "/inzerat/chata-orlicke-hory-62010", site_page("Reality Orlické hory", "<h1>Chata pod Deštnou</h1><p class='stav'>Tento inzerát již není aktuální.</p><figure><img src='/f/62010-1.jpg' alt='Chata v zimě'><figcaption>Chata v zimě, pohled od potoka</figcaption></figure><figure><img src='/f/62010-2.jpg' alt='Obývací pokoj'><figcaption>Obývací pokoj s kachlovými kamny</figcaption></figure>", "Reality Orlické hory", lang="cs")),
        "features-pl": ("wyjazdy.example", "/oferta/mazury-zeglarski-tydzien", site_page("Wyjazdy Nad Wodę", "<h1>Tydzień żeglarski na Mazurach</h1><p class='status'>Ta oferta jest już nieaktualna.</p><ul><li>siedem noclegów na jachcie z kabiną dla czterech osób</li><li>opieka instruktora przez cały tydzień rejsu</li><li>wyżywienie z kambuza i kolacja w tawernie w Mikołajkach</li></ul><p>Cena od 1 890 zł za osobę, z ubezpieczeniem.</p>", "Wyjazdy Nad Wodę", lang="pl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name in pages:
        assert "the page is kept" in said[name][1], said[name]
    assert "fields" in said["grid-de"][1] and "fields" in said["spans-en"][1]
    assert "list of its lines" in said["features-pl"][1], said["features-pl"]
    assert "media" in said["gallery-cs"][1], said["gallery-cs"]


def test_a_notice_over_other_items_cards_or_help_lines_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Other listings' cards, each a link holding its own price and rooms as a description
    list, read before as the item's rows; their label and value pairs and linked rows are
    theirs, not this listing's. A list of help lines is the site's, and so is a grid of
    similar products led by their links, and so are cards under "Alternativen" each led by
    its linked photo, with their facts as label and value elements (review 15)."""
    pages = {
        "cards": ("homes.example", "/lettings/90477", site_page("Harbour Lettings", "<h1>One-bed flat, Fore Street</h1><p class='status'>This listing has expired.</p><div class='others'><a href='/lettings/90480'><img src='/i/90480.jpg' alt='Flat, Quay Road'><dl><dt>Rent</dt><dd>£760 pcm</dd><dt>Bedrooms</dt><dd>1</dd></dl></a><a href='/lettings/90491'><img src='/i/90491.jpg' alt='Flat, Bridge Street'><dl><dt>Rent</dt><dd>£845 pcm</dd><dt>Bedrooms</dt><dd>2</dd></dl></a></div>", "Lettings 90477 – Harbour Lettings")),
        "help-es": ("tienda.example", "/producto/ventilador-vt-30", site_page("Tienda Hogar", "<h1>Ventilador de pie VT-30</h1><p class='aviso'>Este producto ya no está disponible.</p><ul><li>Usa el buscador de la parte superior.</li><li>Consulta nuestras categorías de climatización.</li><li>Llama a nuestro servicio de atención al cliente.</li></ul>", "Tienda Hogar", lang="es")),
        "similar-grid": ("shop.example", "/produkt/heizluefter-hl-10", site_page("Haushalt Direkt", "<h1>Heizlüfter HL-10</h1><p class='hinweis'>Dieses Produkt ist nicht mehr erhältlich.</p><div class='alternativen'><div><a href='/produkt/heizluefter-hl-20'>Heizlüfter HL-20</a><span>49,99 €</span></div><div><a href='/produkt/keramik-kh-5'>Keramikheizer KH-5</a><span>64,99 €</span></div></div>", "Haushalt Direkt", lang="de")),
        "photo-cards": ("kontor.example", "/artikel/wk-16", site_page("Elektro Kontor", "<h1>Wasserkocher WK-16</h1><p class='hinweis'>Dieser Artikel ist leider nicht mehr verfügbar.</p><h2>Alternativen</h2><div class='cards'><div class='card'><a href='/artikel/wk-20'><img src='/img/wk-20.jpg' alt=''></a><p class='card-title'><a href='/artikel/wk-20'>Wasserkocher WK-20</a></p><div class='facts'><div class='fact'><span class='label'>Inhalt</span><span class='value'>1,7 l</span></div><div class='fact'><span class='label'>Leistung</span><span class='value'>2200 W</span></div><div class='fact'><span class='label'>Preis</span><span class='value'>39,99 €</span></div></div></div><div class='card'><a href='/artikel/wk-22'><img src='/img/wk-22.jpg' alt=''></a><p class='card-title'><a href='/artikel/wk-22'>Wasserkocher WK-22 Glas</a></p><div class='facts'><div class='fact'><span class='label'>Inhalt</span><span class='value'>1,5 l</span></div><div class='fact'><span class='label'>Leistung</span><span class='value'>2000 W</span></div><div class='fact'><span class='label'>Preis</span><span class='value'>44,99 €</span></div></div></div><div class='card'><a href='/artikel/wk-30'><img src='/img/wk-30.jpg' alt=''></a><p class='card-title'><a href='/artikel/wk-30'>Wasserkocher WK-30</a></p><div class='facts'><div class='fact'><span class='label'>Inhalt</span><span class='value'>1,7 l</span></div><div class='fact'><span class='label'>Leistung</span><span class='value'>2200 W</span></div><div class='fact'><span class='label'>Preis</span><span class='value'>59,99 €</span></div></div></div></div>", "Elektro Kontor", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "the page is kept" not in reason, (name, reason)
