"""Pages that name an error without being one, through a real run: a local web, fetch, inspect,
the probe, classify.

An article illustrated with a screenshot of an error page, a gallery of 404-page designs and a
poster named "Not Found" describe pictures of the error; a how-to titled with the error and its
causes or fixes explains it. Each stays alive; a real not-found page of a site whose name is a
remedy word is still gone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, route_states, site_page


def test_pictures_of_an_error_on_a_live_page_keep_it_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        # an article whose screenshot is of an error page: its prose is the page
        ("craft.example", "Web Craft", "<h1>Designing a helpful 404 page</h1><img src='/s.png' "
         "alt='Page not found'><p>Our old error page, and what we changed.</p>" + PROSE * 2),
        # a gallery of error-page designs: the names describe pictures of the error
        ("pixels.example", "Pixel Shelf", "<h1>12 playful 404 pages</h1><img src='/1.png' "
         "alt='Page not found illustration by Ana Ruiz'><img src='/2.png' alt='Error 404 with "
         "a sleepy cat by Mia Chen'>"),
        # a poster named like an error, on sale
        ("prints.example", "Print Shed", "<h1>Not Found art print</h1><img src='/p.jpg' "
         "alt='Not Found art print, black on cream'><p>£18.00</p><p>A3 giclée print.</p>"),
        # a museum's object page: the alt says what the poster reads
        ("museum.example", "Museum für Gestaltung", "<h1>Plakat „Seite nicht gefunden“</h1>"
         "<img src='/o.jpg' alt='Plakat mit der Aufschrift Seite nicht gefunden'><p>Siebdruck, "
         "84 × 59 cm.</p>"),
        # an illustrator's work for an error page, described in Japanese
        ("illust.example", "イラスト帳", "<h1>404ページ用イラスト</h1><img src='/w.png' "
         "alt='ページが見つかりませんの画面用イラスト'><p>制作：2024年</p>"),
    ]  # fmt: skip
    urls = [
        web.add(host, f"/p/{52300 + n}", body=site_page(site, main))
        for n, (host, site, main) in enumerate(pages)
    ]
    for state, reason in route_states(tmp_path, web, fast_settings, urls):
        assert state is LinkState.ALIVE, reason


def test_a_how_to_titled_with_the_error_and_its_causes_or_fixes_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = [
        ("ja.example", "404エラー（ページが見つかりません）の原因と対処法", "<p>「404 Not Found」と"
         "表示されたら、まずURLを確認しましょう。</p>", "ja"),
        ("zh.example", "页面不存在的原因及解决方法", "<p>出现404多半是链接写错或者文章被删除。</p>"
         "<p>先检查链接。</p>", "zh"),
        ("es.example", "Página no encontrada: cómo solucionar el error 404", "<p>Revisa la "
         "dirección y recarga la página.</p>", "es"),
        ("de.example", "Seite nicht gefunden (404) – Ursachen und Lösungen", "<p>Prüfen Sie "
         "die Adresse im Browser.</p>", "de"),
        # a real not-found page of a site whose name is a remedy word is still gone
        ("en.example", "Page not found", "<p>Sorry, the page you were looking for does not "
         "exist.</p>", "en"),
    ]  # fmt: skip
    _four_how_tos_then_an_error(tmp_path, web, fast_settings, "Fix-It Help", pages, 61700)


def _four_how_tos_then_an_error(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    site: str,
    pages: list[tuple[str, str, str, str]],
    first: int,
) -> None:
    """Five pages (host, heading, main, language) of ``site`` checked in one route: the first
    four alive as how-tos about the error, the fifth (the site's not-found page) gone."""
    urls = [
        web.add(
            host,
            f"/p/{first + n}",
            body=site_page(site, f"<h1>{heading}</h1>{main}", f"{heading} | {site}", lang),
        )
        for n, (host, heading, main, lang) in enumerate(pages)
    ]
    states = route_states(tmp_path, web, fast_settings, urls)
    for state, reason in states[:4]:
        assert state is LinkState.ALIVE, reason
        assert "how-to" in reason, reason
    assert states[4][0] is LinkState.SOFT_DEAD, states[4][1]


def test_a_heading_asking_what_a_status_code_is_makes_the_page_an_explainer(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A title or heading asking what a code is or means ("ข้อผิดพลาด 404 คืออะไร", "Что такое
    ошибка 404", "ما هو الخطأ 404؟") over a short article naming its causes ("หน้าถูกลบ",
    "удалённая статья"): the statements describe the error the page explains. Before, only
    the words of causes and fixes made a how-to, and the causes convicted the page. The same
    site's not-found page, which asks the same and answers it to the visitor ("Страница,
    которую вы ищете, не существует на нашем сайте"), is still gone."""
    pages = [
        ("th.example", "ข้อผิดพลาด 404 คืออะไร", "<p>ข้อผิดพลาด 404 แปลว่าไม่พบหน้า</p>"
         "<p>สาเหตุ: พิมพ์ลิงก์ผิด หรือหน้าถูกลบไปแล้ว</p>", "th"),
        ("ru.example", "Что такое ошибка 404", "<p>Страница не найдена: так сервер "
         "отвечает на адрес, которого нет.</p><p>Причины: опечатка в ссылке или удалённая "
         "статья.</p>", "ru"),
        ("ar.example", "ما هو الخطأ 404؟", "<p>الخطأ 404 يعني أن الصفحة غير موجودة.</p>"
         "<p>الأسباب: رابط مكسور أو صفحة محذوفة.</p>", "ar"),
        ("hi.example", "404 एरर क्या है", "<p>404 एरर का मतलब है पेज नहीं मिला।</p>"
         "<p>कारण: गलत लिंक या हटाया गया पेज।</p>", "hi"),
        # the site's own not-found page asks the same and answers it to the visitor
        ("ru.example", "Что означает ошибка 404?", "<p>Страница, которую вы ищете, не "
         "существует на нашем сайте.</p><p><a href='/'>На главную</a></p>", "ru"),
    ]  # fmt: skip
    _four_how_tos_then_an_error(tmp_path, web, fast_settings, "Web Notes", pages, 61800)
