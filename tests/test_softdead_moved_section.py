# ruff: noqa: E501  (pages written one a line: data)
"""A notice that this page's section or content now stands at a new address ("We've moved" over
"This section is now on our new site"), alone where the page stood with a link on: soft-dead in
the languages the moves book holds; the same words said of an office, a shop or another site, or
over the page's own content, live.

A site's "We've moved" is said of the site (a shop or a clinic says it too) and is no notice; the
line under it says it of the cited content ("Este contenido se encuentra ahora en nuestra nueva
web", "Bagian ini sekarang ada di situs baru kami"): the subject names the content (a page, a
section, a board) and the predicate puts it at a new place (moved; now at, on or in a new site).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from curator.classify.phrase_book import phrase_book
from curator.classify.retired import notice
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import states_of_pages

LANGUAGES = ("en", "es", "de", "fr", "it", "pt", "ru", "zh", "ko", "pl", "vi", "ca", "id", "uk")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_moves_book_reads_its_examples_and_not_its_look_alikes(lang: str) -> None:
    entry = phrase_book()["retired"][lang]
    for sentence in entry["examples"]:
        assert notice(sentence) is not None, sentence
    for sentence in entry["not"]:
        assert notice(sentence) is None, sentence


def _page(site: str, lang: str, main: str) -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title></head>"
        f"<body><header><a href='/'>{site}</a><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></header>"
        f"<main><div class='notice'>{main}</div></main>"
        f"<footer><p>© 2026 {site} · Privacy · Contact</p></footer></body></html>"
    )


def test_a_section_moved_to_a_new_site_is_soft_dead_and_a_move_of_a_place_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, each gone page here answered alive: the book had no ca, id or uk entry, no
    "section" (secció, розділ, 栏目, 게시판) among the content it names, and no "is now on our
    new site" said in es, de, fr, it, ru or ca. The reason quotes the statement."""
    pages = {
        "es-content": ("guias.example", "/guias/facturas", _page("Tallo", "es", "<h1>Nos hemos mudado</h1><p>Este contenido se encuentra ahora en nuestra nueva web.</p><p><a href='https://nueva.tallo.example/'>nueva.tallo.example</a></p>")),
        "ca-section": ("ajuntament.example", "/tramits/padro", _page("Ajuntament", "ca", "<h1>Aquesta secció s'ha traslladat</h1><p><a href='https://seu.ajuntament.example/'>Anar a la nova seu</a></p>")),
        "id-section": ("klinik.example", "/artikel/vaksin", _page("Klinik Sentosa", "id", "<h1>Kami sudah pindah</h1><p>Bagian ini sekarang ada di situs baru kami.</p><p><a href='https://baru.klinik.example/'>baru.klinik.example</a></p>")),
        "uk-section": ("osvita.example", "/batkam/shkola", _page("Відділ освіти", "uk", "<h1>Ми переїхали</h1><p>Цей розділ тепер на нашому новому сайті.</p><p><a href='https://osvita-new.example/'>osvita-new.example</a></p>")),
        "ko-board": ("cafe.example", "/board/free", _page("캠핑 카페", "ko", "<h1>게시판 이전 안내</h1><p>이 게시판은 새 커뮤니티로 이전되었습니다.</p><p><a href='https://community.example/free'>새 게시판으로 가기</a></p>")),
        "de-office": ("praxis.example", "/aktuelles/umzug", _page("Praxis Dr. Lenz", "de", "<h1>Wir sind umgezogen</h1><p>Unsere Praxis finden Sie jetzt in der Bahnhofstraße 7, direkt gegenüber der Apotheke.</p>")),
        "ca-office": ("vila.example", "/actualitat/oac", _page("Ajuntament", "ca", "<h1>L'Oficina d'Atenció Ciutadana s'ha traslladat</h1><p>Ara és al carrer Major, 14.</p>")),
        "id-clinic": ("klinik2.example", "/berita/pindah", _page("Klinik Sentosa", "id", "<h1>Kami sudah pindah</h1><p>Klinik kami sekarang ada di Jalan Melati No. 8.</p>")),
        "en-banner-over-page": ("help.example", "/articles/invite", _page("Brightloom Help", "en", "<p>We've moved! This section is now on our new help site as well.</p><h1>Invite teammates</h1><p>Open Settings, choose Team and click Invite. Enter one or more email addresses separated by commas, pick a role for each person and click Send invites.</p><h2>Expiry</h2><p>Invites expire after seven days; you can resend them from the same screen at any time.</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    gone = ("es-content", "ca-section", "id-section", "uk-section", "ko-board")
    assert {name: said[name] for name in gone if said[name][0] is not LinkState.SOFT_DEAD} == {}
    assert {n: s for n, s in said.items() if n not in gone and s[0] is not LinkState.ALIVE} == {}
    assert "“se encuentra ahora en nuestra nueva”" in said["es-content"][1], said["es-content"]


def test_a_vietnamese_forward_line_is_counted_in_words_not_syllables(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Vietnamese spaces its syllables: a forward line of twenty syllables is some thirteen
    words, a sentence of advice; before, it was read as twenty words of the item's and the
    moved page answered alive. A move banner over the page's own content stays live."""
    pages = {
        "vi-moved": ("tour.example", "/tour/ha-long-3-ngay", _page("Du lịch Vịnh", "vi", "<h1>Trang này đã chuyển sang địa chỉ mới</h1><p>Quý khách vui lòng truy cập trang web mới của công ty để xem lịch khởi hành và giá tour.</p>")),
        "vi-banner": ("benhvien.example", "/huong-dan/tiem-chung", _page("Bệnh viện Tỉnh", "vi", "<p>Trang này đã chuyển sang cổng thông tin mới; bản này được giữ đến tháng sáu.</p><h1>Hướng dẫn tiêm chủng cho trẻ</h1><p>Trẻ cần tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh. Lịch tiêm tiếp theo gồm vắc xin 6 trong 1 lúc 2, 3 và 4 tháng tuổi.</p><p>Phụ huynh mang theo sổ tiêm chủng khi đến phòng khám.</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["vi-moved"][0] is LinkState.SOFT_DEAD, said["vi-moved"]
    assert said["vi-banner"][0] is LinkState.ALIVE, said["vi-banner"]
