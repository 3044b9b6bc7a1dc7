# ruff: noqa: E501  (pages written one a line: data)
"""Availability said of the item, and of its variants (``gone_phrases.json``'s ``items``:
``available`` and ``qualifiers``, read by ``classify.clauses`` and ``classify.restriction``).

"Dieses Angebot ist nicht mehr verfügbar", "Cet établissement est définitivement fermé",
"Оголошення більше не активне": a predicate of availability said of the item itself tells the
visitor it is gone. The same predicate qualified in its sentence by a variant ("in size XL"), a
channel ("in our stores, order online"), a region ("in your country") or a time ("currently",
"until March") is a state of a live item. Per language: the book's examples are item clauses
no qualifier restricts; its ``qualified`` look-alikes are restricted. Through a real run: gone
notices and their qualified live twins in the same templates.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from curator.classify import clauses
from curator.classify.phrase_book import phrase_book
from curator.classify.restriction import KINDS, MARKS, restriction
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

BOOK: dict[str, Any] = phrase_book()["items"]
AVAILABLE = sorted(code for code, entry in BOOK.items() if code != "about" and "available" in entry)


def test_availability_is_read_in_most_of_the_item_book_s_languages() -> None:
    assert len(AVAILABLE) >= 16
    for code in AVAILABLE:
        assert set(BOOK[code]["qualifiers"]) <= {*KINDS, *MARKS}, code


@pytest.mark.parametrize("lang", AVAILABLE)
def test_each_example_is_said_of_the_item_and_each_qualified_look_alike_of_its_variant_channel_region_or_time(
    lang: str,
) -> None:
    entry = BOOK[lang]
    assert len(entry["qualified"]) >= 2, lang
    for example in entry["examples"]:
        found = [c for c in clauses.clauses(example) if c.item]
        assert found, (lang, example)
        assert restriction(example, 0, len(example), lang, within=True) is None, (lang, example)
    for sentence in entry["qualified"]:
        assert restriction(sentence, 0, len(sentence), lang, within=True), (lang, sentence)


def test_a_restriction_is_read_in_the_statement_s_own_sentence_only() -> None:
    """A size or a shop named in the next sentence says nothing of this one; a phrase book's
    sentence is not restricted by its own words."""
    text = "This listing is no longer available. Sizes S to XL in our stores were sold first."
    found = [c for c in clauses.clauses(text) if c.item]
    assert found and restriction(text, found[0].start, found[0].end, "en", within=True) is None
    note = restriction("This product is no longer available in size XL.", 0, 36, "en")
    assert note is not None and "variants" in note and "in size" in note
    # a phrase book's sentence holds its own words: MediaWiki's "currently" is part of it
    wiki = "There is currently no text in this page."
    assert restriction(wiki, 0, len(wiki) - 1, "en") is None
    # the visitor's own is read of an item clause only: "your requested page" is the page sought
    sought = "Your requested page could not be found."
    assert restriction(sought, 5, len(sought) - 1, "en") is None
    own = "After deletion your profile is no longer available."
    assert restriction(own, 20, len(own) - 1, "en", within=True) is not None


GONE = {
    "en": ("g1.example", "/place/harbour-noodle-bar", site_page("Local Eats", "<h1>Harbour Noodle Bar</h1><p>This place is permanently closed.</p><p><a href='/restaurants'>Other restaurants</a></p>")),
    "de": ("g2.example", "/unterkunft/haus-duene", site_page("Ferien Ostsee", "<h1>Haus Düne, Zingst</h1><p>Diese Unterkunft ist nicht mehr buchbar.</p><p><a href='/zingst'>Andere Unterkünfte</a></p>", lang="de")),
    "fr": ("g3.example", "/guide/le-petit-zinc", site_page("Guide", "<h1>Le Petit Zinc, Lyon</h1><p>Cet établissement est définitivement fermé.</p><p><a href='/lyon'>Restaurants de Lyon</a></p>", lang="fr")),
    "es": ("g4.example", "/inmuebles/piso-chamberi-88120", site_page("Inmuebles", "<p>Este inmueble ya no está disponible.</p><p><a href='/madrid'>Ver otros pisos</a></p>", lang="es")),
    "uk": ("g5.example", "/obyavlenie/velosyped-44120", site_page("Оголошення", "<p>Це оголошення більше не активне.</p><p><a href='/sport'>Інші оголошення</a></p>", lang="uk")),
    "ru": ("g6.example", "/org/88120", site_page("Каталог", "<h2>Запись не найдена или удалена</h2><p><a href='/org'>Перейти в каталог</a></p>", lang="ru")),
}  # fmt: skip

LIVE = {
    "size": ("l1.example", "/products/rain-jacket-rj4", site_page("Parts", "<h1>RJ4 Rain Jacket</h1><p>This product is no longer available in size XL.</p><p>£89.00</p><p>A three-layer waterproof jacket with taped seams, pit zips and a hood that rolls into the collar.</p><ul><li>Sizes S, M, L</li><li>Weight 380 g</li></ul>", "RJ4 Rain Jacket | Parts")),
    "store": ("l2.example", "/tienda/historia", site_page("Tienda", "<h1>Historia de Madrid</h1><p>Este libro ya no está disponible en tiendas físicas; puedes comprarlo online.</p><p>24,90 €</p><p>Un recorrido ilustrado de 320 páginas por la historia de la ciudad, con mapas de cada época.</p>", "Historia de Madrid", lang="es")),
    "region": ("l3.example", "/watch/harbour-lights-1", site_page("StreamBox", "<h1>Harbour Lights, episode 1</h1><p>This video is no longer available in your country.</p><p>A lighthouse keeper finds a boat adrift with no one aboard. Season one, episode one, 48 minutes.</p>", "Harbour Lights | StreamBox")),
    "region-ru": ("l4.example", "/watch/mayak-1", site_page("Кино", "<h1>Маяк, серия 1</h1><p>Это видео больше не доступно в вашем регионе.</p><p>Смотритель маяка в рыбацком посёлке находит пустую лодку. Первый сезон, первая серия, 48 минут.</p>", "Маяк", lang="ru")),
    "size-it": ("l5.example", "/negozio/felpa", site_page("Negozio", "<h1>Felpa Navigli</h1><p>Questo articolo non è più disponibile nella taglia M.</p><p>45,00 €</p><p>Felpa in cotone pettinato con cappuccio e stampa dei Navigli sul retro.</p><ul><li>Taglie S, L, XL</li></ul>", "Felpa Navigli", lang="it")),
    "owner-de": ("l7.example", "/hc/de/articles/konto-loeschen", site_page("Hilfe", "<h1>Konto löschen</h1><p>So löschen Sie Ihr Konto: Einstellungen, Datenschutz, Konto löschen. Nach der Löschung ist Ihr Profil nicht mehr verfügbar.</p><p>Ihre Beiträge bleiben anonym sichtbar.</p>", "Konto löschen", lang="de")),
    "heading": ("l8.example", "/watch/harbour-lights-2", site_page("StreamBox", "<h1>This video is no longer available in your country</h1><p>Harbour Lights, episode 2: the keeper's daughter follows the boat's owner to the mainland. 47 minutes.</p>", "This video is no longer available in your country | StreamBox")),
    # lang19: a region, a channel and a colour in languages whose qualifiers the book lacked
    # (the base called each soft-dead: the phrase book's statement, nothing to restrict it)
    "region-he": ("l9.example", "/series/hamigdal/season-1/episode-2", site_page("ערוץ הסדרות", "<p>הסרטון אינו זמין במדינה שלך.</p><p>עונה 1 · 48 דקות · דרמה</p>", "המגדל, פרק 2 | ערוץ הסדרות", lang="he")),
    "channel-ro": ("l10.example", "/produs/fierbator-fb-17", site_page("Casa Bună", "<h1>Fierbător FB-17</h1><p>Produsul nu mai este disponibil în magazine, doar online.</p><p>149,99 lei</p><p>Fierbător din oțel inoxidabil de 1,7 litri, cu protecție la supraîncălzire și filtru detașabil.</p>", "Fierbător FB-17 | Casa Bună", lang="ro")),
    "colour-el": ("l11.example", "/proion/kouverta-mallini", site_page("Σπίτι Shop", "<h1>Μάλλινη κουβέρτα</h1><p>Το προϊόν δεν είναι πλέον διαθέσιμο σε μαύρο χρώμα.</p><p>49,90 €</p><p>Ζεστή κουβέρτα από καθαρό μαλλί, υφασμένη στην Ελλάδα. Διατίθεται σε γκρι, μπεζ και πράσινο.</p>", "Μάλλινη κουβέρτα | Σπίτι Shop", lang="el")),
    "time-de": ("l6.example", "/artikel/ws-9", site_page("Werkzeug", "<h1>Winkelschleifer WS-9</h1><p>Dieser Artikel ist derzeit nicht mehr lieferbar.</p><p>69,90 €</p><p>Winkelschleifer mit 900 Watt und 125-mm-Scheibe, Anlaufstrombegrenzung und drehbarem Getriebekopf.</p>", "Winkelschleifer WS-9", lang="de")),
}  # fmt: skip


def test_availability_said_of_the_item_is_the_page_saying_it_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A place permanently closed, a stay no longer bookable, an ad no longer active, a record
    not found: soft-dead, the item's absence in the reason (none was read before)."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE)
    for lang, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (lang, reason)
        assert "the item is gone" in reason, (lang, reason)


def test_availability_of_a_variant_a_channel_a_region_or_a_time_keeps_the_item_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same predicates qualified in their sentence: a size, the shops (online still), a
    country, "derzeit" (the base called the region and size pages soft-dead)."""
    said = states_of_pages(tmp_path, web, fast_settings, LIVE)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)


