# ruff: noqa: E501  (pages written one a line: data)
"""An item's address answered by the site's template whose main area holds only a script's
loading line ("Loading…", "加载中…") under the site's name is soft-dead, through a real run; the
same line beside the page's own text, inside a block a script owns, a line saying the page comes
later, and a picture's caption closed by an ellipsis keep their pages alive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_a_main_area_holding_only_a_loading_line_is_soft_dead_and_its_twins_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        # gone: the template's loading line and nothing else, in any language
        "loading": (
            "docs.example",
            "/docs/page/40117",
            "<div class='docs-body'><p>Loading…</p></div>",
        ),
        "cargando": ("blog.example", "/entrada/77120", "<p>Cargando...</p>"),
        "zh": (
            "api.example",
            "/docs/api/88213",
            "<p><span class='spinner'></span><span>加载中…</span></p>",
        ),
        # live: the page's own text above a comment widget's loading line
        "comments": ("news.example", "/story/48812", f"<p>{PROSE}</p><p>Loading comments…</p>"),
        # live: the line inside a block a script owns: a mount, a busy loader, a data source
        "mount": ("app.example", "/docs/page/40118", "<div id='app'><p>Loading…</p></div>"),
        "busy": (
            "shop.example",
            "/productos/51902",
            "<div class='loader' aria-busy='true'><span>Cargando…</span></div>",
        ),
        "data": (
            "paper.example",
            "/artikel/88123",
            "<div class='story' data-src='/api/stories/88123'><p>Wird geladen …</p></div>",
        ),
        # live: a page announced for later, a picture captioned with an ellipsis
        "soon": ("walks.example", "/walks/3310", "<p>Coming soon…</p>"),
        "caption": (
            "photos.example",
            "/photos/4411",
            "<figure><img src='/p/pier.jpg' alt='The pier at dusk'><figcaption>Evening at the pier…</figcaption></figure>",
        ),
    }
    links = {
        name: web.add(host, path, body=site_page("Lumen Notes", main), headers=HTML)
        for name, (host, path, main) in pages.items()
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "placeholder")

    _assert_calls(
        states,
        ("loading", "cargando", "zh"),
        ("comments", "mount", "busy", "data", "soon", "caption"),
        "only a script's placeholder line",
    )


def test_a_loading_line_under_another_items_title_is_soft_dead_and_its_twins_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The template kept another record's title over a main area holding only its loading line
    (in a block a site's prefix names, ``app-detail``, no mount): the address's item was never
    drawn. A title naming the slug's item, in another script than the slug, or at an ID-only
    address names the page's own item."""
    pages = {
        # gone: the title names another item than the slug, the main area a loading line
        "other": (
            "news.example",
            "/news/50186/ferry-timetable-winter",
            "<div class='app-detail'><p>Loading...</p></div>",
            "Council budget vote | Harbour Gazette",
        ),
        "other-zh": (
            "tea.example",
            "/products/jasmine-pearl-green",
            "<p>正在加载中，请稍候…</p>",
            "Oolong Sampler Box | Cloudtea",
        ),
        # live: the title names the slug's item; a Japanese title under a romanised slug; an
        # ID-only address; the line in an app's root
        "same": (
            "news.example",
            "/news/50187/ferry-timetable-winter",
            "<p>Loading...</p>",
            "Ferry timetable for winter | Harbour Gazette",
        ),
        "script": (
            "walks.example",
            "/guides/takao-san-hiking",
            "<p>読み込み中…</p>",
            "高尾山の歩き方 | 山歩きノート",
        ),
        "id-only": (
            "shop.example",
            "/p/88213",
            "<p>Wird geladen …</p>",
            "Espressomühle | Rösterei",
        ),
        "root": (
            "docs.example",
            "/guides/custom-dns-records",
            "<div class='docs-root'><p>Loading…</p></div>",
            "Configure domains · Nube Docs",
        ),
    }
    links = {
        name: web.add(host, path, body=site_page("Harbour Gazette", main, title), headers=HTML)
        for name, (host, path, main, title) in pages.items()
    }

    states = states_by_name(tmp_path, web, fast_settings, links, "othertitle")

    _assert_calls(
        states,
        ("other", "other-zh"),
        ("same", "script", "id-only", "root"),
        "a title naming another item than the address does",
    )


def _assert_calls(
    states: dict[str, tuple[LinkState, str]],
    gone: tuple[str, ...],
    live: tuple[str, ...],
    said: str,
) -> None:
    """The ``gone`` pages are soft-dead for the reason ``said``; the ``live`` ones alive."""
    for name in gone:
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert said in reason, reason
    for name in live:
        assert states[name][0] is LinkState.ALIVE, (name, states[name])
