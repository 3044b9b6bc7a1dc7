# ruff: noqa: E501  (pages written one a line: data)
"""One entry of a thread, a comment list or a Q&A page removed among entries that remain,
through a real run (``thread_posts.removed_entry``).

"[This post was deleted by a moderator]" in one reply of four, each reply opened by its
author's byline, is said of that reply: the thread's other posts still carry their words, and
the page stands. A thread whose one post is the notice, and a not-found box among a template's
panels (each opened by a heading, no byline), are the notice's, and gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _thread(entries: list[tuple[str, str]], shape: str = "div") -> str:
    """A thread's entries, each a byline then a body, as siblings of one shape."""
    return (
        "<div class='posts'>"
        + "".join(
            f"<{shape} class='post'><div class='author'><b>{who}</b></div><div class='body'>{said}</div></{shape}>"
            for who, said in entries
        )
        + "</div>"
    )


def test_one_entry_removed_among_entries_that_remain_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Short posts under a heading that is no <h1>: before, the removed reply's notice stood
    early in a text of a dozen words of prose and was called soft-dead. The reason says the
    notice stands in place of one entry among others."""
    pages = {
        "en": ("lanes.example", "/viewtopic.php?t=5512", site_page("Cycle Lanes", "<h2>Bridge lane closed on Sundays?</h2>" + _thread([("rider_k", "Is the bridge lane shut every Sunday now?"), ("moderator", "[This post was deleted by a moderator]"), ("commuter_j", "Only until March, for the repairs."), ("rider_k", "Good to know, thanks!")]), "Bridge lane closed on Sundays? - Cycle Lanes")),
        "de": ("garten.example", "/forum/thema/8812", site_page("Gartenforum", "<h2>Tomaten platzen auf</h2>" + _thread([("beet_anna", "Meine Tomaten platzen nach Regen auf."), ("gast", "<i>Dieser Beitrag wurde gelöscht.</i>"), ("gruener_daumen", "Gleichmäßig gießen, dann passiert das seltener."), ("beet_anna", "Danke, probiere ich aus!")], "li"), "Tomaten platzen auf - Gartenforum", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name in pages:
        assert "in place of one of 4 entries of one shape" in said[name][1], said[name]


def test_a_thread_removed_whole_or_a_notice_among_panels_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same notice as a thread's one post leaves no entry beside it; a board's "topic
    does not exist" box among its login and statistics panels (each opened by a heading) is
    no entry of a thread."""
    pages = {
        "whole": ("lanes.example", "/viewtopic.php?t=5513", site_page("Cycle Lanes", _thread([("moderator", "[This topic was deleted by a moderator]")]), "Cycle Lanes")),
        "panels": ("huerto.example", "/viewtopic.php?t=77", site_page("Foro Huerto", "<div class='panel'><h3>Información</h3><p>El tema solicitado no existe.</p></div><div class='panel'><h3>Acceder</h3><p>Usuario, contraseña y recordar mis datos en este equipo.</p></div><div class='panel'><h3>Quién está conectado</h3><p>En total hay 14 usuarios conectados ahora mismo.</p></div>", "Foro Huerto", lang="es")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s[0] for name, s in said.items()} == {
        "whole": LinkState.SOFT_DEAD,
        "panels": LinkState.SOFT_DEAD,
    }
    for name in pages:
        assert "entries of one shape" not in said[name][1], said[name]
