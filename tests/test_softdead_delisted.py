# ruff: noqa: E501  (pages written one a line: data)
"""Marketplace and shop listings taken off sale, through a real run.

The wordings are the phrase book's ``delisted`` section (``gone_phrases.json``), read with the
``retired`` and ``expired`` sections by ``classify.retired``: a notice that the item is no
longer offered, said of the item and standing alone where it stood, with other items
recommended beside it, is soft-dead (the section's examples and look-alikes are checked with
the ``expired`` section's, tests/test_softdead_expired.py). The same words over the item still shown (its price,
photo, specs: a sold-out or discontinued product kept for reference), an ended auction with its
bids and photos, and a shop's news that a sale ended stay alive (review 21's 27 sold-out and
6 discontinued products were all kept so).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages


def _rail(cards: list[tuple[str, str]]) -> str:
    """Other items recommended under the notice, as a shop's template sets them."""
    tiles = "".join(
        f"<li><a href='{href}'><img src='/img/{n}.jpg' alt=''>{name}</a></li>"
        for n, (href, name) in enumerate(cards)
    )
    return f"<section class='recommendations'><ul>{tiles}</ul></section>"


def test_a_listing_taken_off_sale_with_other_items_beside_it_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """e3fc611 read none of these notices: a heading of two words, a word the book lacked
    (下柜, 宝贝, 取り扱って), a demonstrative naming the item ("this lamp"), a shop's "we no longer
    carry"."""
    pages = {
        "pl": ("d1.example", "/oferta/lampa-biurkowa-7712093", site_page("Targ24", "<h1>Oferta zakończona</h1><p>Zobacz podobne przedmioty.</p>" + _rail([("/oferta/lampka-nocna-7712094", "Lampka nocna"), ("/oferta/kinkiet-7712095", "Kinkiet"), ("/oferta/lampa-stojaca-7712096", "Lampa stojąca")]), lang="pl")),
        "zh": ("d2.example", "/detail/55120913.html", site_page("好货铺", "<h1>抱歉，这个宝贝已经下柜了</h1>" + _rail([("/detail/55120914.html", "羊毛袜 ¥29"), ("/detail/55120915.html", "围巾 ¥89"), ("/detail/55120916.html", "手套 ¥39")]), lang="zh")),
        "ja": ("d3.example", "/shop-aoba/item/2291/", site_page("青葉モール", "<h1>こちらの商品は現在取り扱っておりません</h1><p>ほかの商品をご覧ください。</p>" + _rail([("/shop-aoba/item/2292/", "煎茶"), ("/shop-aoba/item/2293/", "ほうじ茶"), ("/shop-aoba/item/2294/", "急須")]), lang="ja")),
        "en-this": ("d4.example", "/products/brass-desk-lamp", site_page("Lumen & Co", "<h1>Sorry, this lamp is no longer sold</h1><p>Have a look at what's in the shop now.</p>" + _rail([("/products/brass-floor-lamp", "Brass floor lamp"), ("/products/linen-shade", "Linen shade"), ("/products/wall-light", "Wall light")]))),
        "en-carry": ("d5.example", "/bottles/islay-12-cask-2019", site_page("Cask Corner", "<h1>We no longer carry this bottling</h1><p>Browse this week's picks.</p>" + _rail([("/bottles/speyside-10", "Speyside 10"), ("/bottles/highland-15", "Highland 15"), ("/bottles/lowland-8", "Lowland 8")]))),
        "ar": ("d6.example", "/ar/p/kettle-88120950", site_page("سوق", "<h1>هذا المنتج لم يعد متوفراً</h1><p>تصفح منتجات مشابهة.</p>" + _rail([("/ar/p/toaster-88120951", "محمصة"), ("/ar/p/blender-88120952", "خلاط"), ("/ar/p/mixer-88120953", "عجانة")]), lang="ar")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "and nothing of it is left" in reason, (name, reason)


def test_the_same_words_over_the_item_still_shown_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A sold-out or discontinued product with its price, photo and specs (its price alone on
    a line of its own is enough: the listing still shows it), an ended auction
    with its bids and photos, a shop's news that a sale ended: the words are a note on a page still there."""
    specs = "<table><tr><th>Weight</th><td>1.2 kg</td></tr><tr><th>Size</th><td>30 × 20 cm</td></tr></table>"
    pages = {
        "pl-auction": ("k1.example", "/oferta/zegarek-7712100", site_page("Targ24", "<h1>Zegarek Poljot</h1><p>Oferta zakończona</p><p>Kupiono za 1 250 zł · 14 ofert</p><img src='/img/poljot.jpg' alt='Zegarek Poljot'>" + specs, "Zegarek Poljot | Targ24", lang="pl")),
        "zh-soldout": ("k2.example", "/item.htm?id=55120920", site_page("好货铺", "<h1>羊毛围巾</h1><p>¥129</p><p>这个宝贝已经下柜了，信息仅供参考</p><img src='/img/weijin.jpg' alt='羊毛围巾'>" + specs, "羊毛围巾 - 好货铺", lang="zh")),
        "en-lamp": ("k4.example", "/products/brass-desk-lamp-large", site_page("Lumen & Co", "<h1>Brass desk lamp, large</h1><p>$189</p><p>Sorry, this lamp is no longer sold in black; brass is still made.</p><img src='/img/lamp.jpg' alt='Brass desk lamp'>" + specs, "Brass desk lamp, large – Lumen & Co")),
        "es-price": ("k6.example", "/muebles/silla-oslo-roble", site_page("Muebles Norte", "<h1>Silla Oslo de roble</h1><p>149,00 €</p><p>Este artículo ya no forma parte de nuestra colección.</p>" + _rail([("/muebles/silla-bergen", "Silla Bergen"), ("/muebles/taburete-alto", "Taburete alto"), ("/muebles/banco-roble", "Banco de roble")]), "Silla Oslo de roble | Muebles Norte", lang="es")),
        "ja-news": ("k5.example", "/news/2026/haru-sale", site_page("青葉モール", "<h1>春のセール終了のお知らせ</h1><p>春のセールは終了しました。ご利用ありがとうございました。</p><p>次回のセールは夏を予定しています。</p>", "春のセール終了のお知らせ | 青葉モール", lang="ja")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_report_that_a_product_was_taken_off_sale_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A newspaper's or a blog's report, under a headline naming who withdrew what (the page's
    ``<title>`` gives it before the site's name), says the product "is no longer sold" in its
    first lines and then reports in short sentences that restate it: the words are the report
    on the product its headline names, not a shop's notice to a visitor. a3d3b7f read each as
    the listing's own notice with nothing of it left."""

    def report(site: str, headline: str, lines: list[str], lang: str) -> str:
        body = "".join(f"<p>{line}</p>" for line in lines)
        return site_page(
            site,
            f"<article><h1>{headline}</h1><p class='byline'>2 March 2026</p>{body}</article>",
            f"{headline} | {site}",
            lang=lang,
        )

    pages = {
        "en": ("n1.example", "/2026/03/greencart-cereal", report("The Morning Ledger", "GreenCart pulls Sunny Bites cereal from its shelves", ["The product is no longer sold in any GreenCart store.", "Boxes can be returned for a refund.", "Stock was removed from the website too."], "en")),
        "fr": ("n2.example", "/2026/03/solis-creme", report("Le Matin de l'Ouest", "Le laboratoire Solis retire sa crème solaire de la vente", ["Ce produit n'est plus disponible en magasin.", "Il a été retiré des rayons lundi.", "Le stock a été supprimé."], "fr")),
        "nl": ("n3.example", "/2026/03/buurman-babyvoeding", report("Dagblad Noord", "Buurman haalt babyvoeding uit de schappen", ["Het product is niet meer verkrijgbaar in de winkels.", "Wat moeten ouders doen?", "Het potje terugbrengen."], "nl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_listings_taken_down_in_the_languages_the_book_lacked_are_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """a6725b6 read none of these notices as a listing's end (uk th ms bn he el ro sv and a
    Japanese 取り下げ): each stood where the item was, other items beside it."""
    pages = {
        "uk": ("u1.example", "/obyava/lampa-IDq1120", site_page("Барахолка", "<h1>Оголошення видалено автором</h1><p>Перегляньте схожі оголошення.</p>" + _rail([("/obyava/torsher-IDq1121", "Торшер"), ("/obyava/bra-IDq1122", "Бра"), ("/obyava/lyustra-IDq1123", "Люстра")]), lang="uk")),
        "bn": ("u2.example", "/item/kettle-55120", site_page("হাট", "<h1>এই পণ্যটি বিক্রয় থেকে সরিয়ে নেওয়া হয়েছে</h1><p>অন্যান্য পণ্য দেখুন।</p>" + _rail([("/item/iron-55121", "ইস্ত্রি"), ("/item/fan-55122", "ফ্যান"), ("/item/light-55123", "বাতি")]), lang="bn")),
        "el": ("u3.example", "/aggelia/kanapes-77120", site_page("Αγγελίες", "<h1>Η αγγελία έχει αφαιρεθεί</h1><p>Δείτε παρόμοιες αγγελίες.</p>" + _rail([("/aggelia/polythrona-77121", "Πολυθρόνα"), ("/aggelia/trapezi-77122", "Τραπέζι"), ("/aggelia/kreveti-77123", "Κρεβάτι")]), lang="el")),
        "ro": ("u4.example", "/produs/fierbator-6620", site_page("Casa", "<h1>Acest produs nu mai este comercializat</h1><p>Descoperă produse similare.</p>" + _rail([("/produs/prajitor-6621", "Prăjitor"), ("/produs/mixer-6622", "Mixer"), ("/produs/blender-6623", "Blender")]), lang="ro")),
        "sv": ("u5.example", "/annons/soffa-99220", site_page("Köp & Sälj", "<h1>Annonsen har tagits bort av säljaren</h1><p>Se liknande annonser.</p>" + _rail([("/annons/fatolj-99221", "Fåtölj"), ("/annons/bord-99222", "Soffbord"), ("/annons/matta-99223", "Matta")]), lang="sv")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)


def test_a_sold_out_item_with_its_price_and_its_named_photo_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The notice under the item's name over its price and one photo whose alt text gives the
    item's name: the shop still shows the item (review 22's sold-out Shopee-like pages, which
    a6725b6 called gone: one photo was read as a placeholder's), its price in a currency's
    letters ("1 800 kr", "650 zł") as much as in its sign."""

    def sold_out(site: str, name: str, price: str, notice: str, lang: str) -> str:
        main = f"<h1>{name}</h1><div class='price'>{price}</div><button type='button'>🛒</button><p>{notice}</p><img src='/img/item.jpg' alt='{name}'>"
        return site_page(site, main, f"{name} | {site}", lang=lang)

    pages = {
        "fr": ("s1.example", "/objets/lampe-chevet", sold_out("Le Grenier", "Lampe de chevet en laiton", "65,00 €", "Cet article n'est plus disponible.", "fr")),
        "de": ("s2.example", "/shop/weidenkorb", sold_out("Flechtwerk", "Weidenkorb mit Henkeln", "34,90 €", "Dieser Artikel ist nicht mehr erhältlich.", "de")),
        "nl": ("s3.example", "/winkel/eiken-kruk", sold_out("Houtwerk", "Eiken kruk met lederen zitting", "€ 145", "Dit artikel is niet meer leverbaar.", "nl")),
        "sv": ("s4.example", "/annons/ekbyra-99410", sold_out("Köp & Sälj", "Byrå i massiv ek", "1 800 kr", "Annonsen har tagits bort från sökningen.", "sv")),
        "pl": ("s5.example", "/oferta/komoda-debowa-5510", sold_out("Targ24", "Komoda dębowa z szufladami", "650 zł", "Ogłoszenie nieaktualne.", "pl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_job_post_closed_to_applications_is_gone_only_with_nothing_of_the_job_left(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Under the job's title and its company, "No longer accepting applications" and nothing
    else of the job is a post taken down (a6725b6 read no subjectless closure); the same line
    over the job's description and duties is a closed post kept for the record."""

    def job(site: str, title: str, company: str, closed: str, rest: str, lang: str) -> str:
        main = (
            f"<h1>{title}</h1><p class='company'>{company}</p><p class='closed'>{closed}</p>{rest}"
        )
        return site_page(site, main, f"{title} | {site}", lang=lang)

    kept = "<h2>About the job</h2><p>You will run our data platform, review designs with analysts and keep the nightly loads on time for the finance team.</p><h2>Requirements</h2><ul><li>Python and SQL</li><li>Three years in data engineering</li><li>Experience with Airflow</li></ul>"
    gone = {
        "en": ("j1.example", "/jobs/view/5510283", job("WorkBridge", "Data Engineer", "Harlow Robotics · Leeds", "No longer accepting applications", "", "en")),
        "nl": ("j2.example", "/vacature/44510", job("WerkPlein", "Magazijnmedewerker", "Van Dijk · Tilburg", "Deze vacature accepteert geen sollicitaties meer.", "", "nl")),
    }  # fmt: skip
    live = {
        "en": ("j3.example", "/jobs/view/5510377", job("WorkBridge", "Data Engineer", "Harlow Robotics · Leeds", "No longer accepting applications", kept, "en")),
    }  # fmt: skip
    for name, (state_, reason) in states_of_pages(tmp_path, web, fast_settings, gone).items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
    said = states_of_pages(tmp_path / "live", web, fast_settings, live)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}


def test_a_deleted_ad_kept_as_its_name_price_and_photo_is_soft_dead_and_a_sold_out_product_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Under a notice of an act done to the listing (removed, deleted, taken down, expired) a
    marketplace keeps the ad's remnant: its name, its price, one photo named for it, and
    nothing the seller wrote. cb78166 read that remnant as the item kept. The same remnant
    under a state of stock ("ausverkauft") is a shop's product page, and a removal notice
    over the seller's description ("removed from search: reserved") keeps its ad."""
    pages = {
        "nl-removed": ("r1.example", "/advertentie/eettafel-88120", site_page("Tweedehands Oost", "<h1>Eettafel eiken 180 cm</h1><img src='/afb/88120.jpg' alt='Eettafel eiken 180 cm'><p>€ 240</p><p>Deze advertentie is verwijderd door de verkoper.</p>", "Tweedehands Oost", lang="nl")),
        "cs-doer": ("r2.example", "/inzerat/lednice-3390", site_page("Bazar Jih", "<h1>Lednice Gorenje 180 cm</h1><p>3 500 Kč</p><img src='/foto/3390.jpg' alt='Lednice Gorenje 180 cm'><p>Prodejce odstranil tento inzerát.</p>", "Bazar Jih", lang="cs")),
        "de-soldout": ("k1.example", "/produkt/teekanne", site_page("Teeladen Ost", "<h1>Teekanne Gusseisen 1,2 l</h1><img src='/p/teekanne.jpg' alt='Teekanne Gusseisen 1,2 l'><p>49,90 €</p><p>Leider ausverkauft.</p>", "Teekanne Gusseisen 1,2 l | Teeladen Ost", lang="de")),
        "pl-reserved": ("k2.example", "/ogloszenie/wozek-4410", site_page("Giełda Północ", "<h1>Wózek dziecięcy Bebetto</h1><p>700 zł</p><img src='/z/4410.jpg' alt='Wózek dziecięcy Bebetto'><p>Zarezerwowane – ogłoszenie usunięte z wyników wyszukiwania.</p><p>Gondola i spacerówka, używany jeden sezon, bez uszkodzeń. Odbiór w Gdyni albo wysyłka kurierem.</p>", "Wózek dziecięcy Bebetto | Giełda Północ", lang="pl")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["nl-removed"][0] is LinkState.SOFT_DEAD, said["nl-removed"]
    assert "only its remnant" in said["nl-removed"][1], said["nl-removed"]
    assert said["cs-doer"][0] is LinkState.SOFT_DEAD, said["cs-doer"]
    assert said["de-soldout"][0] is LinkState.ALIVE, said["de-soldout"]
    assert said["pl-reserved"][0] is LinkState.ALIVE, said["pl-reserved"]


def test_a_removed_ad_over_other_items_cards_without_links_is_soft_dead_and_a_full_ad_is_not(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A marketplace sets "Similar ads" under a removed ad as lines of their own, no link:
    each a name, a price and a place ("Oak bookcase — £60 · Leeds · solid oak"). b5e705c read
    those lines as the ad's own list and kept the page. The same rail under the seller's
    description, and a product's own sizes priced line by line under its name, keep theirs."""
    rail = "<h2>Similar ads near you</h2><ul><li>Oak bookcase, 5 shelves — £60 · Leeds · solid oak, one scuff</li><li>Pine kitchen table — £70 · Otley · seats six with the leaf</li><li>Rattan armchair — £35 · Ilkley · cushion included, smoke-free</li></ul>"
    sizes = "<h2>Sizes</h2><ul><li>Sierra 3 trail shoe, size 39 — €89.95 · sold out</li><li>Sierra 3 trail shoe, size 42 — €89.95 · sold out</li><li>Sierra 3 trail shoe, size 45 — €94.95 · sold out</li></ul>"
    pages = {
        "removed": ("c1.example", "/ad/wardrobe-5512", site_page("Dales Swaps", "<h1>Wooden wardrobe, double</h1><p>This ad has been removed by the seller.</p>" + rail, "Wooden wardrobe, double | Dales Swaps")),
        "kept": ("c2.example", "/ad/wardrobe-5513", site_page("Dales Swaps", "<h1>Wooden wardrobe, single</h1><p>£45</p><p>Solid wood wardrobe with a hanging rail and a shelf above. A few marks on one door, otherwise sound. Collection from Leeds, it comes apart in two pieces.</p>" + rail, "Wooden wardrobe, single | Dales Swaps")),
        "sizes": ("c3.example", "/p/sierra-3", site_page("Run Shop", "<h1>Sierra 3 trail shoe</h1><p>This product is no longer available.</p>" + sizes, "Sierra 3 trail shoe | Run Shop")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["removed"][0] is LinkState.SOFT_DEAD, said["removed"]
    assert said["kept"][0] is LinkState.ALIVE, said["kept"]
    assert said["sizes"][0] is LinkState.ALIVE, said["sizes"]


def test_a_product_that_can_no_longer_be_ordered_is_soft_dead_unless_its_page_still_shows_it(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """That a product "can no longer be ordered" is a lasting end said as what the reader can
    no longer do; b5e705c's book lacked it in every language but Norwegian. Under the product's name over
    nothing of it, the page is gone; over its description and specs it is a note."""
    pages = {
        "nl": ("o1.example", "/products/braadpan-24", site_page("Kookwinkel", "<h1>Braadpan gietijzer 24 cm</h1><p>Dit product kan niet meer besteld worden.</p><p><a href='/collections/pannen'>Terug naar pannen</a></p>", "Kookwinkel", lang="nl")),
        "pl": ("o2.example", "/produkt/czajnik-2l", site_page("Dom i Kuchnia", "<h1>Czajnik emaliowany 2 l</h1><p>Tego produktu nie można już zamówić.</p>", "Dom i Kuchnia", lang="pl")),
        "de-kept": ("o3.example", "/p/hm-300", site_page("Küchenwelt", "<h1>Handmixer HM-300</h1><p>Dieser Artikel kann nicht mehr bestellt werden.</p><p>Leichter Handmixer mit fünf Stufen und Turbotaste, mit zwei Rührbesen und zwei Knethaken aus Edelstahl. Das Kabel lässt sich im Griff aufwickeln.</p><ul><li>Leistung: 300 W</li><li>Gewicht: 1,1 kg</li><li>Kabellänge: 1,5 m</li></ul>", "Handmixer HM-300 | Küchenwelt", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["nl"][0] is LinkState.SOFT_DEAD, said["nl"]
    assert said["pl"][0] is LinkState.SOFT_DEAD, said["pl"]
    assert said["de-kept"][0] is LinkState.ALIVE, said["de-kept"]
