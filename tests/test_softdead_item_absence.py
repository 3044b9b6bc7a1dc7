# ruff: noqa: E501  (pages written one a line: data)
"""An item's absence said of the item, in the web's main languages (``gone_phrases.json``'s
``items``, read by ``classify.clauses``).

"Course not found", "Cette annonce a été vendue ou supprimée", "Товар не найден или снят с
продажи", "このお店は閉店しました", "ไม่พบสินค้า": a noun of the item joined to a predicate of its
absence, in the language's order. Each language's examples must be read as such a clause and its
look-alikes must not: the item still there in another colour, shop or month ("no longer
available in blue", "Sold out — back in May", "chwilowo niedostępny", "在庫切れ"), an item taken
out of the visitor's basket, a seller's act told in a review, a hotel that closed years ago in a
news story. Through a real run, a gone item page and its live twin in the same template for each
group of languages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from curator.classify import clauses
from curator.classify.phrase_book import phrase_book
from curator.classify.restriction import restriction
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

BOOK: dict[str, Any] = phrase_book()["items"]
LANGUAGES = sorted(code for code in BOOK if code != "about")


def _items(text: str) -> list[str]:
    """The item clauses of ``text`` said of the item itself: one whose sentence restricts it to
    a variant, a channel, a region or a time ("no longer available in blue") is not."""
    return [
        text[c.start : c.end]
        for c in clauses.clauses(text)
        if c.item and restriction(text, c.start, c.end, c.lang, within=True) is None
    ]


def test_the_item_book_covers_the_web_s_main_languages_each_beside_its_clause_book() -> None:
    assert {
        "en", "es", "de", "fr", "ja", "ru", "pt", "it", "zh", "pl", "tr", "nl", "ko", "vi",
        "id", "ar", "fa", "uk", "cs", "sv", "th", "hi",
        # lang19: the Nordic, central and eastern European, Hebrew and Malay entries
        "da", "nb", "fi", "is", "hu", "ro", "sk", "hr", "bg", "el", "he", "ms",
        # lang20: the Baltic languages, Serbian (Cyrillic; its Latin is read by hr's entry),
        # Slovenian, Macedonian, Albanian, Catalan, Swahili and Tagalog
        "lt", "lv", "et", "sr", "sl", "mk", "sq", "ca", "sw", "tl",
    } <= set(LANGUAGES)  # fmt: skip
    # an item's nouns and predicates join the clause book's entry for the language
    assert set(LANGUAGES) <= {language.code for language in clauses.concepts()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_example_is_an_items_absence_and_each_look_alike_is_not(lang: str) -> None:
    entry = BOOK[lang]
    assert len(entry["examples"]) >= 3 and len(entry["not"]) >= 2, lang
    for example in entry["examples"]:
        assert any(word in example.lower() for word in entry["gate"]), (lang, example, "gate")
        found = [c for c in clauses.clauses(example) if c.item]
        assert found and found[0].lang == lang, (lang, example)
    for sentence in entry["not"]:
        assert _items(sentence) == [], (lang, sentence)


def test_an_items_predicate_says_nothing_of_anything_but_an_item() -> None:
    """Item predicates ("sold", "closed") said of "here" or of a thing no item noun names make
    no clause; a noun and its predicate in two sentences, or far apart, make none either."""
    assert _items("Tickets sold here.") == []
    assert _items("This photograph was sold at auction in 2019.") == []
    assert _items("Read about this product. Our old page has been removed.") == []
    assert _items("The product we reviewed last spring, the blue one, was not found wanting.") == []
    assert _items("Product not found") == ["Product not found"]


GONE = {
    # Latin-script western Europe
    "en": ("s.example", "/learn/courses/data-pipelines-201", site_page("Academy", "<h1>Course not found</h1><p><a href='/learn/courses'>Browse all courses</a></p>", "Course not found | Academy")),
    "fr": ("f.example", "/annonces/velo-cargo-90411", site_page("Annonces", "<p>Cette annonce a été vendue ou supprimée.</p><p><a href='/annonces'>Retour aux annonces</a></p>", lang="fr")),
    # eastern Europe and Turkey
    "ru": ("r.example", "/catalog/product/chainik-tm-1700", site_page("ТехноМаркет", "<h2>Товар не найден или снят с продажи</h2><p><a href='/catalog'>Перейти в каталог</a></p>", lang="ru")),
    "pl": ("p.example", "/produkt/odkurzacz-ov-300", site_page("Sklep Domowy", "<h1>Odkurzacz OV-300</h1><p>Produkt wycofany ze sprzedaży.</p><p><a href='/odkurzacze'>Zobacz inne odkurzacze</a></p>", lang="pl")),
    # east Asia
    "ja": ("j.example", "/rst/tokyo/13088120", site_page("グルメナビ", "<h1>洋食キッチン マル</h1><p>このお店は閉店しました。</p><p><a href='/rst/tokyo'>近くのお店を探す</a></p>", lang="ja")),
    # south and south-east Asia, the Middle East
    "th": ("t.example", "/product/pan-ps-24", site_page("ช้อปดี", "<p>ไม่พบสินค้าที่คุณต้องการ</p><p><a href='/products'>ดูสินค้าอื่น</a></p>", lang="th")),
    "ar": ("a.example", "/store/product/coffee-maker-cm-12", site_page("المتجر", "<p>المنتج غير متوفر أو تم حذفه.</p><p><a href='/store'>العودة إلى المتجر</a></p>", lang="ar")),
    # lang19: languages the item book lacked, each gone page missed before it
    "da": ("d.example", "/annonce/sofabord-eg-88213", site_page("Genbrugsmarkedet", "<p>Annoncen er ikke længere aktiv.</p><p><a href='/soeg'>Se lignende annoncer</a></p>", lang="da")),
    "fi": ("fi.example", "/tuote/kahvinkeitin-kk-12", site_page("Kotipuoti", "<h1>Tuotetta ei löytynyt</h1><p><a href='/tuotteet'>Selaa tuotteita</a></p>", lang="fi")),
    "hu": ("h.example", "/termek/kavefozo-kf-300", site_page("Otthon Webáruház", "<p>A termék nem található.</p><p><a href='/termekek'>Vissza a termékekhez</a></p>", lang="hu")),
    "hr": ("hr.example", "/oglas/bicikl-gradski-20331", site_page("Oglasnik Split", "<p>Oglas više nije aktivan.</p><p><a href='/bicikli'>Pogledajte slične oglase</a></p>", lang="hr")),
    "he": ("he.example", "/item/sapa-tlat-moshavit-55201", site_page("לוח יד שנייה", "<p>המודעה כבר לא קיימת.</p><p><a href='/search'>מודעות דומות</a></p>", lang="he")),
    # lang20: the languages the item book still lacked, and wordings lang19's left out
    "lt": ("lt.example", "/preke/kavinukas-kv-12", site_page("Namų Prekės", "<h1>Prekė nerasta</h1><p><a href='/prekes'>Grįžti į parduotuvę</a></p>", lang="lt")),
    "lv": ("lv.example", "/sludinajums/dzivoklis-7710", site_page("Dzīvokļi Rīgā", "<p>Sludinājums vairs nav aktīvs.</p><p><a href='/dzivokli'>Līdzīgi dzīvokļi</a></p>", lang="lv")),
    "sr": ("sr.example", "/oglas/bicikl-44120", site_page("Огласи Нови Сад", "<p>Оглас више није активан.</p><p><a href='/bicikli'>Слични огласи</a></p>", lang="sr")),
    "mk": ("mk.example", "/products/kafemat-km-12", site_page("Дом Шоп", "<h1>Производот не е пронајден</h1><p><a href='/collections/all'>Продолжете со купување</a></p>", lang="mk")),
    "sq": ("sq.example", "/produkt/furre-fm-20", site_page("Dyqani i Shtëpisë", "<h1>Produkti nuk u gjet</h1><p><a href='/produkte'>Kthehu te produktet</a></p>", lang="sq")),
    "bg": ("bg.example", "/produkt/kafemashina-km-15", site_page("Дом Маркет", "<p>Този продукт вече не се продава.</p><p><a href='/produkti'>Към всички продукти</a></p>", lang="bg")),
}  # fmt: skip

LIVE = {
    "en": ("s.example", "/products/desk-lamp-d21", site_page("Academy", "<h1>D21 Desk Lamp</h1><p>This product is no longer available in blue.</p><p>£39.00</p><p>An adjustable LED desk lamp with a weighted base, three colour temperatures and a USB-C port for charging a phone.</p><ul><li>Height 48 cm</li><li>Power 8 W</li></ul>", "D21 Desk Lamp | Academy")),
    "fr": ("f.example", "/panier", site_page("Annonces", "<h1>Votre panier</h1><p>L'article a été retiré de votre panier.</p><table><tr><td>Atlas</td><td>1</td><td>24,00 €</td></tr><tr><td>Carnet</td><td>2</td><td>18,00 €</td></tr></table><p>Total 42,00 €</p>", "Votre panier", lang="fr")),
    "ru": ("r.example", "/catalog/product/chainik-tm-1800", site_page("ТехноМаркет", "<h1>Чайник ТМ-1800</h1><p>Этот товар временно отсутствует на складе. Ожидается поступление в мае.</p><p>2 490 ₽</p><p>Электрический чайник из нержавеющей стали объёмом 1,8 литра с защитой от перегрева и подсветкой.</p><ul><li>Мощность 2200 Вт</li><li>Объём 1,8 л</li></ul>", "Чайник ТМ-1800 — ТехноМаркет", lang="ru")),
    "pl": ("p.example", "/produkt/odkurzacz-ov-400", site_page("Sklep Domowy", "<h1>Odkurzacz OV-400</h1><p>Produkt chwilowo niedostępny.</p><p>599 zł</p><p>Odkurzacz bezworkowy z filtrem HEPA, cichą pracą i zestawem ssawek do podłóg, tapicerki i szczelin.</p><ul><li>Moc 700 W</li><li>Pojemność 2 l</li></ul>", "Odkurzacz OV-400 | Sklep Domowy", lang="pl")),
    "ja": ("j.example", "/cart", site_page("グルメナビ", "<h1>ショッピングカート</h1><p>商品をカートから削除しました。</p><table><tr><td>電気ケトル EK-20</td><td>1</td><td>5,980円</td></tr><tr><td>トースター TS-1</td><td>1</td><td>4,280円</td></tr></table><p>合計 10,260円</p>", "ショッピングカート", lang="ja")),
    "th": ("t.example", "/2026/11/hotel-reopens", site_page("ข่าว", "<h1>โรงแรมเก่าแก่กลับมาเปิดอีกครั้ง</h1><p>โรงแรมเก่าแก่ที่ปิดตัวไปในปี 2541 จะกลับมาเปิดให้บริการอีกครั้งในเดือนหน้า หลังจากการบูรณะนานกว่ายี่สิบปี ห้องพักทั้ง 40 ห้องตกแต่งด้วยเฟอร์นิเจอร์ดั้งเดิม</p>", "โรงแรมเก่าแก่กลับมาเปิดอีกครั้ง", lang="th")),
    "ru-report": ("n.example", "/news/2026/11/12/kvartira", site_page("Новости Казани", "<p>Объявление о продаже было удалено через час после публикации, сообщили в компании.</p><p>Покупатели успели оставить десятки откликов.</p>", "Новости Казани", lang="ru")),
    "ar": ("a.example", "/store/product/coffee-maker-cm-30", site_page("المتجر", "<h1>صانعة قهوة CM-30</h1><p>هذا اللون غير متوفر حاليا، الألوان الأخرى متاحة.</p><p>299 ر.س</p><p>صانعة قهوة بسعة 1.2 لتر مع مؤقت وخاصية الحفاظ على الحرارة وإبريق زجاجي مقاوم للحرارة.</p><ul><li>القدرة 1000 واط</li><li>السعة 12 كوب</li></ul>", "صانعة قهوة CM-30", lang="ar")),
    # lang20: one size or one channel, and a report whose sentence goes on to say when and who
    "lv": ("lv.example", "/prece/peldmetelis", site_page("Mājas Veikals", "<h1>Kokvilnas peldmētelis</h1><p>Prece vairs nav pieejama izmērā XL.</p><p>34,90 €</p><p>Mīksts peldmētelis no 100% kokvilnas ar divām kabatām un jostu. Izmēri S, M un L ir noliktavā.</p>", "Kokvilnas peldmētelis | Mājas Veikals", lang="lv")),
    "mk": ("mk.example", "/products/blender-b-500", site_page("Дом Шоп", "<h1>Блендер Б-500</h1><p>Производот повеќе не е достапен во продавниците, само онлајн.</p><p>2.990 ден.</p><p>Блендер со стаклен сад од 1,5 литри, пет брзини и функција за мелење мраз.</p>", "Блендер Б-500 | Дом Шоп", lang="mk")),
    "lt-report": ("lt.example", "/naujienos/2026/11/apgavikas", site_page("Kauno Diena Plius", "<p>Skelbimas buvo pašalintas po valandos, pranešė policija.</p><p>Iki tol su skelbėju spėjo susisiekti dešimtys nuomininkų.</p>", "Kauno Diena Plius", lang="lt")),
    "sr-report": ("sr.example", "/vesti/2026/11/prevara", site_page("Novosadski Dnevnik", "<p>Oglas je uklonjen sat vremena kasnije, saopštila je policija.</p><p>Do tada su se oglašivaču javile desetine zainteresovanih.</p>", "Novosadski Dnevnik", lang="sr")),
}  # fmt: skip


def test_an_items_absence_is_the_page_saying_the_item_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A course, a listing, a product, a restaurant whose page says only that it is not found,
    sold or removed, withdrawn from sale or closed, over a way back: each is soft-dead, with
    the item's absence in the reason (before, none of these wordings was read at all)."""
    said = states_of_pages(tmp_path, web, fast_settings, GONE)
    for lang, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (lang, reason)
        assert "the item is gone" in reason, (lang, reason)


