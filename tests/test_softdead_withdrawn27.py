"""Two readings of the clause book through a real run: an item the shop took out of its own
range, and a page said to exist no longer in Finnish.

An item "taken out of our range" is said in the passive ("Den här lampan har plockats bort ur
vårt sortiment"), or in the active with the object first and the site as the doer ("Deze jas
hebben we uit onze collectie gehaald", "Diesen Wasserkocher haben wir aus unserem Sortiment
genommen"): the shop's notice on the item's own page (``Concepts.withdrawn``). The same
predicate after a time or a place ("Dit najaar hebben we alle ... uit ons assortiment
gehaald") is the shop's news, the demonstrative naming a season, not the item, and the page
stays alive. Finnish says a page exists no longer by a negated existence ending its clause
("Etsimääsi sivua ei enää ole"), its subject in the partitive ("Tätä julkaisua ei ole enää
saatavilla"); "Vanhaa kirjastoa ei enää ole" in a story about a new one is news.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, route_states, site_page


def _served(web: FixtureWeb, pages: list[tuple[str, str, str, str]], first: int) -> list[str]:
    """Each (host, site, main, language) as a page of its site's template, at an opaque ID."""
    return [
        web.add(host, f"/p/{first + n}", body=site_page(site, main, lang=lang))
        for n, (host, site, main, lang) in enumerate(pages)
    ]


def test_an_item_taken_out_of_the_shop_s_range_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("jassen.example", "Buitenwerk", "<h1>Deze jas hebben we uit onze collectie gehaald</h1>"
         "<p><a href='/jassen'>Alle jassen</a></p>", "nl"),
        ("kueche.example", "Kochwerk", "<h1>Diesen Wasserkocher haben wir aus unserem Sortiment "
         "genommen.</h1><p><a href='/kueche'>Zur Küche</a></p>", "de"),
        ("lampor.example", "Ljusboden", "<h1>Den här lampan har plockats bort ur vårt "
         "sortiment</h1><p><a href='/lampor'>Fler lampor</a></p>", "sv"),
        ("giacche.example", "Sartoria Bassi", "<h1>Questa giacca è stata tolta dal nostro "
         "catalogo</h1><p><a href='/giacche'>Tutte le giacche</a></p>", "it"),
        ("boeken.example", "Boekhuis Linde", "<h1>Dit boek is helaas uit ons assortiment "
         "genomen.</h1><p><a href='/boeken'>Verder zoeken</a></p>", "nl"),
    ]  # fmt: skip
    for state, reason in route_states(tmp_path, web, fast_settings, _served(web, pages, 61200)):
        assert state is LinkState.SOFT_DEAD, reason


def test_a_finnish_page_said_to_exist_no_longer_is_gone_and_a_story_saying_it_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("kunta.example", "Harjulan kunta", "<h1>Etsimääsi sivua ei enää ole</h1>"
         "<p><a href='/'>Etusivulle</a></p>"),
        ("lehti.example", "Rantalehti", "<h1>Tätä julkaisua ei ole enää saatavilla.</h1>"
         "<p><a href='/'>Etusivu</a></p>"),
        ("blogi.example", "Kotipuutarha", "<h1>Tätä kirjoitusta ei enää ole</h1>"
         "<p><a href='/'>Blogin etusivu</a></p>"),
        ("uutiset.example", "Järviseudun Sanomat", "<h1>Uusi kirjasto avautuu torstaina</h1>"
         "<p>Vanhaa kirjastoa ei enää ole. Uudessa talossa on lukusali, kahvila ja "
         "lasten satunurkka.</p>" + PROSE),
        ("ohje.example", "Verkko-opas", "<h1>Sivun tallentaminen</h1><p>Kun sivua ei enää ole "
         "selaimen välimuistissa, lataa se uudelleen.</p>" + PROSE),
    ]  # fmt: skip
    urls = [
        web.add(host, f"/p/{71300 + n}", body=site_page(site, main, lang="fi"))
        for n, (host, site, main) in enumerate(pages)
    ]
    states = [state for state, _ in route_states(tmp_path, web, fast_settings, urls)]
    assert states == [LinkState.SOFT_DEAD] * 3 + [LinkState.ALIVE] * 2


def test_the_same_grammar_in_a_shop_s_news_or_a_story_keeps_the_page_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("tuin.example", "Tuinhuis Groen", "<h1>Geen plastic potten meer</h1><p>Dit najaar "
         "hebben we alle plastic potten uit ons assortiment gehaald. Je vindt nu potten van "
         "gerecycled papier en klei.</p>" + PROSE, "nl"),
        ("honung.example", "Bigården", "<h1>Bara svensk honung</h1><p>Den här hösten har all "
         "importerad honung plockats bort ur vårt sortiment.</p>" + PROSE, "sv"),
        ("werk.example", "Werkbank", "<h1>Ohne Palmöl</h1><p>Wir haben alle Produkte mit "
         "Palmöl aus unserem Sortiment genommen. Diese Woche folgen die Kerzen.</p>" + PROSE,
         "de"),
        ("moka.example", "Bottega Nera", "<h1>La nuova moka da sei tazze</h1><p>Il vecchio "
         "modello è stato tolto dal catalogo l'anno scorso; questo modello lo sostituisce.</p>"
         + PROSE, "it"),
        ("office.example", "Riverside Gazette", "<h1>Library board chair removed from "
         "office</h1><p>The chair was removed from office on Monday after an audit.</p>"
         + PROSE, "en"),
    ]  # fmt: skip
    for state, reason in route_states(tmp_path, web, fast_settings, _served(web, pages, 81400)):
        assert state is LinkState.ALIVE, reason
