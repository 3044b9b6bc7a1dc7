# ruff: noqa: E501  (pages written one a line: data)
"""A heading that is a work's name which happens to be an error's, through a real run on a
local server.

- A film "Seite nicht gefunden (2023)" over its screenings: the title dates the name as a work
  of its year, as film, book and album titles are written; a not-found page never dates its
  message.
- A podcast episode "EP.55 404 Not Found" over its player and a few lines of notes: the heading
  numbers the name in a series; a not-found page's heading leads with the error's code.
- A glossary entry "404 Not Found" that explains the error by its code in its own language ("O
  erro 404 indica que o servidor…"), not by the English name its title and heading give.

Each gone twin on the same template (the cinema's "Page Not Found (404)" over what is showing,
the podcast's "404 Not Found" over its popular episodes and its live stream, a docs site's
"Feil 404: Vi fant ikke siden…" at an address naming the code) stays soft-dead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

NAMED = {
    "film-de": ("kino.example", "/filme/seite-nicht-gefunden-2023", site_page("Kino am Hafen", "<h1>Seite nicht gefunden</h1><p>Eine Archivarin sucht in einem überfluteten Archiv nach dem einen Buch, das ihren Bruder entlastet. Drama, 104 Minuten, FSK 12.</p><table><tr><th>Datum</th><th>Saal</th><th>Tickets</th></tr><tr><td>Fr 12.12. 18:30</td><td>Saal 1</td><td><a href='/tickets/8812'>Tickets</a></td></tr><tr><td>Sa 13.12. 20:45</td><td>Saal 2</td><td><a href='/tickets/8813'>Tickets</a></td></tr></table><p>Regie: Ines Valcourt.</p>", "Seite nicht gefunden (2023) - Kino am Hafen", lang="de")),
    "episode-ko": ("radio.example", "/podcast/ep-55", site_page("주말 코딩", "<h1>EP.55 404 Not Found</h1><audio controls preload='none'><source src='/audio/ep55.mp3' type='audio/mpeg'></audio><p>이번 화에서는 깨진 링크와 404 페이지 이야기를 나눕니다.</p><ul><li>링크는 왜 깨질까</li><li>좋은 404 페이지의 조건</li></ul>", "EP.55 404 Not Found - 주말 코딩", lang="ko")),
    "glossary-pt": ("docs.example", "/pt/docs/http/status/404", site_page("Documentos Dev", "<h1>404 Not Found</h1><p>O erro 404 indica que o servidor não encontrou o recurso solicitado.</p><pre><code>HTTP/1.1 404 Not Found</code></pre><h2>Especificações</h2><table><tr><th>Especificação</th></tr><tr><td>RFC 9110 §15.5.5</td></tr></table>", "404 Not Found - Glossário | Documentos Dev", lang="pt")),
}  # fmt: skip

NAMED_GONE = {
    "cinema-404": ("quay.example", "/films/the-lighthouse-2019", site_page("Cinema Quay", "<h1>Page Not Found</h1><p>Sorry, we couldn't find that film.</p><h2>Now showing</h2><table><tr><th>Film</th><th>Date</th></tr><tr><td><a href='/films/page-not-found-2024'>Page Not Found (2024)</a></td><td>Fri 12 Dec 18:30</td></tr><tr><td><a href='/films/nothing-to-see-here'>Nothing to See Here</a></td><td>Sat 13 Dec 20:45</td></tr></table>", "Page Not Found (404) - Cinema Quay")),
    "podcast-404": ("weekend.example", "/podcast/ep-99", site_page("Weekend Coding", "<h1>404 Not Found</h1><p>That episode isn't here.</p><h2>Popular episodes</h2><ul><li><a href='/podcast/ep-55'>EP.55 404 Not Found</a> 48 min</li><li><a href='/podcast/ep-54'>EP.54 Caching</a> 51 min</li><li><a href='/podcast/ep-53'>EP.53 Types</a> 44 min</li></ul><audio controls src='/live/stream.mp3'></audio>", "404 Not Found - Weekend Coding")),
    "code-404-nb": ("nett.example", "/nb/feil/404", site_page("Nettdok", "<h1>404 Not Found</h1><p>Feil 404: Vi fant ikke siden du lette etter. Den kan være flyttet eller slettet.</p><p><a href='/nb/'>Til forsiden</a></p>", "404 Not Found – Nettdok", lang="nb")),
}  # fmt: skip


def test_a_dated_film_a_numbered_episode_and_a_glossary_entry_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: all soft-dead on the title ("3 of 4 words of the title", +1.12, or "fills the
    title", +1.50) and, for the film, the heading (+1.50)."""
    said = states_of_pages(tmp_path, web, fast_settings, NAMED)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
    assert "dates it as a work of 2023" in said["film-de"][1]
    assert "numbers it in a series" in said["episode-ko"][1]
    assert "the error the text explains in its sentences" in said["glossary-pt"][1]


def test_not_found_pages_on_the_same_templates_stay_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    said = states_of_pages(tmp_path, web, fast_settings, NAMED_GONE)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