def test_its_live_twin_in_the_same_template_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The same templates with the item there: no longer available in one colour, out of stock
    for a month, taken out of the visitor's basket, a hotel that closed years ago and reopens;
    and a report whose sentence goes on to say when and who ("удалено через час после
    публикации, сообщили в компании")."""
    said = states_of_pages(tmp_path, web, fast_settings, LIVE)
    for lang, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (lang, reason)


def test_praise_a_visitors_complaint_and_a_relative_clause_are_no_notice(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A review's "We couldn't find a better hotel" (any such hotel, not the item), a forum
    thread's "I can't find the product I ordered" (the visitor speaks; a site says "we"), a
    headline whose closed shop is the object of another verb ("閉店した店舗を…"): live. The
    same words said of the item stay a notice: "We couldn't find that hotel", "存在しない商品です"."""
    live = {
        "praise": ("tq.example", "/2026/02/shore-hotel-review/", site_page("Travel Quay", "<h1>We couldn't find a better hotel in Leith</h1><p>Three nights at the Shore: sea views, a quiet bar and breakfast until eleven.</p>", "Shore Hotel review | Travel Quay")),
        "praise-fr": ("mp.example", "/2026/02/restaurant-nantes/", site_page("Manger au Port", "<h1>Impossible de trouver un meilleur restaurant à Nantes</h1><p>Poisson du jour, beurre blanc et service souriant.</p>", lang="fr")),
        "complaint": ("hd.example", "/t/cant-find-the-product-i-ordered/5120", site_page("Harbour Dev", "<h1>I can't find the product I ordered</h1><p>My order 5512 shows as shipped but the tracking page is blank. Anyone else?</p>", "I can't find the product I ordered - Harbour Dev")),
        "relative-clause": ("us.example", "/articles/20260305-coworking", site_page("海の新聞", "<h1>閉店した店舗をシェアオフィスに</h1><p>駅前の空き店舗が来月、シェアオフィスとして生まれ変わる。</p>", lang="ja")),
    }  # fmt: skip
    gone = {
        "hotel": ("tb.example", "/hotels/leith/shore-hotel-4411", site_page("TripBook", "<h1>We couldn't find that hotel</h1><p><a href='/hotels/leith'>See hotels in Leith</a></p>")),
        "ja": ("js.example", "/item/8841203", site_page("ショップ", "<p>存在しない商品です。</p><p><a href='/'>トップへ</a></p>", lang="ja")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, {**live, **gone})
    for name in live:
        assert said[name][0] is LinkState.ALIVE, (name, said[name])
    for name in gone:
        assert said[name][0] is LinkState.SOFT_DEAD, (name, said[name])