EVERYWHERE = {
    "en": ("e1.example", "/garden/bbq/spirit-e310", site_page("Garden Store", "<div class='notice'><h1>Sorry, this product is no longer available online or in stores.</h1><p><a href='/'>Home</a></p></div>")),
    "de": ("e2.example", "/p/waschmaschine-wm14", site_page("Elektro", "<div class='notice'><h1>Dieser Artikel ist weder online noch in unseren Filialen mehr erhältlich.</h1><p><a href='/'>Startseite</a></p></div>", lang="de")),
    "fr": ("e3.example", "/p/perceuse-2019", site_page("Bricolage", "<div class='notice'><h1>Ce produit n'est plus disponible, ni en ligne ni en magasin.</h1><p><a href='/'>Accueil</a></p></div>", lang="fr")),
    "ru": ("e4.example", "/item/velosiped-44120", site_page("Объявления", "<div class='notice'><h1>Это объявление больше не доступно на сайте.</h1><p><a href='/'>На главную</a></p></div>", lang="ru")),
    "en-store": ("e5.example", "/products/earl-grey-tin", site_page("Tea Shop", "<div class='notice'><h1>This product is no longer available in our store.</h1><p><a href='/collections/all'>Shop all teas</a></p></div>")),
}  # fmt: skip

ONE_CHANNEL = {
    "shops": ("o1.example", "/books/the-outrun", site_page("Books", "<h1>The Outrun</h1><p>No longer available in our shops — order online for home delivery.</p><p>£10.99</p><p>A memoir of recovery and return to Orkney, told in short chapters.</p>", "The Outrun | Books")),
    "in-store": ("o2.example", "/products/pie-dish", site_page("Kitchenware", "<p>No longer available in store. Still available to order online.</p><h1>Enamel pie dish, 24 cm</h1><p>£14.00</p><p>A white enamel pie dish with a navy rim, oven safe to 250 degrees.</p>", "Enamel pie dish | Kitchenware")),
    "online-de": ("o3.example", "/artikel/leiter-al-3", site_page("Werkzeug", "<h1>Alu-Leiter AL-3</h1><p>Dieses Produkt ist online nicht mehr verfügbar, aber in der Filiale erhältlich.</p><p>119,00 €</p><p>Dreiteilige Mehrzweckleiter aus Aluminium mit 3 × 9 Sprossen.</p>", "Alu-Leiter AL-3", lang="de")),
}  # fmt: skip


def test_availability_named_for_every_channel_or_the_site_itself_is_the_item_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """ "Online or in stores", "weder online noch in unseren Filialen", "ni en ligne ni en
    magasin", "на сайте", "in our store" of a web shop leave the item nowhere: soft-dead (all
    five were read as said of one channel, a mention, before)."""
    said = states_of_pages(tmp_path, web, fast_settings, EVERYWHERE)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "said of one channel" not in reason, (name, reason)


def test_availability_in_one_channel_keeps_the_item_alive_beside_every_channel(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The shops alone ("order online"), in store with online in the next sentence, online
    alone with the branch still selling: the item is still sold elsewhere."""
    said = states_of_pages(tmp_path, web, fast_settings, ONE_CHANNEL)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
