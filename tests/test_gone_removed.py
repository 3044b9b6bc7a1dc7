# ruff: noqa: E501  (pages written one a line: data)
"""A site saying in its own voice, with an active verb, that it took the page away.

"The editors have retired this article", "Pohjolan Puoti on poistanut hakemasi tuotteen",
"Редакция удалила этот материал": the site (or "we") is the verb's doer and the page's item, or
what the visitor sought, its object right after it (``clauses.Concepts.removed``). The same verb
with another object ("removed the listing fee", "removed this feature in version 2") is news or
a changelog, and a live page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from curator.classify import clauses
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

BOOK: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)["clauses"]
LANGS = sorted(code for code, entry in BOOK.items() if code != "about" and "removed" in entry)
SEARCH = "<form action='/search' role='search'><input type='search' name='q'><button>Search</button></form>"


def test_the_active_voice_is_read_in_many_languages() -> None:
    """Each language's examples and look-alikes are read in ``test_gone_clauses``."""
    assert len(LANGS) >= 10


def test_the_object_says_whether_the_page_asked_for_or_its_item_was_taken_away() -> None:
    """What the visitor sought is the page asked for; a noun of the page's kind is its item,
    weighed by what of the item stands beside the notice. The clause opens at the verb's doer,
    the site's name among its words: "Pebble Clips" is the notice's subject, not chrome."""
    (found,) = clauses.clauses("Modératrice Lou: ce forum a supprimé ce que vous cherchiez.")
    assert found.sought and not found.item
    text = "Редакция удалила эту статью."
    (found,) = clauses.clauses(text)
    assert found.item and not found.sought
    assert text[found.start : found.end] == "Редакция удалила эту статью"
    text = "Kayak, yellow $320 The seller has taken down this listing."
    assert all(not text[c.start : c.end].startswith("yellow") for c in clauses.clauses(text))


def test_a_site_that_took_its_page_away_under_a_search_box_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The notice as the page's heading, a search form and suggested items under it: the form
    and the suggestions are the site's way out, not the page's content."""
    suggested = "<h3>You might like</h3><ul><li><a href='/v/1'>Kite festival 2026</a></li><li><a href='/v/2'>Dune buggies at dawn</a></li></ul>"
    pages = {
        "en": ("clips.example", "/v/77310-kite-festival", site_page("Pebble Clips", "<h1>Pebble Clips no longer hosts this video.</h1>" + SEARCH + suggested)),
        "fi": ("puoti.example", "/tuote/villasukat-3391", site_page("Pohjolan Puoti", "<h1>Pohjolan Puoti on poistanut hakemasi tuotteen.</h1>" + SEARCH + suggested, lang="fi")),
        "hu": ("hirek.example", "/cikk/2020/uj-kerekparut", site_page("Dunai Hírek", "<h1>A szerkesztőség eltávolította ezt a cikket.</h1>" + SEARCH + suggested, lang="hu")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)


def test_a_site_removing_something_else_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """News of a fee removed, a changelog's removed feature, each with the page's own prose,
    a search box and related items."""
    related = "<h3>Related</h3><ul><li><a href='/n/1'>Library extends hours</a></li><li><a href='/n/2'>A new canteen</a></li></ul>"
    pages = {
        "fee": ("review.example", "/2026/05/college-removes-fee", site_page("Lantern Review", "<h1>College removes the listing fee</h1><p>The college has removed the listing fee for students who sell books on its notice board, the bursar said on Friday. Staff still pay two pounds a notice.</p>" + SEARCH + related, title="College removes the listing fee | Lantern Review")),
        "changelog": ("docs.example", "/changelog/4-0", site_page("Tideline Docs", "<h1>Release 4.0</h1><p>Olemme poistaneet tämän asetuksen versiossa 4, katso alta. The new exporter replaces it and runs twice as fast on large projects.</p>" + SEARCH + related, title="Release 4.0 | Tideline Docs")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is not LinkState.SOFT_DEAD, (name, reason)
