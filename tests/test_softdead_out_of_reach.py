# ruff: noqa: E501  (pages written one a line: data)
"""Through a real run: a heading whose statement of absence goes on, after "or", to say the thing
may be closed to the visitor ("X doesn't exist or is private") is the whole notice; a help
question, a news headline about such a register and an API reference saying the same words
are not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_absent_or_closed_to_the_visitor_fills_the_heading(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, only the first half was read ("Тази обява не съществува", 4 of 9 words of the
    heading) or none (the first half 3 or 4 words of 9 to 11, under the share a heading
    needs), and the pages answered "alive, the page answers"; now the notice fills the
    heading and the reason says so."""
    pages = {
        "bg": ("bg.example", "/obiava/88120", site_page("Имоти Русе", "<h1>Тази обява не съществува или е скрита от продавача.</h1>", "Имоти Русе", "bg")),
        "en": ("en.example", "/trips/9-days-west", site_page("Waymark", "<h1>This trip doesn't exist or you don't have permission to view it.</h1>", "Waymark")),
        "de": ("de.example", "/wunschliste/8f21c3", site_page("Spielkiste", "<h1>Diese Wunschliste existiert nicht oder Sie haben keine Berechtigung, sie anzusehen.</h1>", "Spielkiste", "de")),
        "cs": ("cs.example", "/inzerat/55120", site_page("Bydlení Zlín", "<h1>Tento inzerát neexistuje nebo k němu nemáte přístup.</h1>", "Bydlení Zlín", "cs")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "of the heading" in reason or "fills the heading" in reason, (name, reason)


def test_the_same_words_in_a_question_a_headline_and_a_reference_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A help article asks about the message; a news story's headline runs on after a colon;
    an API reference says when its call answers 404 inside its own prose."""
    pages = {
        "help": ("en.example", "/hc/articles/4410", site_page("Waymark Help", "<h1>Why does a trip say it doesn't exist or is private?</h1><p>When a traveller deletes a trip or sets it to private, anyone following an old link sees that message. Ask the owner to share the trip with you again, or check that you are signed in to the account they shared it with.</p>", "Why does a trip say it doesn't exist or is private? | Waymark Help")),
        "news": ("ru.example", "/news/2026/reestr", site_page("Волжская неделя", "<h1>Реестр подрядчиков не существует или доступ к нему ограничен: что нашли журналисты</h1><p>Мы запросили у двенадцати районных администраций реестр подрядчиков, обещанный в прошлом году. Четыре ответили, что реестр ещё не создан, пять сослались на служебную тайну, три не ответили вовсе.</p>", "Реестр подрядчиков не существует или доступ к нему ограничен: что нашли журналисты", "ru")),
        "api": ("en.example", "/docs/api/trips/get", site_page("Waymark API", "<h1>Get a trip</h1><pre>GET /v2/trips/{id}</pre><p>Returns the trip with its days and stops. The call answers 404 when the trip doesn't exist or you don't have access to it, and 429 when you exceed 60 calls a minute.</p>", "Get a trip | Waymark API")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
