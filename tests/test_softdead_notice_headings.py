# ruff: noqa: E501  (pages written one a line: data)
"""Headings that are the whole notice, moved pages and registries' unknown records, through a
real run.

An apology and a not-found statement make one notice ("Pahoittelemme, sivua ei löytynyt"); a
page that says it moved to another website, with a line on where its content is now and
nothing of its own, is soft-dead; a registry's page for an identifier it does not know ("DOI Not
Found", "Datensatz nicht gefunden") is soft-dead. The same words over a page's own content, an
apology for something else, an office that moved house and a help page on the message stay
alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HOME = "<p><a href='/'>Home</a></p>"


def test_headings_and_notices_with_nothing_else_of_the_page_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "apology-cs": ("a1.example", "/zpravy/2021/most-pres-reku", site_page("Deník Polabí", "<h1>Omlouváme se, stránka nebyla nalezena</h1><p>Zkuste vyhledávání nebo se vraťte na úvodní stranu.</p>" + HOME, lang="cs")),
        "apology-sv": ("a2.example", "/vard/influensa-2020", site_page("Region Söderdal", "<h1>Vi beklagar, sidan kunde inte hittas</h1><p>Använd sökfunktionen eller gå till startsidan.</p>" + HOME, lang="sv")),
        "moved-fr": ("a3.example", "/vie-pratique/cantine-2021", site_page("Mairie de Saint-Aubin", "<h1>Cette page a été déplacée</h1><p>Les menus de la cantine sont désormais sur le portail des familles.</p><p><a href='https://familles.example.org/menus'>Portail des familles</a></p>", lang="fr")),
        "moved-nb": ("a4.example", "/tjenester/byggesak-2020", site_page("Nordvik kommune", "<h1>Siden er flyttet</h1><p>Du finner nå innholdet på vår nye nettside.</p><p><a href='https://byggesak.example.org/'>Ny nettside</a></p>", lang="nb")),
        "doi": ("a5.example", "/10.5577/abc.2020.118", site_page("LinkRegistry", "<h1>DOI Not Found</h1><p>This DOI is not known to the registry.</p>", "DOI Not Found")),
        "record-de": ("a6.example", "/katalog/titel/99102", site_page("Landesbibliothek", "<h1>Datensatz nicht gefunden</h1><p><a href='/katalog'>Neue Suche</a></p>", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
    assert "Omlouváme se, stránka nebyla nalezena” (fills the" in said["apology-cs"][1]
    assert "nothing of it is left" in said["moved-fr"][1]


def test_the_same_words_over_a_page_of_its_own_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "apology-closed": ("b1.example", "/oeffnungszeiten", site_page("Café am Markt", "<h1>Es tut uns leid, montags geschlossen</h1><p>Dienstag bis Sonntag sind wir von 9 bis 18 Uhr da.</p><h2>Frühstück</h2><p>Bis 14 Uhr servieren wir Frühstück mit Brot aus der Bäckerei nebenan und Eiern vom Hof.</p>", "Öffnungszeiten | Café am Markt", lang="de")),
        "office-moved": ("b2.example", "/contact", site_page("Hartley Solicitors", "<h1>Our office has moved</h1><p>From 1 March we are at 14 Quay Street, two minutes from the ferry stop.</p><table><tr><th>Phone</th><td>0117 496 0321</td></tr><tr><th>Hours</th><td>Mon–Fri 9:00–17:30</td></tr></table>", "Contact | Hartley Solicitors")),
        "docs-moved": ("b3.example", "/docs/2.x/backup/", site_page("Fuchs Docs", "<h1>Datensicherung (2.x)</h1><p>Dieser Inhalt ist auf unsere neue Website umgezogen. Für Version 2 bleibt er hier erhalten.</p><h2>Sicherung anlegen</h2><p>Die Sicherung schreibt alle Projekte und Einstellungen in eine Archivdatei, die Sie auf einen anderen Rechner kopieren können.</p><pre><code>fuchs backup --out sicherung.tar.gz</code></pre><h2>Wiederherstellen</h2><p>Zum Einspielen einer Sicherung halten Sie den Dienst an und rufen den Befehl mit der Datei als einzigem Argument auf.</p><pre><code>fuchs restore sicherung.tar.gz</code></pre>", lang="de")),
        "record-help-de": ("b5.example", "/hilfe/eintrag-fehlt", site_page("Stadtarchiv Hilfe", "<h1>Eintrag nicht gefunden – was nun?</h1><p>Die Suche im Findbuch zeigt diese Meldung, wenn eine Signatur falsch abgeschrieben wurde oder der Bestand noch nicht erschlossen ist.</p><p>Prüfen Sie die Signatur auf dem Bestellschein und schreiben Sie uns, wenn der Eintrag weiter fehlt.</p>", "Eintrag nicht gefunden – was nun?", lang="de")),
        "page-of-each-fr": ("b6.example", "/actualites/cadastre-en-ligne", site_page("Le Courrier du Val", "<h1>Le cadastre passe en ligne</h1><p>Depuis lundi, le plan cadastral de la commune se consulte sur internet. Nous ne pouvons trouver la page précise de chaque terrain qu'après une recherche par adresse, regrette un géomètre.</p><p>La mairie promet une carte plus simple pour le printemps.</p>", "Le cadastre passe en ligne | Le Courrier du Val", lang="fr")),
        "page-for-each-en": ("b7.example", "/blog/station-list", site_page("Rail Notes", "<h1>Rebuilding the station list</h1><p>When the old timetable site closed, we can't find the web page for every halt any more, so we rebuilt the list from printed guides and our own photographs.</p><p>Corrections are welcome by email.</p>", "Rebuilding the station list | Rail Notes")),
        "doi-help": ("b4.example", "/help/doi-not-found", site_page("LinkRegistry Help", "<h1>Why does a link say “DOI Not Found”?</h1><p>The resolver shows this message when nobody has registered the DOI you followed. Most often the DOI was mistyped or copied with a stray character at the end.</p><p>Check the DOI against the article's own page, or write to the publisher.</p>", "Why does a link say “DOI Not Found”? | LinkRegistry Help")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
