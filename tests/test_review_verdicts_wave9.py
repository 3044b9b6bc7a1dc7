"""Live pages that review 9 found called soft-dead by wave 9's readings, each served through a
real local server and checked end to end. Each one failed before its fix:

- a clause of absence said of something else ("We can't find that cat anywhere") opening a
  lost-pet page, promoted to the page's message by the main-content reading;
- a statement that opens a longer sentence about the item ("This item is no longer available in
  blue, but ..."), its prose counted only over the main area once the rails were left out;
- the phrase book's "we couldn't find the ..." without a page noun ("the boy");
- "what you searched for" in Indonesian and Japanese read as the page sought, when a shop's
  search says its product was not found; Thai "that you" as the page;
- Greek "the page of the council on Facebook no longer exists" and Georgian "according to the
  police, this page does not exist" in news articles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import route_states, site_page

TOM = (
    "Tom is a four year old ginger tabby with a white chest and a blue collar with a bell. He "
    "is microchipped and very friendly but may be scared. He was last seen near the park gates."
)
NIGHT = (
    "<p>Officers and volunteers walked the river bank through the night, and a helicopter with "
    "a heat camera joined them just before dawn on Tuesday.</p>"
)
EL = (
    "Ο δήμαρχος εξήγησε ότι ο λογαριασμός είχε δημιουργηθεί πριν από πολλά χρόνια από έναν "
    "υπάλληλο που έχει πλέον συνταξιοδοτηθεί, και ότι κανείς δεν είχε τους κωδικούς πρόσβασης."
)
KA = (
    "პოლიციამ მოქალაქეებს მოუწოდა, არ გადაიხადონ თანხა უცნობ ანგარიშებზე და ნებისმიერი "
    "საეჭვო შეტყობინების შესახებ დაუყოვნებლივ აცნობონ სამართალდამცავებს."
)


def _cards(cls: str, item: str, text: str) -> str:
    return (
        f"<div class='{cls}'>"
        + "".join(
            f"<div><a href='/p/{n}'><h3>{item} {n}</h3></a><p>{text}</p></div>" for n in range(6)
        )
        + "</div>"
    )


def _article(heading: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<article><h1>{heading}</h1><p class='byline'>15.03.2026</p>{body}</article>"


PAGES = {
    "lost-cat": site_page(
        "Pet Finder",
        f"<h1>Missing: Tom</h1><p>We can't find that cat anywhere since Monday night.</p><p>{TOM}"
        "</p><section class='comments'>"
        + "".join(
            f"<div class='comment'><a href='/u/{n}'>neighbour{n}</a><p>I think I saw a ginger cat "
            "by the bins on Oak Road this morning, he ran into the hedge.</p></div>"
            for n in range(5)
        )
        + "</section>",
        "Missing: Tom - Pet Finder",
    ),
    "sold-out-colour": site_page(
        "Shop",
        "<h1>Blue kettle 1.7L</h1><p>This item is no longer available in blue, but the red and "
        "black ones are in stock.</p><p>£24.99</p>"
        + _cards(
            "related-products",
            "Kettle",
            "A quiet 1.7 litre kettle with a steel body, a blue light when it boils and a "
            "filter that keeps the scale out of your tea.",
        ),
        "Blue kettle - Shop",
    ),
    "news-search": site_page(
        "Daily Post",
        "<article><h1>Boy, 7, found safe after night search</h1><p>We couldn't find the boy for "
        f"six hours, his mother told reporters.</p>{NIGHT}<div class='related-stories'>"
        + "".join(
            f"<div><a href='/n/{n}'>Another local story {n}</a>{NIGHT}</div>" for n in range(5)
        )
        + "</div></article>",
        "Boy, 7, found safe after night search - Daily Post",
    ),
    "lost-dog": site_page(
        "Pet Finder",
        f"<h1>Missing: Rex</h1><p>We can't find that dog anywhere since Friday.</p><p>{TOM}</p>"
        + _cards(
            "more-pets",
            "Lost: Bella",
            "Bella went out on Friday night and has not come home; she is shy, black with "
            "green eyes and answers to her name.",
        ),
        "Missing: Rex - Pet Finder",
    ),
    "id-search": site_page(
        "Toko",
        "<h1>Hasil pencarian</h1><p>Produk yang Anda cari tidak ditemukan.</p>",
        "Pencarian - Toko",
        "id",
    ),
    "id-search-hint": site_page(
        "Toko",
        "<h1>Sepatu lari</h1><p>Maaf, produk yang kamu cari tidak ditemukan. Coba kata kunci "
        "lain.</p>",
        "Sepatu lari - Toko",
        "id",
    ),
    "ja-search": site_page(
        "ストア",
        "<h1>検索結果</h1><p>お探しの商品は見つかりませんでした。</p>",
        "検索 - ストア",
        "ja",
    ),
    "th-search": site_page("ร้าน", "<h1>ผลการค้นหา</h1><p>ไม่พบสินค้าที่คุณค้นหา</p>", "ค้นหา - ร้าน", "th"),
    "el-news": site_page(
        "Portal",
        _article(
            "Η σελίδα του δήμου",
            ["Η σελίδα του δήμου στο Facebook δεν υπάρχει πια, ανακοίνωσε ο δήμαρχος.", EL, EL],
        ),
        "Η σελίδα του δήμου - Portal",
        "el",
    ),
    "ka-news": site_page(
        "Portal",
        _article("ყალბი გვერდი", ["პოლიციის თქმით, ეს გვერდი არ არსებობს.", KA, KA, KA]),
        "ყალბი გვერდი - Portal",
        "ka",
    ),
}


def test_live_pages_review_9_found_called_gone_are_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add(f"{name}.example", f"/p/{name}", body=body) for name, body in PAGES.items()]
    states = route_states(tmp_path, web, fast_settings, urls[:5])
    states += route_states(tmp_path, web, fast_settings, urls[5:], "more")
    for (state, reason), name in zip(states, PAGES, strict=True):
        assert state is LinkState.ALIVE, (name, reason)
