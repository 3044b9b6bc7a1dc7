# ruff: noqa: E501  (pages written one a line: data)
"""Live pages that quote an error, wait behind a wall or draw their content later, and their
gone twins, through a real run on a local server.

- A news report quoting a lander's "This domain is for sale" is not a parked domain: the
  phrase in quotation marks, amid a paragraph of the page's own, is someone else's words.
- A Q&A quoting a browser's error in a ``<blockquote>`` quotes it, as quotation marks would.
- A page rendered as its site's chrome around a mount point holding only a loading line is
  the same at every address, its front page too: the probe cannot tell, and the address's
  words the page does not show yet say nothing either.
- A members' wall on a site whose made-up addresses answer 200 with its not-found page in the
  same template is nearly all alike that page: the likeness is the chrome's, and the page's
  line says it is there for members (``page_state``); a region notice says it is there for
  readers elsewhere (a block in DESIGN's states).

Each gone twin (the lander itself, a deleted question, a shell whose title says not found, a
voice line on the same catch-all, a line saying the page is no longer available) stays
soft-dead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_by_name, states_of_pages

_HTML = {"Content-Type": "text/html; charset=utf-8"}

QUOTING = {
    "news-quotes-lander": ("ledger.example", "/tech/2026/11/domain-squatters-council", site_page("The Ledger", "<h1>Squatters grab the council's old web address</h1><p>Residents who clicked the link on last year's recycling leaflets found a page that read “This domain is for sale” and offered the address for $4,999.</p><p>The council let the registration lapse in August when it moved its site to a new address. A broker bought it within hours, a practice known as drop-catching.</p><p>“We have asked the registrar to return it,” a spokesperson said. Until then, the council's new site has the collection calendar.</p>", "Squatters grab the council's old web address | The Ledger")),
    "qa-blockquote-de": ("admin.example", "/fragen/4412/wordpress-seite-nicht-gefunden-nach-umzug", site_page("Frag den Admin", "<h1>WordPress: „Seite nicht gefunden“ nach Umzug</h1><p>Nach dem Umzug auf einen neuen Server zeigt jede Unterseite nur noch:</p><blockquote>Seite nicht gefunden. Die angeforderte Seite existiert nicht.</blockquote><p>Die Startseite geht. Was fehlt?</p><h2>2 Antworten</h2><p><strong>Antwort von kerstin_b:</strong> Die .htaccess wurde nicht mitkopiert. Unter Einstellungen → Permalinks einmal auf „Speichern“ klicken, dann schreibt WordPress sie neu.</p><p><strong>Antwort von tom:</strong> Außerdem <code>AllowOverride All</code> im vHost prüfen.</p>", "WordPress: „Seite nicht gefunden“ nach Umzug – Frag den Admin", lang="de")),
}  # fmt: skip

QUOTING_GONE = {
    "lander": ("ledger-news.example", "/tech/2026/11/council-site-moves", "<!doctype html><html><head><title>ledger-news.example</title></head><body><h1>ledger-news.example</h1><p>This domain is for sale!</p><p>Make an offer: <a href='https://broker.example/'>contact the owner</a></p></body></html>"),
    "question-deleted-de": ("admin2.example", "/fragen/4419/apache-vhost-ssl", site_page("Frag den Admin", "<h1>Frage nicht gefunden</h1><p>Diese Frage wurde gelöscht oder existiert nicht.</p><p><a href='/fragen'>Zu allen Fragen</a></p>", lang="de")),
}  # fmt: skip


def test_a_quoted_lander_line_and_a_blockquoted_error_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the report was "the domain is parked or for sale", the Q&A soft-dead on the
    quoted "Die angeforderte Seite existiert nicht" at full strength."""
    said = states_of_pages(tmp_path, web, fast_settings, QUOTING)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
    assert "in a quotation the markup marks" in said["qa-blockquote-de"][1]


