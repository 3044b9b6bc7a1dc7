# ruff: noqa: E501  (pages written one a line: data)
"""The item the address names, absent from the page (``classify.absent``), through a real run.

A dead item's address answered with the site's front-page content (teasers, featured products,
a hero under the site's name or tagline) names nothing of the item and offers other items in
its place: soft-dead, and the reason names the address's words. The pages that look most like
it stay alive: a listing naming its category, a collection named in the menu, a welcome page at
the top level, a product named only in its picture, an item named only in its heading, a
transliterated slug under a Japanese title, a video or meme page with a rail, a heading-less
line over a shop's recommendations, and short pages in a brand's voice that never repeat their
address (a line and a way out is half the sign: never a verdict alone).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import lxml.html

from curator.classify.absent import LINE_WORDS, _more_than_a_line
from curator.classify.main_area import Block, read_main, reads_past
from curator.classify.thin import word_count
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

HOME = "<p><a href='/'>Back to the home page</a></p>"
TEASERS = (
    "<div class='posts'><h2><a href='/2026/11/harbour-lights'>Harbour lights switched on</a></h2><p>Two hundred lanterns along the quay.</p>"
    "<h2><a href='/2026/11/school-choir'>School choir sings in the cathedral</a></h2><p>A full house on Sunday.</p>"
    "<h2><a href='/2026/10/market-hall'>Market hall reopens</a></h2><p>Forty stalls, six of them new.</p></div>"
)
PRODUCTS = (
    "<div class='grid'><div><a href='/products/wool-throw'>Wool throw</a> £60</div>"
    "<div><a href='/products/oak-board'>Oak board</a> £35</div>"
    "<div><a href='/products/stoneware-mug'>Stoneware mug</a> £14</div></div>"
)


def logo_once(site: str, main: str) -> str:
    """A site's page naming the site once (its logo), so the older address sign, which reads a
    title the chrome repeats as the site's name, stays out of the way of this one."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{site}</title></head>"
        f"<body><header><a href='/'>{site}</a></header><main>{main}</main>"
        "<footer><p>Free returns within 30 days.</p></footer></body></html>"
    )


