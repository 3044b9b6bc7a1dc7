# ruff: noqa: E501  (pages written one a line: data)
"""A heading whose statement fills only part of it is the page's notice when its other words are
the notice's own voice, through a real run: an apology joined by "but", "we", a hedge or "here"
("Ci dispiace, ma questa pagina non esiste più qui", "Beklager, men denne siden finnes ikke lenger").
A heading that runs on with a topic keeps its page alive: a forum's circumstance ("… after the
update"), an app's name ("… on Velibus app"), a topic after a colon, the message given as what a
screen shows ("ページが見つかりませんと出る") or as the object of a verb before it with no pause
("迁移后旧链接提示主题不存在")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HOME = "<p><a href='/'>Home</a></p>"
POST = "<p>Since the last release every link from the dashboard to the editor shows this. Cleared the cache and logged in again, same on two laptops. Anyone else seeing it?</p>"


def test_a_heading_in_the_notices_voice_is_soft_dead_and_a_headline_with_a_topic_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    gone = {
        "it": ("h1.example", "/servizi/mensa-2022", site_page("Comune di Borgo Alto", "<h1>Ci dispiace, ma questa pagina non esiste più qui</h1><p>I servizi sono elencati nella sezione dedicata.</p>" + HOME, "Servizi | Comune di Borgo Alto", "it")),
        "nb": ("h2.example", "/meny/julebord-2022", site_page("Fjordkroa", "<h1>Beklager, men denne siden finnes ikke lenger</h1><p>Se dagens meny på forsiden.</p>" + HOME, "Meny | Fjordkroa", "nb")),
        "en": ("h3.example", "/docs/v2/export-logs", site_page("Kestrel Docs", "<h1>Sorry, but this page could not be found here</h1><p>The guides moved when version 3 came out.</p>" + HOME, "Documentation | Kestrel Docs")),
    }  # fmt: skip
    live = {
        "update": ("h4.example", "/t/page-not-found-after-the-update/4411", site_page("Hearthkit Community", "<h1>Page not found after the update</h1>" + POST, "Page not found after the update | Hearthkit Community")),
        "app": ("h5.example", "/t/velibus/12", site_page("Hearthkit Community", "<h1>Page not found on Velibus app</h1>" + POST, "Page not found on Velibus app | Hearthkit Community")),
        "colon": ("h6.example", "/lokales/lieferdienst", site_page("Kreisbote Nord", "<h1>Fehlermeldung bei Lieferdienst: Seite nicht gefunden</h1><p>Kunden konnten am Samstag keine Bestellungen aufgeben. Am Abend lief der Dienst wieder.</p>", "Fehlermeldung bei Lieferdienst: Seite nicht gefunden | Kreisbote Nord", "de")),
        "reported-zh": ("h8.example", "/thread/8841", site_page("站长论坛", "<h1>迁移后旧链接提示主题不存在</h1><p>论坛换了程序以后，以前收藏的帖子链接都打不开了，有办法把旧地址转到新地址吗？</p>", "迁移后旧链接提示主题不存在 - 站长论坛", "zh")),
        "shown": ("h7.example", "/thread/5521", site_page("写真部掲示板", "<h1>ページが見つかりませんと出る</h1><p>アルバムの共有リンクを開くとこの表示になります。スマホでは見られます。同じ症状の方いますか。</p>", "ページが見つかりませんと出る | 写真部掲示板", "ja")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, {**gone, **live})
    for name in gone:
        state, reason = said[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "the notice's own voice" in reason, (name, reason)
    for name in live:
        assert said[name][0] is LinkState.ALIVE, (name, said[name])
