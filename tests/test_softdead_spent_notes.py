# ruff: noqa: E501  (pages written one a line: data)
"""Spent notes, pastes and secret messages, through a real run.

Paste, note and secret-sharing sites answer a note that expired or was read with one sentence
("This note has expired.", "Dieser Paste ist abgelaufen.", "Este mensaje ha caducado.") in their
chrome, at an opaque address, on sites whose made-up addresses answer an honest 404: the
phrase book's expired notices name what expired (``gone_phrases.json``, ``expired``), and a
note, a paste or a message is such a thing as a link is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_a_spent_note_is_soft_dead_and_a_note_sites_own_pages_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, the phrase book's expired notices were read only of a link, a listing or a
    page: "This note has expired." named nothing it knew, and the one line at an opaque
    address was alive. A note that says when it will expire, a front page that says notes
    expire, and a help page quoting the notice are no notice."""
    chrome = "<header><a href='/'>Jotbin</a> <a href='/about'>About</a></header>"
    pages = {
        "note-en": ("jotbin.example", "/n/7c2e91fa04b3", f"<!doctype html><html lang='en'><head><title>Jotbin</title></head><body>{chrome}<main><p>This note has expired.</p></main></body></html>"),
        "paste-de": ("klebe.example", "/p/2e7f0c1a9b", "<!doctype html><html lang='de'><head><title>Klebezettel</title></head><body><main><p>Dieser Paste ist abgelaufen.</p><p><a href='/'>Neuen Paste anlegen</a></p></main></body></html>"),
        "message-es": ("secreto.example", "/s/c7e2a91f0d", "<!doctype html><html lang='es'><head><title>Secreto</title></head><body><main><p>Este mensaje ha caducado.</p></main></body></html>"),
    }  # fmt: skip
    live = {
        "front": ("jotbin.example", "/", f"<!doctype html><html lang='en'><head><title>Jotbin — notes that expire</title></head><body>{chrome}<main><h1>Jotbin</h1><p>Write a note and share the link. The note expires after it is read once.</p><form method='post' action='/n'><textarea name='text'></textarea><button>Create note</button></form></main></body></html>"),
        "live-note": ("jotbin.example", "/n/3a9e10b27fc4", f"<!doctype html><html lang='en'><head><title>Jotbin</title></head><body>{chrome}<main><p>Wifi password: tidewater-42. Router is under the stairs.</p><p>This note expires in 23 hours.</p></main></body></html>"),
        "help": ("help.jotbin.example", "/expiry", site_page("Jotbin Help", "<h1>What happens when a note expires?</h1><p>When a note expires we delete it. Anyone who opens its link afterwards sees “This note has expired.” and nothing else. You choose how long a note lives when you create it: one hour, one day or one week.</p>", "What happens when a note expires? | Jotbin Help")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, {**pages, **live})
    for name in pages:
        assert said[name][0] is LinkState.SOFT_DEAD, (name, said[name])
        assert "of its item" in said[name][1], said[name]
    for name in live:
        assert said[name][0] is LinkState.ALIVE, (name, said[name])
