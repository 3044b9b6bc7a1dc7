# ruff: noqa: E501  (pages written one a line: data)
"""An item removed where it stood, whatever the site calls it, through a real run.

"Topic removed", "Этот журнал был удалён пользователем", "Myyjä on poistanut ilmoituksen": an act
of removal (the phrase book's ``acts``) in the heading or the main area's first blocks, with
nothing of the item beside it, is the page's notice (``classify.retired.acted``); the item's
noun need be in no book. The reader's own act ("Removed from your basket"), a report, a question
about it and a part of an item still shown stay alive. And a heading the clauses read as the
item's absence ("This show is no longer available") counts where the phrase book read only a
weaker sentence below it (``clause_statements.stronger``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.retired import acted
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_an_act_of_removal_is_read_as_the_notice_and_not_the_readers_or_a_question() -> None:
    for lead in (
        "Topic removed",
        "Lyrics removed\nUnfortunately, we are not licensed to display these lyrics.",
        "Журнал удалён\nЭтот журнал был удалён пользователем.",
        "Ilmoitus on poistunut\nMyyjä on poistanut ilmoituksen.",
    ):
        assert acted(lead) is not None, lead
    for lead in (
        "Linen lampshade\nRemoved from your basket.",
        "Why was my post removed?",
        "If your listing was deleted, you can appeal.",
        "The listing was removed from search results.",
        "If your post was removed by mistake, write to us.",
    ):
        assert acted(lead) is None, lead


def test_an_item_removed_where_it_stood_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "topic-en": ("a1.example", "/forums/topic/88213", site_page("Trail Owners", "<h1>Topic removed</h1><p>It broke the forum rules.</p><p>Questions? Write to the moderators.</p>")),
        "lyrics-es": ("a2.example", "/letra/55213", site_page("Cancionero", "<h1>Letra eliminada</h1><p>La letra fue eliminada a petición de la editorial.</p>", lang="es")),
        "journal-ru": ("a3.example", "/u/lesnik", site_page("Журналы", "<h1>Журнал удалён</h1><p>Этот журнал был удалён пользователем.</p>", lang="ru")),
        "show-en": ("a4.example", "/podcast/id1182031", site_page("Pondcast", "<h1>This show is no longer available</h1><p>The creator of this podcast has removed it from Pondcast. Episodes you downloaded stay in your library.</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)


def test_the_readers_act_a_report_a_question_or_a_part_removed_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "basket": ("b1.example", "/p/20932", site_page("Lamp Loft", "<h1>Linen lampshade</h1><div role='status'>Removed from your basket.</div><p>£29.00</p><p>A drum lampshade in natural linen, 30 cm across, for E27 and B22 fittings.</p>", "Linen lampshade | Lamp Loft")),
        "news": ("b2.example", "/news/2026/77120", site_page("Fenland Echo", "<h1>Benches removed from market square</h1><p>The benches were removed on Monday, a council spokesperson said, after traders complained that they blocked the stalls. New seating will go in by the war memorial in the spring.</p>", "Benches removed from market square | Fenland Echo")),
        "help": ("b3.example", "/help/why-was-my-post-removed", site_page("Trail Owners Help", "<h1>Why was my post removed?</h1><p>Moderators remove posts that break the rules. If your post was removed by mistake, write to us.</p>", "Why was my post removed? | Help")),
        "episodes": ("b4.example", "/podcast/id1182032", site_page("Pondcast", "<h1>Harbour Tales</h1><p>Episode 12 is no longer available: the creator of this podcast has removed it after a complaint.</p><ul><li><a href='/ep/13'>Episode 13: The ferryman</a> 42 min</li><li><a href='/ep/11'>Episode 11: Salt</a> 38 min</li><li><a href='/ep/10'>Episode 10: Nets</a> 40 min</li></ul><p>Stories from the harbour towns of the north coast, told by the people who live there, every other Tuesday.</p>", "Harbour Tales | Pondcast")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.ALIVE, (name, reason)
