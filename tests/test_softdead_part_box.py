# ruff: noqa: E501  (pages written one a line: data)
"""A notice said inside one part of a page (its video, gallery, map, comments), through a real run.

A story or a recipe whose embedded player, gallery or comments box says its content was removed
keeps its own prose around the box: the page is alive, and its reason says the notice was said
inside a part. A watch page or an episode page whose player says the same is the item its
address names: gone, whatever box the notice stands in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

UP_NEXT = "<section class='upnext'><h3>Up next</h3><ul><li><a href='/watch?v=a1'>Coastal walks</a></li><li><a href='/watch?v=a2'>Harbour at night</a></li><li><a href='/watch?v=a3'>Market tour</a></li></ul></section>"


def test_a_notice_inside_a_part_of_a_page_with_its_own_prose_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A short story whose video box, a blog post whose gallery and a notice board's page whose
    comments box say their content was removed (before, each was called soft-dead)."""
    pages = {
        "video": ("n.example", "/news/2026/05/ferry-fares-rise", site_page("Harbour Post", "<h1>Ferry fares rise in May</h1><div class='video-embed'><p>This video has been removed.</p></div><p>Return tickets on the island ferry will cost two pounds more from May, the operator said on Monday, blaming the price of fuel.</p>", "Ferry fares rise in May | Harbour Post")),
        "gallery-de": ("g.example", "/lokales/2026/stadtfest", site_page("Seeblick Anzeiger", "<h1>Stadtfest am See zieht Tausende an</h1><div class='galerie'><p>Dieser Inhalt ist leider nicht mehr verfügbar.</p></div><p>Bei strahlendem Wetter feierten am Wochenende mehrere tausend Besucher das Stadtfest an der Uferpromenade. Der Veranstalter zog eine positive Bilanz und kündigte das nächste Fest für Juli an.</p>", "Stadtfest am See | Seeblick Anzeiger", lang="de")),
        "comments-it": ("c.example", "/2026/04/eolie", site_page("Diario di Bordo", "<h1>La traversata delle Eolie</h1><section class='comments-area'><p>Questo contenuto non è più disponibile.</p></section><p>Siamo partiti da Milazzo all'alba con un maestrale leggero e abbiamo raggiunto Vulcano prima di pranzo, ancorando nella baia di Levante.</p>", "La traversata delle Eolie | Diario di Bordo", lang="it")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name, (_, reason) in said.items():
        assert "box, one part of a page with" in reason, (name, reason)


def test_a_player_that_is_the_address_item_saying_it_is_gone_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A watch page's player, an episode page's audio player and a video page's player with
    only an upload date beside it say their item was removed: the address names that item."""
    pages = {
        "watch": ("w.example", "/watch?v=q8ZpL2x0", site_page("ClipHarbour", "<div class='player player--error'><h1>This video has been removed</h1><p>It can no longer be played.</p></div>" + UP_NEXT, "ClipHarbour")),
        "episode-fr": ("p.example", "/podcast/les-rives/episode-14", site_page("Ondes Libres", "<h1>Les rives du Rhône, épisode 14</h1><div class='audio-player'><p>Cet épisode n'est plus disponible.</p></div><p><a href='/podcast/les-rives'>Tous les épisodes</a></p>", "Les rives du Rhône, épisode 14 | Ondes Libres", lang="fr")),
        "video-de": ("v.example", "/video/kochelsee-88213", site_page("Bergfilm", "<h1>Wanderung am Kochelsee</h1><div class='video-player'><p>Dieses Video wurde gelöscht.</p></div><p>Hochgeladen am 3. März</p>", "Wanderung am Kochelsee | Bergfilm", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "one part of a page" not in reason, (name, reason)
