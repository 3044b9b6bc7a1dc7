# ruff: noqa: E501  (pages written one a line: data)
"""Items whose state ends their use, with nothing of them left, through a real run.

A form closed to responses, a short link disabled, a post, pin or paste deleted, an account
private to outsiders: the phrase book's ``ended`` section (``gone_phrases.json``), read with the
``retired`` and ``expired`` sections by ``classify.retired``. Said of the page's own item, with
nothing of the item beside it, the page is soft-dead; the same state over the item's content
(a closed poll's results, a locked thread's posts) or reported by a headline that names the
item's kind (a news story on a survey that closed) stays alive, as do help pages about it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from curator.classify.retired import gated, notice, state
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

BOOK: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)
SECTION: dict[str, Any] = BOOK["ended"]
LANGS = sorted(code for code in SECTION if code != "about")


def test_twenty_languages_are_there() -> None:
    assert len(LANGS) >= 20
    assert {"en", "es", "de", "ru", "ja", "fr", "pt", "it", "zh", "tr", "pl", "nl"} <= set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_reads_its_examples_as_a_notice_and_not_its_look_alikes(lang: str) -> None:
    """Each example is a notice said of the item itself; each look-alike (a locked or closed
    thread, a shop closed on Sundays, a question about a disabled link, a condition on a
    suspended account, a date registration opens) is not."""
    entry = SECTION[lang]
    assert len(entry["examples"]) >= 3 and len(entry["not"]) >= 3, lang
    for example in entry["examples"]:
        assert gated(example), (lang, example, "gate")
        assert notice(example) is not None, (lang, example)
    for sentence in entry["not"]:
        assert notice(sentence) is None, (lang, sentence, state(sentence))


def test_an_item_whose_state_ends_its_use_with_nothing_left_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "form-en": ("n1.example", "/f/harvest-supper-rsvp", site_page("Formwell", "<h1>Harvest supper RSVP</h1><p>The form Harvest supper RSVP is no longer accepting responses.</p><p>Ask the organiser if you think this is a mistake.</p>", "Harvest supper RSVP - Formwell")),
        "survey-it": ("n2.example", "/s/mensa-2025", site_page("Sondaggi Veloci", "<h1>Il sondaggio è chiuso</h1><p>Grazie per l'interesse.</p>", lang="it")),
        "link-en": ("n3.example", "/Zq81k", site_page("snip.to", "<h1>This link has been disabled</h1><p>It broke our terms of use.</p>")),
        "post-ja": ("n4.example", "/p/88120931", site_page("ひとこと", "<p>この投稿は削除されました。</p>", lang="ja")),
        "profile-ru": ("n5.example", "/id88213", site_page("Соседи", "<h1>Ирина Волкова</h1><p>Профиль закрыт. Добавьте Ирину в друзья, чтобы видеть её записи.</p>", lang="ru")),
        "pin-ko": ("n6.example", "/pin/77120", site_page("핀보드", "<h1>이 게시물은 삭제되었습니다</h1>", lang="ko")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "and nothing of it is left" in reason, (name, reason)


def test_the_same_states_over_the_items_content_or_in_a_report_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "results": ("m1.example", "/s/fete-date/results", site_page("Formwell", "<h1>Fête date vote: results</h1><p>This poll is closed.</p><table><tr><th>Date</th><th>Votes</th></tr><tr><td>5 July</td><td>88</td></tr><tr><td>12 July</td><td>61</td></tr><tr><td>19 July</td><td>40</td></tr></table>", "Fête date vote: results - Formwell")),
        "open-form": ("m2.example", "/f/litter-pick", site_page("Formwell", "<h1>Litter pick volunteers</h1><p>This form closes on 1 June.</p><form action='/f/litter-pick'><label>Name <input name='n'></label><label>Email <input name='e'></label><button>Send</button></form>", "Litter pick volunteers - Formwell")),
        "report-ru": ("m3.example", "/news/2026/opros-shkola", site_page("Вести района", "<h1>Администрация закрыла опрос о новой школе</h1><p>Опрос завершён: ответили 3 100 жителей.</p><p>Итоги представят в июне.</p>", "Администрация закрыла опрос о новой школе | Вести района", lang="ru")),
        "help-en": ("m4.example", "/help/why-was-my-link-disabled", site_page("snip.to Help", "<h1>Why was my link disabled?</h1><p>We disable links that lead to malware or spam. If your link was disabled by mistake, appeal from your dashboard.</p>", "Why was my link disabled? | snip.to Help")),
        "help-de": ("m6.example", "/hilfe/warum-gesperrt", site_page("kurz.to Hilfe", "<h1>Warum wurde mein Kurzlink gesperrt?</h1><p>Wir sperren Links zu Schadsoftware und Spam.</p><p>Wenn Ihr Link gesperrt wurde, legen Sie über Ihr Konto Widerspruch ein.</p>", "Warum wurde mein Kurzlink gesperrt? | kurz.to Hilfe", lang="de")),
        "thread-fr": ("m5.example", "/t/semis-tomates/441", site_page("Forum Potager", "<h1>Semis de tomates</h1><p>Cette discussion est fermée.</p><p>Semez en mars au chaud, repiquez en mai.</p><p>Merci, ça marche très bien !</p>", "Semis de tomates - Forum Potager", lang="fr")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def _share_view(site: str, inner: str, lang: str = "en") -> str:
    """A file host's public view: the share is the page's item, in a box its class names a
    share, alone in the content box."""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title>"
        f"</head><body><header class='top'><a href='/'>{site}</a><a href='/login'>Log in</a>"
        f"</header><div id='content' class='app-content'><div class='file-share'>{inner}</div>"
        f"</div><footer><p>© 2026 {site}</p></footer></body></html>"
    )


def test_a_share_view_a_dated_closure_and_new_languages_are_read(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A share view whose box is named a share is the item's place, not a share bar's; the
    date a record was closed or the days a paste was kept, said beside the notice, is the
    notice's line of advice, not the item's figures; forms in languages the section lacked."""
    pages = {
        "share-en": ("v1.example", "/s/Hq82Ld", _share_view("Filebarn", "<p>This link has expired. Ask the sender for a new one.</p>")),
        "share-ro": ("v2.example", "/f/voluntari-toamna", _share_view("Formulare Rapide", "<h1>Voluntari toamna 2026</h1><p>Acest formular nu mai acceptă răspunsuri.</p>", "ro")),
        "record-fr": ("v3.example", "/osteopathe/nantes/luc-mercier", site_page("Trouver un Soignant", "<h1>Fiche supprimée</h1><p>La fiche de cet ostéopathe n'est plus disponible. Le cabinet a fermé le 3 février 2026.</p>", lang="fr")),
        "paste-en": ("v4.example", "/p/Zk29Qa", site_page("Pastehut", "<p>This paste has expired. Pastes are kept for 21 days.</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "and nothing of it is left" in reason, (name, reason)


def test_a_share_view_with_its_files_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "files": ("w1.example", "/s/Pn3Kx", _share_view("Filebarn", "<h1>Choir scores</h1><p>This share expires in 7 days.</p><table><tr><td><a href='/d/1'>kyrie.pdf</a></td><td>220 KB</td></tr><tr><td><a href='/d/2'>gloria.pdf</a></td><td>310 KB</td></tr><tr><td><a href='/d/3'>credo.pdf</a></td><td>280 KB</td></tr></table>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