def test_the_lander_and_a_deleted_question_stay_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    said = states_of_pages(tmp_path, web, fast_settings, QUOTING_GONE)
    assert said["lander"][0] is LinkState.SOFT_DEAD, said["lander"]
    assert "parked or for sale" in said["lander"][1]
    assert said["question-deleted-de"][0] is LinkState.SOFT_DEAD, said["question-deleted-de"]


def _catch_all(web: FixtureWeb, host: str, path: str, page: str, made_up: str) -> str:
    """``page`` at ``path``, and ``made_up`` (200) at every other address of ``host``."""
    web.add(host, "*", body=made_up, headers=_HTML)
    return web.add(host, path, body=page, headers=_HTML)


# A client-rendered route: the site's chrome around a mount point holding a loading line.
SHELL = "<div id='root'><p>Loading…</p></div><script src='/static/js/main.7a1c.js'></script>"


def test_a_loading_shell_in_its_site_s_chrome_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same page at every address, the front page too. Before: soft-dead, "answers with
    the site's front page, 100% alike" (and "shows the same page as a made-up URL")."""
    shell = site_page("Orbit Jobs", SHELL)
    link = _catch_all(web, "jobs.example", "/jobs/88213/harbour-pilot-trainee", shell, shell)
    state, reason = states_by_name(tmp_path, web, fast_settings, {"shell": link})["shell"]
    assert state is LinkState.ALIVE, reason
    assert "app shell" in reason


def test_a_shell_titled_not_found_stays_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    shell = site_page("Orbit Jobs", SHELL, "Page not found | Orbit Jobs")
    link = _catch_all(web, "jobs2.example", "/jobs/77120/deckhand-seasonal", shell, shell)
    state, reason = states_by_name(tmp_path, web, fast_settings, {"shell": link})["shell"]
    assert state is LinkState.SOFT_DEAD, reason


# The site's not-found page, which its made-up addresses answer with 200.
NOT_FOUND = site_page("Quayside Club", "<h2>Page not found</h2>")


def _club_and_kanal(web: FixtureWeb, at: int, club: str, kanal: str) -> dict[str, str]:
    """``club``'s main area on Quayside Club, whose made-up addresses answer 200 with its
    not-found page, and ``kanal``'s line on Kanal Nord, whose made-up addresses answer 404."""
    kanal_page = site_page(
        "Kanal Nord", f"<p>{kanal}</p><p><a href='/'>Zur Startseite</a></p>", lang="de"
    )
    club_page = site_page("Quayside Club", club)
    return {
        "club": _catch_all(web, f"club{at}.example", f"/chapters/harbour-notes-{at}", club_page, NOT_FOUND),
        "kanal": web.add(f"kanal{at}.example", f"/mediathek/hafenkonzert-{at}", body=kanal_page, headers=_HTML),
    }  # fmt: skip


def test_a_members_wall_on_a_catch_all_site_and_a_region_notice_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The wall is nearly all alike the site's not-found page: its chrome. Before: soft-dead
    by the address's words the page does not name (and, on a heavier template, "shows the
    same page as a made-up URL"); the region notice at a site that says 404 for nothing was
    read as a line about the page itself, in the site's voice."""
    wall = (
        "<p>This page is for members only. Log in to read it.</p><p><a href='/login'>Log in</a></p>"
    )
    links = _club_and_kanal(web, 1, wall, "Diese Seite ist in Ihrem Land nicht verfügbar.")
    said = states_by_name(tmp_path, web, fast_settings, links)
    assert said["club"][0] is LinkState.ALIVE, said["club"]
    assert "there for a reader who meets a condition" in said["club"][1]
    assert said["kanal"][0] is LinkState.ALIVE, said["kanal"]


def test_a_voice_line_on_the_catch_all_and_a_gone_line_stay_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    voice = "<p>This page has sailed off into the sunset.</p><p><a href='/'>Home</a></p>"
    links = _club_and_kanal(web, 2, voice, "Diese Seite ist nicht mehr verfügbar.")
    said = states_by_name(tmp_path, web, fast_settings, links)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
