# ruff: noqa: E501  (pages written one a line: data)
"""An article whose comments are closed, through a real run on a local server.

"此文章已關閉留言" closes the article's comments, not the article: the article's text follows.
Its twin on the same blog, "此文章已被作者刪除" over a link home, stays soft-dead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

PAGES = {
    "closed-zt": ("shiji.example", "/posts/hualien-trail", site_page("山海手記", "<h1>花蓮步道散記</h1><p class='badge' role='status'>此文章已關閉留言</p><p>砂卡礑步道沿著溪水走，來回大約兩個小時。</p><p>建議早上出發，避開午後的雷陣雨。</p>", "花蓮步道散記 - 山海手記", lang="zh-Hant")),
    "deleted-zt": ("shiji.example", "/posts/taitung-bike", site_page("山海手記", "<h1>找不到文章</h1><p>此文章已被作者刪除。</p><p><a href='/'>回首頁</a></p>", "山海手記", lang="zh-Hant")),
}  # fmt: skip


def test_closed_comments_keep_the_article_and_a_deleted_article_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before: the closed article soft-dead on "此文章已關閉" (+1.30), the phrase book's direct
    sentence cut before the comments it closes."""
    said = states_of_pages(tmp_path, web, fast_settings, PAGES)
    assert {name: state for name, (state, _) in said.items()} == {
        "closed-zt": LinkState.ALIVE,
        "deleted-zt": LinkState.SOFT_DEAD,
    }, said
