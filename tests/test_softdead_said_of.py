# ruff: noqa: E501  (pages written one a line: data)
"""A direct statement said of the item, weighed by what of the item stands beside it, through a
real run.

"This listing is no longer available", "ประกาศนี้หมดอายุแล้ว", "We're no longer accepting
applications" speak of the item, not of the page: over the item's own content (a flat's
description, photos and details; a job's description and salary; a product's specifications
and manual) under its name, the page is still good, whatever its title says; over nothing of it
but a line of help or other items' teasers, it is gone. "The page you requested could not be
found" speaks of the page and keeps its weight wherever it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.phrase_book import phrase_book
from curator.classify.said_of import said_of_item
from curator.classify.statement import Kind, Place, Statement
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

SIMILAR = "<h2>Similar properties</h2><div class='cards'><div><a href='/property/44180'><img src='/p/44180-1.jpg' alt='Terrace, Penzance'>Three-bed terrace, Penzance</a> £310,000</div><div><a href='/property/44191'><img src='/p/44191-1.jpg' alt='Cottage, Paul'>Cottage, Paul</a> £365,000</div></div>"


def test_a_statement_said_of_the_item_over_its_own_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A Thai listing under a title that gives only its number, an English one under the site's
    name, a German one whose description is in sentences with capitalised nouns (before, no
    prose to the measure), a job ad no longer taking applications and a Korean product's
    support page: each kept its item, and the reason says the statement is said of it."""
    pages = {
        "listing-th": ("th.example", "/listing/772104", site_page("บ้านดีดี", "<h1>คอนโด 1 ห้องนอน ใกล้รถไฟฟ้าพระราม 9</h1><p class='expired'>ประกาศนี้หมดอายุแล้ว</p><p>ห้องชุดชั้น 18 วิวเมือง ตกแต่งครบ พร้อมเฟอร์นิเจอร์และเครื่องใช้ไฟฟ้า เดินถึงสถานีรถไฟฟ้าใต้ดินพระราม 9 ภายในห้านาที</p><p><img src='/p/772104-1.jpg' alt='ห้องนั่งเล่น'><img src='/p/772104-2.jpg' alt='ห้องนอน'></p><dl><dt>ค่าเช่า</dt><dd>18,000 บาท/เดือน</dd><dt>พื้นที่</dt><dd>35 ตร.ม.</dd></dl>", "ประกาศ 772104 | บ้านดีดี", lang="th")),
        "listing-en": ("en.example", "/property/44170", site_page("Coastline Homes", "<h1>Two-bedroom cottage, Mousehole</h1><p class='status'>This listing is no longer available.</p><p>A granite fisherman's cottage two streets from the harbour, with a wood burner in the sitting room, a courtyard garden and sea views from the main bedroom.</p><p><img src='/p/44170-1.jpg' alt='Sitting room'><img src='/p/44170-2.jpg' alt='Harbour view'></p><dl><dt>Guide price</dt><dd>£395,000</dd><dt>Floor area</dt><dd>71 m²</dd></dl>", "Coastline Homes")),
        "job": ("j.example", "/vacancy/ref-HH-5512", site_page("Harbour Health Careers", "<h1>Community Nurse, Night Team</h1><p class='closed'>We're no longer accepting applications for this role.</p><h2>Job description</h2><p>Our night team visits patients at home across the harbour district between 22:00 and 07:00, giving end-of-life care, catheter and wound care, and support to carers who call our line.</p><dl><dt>Salary</dt><dd>£37,338 a year plus unsocial hours</dd><dt>Hours</dt><dd>30 a week</dd></dl>", "Vacancy HH-5512 | Harbour Health Careers")),
        "listing-de": ("de.example", "/s-anzeige/e-bike-cube-kathmandu/2281937", site_page("Kleinanzeigen Süd", "<h1>E-Bike Trekkingrad 28 Zoll, RH 54</h1><p class='hinweis'>Diese Anzeige ist abgelaufen.</p><h2>Beschreibung</h2><p>Gepflegtes Trekkingrad mit Bosch-Mittelmotor und 625-Wh-Akku, rund 3.200 km gelaufen, Inspektion im März. Gepäckträger, Schutzbleche und Ständer sind dabei, Rechnung vorhanden.</p><p><img src='/bilder/2281937-1.jpg' alt='Seitenansicht'><img src='/bilder/2281937-2.jpg' alt='Motor und Akku'></p>", "Cube Kathmandu Hybrid | Kleinanzeigen Süd", lang="de")),
        "product-ko": ("k.example", "/support/product/HB-A700", site_page("한빛전자 고객지원", "<h1>공기청정기 HB-A700</h1><p class='notice'>이 상품은 판매가 종료되었습니다.</p><table><tr><th>적용 면적</th><td>33 m²</td></tr><tr><th>소비 전력</th><td>45 W</td></tr><tr><th>소음</th><td>22 dB</td></tr></table><p><a href='/dl/HB-A700-manual.pdf'>HB-A700 사용 설명서 (PDF)</a></p>", "한빛전자 고객지원", lang="ko")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name, (_, reason) in said.items():
        assert "said of the item, not of the page" in reason, (name, reason)
        assert "the page is kept" in reason, (name, reason)


def test_the_same_statement_over_nothing_of_the_item_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same statements over a search link, other properties' teasers (linked, with their
    own photos and prices) and other jobs; and a not-found message said of the page over a
    table of the shop's products, which keeps its weight whatever stands beside it."""
    pages = {
        "listing-th": ("th.example", "/listing/772108", site_page("บ้านดีดี", "<h1>คอนโด 1 ห้องนอน ใกล้รถไฟฟ้าพระราม 9</h1><p class='expired'>ประกาศนี้หมดอายุแล้ว</p><p><a href='/search'>ค้นหาประกาศอื่น</a></p>", "ประกาศ 772108 | บ้านดีดี", lang="th")),
        "listing-en": ("en.example", "/property/44177", site_page("Coastline Homes", "<h1>Three-bedroom house, Newlyn</h1><p class='status'>This listing is no longer available.</p>" + SIMILAR, "Coastline Homes")),
        "job": ("j.example", "/jobs/88131", site_page("CareerDock", "<h1>Backend Engineer, Risk</h1><p class='closed'>This job is no longer accepting applications.</p><h2>Similar jobs</h2><ul><li><a href='/jobs/88140'>Backend Engineer, Ledger</a> London · £80,000–£92,000</li><li><a href='/jobs/88152'>Platform Engineer</a> Remote · £75,000–£85,000</li></ul>", "CareerDock")),
        "page": ("s.example", "/products/linen-apron-sage", site_page("Pine & Pebble", "<h1>Linen apron, sage</h1><p>The page you requested could not be found.</p><table><tr><th>Wool throw</th><td>£60</td></tr><tr><th>Oak board</th><td>£35</td></tr><tr><th>Stoneware mug</th><td>£14</td></tr></table>", "Pine & Pebble")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "the page is kept" not in reason, (name, reason)


def _direct(words: str) -> Statement:
    return Statement(Place.TEXT, Kind.DIRECT, "", words, 1.0, "early in a text")


def test_said_of_the_item_unless_it_names_the_page_the_address_or_the_request() -> None:
    for words in (
        "This listing is no longer available",
        "Diese Anzeige ist abgelaufen",
        "ประกาศนี้หมดอายุแล้ว",
        "Tento inzerát již není aktuální",
        "This job is no longer accepting applications",
    ):
        assert said_of_item(_direct(words), []), words
    for words in (
        "The page you requested",
        "This content isn't available",
        "Die gesuchte Seite existiert nicht",
        "La página que buscas no existe",
        "Ta strona nie istnieje",
        "Страница удалена",
        "ページが見つかりません",
        "页面不存在",
        "페이지를 찾을 수 없습니다",
        "The requested URL was not found",
    ):
        assert not said_of_item(_direct(words), []), words
    # the subject a phrase leaves out is read in its sentence: "お探しのページは" before it
    assert said_of_item(_direct("掲載は終了しました"), ["この物件の掲載は終了しました。"])
    assert not said_of_item(_direct("掲載は終了しました"), ["お探しのページの掲載は終了しました。"])
    # a bare code is only ever the page's
    assert not said_of_item(Statement(Place.TEXT, Kind.CODE, "", "404", 1.0, ""), [])


def test_every_page_word_of_the_phrase_book_makes_a_statement_the_page_s() -> None:
    """Each of the phrase book's ``page_words`` (the one data file for wordings) is read: a
    statement whose sentence holds one speaks of the page and keeps its weight."""
    words = phrase_book()["page_words"]
    spaced = [w.replace(r"\s+", " ") for group in words["spaced"] for w in group.split("|")]
    for word in spaced + words["unspaced"]:
        assert not said_of_item(_direct(f"{word} was removed"), []), word
    assert said_of_item(_direct("This listing was removed"), [])
