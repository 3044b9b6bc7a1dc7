# ruff: noqa: E501  (pages written one a line: data)
"""A message box under its engine's generic heading, and an error's label set in a Japanese
sentence, through a real run.

phpBB shows "The requested topic does not exist" in a box headed "Information" and titles the
page "Information - <board>": the heading names no item, so the box's sentence is the page's
message. A question that says "/about を直接開くと 404 Not Found が返ります" talks about the
error: the label is the subject of its sentence, not the page's message. A closed thread whose
replies are an ``<ol>`` of posts, each led by its author's link, still carries its posts; a
help page's "Product pages are removed when a tool is discontinued" states a rule.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

ONLINE = "<h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p>"


def test_a_message_box_under_a_generic_heading_says_the_topic_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "phpbb-fr": ("m1.example", "/viewtopic.php?t=7710", site_page("Forum des Randonneurs", "<h1>Information</h1><p>Le sujet demandé n’existe pas.</p><p><a href='/index.php'>Retourner à l’index du forum</a></p>" + ONLINE, "Information - Forum des Randonneurs", lang="fr")),
        "phpbb-ru": ("m2.example", "/viewtopic.php?t=66102", site_page("Форум пчеловодов", "<h1>Информация</h1><p>Запрошенной темы не существует.</p><p><a href='/index.php'>Вернуться к списку форумов</a></p>" + ONLINE, "Информация - Форум пчеловодов", lang="ru")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)


def test_the_same_box_saying_something_else_a_label_talked_about_a_thread_and_a_rule_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "box-sent": ("n1.example", "/posting.php?mode=reply&t=66103", site_page("Форум пчеловодов", "<h1>Информация</h1><p>Ваше сообщение было успешно отправлено.</p><p><a href='/viewtopic.php?t=66103'>Просмотреть сообщение</a></p>" + ONLINE, "Информация - Форум пчеловодов", lang="ru")),
        "ja-question": ("n2.example", "/questions/30991", site_page("プログラミング質問箱", "<h1>デプロイ後に /about が 404 Not Found になる</h1><p>Next.jsのサイトをデプロイしたら、/about を直接開くと 404 Not Found が返ります。トップから遷移すると表示されます。</p><p>静的書き出しの設定で trailingSlash を有効にすると直ります。</p>", "デプロイ後に /about が 404 Not Found になる - プログラミング質問箱", lang="ja")),
        "ja-blog": ("n3.example", "/posts/deleted-pages", site_page("ウェブ運用メモ", "<h1>削除したページの正しい扱い方</h1><p>商品ページを削除したときは、そのURLが 404 Not Found を返すように設定しましょう。トップページへ転送すると、検索エンジンにはソフト404と見なされます。</p>", "削除したページの正しい扱い方 | ウェブ運用メモ", lang="ja")),
        "closed-thread-ol": ("n4.example", "/viewtopic.php?t=66120", site_page("Форум пчеловодов", "<h1>Зимовка в утеплённых ульях</h1><p>Тема закрыта.</p><ol class='comments'><li><a href='/profile/5'>пасечник</a> · 10.11.2024<p>Утеплил ульи пенопластом снаружи, пчёлы зимуют спокойно и расход мёда меньше.</p></li><li><a href='/profile/19'>Иван Л</a> · 11.11.2024<p>Главное оставить нижний леток открытым, иначе внутри скапливается влага.</p></li><li><a href='/profile/33'>medok</a> · 12.11.2024<p>У нас в прошлом году без вентиляции половина семей ослабла к весне.</p></li></ol>", "Зимовка в утеплённых ульях - Форум пчеловодов", lang="ru")),
        "help-rule": ("n5.example", "/hc/en/articles/5510", site_page("Brightwater Tools Help", "<h1>Why does a product web page say it can't be found?</h1><p>Product pages are removed when a tool is discontinued. Old links in emails and bookmarks then lead to our not-found page.</p><p>Search for the tool's model number: its successor usually has a page of its own.</p>", "Why does a product web page say it can't be found? | Brightwater Tools Help")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
