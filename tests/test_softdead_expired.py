# ruff: noqa: E501  (pages written one a line: data)
"""Links that expired: a shared, download, invitation or reset link, or a listing, whose page
now says only that it expired, through a real run.

The wordings are the phrase book's ``expired`` section (``gone_phrases.json``), read with the
``retired`` section by ``classify.retired``: a notice said of the link or offer itself, alone
where the item stood, is soft-dead. Pages about expiry stay alive: a session notice on a live
article, an offer that ends on a date, an article on expired domains, a passport-renewal guide,
medicine past its date, a help page quoting the message, a share page whose link expires in a
week, and an event page that has ended with its details still there. So do pages whose subject
is the event or sale that ended (review 13) and pages named "Expired".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from curator.classify.retired import gated, names_expiry, notice, state
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, site_page, states_of_pages

HTML = {"Content-Type": "text/html; charset=utf-8"}
BOOK: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)
SECTION: dict[str, Any] = BOOK["expired"]
LANGS = sorted(code for code in SECTION if code != "about")
# The sections ``classify.retired`` reads with the same rules as this one: a listing taken off
# sale (``delisted``, tests/test_softdead_delisted.py) is checked here the same way.
ENTRIES = [
    (section, code)
    for section in ("expired", "delisted")
    for code in sorted(BOOK[section])
    if code != "about"
]


def test_the_ten_most_used_languages_of_the_web_are_there() -> None:
    assert {"en", "es", "de", "ru", "ja", "fr", "pt", "it", "zh", "tr", "pl", "nl"} <= set(LANGS)


@pytest.mark.parametrize(("section", "lang"), ENTRIES)
def test_each_language_reads_its_examples_as_a_notice_and_not_its_look_alikes(
    section: str, lang: str
) -> None:
    """Each example is a notice said of the link itself (or, ``delisted``, of the listed item);
    each look-alike (a session that expired, an offer that ends on a date or ended, a passport
    or a medicine past its date, a bare "Expired"; a delivery or payment option withdrawn, a
    sale that ended) is not."""
    entry = BOOK[section][lang]
    assert len(entry["examples"]) >= 3 and len(entry["not"]) >= 3, lang
    for example in entry["examples"]:
        assert gated(example), (lang, example, "gate")
        assert notice(example) is not None, (lang, example)
    for sentence in entry["not"]:
        assert notice(sentence) is None, (lang, sentence, state(sentence))


def test_an_address_names_expiry_only_in_its_path() -> None:
    """A help article's slug names expiry; a share link's token, its query and its host do not."""
    assert names_expiry("https://help.example/articles/download-link-expired")
    assert names_expiry("https://dict.example/word/Expired")
    assert names_expiry("https://hilfe.example/artikel/link_abgelaufen")
    assert not names_expiry("https://files.example/s/8f3a9c2e71")
    assert not names_expiry("https://files.example/s/8f3a9c2e71?state=expired")
    assert not names_expiry("https://expired.example/s/8f3a9c2e71")


def test_a_link_or_offer_that_expired_with_nothing_left_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "share-en": ("e1.example", "/s/k3J9xQ2mPa", site_page("FileDrop", "<h2>This link has expired</h2><p>Ask the person who shared it for a new one.</p>")),
        "share-de": ("e2.example", "/s/Zt7wq1LmNc", site_page("Wolkenspeicher", "<p>Dieser Link ist abgelaufen.</p><p>Bitte fordern Sie einen neuen Link an.</p>", lang="de")),
        "share-zh": ("e3.example", "/s/1aB2cD3eF4g", site_page("云盘", "<p>该链接已过期</p><p>请联系分享者重新分享。</p>", lang="zh")),
        "listing-en": ("e4.example", "/ads/rowing-machine-8812", site_page("Swapit", "<h2>This listing has expired.</h2><p>See more ads near you.</p>")),
        "invite-es": ("e5.example", "/invitacion/7hd82kq", site_page("Reuniones", "<p>Este enlace ha caducado.</p><p>Pide una nueva invitación.</p>", lang="es")),
        "download-ru": ("e6.example", "/d/3kf92LmQ", site_page("Облако", "<p>Срок действия ссылки истёк.</p>", lang="ru")),
        # lang19: Danish, Norwegian and Hebrew shares (the book had no expired section for them)
        "share-da": ("e7.example", "/s/8f3kq2ZxW", site_page("Deledrev", "<h2>Dette link er udløbet</h2><p>Bed den person, der delte filen, om at sende et nyt link.</p>", lang="da")),
        "share-nb": ("e8.example", "/s/Lk29vPq7", site_page("Delingsboks", "<p>Denne lenken har utløpt.</p><p>Be avsenderen om en ny lenke.</p>", lang="nb")),
        "share-sv": ("e10.example", "/s/k3J9xQ2mPa", site_page("Molnlåda", "<h2>Länken har gått ut</h2><p>Be personen som delade filen att skicka en ny länk.</p>", lang="sv")),
        "share-ar": ("e11.example", "/s/Rb6nYt3K", site_page("مشاركة الملفات", "<h2>انتهت صلاحية هذا الرابط</h2><p>اطلب من المرسل مشاركة الملف مرة أخرى.</p>", lang="ar")),
        "share-vi": ("e12.example", "/s/Hn4kLp9Q", site_page("Chia Sẻ Tệp", "<p>Liên kết này đã hết hạn.</p><p>Hãy đề nghị người gửi chia sẻ lại tệp.</p>", lang="vi")),
        "share-he": ("e9.example", "/s/Qm7x2LpA", site_page("שיתוף קבצים", "<h2>תוקף הקישור פג</h2><p>בקשו מהשולח לשתף את הקובץ שוב.</p>", lang="he")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "and nothing of it is left" in reason, (name, reason)


def test_pages_about_expiry_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "session": ("x1.example", "/news/2024/tide-gates-explained", site_page("Harbour Post", "<h1>How the new tide gates work</h1><p>Your session has expired. Please sign in again to comment.</p>" + PROSE * 2, "How the new tide gates work | Harbour Post")),
        "offer-date": ("x2.example", "/products/lumbar-cushion", site_page("Lumbar Store", "<h1>Memory foam lumbar cushion</h1><p>Supports the lower back on office chairs. £34.90.</p><p>The offer expires on 1 May.</p>", "Memory foam lumbar cushion – Lumbar Store")),
        "domains": ("x3.example", "/blog/expired-domains-for-sale", site_page("Web Notes", "<h1>Expired domains for sale: worth buying?</h1><p>When a domain has expired and its owner did not renew it, it goes to auction.</p>" + PROSE, "Expired domains for sale | Web Notes")),
        "passport": ("x4.example", "/passports/renew-expired", site_page("Citizen Services", "<h1>Renew an expired passport</h1><p>If your passport has expired, you can still renew it online.</p>", "Renew an expired passport")),
        "medicine-de": ("x5.example", "/ratgeber/abgelaufene-medikamente", site_page("Gesundheit", "<h1>Abgelaufene Medikamente</h1><p>Ist das Haltbarkeitsdatum abgelaufen, gehören Tabletten in die Apotheke.</p>", lang="de")),
        "if-expired": ("x10.example", "/help/verification-code", site_page("Bank", "<h1>Verification codes</h1><p>If your code has expired, request a new one.</p>")),
        "help": ("x6.example", "/help/reset-link-expired", site_page("Docs", "<h1>Why does my reset link say it has expired?</h1><p>If you see “This link has expired”, the link was older than one hour. Request a new one from the sign-in page.</p>")),
        "expires-soon": ("x7.example", "/s/Qp83mZk2Lr", site_page("FileDrop", "<h1>quarterly-report.pdf</h1><p>This link expires in 7 days.</p><p><a href='/s/Qp83mZk2Lr/quarterly-report.pdf'>Download quarterly-report.pdf</a></p>")),
        "event-kept": ("x8.example", "/e/harbour-jazz-picnic-2025", site_page("Gatherly", "<h1>Harbour Jazz Picnic 2025</h1><p>This event has ended.</p><p>Sunday 6 July 2025, West Lawn, Kingsport. Line-up: The Quayside Trio, Mara Fenn, Southbank Swing. Tickets were £20.</p>")),
        # lang19: a session and a promotion in languages whose expired section is new
        "session-id": ("x11.example", "/berita/2026/11/pelabuhan-baru", site_page("Kabar Pesisir", "<h1>Pelabuhan baru dibuka di Lamongan</h1><p>Sesi Anda telah kedaluwarsa. Silakan masuk kembali untuk berkomentar.</p>" + PROSE, lang="id")),
        "promo-th": ("x12.example", "/product/kettle-ek-17", site_page("บ้านสวย", "<h1>กาต้มน้ำไฟฟ้า EK-17</h1><p>โปรโมชั่นนี้หมดอายุแล้ว</p><p>฿890</p><p>กาต้มน้ำสแตนเลสความจุ 1.7 ลิตร ตัดไฟอัตโนมัติเมื่อน้ำเดือด</p>", lang="th")),
        "food-zh": ("x9.example", "/shenghuo/guoqi-shipin", site_page("健康生活", "<h1>食品过期了还能吃吗？</h1><p>食品过期后，营养和口感都会下降，部分食品还可能滋生细菌。</p>", lang="zh")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_an_event_or_sale_that_ended_and_a_page_named_expired_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Review 13's false alarms: a past festival, an auction lot with its winning bid, a shop's
    news that its sale ended, an event recap, a campaign or an offer that ended is news about it,
    not a link that expired; a bare "Expired" heading or badge is a name (a dictionary's
    headword, a photo's title, a song's lyrics, a voucher list's badge), not a notice; a help
    page at an address that names expiry is about it (an address is made before its link
    expires)."""
    pages = {
        "past-event": ("y1.example", "/events/harbour-lights-festival-2025", site_page("Harbour Trust", "<h1>Harbour Lights Festival 2025</h1><p>This event has ended.</p><p>12–14 September 2025, Leith Shore.</p><img src='/img/ev/2291.jpg' alt=''>", "Harbour Lights Festival 2025 | Harbour Trust")),
        "auction-lot": ("y2.example", "/lots/victorian-brass-telescope", site_page("Harbour Auctions", "<h1>Lot 42: Victorian brass telescope</h1><img src='/img/lots/42.jpg' alt=''><p>This auction has ended.</p><p>Winning bid: £420</p>", "Lot 42: Victorian brass telescope | Harbour Auctions")),
        "sale-ja": ("y3.example", "/news/winter-sale-owari", site_page("カデンショップ", "<h1>冬のセール終了のお知らせ</h1><p>冬のセールは終了しました。たくさんのご来店ありがとうございました。</p>", "冬のセール終了のお知らせ | カデンショップ", lang="ja")),
        "recap-zh": ("y4.example", "/huodong/zhongqiu-denghui-2025", site_page("精品商城", "<h1>2025中秋灯会回顾</h1><p>本次活动已结束，感谢大家的参与！</p><img src='/img/hd/1.jpg' alt=''>", "2025中秋灯会回顾 - 精品商城", lang="zh")),
        "aktion-de": ("y5.example", "/aktuelles/pflanzentausch-fruehling", site_page("Grünes Haus", "<h1>Pflanzentausch im Frühling</h1><p>Die Aktion ist beendet. Vielen Dank an alle, die mitgemacht haben!</p>", "Pflanzentausch im Frühling | Grünes Haus", lang="de")),
        "offre-fr": ("y6.example", "/breves/2026/03/cheque-energie-fin", site_page("Le Journal", "<h1>Chèque énergie : l'offre est terminée</h1><p>Le dispositif a pris fin le 31 mars.</p>", "Chèque énergie : l'offre est terminée | Le Journal", lang="fr")),
        "dictionary": ("y7.example", "/word/expired", site_page("Wordhoard", "<h1>Expired</h1><p><i>adjective</i> No longer valid; past its end date.</p>", "expired - Wordhoard dictionary")),
        "photo": ("y8.example", "/photo/expired-parking-meter", site_page("SnapHarbor", "<h1>Expired</h1><img src='/i/9931.jpg' alt=''><p>Leith Walk, March 2026.</p>", "Expired | SnapHarbor")),
        "voucher-badge": ("y9.example", "/stores/kettleworks-vouchers", site_page("DealHound", "<h1>Kettleworks vouchers</h1><p>Expired</p><p>10% off copper pans.</p>", "Kettleworks vouchers | DealHound")),
        "help-heading": ("y11.example", "/articles/download-link-expired", site_page("Notely Help", "<h1>Download link expired</h1><p>Sign in and open Orders to get a fresh link.</p>", "Download link expired | Notely Help")),
        "lyrics": ("y10.example", "/lyrics/the-harbour-band/expired", site_page("LyricBox", "<h1>Expired</h1><p>The Harbour Band</p><p>Lyrics not yet available.</p>", "Expired – The Harbour Band | LyricBox")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
