# ruff: noqa: E501  (pages written one a line: data)
"""Gone pages the clause reader read and then set aside, through a real run (wave 19b).

A health library's page that says only "we couldn't find the page you were looking for" under
the section's generic name ("ספריית בריאות", "Gezondheidsbibliotheek") was weakened as a notice
under the page's own heading; the page the visitor asked for, said to be missing, is no notice
on an item. A product said unavailable and, in the next sentence, discontinued, with nothing
of its own left, is gone; said unavailable in one colour beside its price, or unavailable
with a link on to its successor, it is a live page. A video deleted "vom Nutzer" / "door de
gebruiker" is an item said deleted, the agent between the auxiliary and the participle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

_TOPICS = "<ul><li><a href='/library/heart'>♥</a></li><li><a href='/library/sleep'>☾</a></li></ul>"


def test_a_generic_section_heading_over_a_not_found_sentence_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, he and nl were alive (the clause halved "under the page's own heading"), id
    and fi too (the clause book lacked "tidak bisa kami temukan", "emme löytäneet"). The
    reason says the page sought is missing."""
    pages = {
        "he": ("yam.example", "/library/knee-pain", site_page("מרכז רפואי ים", f"<h1>ספריית בריאות</h1><p>מצטערים, לא מצאנו את הדף שחיפשת.</p>{_TOPICS}", "ספריית בריאות | מרכז רפואי ים", lang="he")),
        "nl": ("haven.example", "/bibliotheek/knieklachten", site_page("Zorg Haven", f"<h1>Gezondheidsbibliotheek</h1><p>Sorry, we kunnen de pagina die u zoekt niet vinden.</p>{_TOPICS}", "Gezondheidsbibliotheek | Zorg Haven", lang="nl")),
        "id": ("dermaga.example", "/pustaka/nyeri-lutut", site_page("RS Dermaga", f"<h1>Pustaka Kesehatan</h1><p>Maaf, halaman yang Anda cari tidak dapat kami temukan.</p>{_TOPICS}", "Pustaka Kesehatan | RS Dermaga", lang="id")),
        "fi": ("satama.example", "/kirjasto/polvikipu", site_page("Satamaklinikka", f"<h1>Terveyskirjasto</h1><p>Pahoittelemme, emme löytäneet hakemaasi sivua.</p>{_TOPICS}", "Terveyskirjasto | Satamaklinikka", lang="fi")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "page sought is missing" in reason or "text says" in reason, (name, reason)


def test_an_item_said_removed_in_plain_words_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, all four were alive: the products' notices were halved under their own
    headings, the videos' "vom Nutzer gelöscht" read as no predicate at all."""
    pages = {
        "product-en": ("harbour.example", "/products/blue-rain-jacket", site_page("Harbour Goods", "<h1>Blue Rain Jacket</h1><p>Sorry, this product is no longer available. It has been discontinued and removed from our catalogue.</p><p><a href='/collections/all'>Continue shopping</a></p>", "Blue Rain Jacket | Harbour Goods")),
        "product-es": ("marea.example", "/productos/chubasquero-azul", site_page("Tienda Marea", "<h1>Chubasquero azul</h1><p>Lo sentimos, este producto ya no está disponible. Ha sido descatalogado y retirado de nuestro catálogo.</p><p><a href='/productos'>Seguir comprando</a></p>", "Chubasquero azul | Tienda Marea", lang="es")),
        "video-de": ("klipp.example", "/watch/8812", site_page("Klipp", "<p>Dieses Video wurde vom Nutzer gelöscht.</p>", "Klipp", lang="de")),
        "video-nl": ("klipp.example", "/watch/8813", site_page("Klipp", "<p>Deze video is door de gebruiker verwijderd.</p>", "Klipp", lang="nl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)


def test_live_twins_of_those_notices_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A library page's "can't find the page you're looking for?" line, a colour no longer
    available beside a price, a product pointing on to its successor, a deleted comment
    under a video, a concert moved and a changelog's entry on a removed page (one sentence of a
    list, not the page's one message) are live pages."""
    pages = {
        "library-nl": ("haven.example", "/bibliotheek/", site_page("Zorg Haven", f"<h1>Gezondheidsbibliotheek</h1><p>Betrouwbare informatie over ziekten, onderzoeken en behandelingen, nagekeken door onze artsen.</p>{_TOPICS}<p>Kunt u de pagina die u zoekt niet vinden? Gebruik de <a href='/zoeken'>zoekfunctie</a>.</p>", "Gezondheidsbibliotheek | Zorg Haven", lang="nl")),
        "colour-fr": ("mariniere.example", "/products/mariniere", site_page("Marinière & Co", "<h1>Marinière</h1><p class='price'>49,00 €</p><p>Ce produit n'est plus disponible en rouge. Choisissez le bleu ou le blanc.</p><form action='/cart/add'><button>Ajouter au panier</button></form>", "Marinière | Marinière & Co", lang="fr")),
        "successor": ("lumbar.example", "/p/lumbar-brace-v2", site_page("Lumbar Store", "<h1>Lumbar brace v2</h1><p>This product is no longer available. See the <a href='/p/lumbar-brace-v3'>newer model</a>.</p>", "Lumbar brace v2 – Lumbar Store")),
        "comment-de": ("klipp.example", "/watch/9001", site_page("Klipp", "<h1>Hafenrundfahrt im Winter</h1><p>12.430 Aufrufe · vor 3 Tagen</p><h2>Kommentare</h2><ul><li>Schönes Video, danke!</li><li><em>Dieser Kommentar wurde vom Nutzer gelöscht.</em></li><li>Wo genau ist das?</li></ul>", "Hafenrundfahrt im Winter | Klipp", lang="de")),
        "changelog-ru": ("docs.example", "/docs/changelog/3-1", site_page("Документация", "<h1>Что нового в версии 3.1</h1><ul><li>Страница устаревшего API удалена.</li><li>Добавлен поиск по разделам.</li></ul>", "Что нового в версии 3.1 | Документация", lang="ru")),
        "office-fi": ("satama.example", "/uutiset/konsertti", site_page("Satamauutiset", "<h1>Konsertti siirtyy</h1><p>Lauantain satamakonsertti on siirretty sunnuntaille sateen vuoksi.</p><p>Liput käyvät sellaisenaan. Ovet avataan kello 18 ja konsertti alkaa kello 19 Laiturilla 4.</p>", "Konsertti siirtyy | Satamauutiset", lang="fi")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
