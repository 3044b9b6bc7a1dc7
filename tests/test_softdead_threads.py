# ruff: noqa: E501  (pages written one a line: data)
"""Forum threads through a real run: a thread the engine cannot find is gone, a closed one over
its posts is not.

A forum engine answers a missing thread, post, member or channel with its own statement in the
site's language ("The requested topic does not exist", "Запрошенной темы не существует",
"Invalid Post specified"), often with 200 and the forum's chrome around it. A closed, locked or
archived thread keeps its posts, each led by its author's link and the date it was written:
those are the thread's own words, not cards of other pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _posts(*posts: tuple[str, str, str]) -> str:
    """Posts as a forum engine writes them: the author's name linked to their page, the date,
    then the post's words."""
    return "".join(
        f"<article class='message'><div class='user'><a href='/members/{who}.{n}/'>{who}</a> "
        f"<time>{when}</time></div><div class='body'><p>{text}</p></div></article>"
        for n, (who, when, text) in enumerate(posts, 1)
    )


def test_a_thread_post_member_or_channel_the_engine_cannot_find_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The engine's not-found statement names the thread, post or account asked for and says
    it is not there, in the site's language; vBulletin says the address specified none.
    Before, no item book named a thread, a topic or a channel, and these pages answered
    "alive, the page answers" with nothing weighed."""
    pages = {
        "ru": ("ru.example", "/viewtopic.php?t=66102", site_page("Форум пчеловодов", "<h1>Ошибка</h1><p>Запрошенной темы не существует.</p><p><a href='/'>Вернуться к списку форумов</a></p>", "Форум пчеловодов", "ru")),
        "tr": ("tr.example", "/konular/jant.5512/", site_page("Bisiklet Sohbet", "<h1>Hata</h1><p>Aradığınız konu bulunamadı.</p><p><a href='/'>Forum ana sayfası</a></p>", "Bisiklet Sohbet", "tr")),
        "vi": ("vi.example", "/viewtopic.php?t=2291", site_page("Diễn đàn Cây cảnh", "<h1>Thông báo</h1><p>Bài viết bạn yêu cầu không tồn tại.</p><p><a href='/'>Về trang chủ</a></p>", "Diễn đàn Cây cảnh", "vi")),
        "ko": ("ko.example", "/@night_piano", site_page("소리마당", "<h1>앗</h1><p>존재하지 않는 채널입니다.</p><p><a href='/'>홈으로</a></p>", "소리마당", "ko")),
        "vbulletin": ("vb.example", "/showthread.php?p=771204", site_page("Vintage Radio Workshop", "<h1>Vintage Radio Workshop Message</h1><p>Invalid Post specified. If you followed a valid link, please notify the webmaster.</p>", "Vintage Radio Workshop")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)


def test_a_closed_thread_over_its_posts_led_by_their_authors_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """ "Тема закрыта", "Chủ đề đã đóng", "تم إغلاق هذا الموضوع" over posts each led by its
    author's link and date: the posts are the thread's own content and the state is one it
    keeps them through. Before, each post read as a card of another page (led by a link to
    the author's page, beside siblings linking elsewhere), and the line convicted the thread
    as "a notice over 3 cards of other items, with nothing of the item's own". A deleted
    thread over a list of similar threads is still gone."""
    ru = _posts(
        (
            "дачник_саша",
            "14.04.2025",
            "Кусты смородины пятый год, ягода мельчает. Чем подкормить в апреле?",
        ),
        (
            "Галина_П",
            "14.04.2025",
            "Весной мочевиной по талому снегу, а после цветения золой под каждый куст.",
        ),
        ("садовод_ник", "16.04.2025", "И вырежьте старые ветки, ягода сразу станет крупнее."),
    )
    vi = _posts(
        ("minh_dap", "10/03/2025", "Mình đi làm mười cây số mỗi ngày, nên chọn xe loại nào?"),
        ("Lan_Anh", "10/03/2025", "Đi phố nhiều thì xe đường trường sẽ nhẹ và nhanh hơn nhiều."),
        ("bac_Hai", "11/03/2025", "Nếu vẫn muốn lên đồi thì chọn xe gravel, lốp to hơn."),
    )
    ar = _posts(
        (
            "سائق_الرياض",
            "2025-01-20",
            "أسمع صوت صرير من المكابح الأمامية عند التوقف، خاصة في الصباح.",
        ),
        ("م_خالد", "2025-01-20", "غالبا الفحمات قاربت على الانتهاء، افحص سماكتها في أقرب ورشة."),
        ("أبو_فهد", "2025-01-22", "نظف الأقراص أيضا، الغبار المتراكم يسبب نفس الصوت."),
    )
    similar = (
        "<h2>Похожие темы</h2><ul>"
        + "".join(
            f"<li><a href='/threads/{n}/'>{t}</a> <time>0{n}.04.2025</time> автор пасечник, {n + 3} ответов</li>"
            for n, t in enumerate(("Рамки", "Матки", "Мёд"), 1)
        )
        + "</ul>"
    )
    pages = {
        "ru": ("ru.example", "/threads/smorodina.4410/", site_page("Клуб садоводов", f"<h1>Чем подкормить смородину весной</h1><p>Тема закрыта.</p>{ru}", "Чем подкормить смородину весной - Клуб садоводов", "ru")),
        "vi": ("vi.example", "/threads/xe-dap.7712/", site_page("Diễn đàn Xe đạp", f"<h1>Nên mua xe đạp nào</h1><p>Chủ đề đã đóng.</p>{vi}", "Nên mua xe đạp nào - Diễn đàn Xe đạp", "vi")),
        "ar": ("ar.example", "/threads/brake-noise.9912/", site_page("منتدى السيارات", f"<h1>صوت في المكابح عند التوقف</h1><p>تم إغلاق هذا الموضوع.</p>{ar}", "صوت في المكابح عند التوقف - منتدى السيارات", "ar")),
        "deleted": ("ru.example", "/threads/ulei.6610/", site_page("Клуб садоводов", f"<h1>Ульи своими руками</h1><p>Тема удалена.</p>{similar}", "Ульи своими руками - Клуб садоводов", "ru")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in ("ru", "vi", "ar"):
        assert said[name][0] is LinkState.ALIVE, said[name]
        assert "3 posts" in said[name][1], said[name]
    assert said["deleted"][0] is LinkState.SOFT_DEAD, said["deleted"]


def test_a_closed_thread_under_a_question_in_its_own_scripts_mark_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A Chinese or an Arabic question ends in "？" or "؟", and the title repeats it: the
    thread's name, as "…?" is. "该主题已关闭，无法回复" over the thread's unsigned replies is a
    state it keeps its posts through. Before, only "?" made a question heading a thread's name,
    and the closed line convicted the thread at 1.30 (review 25's r25-xiaohongshu-1 shape). The
    same question over "该主题已被删除" with nothing beneath is still gone."""
    posts = "<p>去年买的绣球今年只长叶子不开花，是不是修剪错了？</p><p>绣球大多在老枝上开花，秋天以后就不要再剪了，明年应该会好。</p><p>原来如此，今年冬天我不剪了，谢谢大家。</p>"
    pages = {
        "closed": ("zh.example", "/t/xiuqiu/20811", site_page("花园论坛", f"<h1>绣球花为什么不开花？</h1><div class='notice'>该主题已关闭，无法回复。</div>{posts}", "绣球花为什么不开花？ - 花园论坛", "zh")),
        "deleted": ("zh.example", "/t/yueji/20815", site_page("花园论坛", "<h1>月季叶子发黄怎么办？</h1><div class='notice'>该主题已被删除。</div>", "月季叶子发黄怎么办？ - 花园论坛", "zh")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["closed"][0] is LinkState.ALIVE, said["closed"]
    assert "over its own content under “绣球花为什么不开花？”" in said["closed"][1], said["closed"]
    assert said["deleted"][0] is LinkState.SOFT_DEAD, said["deleted"]
