# ruff: noqa: E501  (pages written one a line: data)
"""A page's notice that it moved, alone where the page stood: soft-dead in every language the
moves book holds, and the same words about something else, or over the page's own content, live.

A moved notice says where the page went ("Este serviço mudou de endereço", "홈페이지를
이전했습니다", "Trang này đã chuyển sang địa chỉ mới", "This page is now part of the new
services site") and leaves the reader a line forward at most. A template's prompt about the page
("Was this page useful? Yes No") is the site's chrome, not the item's content, so it does not
keep such a page alive.
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

MOVES = ("en", "pt", "ja", "zh", "ru", "vi", "ko")


@pytest.mark.parametrize("lang", MOVES)
def test_the_moves_book_reads_its_examples_and_not_its_look_alikes(lang: str) -> None:
    entry = phrase_book()["retired"][lang]
    assert entry["moves"], lang
    for sentence in entry["examples"]:
        assert notice(sentence) is not None, sentence
    for sentence in entry["not"]:
        assert notice(sentence) is None, sentence


def _portal(site: str, lang: str, main: str, prompt: str = "Was this page useful?") -> str:
    """A portal's page: its main area ends in a prompt about the page, drawn on every page."""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{site}</title></head>"
        f"<body><header><a href='/'>{site}</a><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></header>"
        f"<main><div class='body'>{main}</div><div class='feedback'><p>{prompt}</p>"
        "<button>Yes</button><button>No</button></div></main>"
        f"<footer><p>© 2026 {site} · Privacy · Accessibility</p></footer></body></html>"
    )


def test_a_moved_notice_alone_is_soft_dead_and_a_move_reported_or_bannered_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Before, each gone page here answered alive: "mudou de endereço" was said of a service
    (the book's nouns lacked it), ko and vi had no moves, "is now part of the new …" was no
    statement, and the feedback prompt's four words put the Portuguese line over the forward
    line's allowance. The reason quotes the notice for the editor to repoint the source."""
    pages = {
        "pt-service": ("portal.example", "/servicos/licenca-de-pesca", _portal("Portal do Munícipe", "pt", "<h1>Este serviço mudou de endereço</h1><p>Os pedidos de licença de pesca passaram a ser feitos no portal novo.</p>", "Esta página foi útil?")),
        "en-part-of": ("services.example", "/permits/street-stall", _portal("City Services", "en", "<h1>We have moved!</h1><p>This page is now part of the new permits site. You will be taken there shortly.</p>")),
        "ko-homepage": ("bakery.example", "/order/cakes", _portal("달빛제과", "ko", "<h1>홈페이지를 이전했습니다</h1><p>새 홈페이지에서 주문해 주세요.</p>", "도움이 되었나요?")),
        "vi-page": ("tour.example", "/tour/ha-long-2-ngay", _portal("Du lịch Vịnh", "vi", "<h1>Trang này đã chuyển sang địa chỉ mới</h1><p>Mời bạn xem tour tại trang mới.</p>", "Trang này có hữu ích không?")),
        "en-banner-over-page": ("services.example", "/permits/busking", _portal("City Services", "en", "<p class='note'>This page is now part of the new permits site; this copy stays until June.</p><h1>Busking permits</h1><p>You need a permit to perform in the market square. It lasts a year and costs nothing for under-18s.</p><h2>How to apply</h2><p>Fill in the form at the library desk with a photo and the instruments you play.</p>")),
        "ko-office-moved": ("tax.example", "/notice/office", _portal("한빛세무회계", "ko", "<h1>사무실 이전 안내</h1><p>사무실을 강남구 테헤란로 152로 이전했습니다. 전화 02-555-0142.</p>", "도움이 되었나요?")),
        "en-weve-moved-shop": ("bakery-en.example", "/news/weve-moved", _portal("Sugar Loaf Bakery", "en", "<h1>We've moved!</h1><p>Find us at our new shop on Mill Lane, right beside the station.</p>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    gone = ("pt-service", "en-part-of", "ko-homepage", "vi-page")
    assert {name: said[name] for name in gone if said[name][0] is not LinkState.SOFT_DEAD} == {}
    assert {n: s for n, s in said.items() if n not in gone and s[0] is not LinkState.ALIVE} == {}
    assert "“mudou de endereço”" in said["pt-service"][1], said["pt-service"]
    assert "“is now part of”" in said["en-part-of"][1], said["en-part-of"]
