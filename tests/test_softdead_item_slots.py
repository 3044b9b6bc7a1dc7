"""An item's template drawn with its own slots empty is soft-dead; a page with an empty heading
beside the item's own words, pictures or player is not.

A removed article, product or video answered with the item's template and no item: an ``<h1>``
with no words, a ``<time>`` with no date, an ``<img src="">``, an empty body box, under the
site's name, with a rail of other items inside or beside the main area, or no main landmark
at all (``classify.item_slots``, read inside ``classify.empty_main``'s conditions). Live
look-alikes keep their state: a logo's heading, an empty ``<h1>`` over an ``<h2>`` title and
its text, a gallery, a player with its description, a player alone, a slot a script draws.

The picture's slot may show the template's stand-in file instead of nothing
(``/static/placeholder.svg``, ``no-image.gif``, a ``data:`` pixel), and a price's or date's slot
a mark for no value ("0,00 €", "—", "undefined"); an item with its name and words beside a
stand-in picture, and a lazy loader's real picture behind one, stay alive.

The title slot may hold the site's or a section's name instead of nothing (the words of the
logo's link home or of a menu's link to a section), the template's parts their headings over
empty boxes and its own button; the item named in JSON-LD, in microdata, in ``<noscript>`` or in
a part's heading, or a heading naming a page below a section, keeps the page alive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import lxml.html

from curator.classify.empty_main import promises_item
from curator.classify.item_slots import stand_in
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import PROSE, shop_page, site_page, states_by_name

HTML = {"Content-Type": "text/html; charset=utf-8"}

ARTICLE = (
    "<article class='post'><header><h1 class='entry-title'></h1><p class='byline'>"
    "<time datetime=''></time></p></header><figure><img src='' alt=''></figure>"
    "<div class='entry-content'></div></article>"
)
RAIL = (
    "<section class='read-also'><h3>Read also</h3><ul>"
    + "".join(
        f"<li><a href='/news/{n}'>Harbour story number {n} of the week</a></li>" for n in range(5)
    )
    + "</ul></section>"
)


def _states(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    host: str,
    pages: dict[str, tuple[str, str]],
    tag: str,
) -> dict[str, tuple[LinkState, str]]:
    """Each page served on ``host`` at its path, checked in one run: its state and reason."""
    links = {
        name: web.add(host, path, body=body, headers=HTML) for name, (path, body) in pages.items()
    }
    return states_by_name(tmp_path, web, fast_settings, links, tag)


def _columns(site: str, item: str, side: str) -> str:
    """A template without a main landmark: the item's column beside a sidebar."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{site}</title></head><body>"
        f"<header><a href='/'>{site}</a><ul>{menu}</ul></header><div class='container'>"
        f"<div class='col-8'>{item}</div><div class='col-4'>{side}</div></div>"
        f"<footer><ul>{menu}</ul><p>© 2026 {site}</p></footer></body></html>"
    )


