# ruff: noqa: E501  (pages written one a line: data)
"""Not-found pages that hedge, under a section's generic title, through a real run (wave 20b).

Server and CMS templates say a page is not there without saying why: "The page you are looking
for might have been removed, had its name changed, or is temporarily unavailable" (IIS and the
templates that copied it), "Die von Ihnen aufgerufene Seite wurde möglicherweise entfernt",
"Strona, której szukasz, mogła zostać usunięta". Said of the page the visitor asked for, with the
site's advice after it, that is the page's message. The same guess said of something else (a
video a news report says may have been deleted) is not, and a help page's FAQ that explains why
pages may have been removed is a live page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_hedged_not_found_message_under_a_generic_heading_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, all four were alive: the hedge was no predicate of absence (de, pl, sv), and the
    IIS wording's last guess, "temporarily unavailable", was read as a time said of the page
    (fr)."""
    pages = {
        "de": ("nordkai.example", "/service/zaehlerstand", site_page("Stadtwerke Nordkai", "<h1>Service</h1><p>Die von Ihnen aufgerufene Seite wurde möglicherweise entfernt, umbenannt oder ist vorübergehend nicht verfügbar. Bitte prüfen Sie die Adresse.</p><p><a href='/'>Startseite</a></p>", "Service | Stadtwerke Nordkai", lang="de")),
        "pl": ("przychodnia.example", "/poradnik/katar", site_page("Przychodnia Portowa", "<h1>Poradnik pacjenta</h1><p>Strona, której szukasz, mogła zostać usunięta lub jest chwilowo niedostępna. Sprawdź adres lub przejdź na stronę główną.</p>", "Poradnik pacjenta | Przychodnia Portowa", lang="pl")),
        "sv": ("hamnbibl.example", "/lokalhistoria/fargan", site_page("Hamnbiblioteket", "<h1>Lokalhistoria</h1><p>Sidan du letar efter kan ha tagits bort eller bytt namn. Kontrollera adressen eller använd sökfunktionen.</p>", "Lokalhistoria – Hamnbiblioteket", lang="sv")),
        "fr": ("mole.example", "/chroniques/marche", site_page("Journal du Môle", "<h1>Chroniques</h1><p>La page que vous recherchez a peut-être été supprimée, renommée ou est temporairement indisponible. Vérifiez l'adresse.</p><p><a href='/'>Accueil</a></p>", "Chroniques | Journal du Môle", lang="fr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "said of a time" not in reason, (name, reason)


def test_the_same_guess_about_something_else_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A news report's guess about a video and a help page's FAQ on why pages may have been
    removed are live pages."""
    pages = {
        "news-es": ("muelle.example", "/noticias/video-pleno", site_page("Diario del Muelle", "<h1>Desaparece el vídeo del pleno</h1><p>La grabación del pleno del martes ya no aparece en el canal municipal. El vídeo puede haber sido eliminado por error, según fuentes del ayuntamiento.</p><p>La oposición pide explicaciones y una copia del acta.</p><p>El próximo pleno se celebrará el 15 de diciembre.</p>", "Desaparece el vídeo del pleno | Diario del Muelle", lang="es")),
        "faq-de": ("nordkai.example", "/service/hilfe", site_page("Stadtwerke Nordkai", "<h1>Hilfe zur Website</h1><h2>Warum finde ich eine Seite nicht mehr?</h2><p>Seiten wurden möglicherweise entfernt, wenn ein Angebot eingestellt wurde. Die von Ihnen gesuchte Seite wurde möglicherweise beim Umbau 2025 umbenannt.</p><h2>Wie melde ich meinen Zählerstand?</h2><p>Online im Kundenportal oder telefonisch.</p><h2>Wo finde ich Formulare?</h2><p>Alle Formulare stehen im Bereich Downloads.</p>", "Hilfe zur Website | Stadtwerke Nordkai", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is not LinkState.SOFT_DEAD, (name, reason)