def test_front_page_content_at_an_items_address_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The host's "/" answers 404 here, so only the page itself can say it: no word of absence,
    other items where the one the address names would be: any pages under a dated address, the
    named item's siblings (``/products/…`` beside ``/products/…``) under any other. (Products in
    another section than the address's, ``/p/…`` offered at ``/producto/…``, look like a
    campaign's or a collection's listing and are no longer read at full strength.)"""
    pages = {
        "news": ("courier.example", "/2019/04/lifeboat-crew-rescues-kayakers", site_page("Valley Courier", TEASERS)),
        "shop-greeting": ("nube.example", "/products/ergonomic-mesh-chair-black", site_page("Tienda Nube", "<h1>Welcome to Tienda Nube</h1><p>Office furniture, free delivery.</p>" + PRODUCTS)),
        "tagline-fr": ("potager.example", "/2018/06/semis-de-courgettes-en-godets/", site_page("Le Potager", TEASERS, title="Le Potager — Carnet de jardin", lang="fr")),
        "tagline-de": ("ulm.example", "/kultur/2021/orgelnacht-im-muenster", site_page("Stadtmagazin Ulm", TEASERS, title="Stadtmagazin Ulm – Kultur und Leben", lang="de")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.SOFT_DEAD, (name, reason)
        assert "nothing on the page names it" in reason, (name, reason)
        assert "other pages of the site" in reason, (name, reason)
    assert "“lifeboat crew rescues kayakers”" in said["news"][1]
    assert "“orgelnacht muenster”" in said["tagline-de"][1]


def test_pages_that_name_their_item_somewhere_or_show_it_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    pages = {
        "category": ("crumb.example", "/category/slow-cooker-suppers", site_page("Crumb Club", "<div class='posts'><h2><a href='/recipes/beef-stew'>Slow cooker beef stew</a></h2><p>Eight hours.</p><h2><a href='/recipes/dal'>Slow cooker dal</a></h2><p>Red lentils.</p><h2><a href='/recipes/pork'>Pulled pork</a></h2><p>For a crowd.</p></div>")),
        "collection-in-menu": ("pine.example", "/collections/linen-kitchen-textiles", site_page("Pine & Pebble", "<p><a href='/collections/linen-kitchen-textiles'>Linen kitchen textiles</a></p>" + PRODUCTS)),
        "welcome-top-level": ("lumbar.example", "/welcome", site_page("Lumbar Store", TEASERS)),
        "named-in-picture": ("gear.example", "/products/nordic-walking-poles-carbon", site_page("Trail Gear", "<img src='/cdn/p/88120.jpg' alt='Nordic walking poles in carbon, a pair'><p>€89. In stock.</p>")),
        "named-in-heading": ("fork.example", "/recipes/smoky-aubergine-flatbreads", site_page("Field & Fork", "<h1>Smoky aubergine flatbreads</h1><p>Serves four.</p>")),
        "transliterated-ja": ("navi.example", "/column/kenko-shokuji-kotsu", site_page("健康ナビ", "<h1>健康な食事のコツ</h1><p>野菜から食べる。</p>" + HOME, title="健康な食事のコツ | 健康ナビ", lang="ja")),
        "video-with-rail": ("gazette.example", "/videos/harbour-timelapse-dawn", site_page("Harbour Gazette", "<iframe src='https://player.example/embed/4471' width='960' height='540'></iframe>" + TEASERS)),
        "thanks-over-products": ("lumen.example", "/newsletter/confirmation-step-two", site_page("Lumen Home", "<h1>High five</h1><p>Check your inbox, the good stuff is on its way.</p>" + PRODUCTS)),
        "teaser-over-products": ("kettle.example", "/products/ember-gooseneck-matte", site_page("Kettle Co", "<h1>Soon</h1><p>Something is brewing.</p>" + PRODUCTS)),
        "bare-line-over-recommendations": ("lake.example", "/checkout/order-complete-summary", logo_once("Lakeside Outfitters", "<p>Your parcel is on its way.</p><section class='product-recommendations'>" + PRODUCTS + "</section>")),
        "meme-with-rail": ("memes.example", "/memes/tuesday-standup-face", logo_once("Meme Dock", "<img src='/m/71204.jpg' alt='404'>" + TEASERS)),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state, reason) in said.items():
        assert state is LinkState.ALIVE, (name, reason)
    # (Headed by a sentence, "High five!" or "Soon.", the two short pages are convicted by the
    # older address sign alone, before this one is read: see test_softdead_voice.)


def test_listings_under_the_sites_name_stay_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """Listings show other items under the site's name and may name their own subject only in
    a banner's picture: a tag, an author, a collection, a campaign, a show, a category. Their
    items are of another kind than their address. A score page's crests link to its teams
    beside other matches; a home page stands at a language's address; a portfolio's pictures
    link to their own files; a Russian tag page has a Latin slug under a Latin site name. The
    editor expects all of them alive."""
    stories = "".join(
        f"<article><h3><a href='/2026/03/{slug}'>{line}</a></h3></article>"
        for slug, line in [
            ("pier-repairs", "Pier repairs finish early"),
            ("bus-fares", "Bus fares frozen"),
            ("pool-reopens", "Pool reopens in May"),
            ("choir-funds", "Choir raises funds"),
        ]
    )
    goods = "".join(
        f"<a href='/products/{slug}'><img src='/p/{slug}.jpg' alt=''>{name}</a> "
        for slug, name in [
            ("copper-pan", "Copper pan"),
            ("tin-mug", "Tin mug"),
            ("ash-spoon", "Ash spoon"),
            ("jute-bag", "Jute bag"),
        ]
    )
    banner = "<div class='banner' style=\"background-image:url('/b/12.jpg')\"></div>"
    pages = {
        "tag": ("courier.example", "/tag/hospital-waiting-lists", logo_once("Valley Post", "<div class='tag-list'>" + stories + "</div>")),
        "author": ("post.example", "/author/maria-kowalski", logo_once("Valley Post", banner + stories)),
        "collection": ("tins.example", "/collections/autumn-picnic", logo_once("Tinworks", banner + "<ul class='products'>" + goods + "</ul>")),
        "campaign": ("pans.example", "/campaign/spring-clearance", logo_once("Panworks", "<p>Up to half off. Ends Sunday.</p>" + goods)),
        "show": ("pod.example", "/shows/friday-digest", logo_once("PodHarbour", "<ul>" + "".join(f"<li><a href='/episodes/{n}'>Episode {n}</a></li>" for n in (88, 87, 86, 85)) + "</ul>")),
        "score": ("scores.example", "/match/leeds-v-burnley", logo_once("GoalBoard", "<div class='score'><a href='/teams/lee'><img src='/c/1.png' alt=''></a> 3 – 0 <a href='/teams/bur'><img src='/c/2.png' alt=''></a><p>FT</p></div><div class='others'>" + "".join(f"<a href='/match/{m}'>{m}</a> " for m in ("hull-v-stoke", "derby-v-luton", "bolton-v-wigan")) + "</div>")),
        "home-at-language": ("conf.example", "/en/hello-and-welcome", logo_once("DockConf", "<section class='hero'><p>Two days of talks by the docks.</p></section>" + stories)),
        "portfolio-files": ("photo.example", "/work/orchard-cider-labels", logo_once("Ines Calder", "<p>Client work, 2025.</p><div class='gallery'>" + "".join(f"<a href='/media/2025/10/img_{n}.jpg'><img src='/media/2025/10/img_{n}-600x400.jpg' alt=''></a>" for n in range(5)) + "</div>")),
        "ru-tag-latin-site": ("bukvy.example", "/tema/gorodskie-parki", logo_once("Bukvy", "<ul class='feed'>" + "".join(f"<li><a href='/news/2026/03/{n}'>{t}</a></li>" for n, t in enumerate(["Новый парк откроют в мае", "В парках поставят скамейки", "Фонтаны включат в июне", "Аллеи осветят фонарями"])) + "</ul>")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    convicted = {
        name: reason for name, (state, reason) in said.items() if state is not LinkState.ALIVE
    }
    assert not convicted, convicted


def test_a_line_and_a_way_out_backs_a_statement_and_never_decides_alone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A heading saying the product is no longer available weighs under the threshold alone;
    with the address's item named nowhere and a line and a way home in its place, the page is
    soft-dead. An about page in jest has the same line and way out and no statement: alive,
    the sign left out of its reason."""
    pages = {
        "unavailable": ("linen.example", "/products/linen-duvet-cover-sage-king", logo_once("Quiet Nights", "<h1>Sorry, this product is no longer available.</h1><p>Have a look around.</p>" + HOME)),
        "about": ("quiet.example", "/about/meet-the-crew", site_page("Quiet Press", "<h1>We are mostly coffee</h1><p>Four people, two dogs, one very old printer.</p>" + HOME)),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    state, reason = said["unavailable"]
    assert state is LinkState.SOFT_DEAD, reason
    assert "“linen duvet cover sage king”; nothing on the page names it" in reason, reason
    assert "1 link out" in reason and "(+0.60)" in reason, reason
    state, reason = said["about"]
    assert state is LinkState.ALIVE, reason
    assert "nothing on the page names it" not in reason, reason


def test_an_area_with_more_than_a_line_is_known_from_its_first_blocks() -> None:
    """Whether the main area holds more than a line is read block by block and stops at the
    first block past it, with the answer reading the whole area gives: a long article's area is
    not read to its end, and a line with a way out is read whole."""
    paragraphs = "".join(
        f"<p>Paragraph {n} of the match report, with a few words.</p>" for n in range(400)
    )
    for heading, main, more in (
        ("Spartak 2 Zenit 1", paragraphs, True),
        ("Gone fishing", "<p>This one got away. <a href='/'>Home</a></p>", False),
        ("试试", "<p>" + "这是一篇很短的文章" * 8 + "</p>", True),
    ):
        page = site_page("Score", f"<main><h1>{heading}</h1>{main}</main>")
        root = lxml.html.fromstring(page)
        seen: list[str] = []
        enough = _more_than_a_line(heading)

        def counting(
            block: Block, enough: Callable[[Block], bool] = enough, seen: list[str] = seen
        ) -> bool:
            seen.append(block.text)
            return enough(block)

        whole = read_main(root).blocks
        own = word_count(" ".join(b.text for b in whole if b.text != heading))
        assert reads_past(root, counting) is more is (own > LINE_WORDS)
        assert len(seen) < 10 if more else len(seen) == len(whole)