def test_an_items_template_with_its_slots_empty_is_soft_dead_and_its_look_alikes_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    product = (
        "<div class='product' itemscope><div class='product-media'></div><h1 itemprop='name'>"
        "</h1><p class='price'><span>Price</span> <span itemprop='price'></span></p>"
        "<div itemprop='description'></div></div>"
    )
    video = (
        "<div class='watch'><div class='player'><video controls></video></div><h1></h1>"
        "<p><time></time></p><div class='description'></div></div>"
    )
    pages = {
        # gone: the article's template inside <main>, a rail of other items inside it too
        "article": ("/news/2024/harbour-wall-repairs", site_page("Harbour Post", ARTICLE + RAIL)),
        # gone: a product's template with no main landmark, the rail in a sidebar
        "product": ("/product/seaman-jumper-40213", _columns("Harbour Shop", product, RAIL)),
        # gone: a video's template at an address naming it by its query
        "video": ("/watch?v=Qm3xT8kLp2a", site_page("ClipHarbour", video + RAIL)),
        # live: a logo's heading over the article's h2 title and text
        "logo": (
            "/news/2024/ferry-timetable",
            site_page(
                "Harbour Post",
                "<h1><img src='/logo.svg' alt='Harbour Post'></h1><article><h2>Ferry timetable"
                f"</h2><time datetime='2024-03-02'>2 March</time>{PROSE}</article>",
            ),
        ),
        # live: the article's text under an empty heading, date and picture
        "text": (
            "/news/2024/bridge-reopens",
            site_page(
                "Harbour Post", ARTICLE.replace("</div></article>", f"{PROSE}</div></article>")
            ),
        ),
        # live: a gallery's pictures under an empty heading
        "gallery": (
            "/gallery/harbour-festival-2024",
            site_page(
                "Harbour Post",
                "<article><h1></h1><time></time><div class='gallery'><img src='/g/1.jpg' alt=''>"
                "<img src='/g/2.jpg' alt=''><img src='/g/3.jpg' alt=''></div><div></div></article>",
            ),
        ),
        # live: a player with a source, its heading, date and description empty
        "player": (
            "/watch?v=Lp9dW2xQz7k",
            site_page(
                "ClipHarbour", video.replace("<video controls>", "<video src='/m/4421.mp4'>")
            ),
        ),
        # live: the template's slots wait for a script that names the item it draws
        "scripted": (
            "/news/article/482138",
            site_page(
                "Harbour Post",
                ARTICLE.replace("<article class='post'>", "<article data-src='/api/482138'>"),
            ),
        ),
    }
    states = _states(tmp_path, web, fast_settings, "harbour.example", pages, "slots")

    for name in ("article", "product", "video"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "is drawn with an empty heading" in reason, reason
    assert (
        '(<article class="post">) is drawn with an empty heading, date, picture and body'
        in (states["article"][1])
    )
    assert "blank fields (Price)" in states["product"][1]
    for name in ("logo", "text", "gallery", "player", "scripted"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_a_query_naming_one_record_promises_an_item() -> None:
    for url in (
        "https://board.example/viewtopic.php?t=561725",
        "https://video.example/watch?v=0igwxmw86gb",
        "https://news.example/index.php?p=48213",
        # a slug as a path's segment would be: under an identifier's parameter, ending in a
        # tagged ID, a thread's number and slug, a route in the query
        "https://wiki.example/doku.php?id=backup-restore-procedure",
        "https://recipes.example/fiche.php?id=gratin-dauphinois-r48812",
        "https://ads.example/dettaglio.asp?cod=vespa-primavera-33107",
        "https://board.example/showthread.php?88213-winter-camping-tips",
        "https://board.example/index.php?/topic/30412-balcony-repair-guide/",
    ):
        assert promises_item(url), url
    for url in (
        "https://news.example/archive?page=2",
        "https://news.example/archive?year=2024",
        "https://news.example/search?q=harbour",
        # a search's, a sort's or a category's words, a year leading a slug
        "https://shop.example/search?q=garden-chair-folding",
        "https://shop.example/search?q=vespa-primavera-33107",  # a search for a tagged ID
        "https://shop.example/list?sort=price-descending",
        "https://shop.example/list?category=garden-tools-spring",
        "https://shop.example/list?season=winter-2024",
        "https://board.example/showthread.php?2024-summer-meetup",
        "https://news.example/?utm_source=Abc123x",
    ):
        assert not promises_item(url), url


def test_a_stand_in_picture_and_marks_for_no_value_are_empty_slots_and_look_alikes_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    shop = (
        "<div class='product product--empty'><h1 class='product__title'></h1>"
        "<div class='product__gallery'><img src='/static/placeholder.svg' alt=''></div>"
        "<p class='product__price'></p><div class='product__desc'></div>"
        "<table class='specs'></table></div>"
    )
    listing = (
        "<div class='annonce'><h1></h1><p class='prix'>0,00 €</p><p class='date'>"
        "<time>—</time></p><p class='lieu'>undefined</p><div class='texte'></div></div>"
    )
    pages = {
        # gone: the product's template with the site's stand-in picture, in a table layout
        "placeholder": ("/product/brass-lamp-20931", _columns("Lamp Shop", shop, RAIL)),
        # gone: the listing's template printing a zero price, a dash and a script's undefined
        "marks": ("/annonce/velo-de-ville-55120", site_page("Petites Annonces", listing + RAIL)),
        # live: the item's name, price and words beside the stand-in picture ("no photo yet")
        "named": (
            "/product/walnut-shelf-20932",
            site_page(
                "Lamp Shop",
                f"<h1>Walnut shelf</h1><img src='/img/no-image.png' alt=''><p>£48.00</p>{PROSE}",
            ),
        ),
        # live: a lazy loader's real picture behind the stand-in, the heading left empty
        "lazy": (
            "/photo/harbour-dawn-8812",
            site_page(
                "Harbour Photos",
                "<div class='photo'><h1></h1><img src='/img/placeholder.gif' "
                "data-src='/photos/2026/harbour-dawn-8812.jpg' alt=''><p></p></div>",
            ),
        ),
    }
    states = _states(tmp_path, web, fast_settings, "shop.example", pages, "stand-in")

    assert states["placeholder"][0] is LinkState.SOFT_DEAD, states["placeholder"]
    assert "drawn with an empty heading, picture and body" in states["placeholder"][1]
    assert states["marks"][0] is LinkState.SOFT_DEAD, states["marks"]
    assert "an empty heading, value, date and body" in states["marks"][1], states["marks"]
    for name in ("named", "lazy"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])


def test_a_stand_in_picture_is_known_by_its_file_and_names_nothing() -> None:
    for tag in (
        "<img src='/static/placeholder.svg' alt=''>",
        "<img src='//cdn.example/s/files/no-image_large.gif'>",
        "<img src='/bitrix/templates/shop/images/no_photo.png' alt=''>",
        "<img src='/media/catalog/product/placeholder/image.jpg' alt=''>",
        "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''>",
        "<video poster='/img/video-placeholder.jpg'></video>",
    ):
        assert stand_in(lxml.html.fragment_fromstring(tag)), tag
    for tag in (
        "<img src='/uploads/2026/04/brass-lamp.jpg' alt=''>",
        "<img src='/img/placeholder.gif' data-src='/photos/harbour.jpg' alt=''>",
        "<img src='/img/placeholder.svg' alt='Brass desk lamp'>",
        "<video src='/m/4421.mp4' poster='/img/placeholder.jpg'></video>",
        "<img src='/img/nobody-home.jpg' alt=''>",
    ):
        assert not stand_in(lxml.html.fragment_fromstring(tag)), tag


# An item's template whose parts are labelled ("Details", "Reviews") over boxes left empty, its
# facts' labels without values, a picture without a source and the template's own button.
_EMPTIED = (
    "<div class='item'><h1>{heading}</h1><div class='gallery'><img alt=''></div>"
    "<p class='meta'><time datetime=''></time> · <span class='place'></span></p>"
    "<h2>Details</h2><dl><dt>Size</dt><dd></dd><dt>Colour</dt><dd></dd><dt>Maker</dt><dd></dd>"
    "</dl><h2>Reviews</h2><div class='reviews'></div>{extra}"
    "<button type='button'>Add to basket</button></div>"
)


def test_an_items_template_under_the_sites_or_a_sections_name_is_soft_dead_and_look_alikes_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    def page(heading: str, extra: str = "", head: str = "") -> str:
        body = shop_page("Birch & Beam", _EMPTIED.format(heading=heading, extra=extra))
        return body.replace("</head>", f"{head}</head>")

    declared = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"Product", "name": "Oak bedside table", "offers": {"price": "180"}}</script>'
    )
    pages = {
        # gone: the heading holds the section's name, a top-level menu link's ("Shop")
        "section": ("/shop/oak-bedside-table-3307", page("Shop")),
        # gone: the heading holds the site's name, the logo's link home
        "site": ("/shop/walnut-side-table-3308", page("Birch & Beam")),
        # gone: the same, its declared record's name left empty too
        "empty-ld": (
            "/shop/ash-stool-3309",
            page("Shop", head=declared.replace("Oak bedside table", "")),
        ),
        # live: the same template a script fills, the product declared with its name
        "declared": ("/shop/oak-bench-3310", page("Shop", head=declared)),
        # live: the item shown to readers without a script
        "noscript": (
            "/shop/elm-shelf-3311",
            page("Shop", "<noscript><img src='/img/elm-shelf.jpg' alt=''></noscript>"),
        ),
        # live: the item's name in a part's heading over its empty box
        "named": ("/shop/cherry-desk-3312", page("Shop", "<h2>Cherry desk</h2><div></div>")),
        # live: a value declared in microdata
        "microdata": (
            "/shop/pine-crate-3313",
            page("Shop", "<meta itemprop='name' content='Pine crate, large'>"),
        ),
        # live: the heading names a page that is no section (a rail's link below one)
        "linked": (
            "/shop/beech-tray-3314",
            page("Beech tray", "<a href='/shop/beech-tray-3314/reviews'>Beech tray</a>"),
        ),
        # live: the item's own name, which a featured item's top-level link also calls it
        "featured": (
            "/shop/maple-bench-3315",
            page("Maple bench", "<a href='/maple-bench'>Maple bench</a>"),
        ),
        # live: the record's name declared as JSON-LD writes it too: a list, a @value, a page's
        # main entity
        "ld-list": (
            "/shop/oak-chair-3316",
            page("Shop", head=declared.replace('"Oak bedside table"', '["Oak chair"]')),
        ),
        "ld-value": (
            "/shop/oak-shelf-3317",
            page("Shop", head=declared.replace('"Oak bedside table"', '{"@value": "Oak shelf"}')),
        ),
        "ld-entity": (
            "/shop/oak-box-3318",
            page(
                "Shop",
                head='<script type=\'application/ld+json\'>{"@type": "WebPage", '
                '"mainEntity": {"@type": "Product", "name": "Oak box"}}</script>',
            ),
        ),
        # gone: the title holds the section's name before the site's ("Shop | Birch & Beam"),
        # the menu writes it in capitals and says it nowhere else
        "section-title": (
            "/shop/larch-bowl-3319",
            page("Shop")
            .replace("<title>Birch & Beam", "<title>Shop | Birch & Beam")
            .replace(">Shop</a>", ">SHOP</a>")
            .replace("Shop notes", "Store notes"),
        ),
        # gone: a breadcrumb's separator between two empty slots of the template
        "crumb-mark": (
            "/shop/teak-tray-3320",
            page("Shop").replace("</time> · <span", "</time> › <span"),
        ),
        # gone: a counter the template draws with a zero names nothing a script could draw
        "zero-count": (
            "/shop/yew-spoon-3321",
            page("Shop", "<span class='comments' data-count='0'></span>"),
        ),
        # live: a section's own page at a top-level address (its menu link), no event listed
        # yet: at a top-level address only the site's name is read as naming nothing
        "top-level": (
            "/whats-happening",
            page("Events").replace("href='/events/'", "href='/whats-happening'"),
        ),
        # the heading holding a link, not plain words, is no template's own heading: the page
        # is left to the other readers
        "linked-heading": ("/shop/fir-crate-3322", page("<a href='/shop/'>Shop</a>")),
        # the template inside a form its button submits: the button is the form's, not the
        # template's own
        "in-a-form": (
            "/shop/elm-box-3323",
            page("Shop")
            .replace("<div class='item'>", "<form class='item' action='/basket' method='post'>")
            .replace("Add to basket</button></div>", "Add to basket</button></form>"),
        ),
    }
    states = _states(tmp_path, web, fast_settings, "birch.example", pages, "section")

    for name in ("section", "site", "empty-ld"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "is drawn with an empty heading, picture, date, body and blank fields" in reason
        assert "under a heading holding only the site's or a section's name" in reason
        assert "(Details, Size, Colour, Maker, …)" in reason, reason
    for name in ("section-title", "crumb-mark", "zero-count"):
        state, reason = states[name]
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "under a heading holding only the site's or a section's name" in reason, reason
    live = ("declared", "noscript", "named", "microdata", "linked", "featured", "top-level")
    for name in (*live, "ld-list", "ld-value", "ld-entity", "linked-heading", "in-a-form"):
        assert states[name][0] is LinkState.ALIVE, (name, states[name])
