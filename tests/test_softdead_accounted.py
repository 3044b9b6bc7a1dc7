# ruff: noqa: E501  (pages written one a line: data)
"""An item's removal notice that says why, by whom or what else became of the item, and an act
of removal said in none of the retired reader's words, through a real run on a local server.

- "Dit onderwerp is door de beheerder verwijderd omdat het dubbel was geplaatst.", "L'annuncio
  è stato ritirato e la scheda è stata archiviata.": the item's clause goes on with a reason, an agent or a second
  short clause on the same item (``continuation.accounted``): the site's own account, not a
  report's qualification. The same sentence closed by a verb of saying ("…, podała policja")
  is a reporter's news, and a story around it stays alive.
- "Ylläpitäjä on poistanut tämän viestiketjun.", "Автор снял эту запись с публикации.": an act
  of removal where the item would be opens ``read_retired``'s gate (``retired.opens``) as its
  sections' words do. A thread where one reply was removed among others keeps its posts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

ACCOUNTED = {
    "powod-pl": ("wedkarze.example", "/t/przynety-na-szczupaka/4410", site_page("Forum Wędkarzy Pomorza", "<p>Wątek został usunięty przez moderatora z powodu powtórzeń.</p><p><a href='/'>Wróć do forum</a></p>", "Forum Wędkarzy Pomorza", lang="pl")),
    "team-de": ("aquarium-runde.example", "/threads/5521/", site_page("Aquarium-Runde", "<p>Dieses Thema wurde vom Moderator entfernt, weil darin private Telefonnummern standen.</p>", "Aquarium-Runde", lang="de")),
    "autora-pt": ("tvserra.example", "/item/5512-b7f3e0", site_page("TV Serra", "<p>Esta publicação deixou de estar disponível por decisão da autora.</p>", "TV Serra", lang="pt")),
    "gebruiker-nl": ("aquaforum.example", "/topic/algen-5511", site_page("Aquaforum", "<p>Dit onderwerp is door de beheerder verwijderd omdat het dubbel was geplaatst.</p>", "Aquaforum", lang="nl")),
    "scheda-it": ("caselago.example", "/immobile/8812", site_page("Case sul Lago", "<p>L'annuncio è stato ritirato e la scheda è stata archiviata.</p>", "Case sul Lago", lang="it")),
}  # fmt: skip

REPORTED = {
    "policja-pl": ("kurier-pomorza.example", "/wiadomosci/2026/12/watek-usuniety", site_page("Kurier Pomorza", "<h1>Fałszywa zbiórka na forum</h1><p>Wątek został usunięty przez moderatora z powodu oszustwa, podała policja.</p><p>Do tego czasu kilkanaście osób wpłaciło pieniądze na konto podane we wpisie.</p>", "Fałszywa zbiórka na forum | Kurier Pomorza", lang="pl")),
}  # fmt: skip

ACTS = {
    "poistanut-fi": ("kalastus.example", "/ketju/pilkkiminen-2231", site_page("Kalastajien Kanava", "<p>Ylläpitäjä on poistanut tämän viestiketjun.</p><p><a href='/'>Takaisin etusivulle</a></p>", "Kalastajien Kanava", lang="fi")),
    "snyal-ru": ("zametki.example", "/zapis/varenie-iz-kryzhovnika", site_page("Кухонные заметки", "<p>Автор снял эту запись с публикации.</p>", "Кухонные заметки", lang="ru")),
}  # fmt: skip

# One reply removed among posts that stand: the thread is there.
THREAD = {
    "vastaus-fi": ("kalastus.example", "/ketju/jaakairat-2232", site_page("Kalastajien Kanava", "<h1>Jääkairan terien teroitus</h1><div class='post'><p><b>pilkkijussi:</b> Kannattaako terät teroittaa itse vai viedä huoltoon?</p></div><div class='post'><p><i>Ylläpitäjä on poistanut tämän viestin.</i></p></div><div class='post'><p><b>ahven55:</b> Itse teroitan timanttiviilalla, mutta kulma pitää säilyttää tarkasti.</p></div>", "Jääkairan terien teroitus - Kalastajien Kanava", lang="fi")),
}  # fmt: skip


def test_a_removal_that_says_why_or_by_whom_is_the_site_s_notice_and_a_reported_one_is_news(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the Dutch notice alive ("the page answers"): its clause was read, then made a
    mention as "qualified by the rest of its sentence", whatever that rest said. The others were
    found by other readers (the retired reader's act, the phrase book); now the clause says it
    too, and the reported twin stays alive."""
    said = states_of_pages(tmp_path, web, fast_settings, ACCOUNTED | REPORTED)
    wanted = {name: LinkState.SOFT_DEAD for name in ACCOUNTED}
    wanted |= {name: LinkState.ALIVE for name in REPORTED}
    assert {name: state for name, (state, _) in said.items()} == wanted, said


def test_an_act_of_removal_alone_where_the_item_was_is_read_and_one_reply_s_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: both acts alive: ``read_retired`` reads acts, but its gate asked for its own
    sections' words only ("archived", "expired", "no longer available")."""
    said = states_of_pages(tmp_path, web, fast_settings, ACTS | THREAD)
    wanted = {name: LinkState.SOFT_DEAD for name in ACTS}
    wanted |= {name: LinkState.ALIVE for name in THREAD}
    assert {name: state for name, (state, _) in said.items()} == wanted, said
    assert "of its item, and nothing of it is left" in said["poistanut-fi"][1]
