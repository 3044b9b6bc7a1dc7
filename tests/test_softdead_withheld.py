# ruff: noqa: E501  (pages written one a line: data)
"""A platform's "this content isn't available: it was removed or is shown only to some people"
through a real run: the notice alone where the post stood is gone; a log-in wall, a stock
notice and a help article explaining the message are not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def test_unavailable_because_removed_or_shown_to_a_few_is_gone_where_it_stands_alone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A short claim that the post cannot be seen, then a sentence whose "or" joins an act of
    removal and a restriction to some people, in German, Japanese and Korean ("-거나" is Korean's
    "or"). Before, "nicht verfügbar" alone said nothing plain and the pages answered "alive,
    the page answers". The reason names the reading."""
    pages = {
        "de": ("de.example", "/beitrag/88213977", site_page("Bildbrett", "<p>Dieser Beitrag ist nicht verfügbar. Er wurde entweder gelöscht oder ist nur für bestimmte Personen sichtbar.</p>", "Anmelden • Bildbrett", "de")),
        "ja": ("ja.example", "/status/1684402231", site_page("ツブヤキ", "<p>この投稿は表示できません。削除されたか、一部の人にのみ公開されている可能性があります。</p>", "ログイン • ツブヤキ", "ja")),
        "ko": ("ko.example", "/p/Ck2aL9xwQ", site_page("모먼트", "<p>이 게시물을 볼 수 없습니다. 삭제되었거나 일부 사람에게만 공개된 게시물일 수 있습니다.</p>", "로그인 • 모먼트", "ko")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "removed or shown only to a few" in reason, (name, reason)


def test_a_log_in_wall_a_stock_notice_and_a_help_article_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The log-in wall restricts but names no removal; "sold out or sold in stores only" joins
    no removal to a restriction of people; the help article answers its question heading with
    the same disjunction inside its prose, no short claim before it."""
    pages = {
        "wall": ("en.example", "/groups/growers/posts/5512", site_page("Threadline", "<p>Log in to see this post. Only members of Allotment Growers can see what is shared in the group.</p><p><a href='/login'>Log in</a></p>", "Log in · Threadline")),
        "stock": ("tr.example", "/urun/cini-kase-16", site_page("Çini Atölyesi", "<h1>El yapımı çini kase</h1><p>Bu ürün şu anda kullanılamıyor. Tükenmiş veya yalnızca mağazada satışta olabilir.</p><p class='price'>640 TL</p>", "El yapımı çini kase | Çini Atölyesi", "tr")),
        "help": ("en.example", "/help/why-cant-i-see-a-post", site_page("Threadline Help", "<h1>Why can't I see a post?</h1><p>Why is this post not shown? It may have been deleted by its author or shared only with some people, such as close friends. If you think you should see it, ask the author to check the post's audience in its privacy settings.</p>", "Why can't I see a post? | Threadline Help")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
