# ruff: noqa: E501  (pages written one a line: data)
"""A thread's posts, read once (``classify.thread_posts``) for both readers that ask: the cards
reader counts a thread's dated posts as its own content, the main-area reader keeps a list of
replies as content where a list of teasers is a rail; a page of teasers, product tiles or an
article's paragraphs has no posts in either reading."""

from __future__ import annotations

from lxml import etree

from curator.classify.item_cards import cards, posts
from curator.classify.main_area import read_main
from curator.extract.document import parse
from sitepage import site_page

URL = "http://forum.example/threads/seed-swap.4411/"


def _root(main: str) -> etree._Element:
    document = parse(site_page("Garden Forum", main, "Seed swap | Garden Forum"))
    assert document is not None
    return document.root


def _dated(*posts_: tuple[str, str, str]) -> str:
    return "".join(
        f"<article class='message'><div class='user'><a href='/members/{who}.{n}/'>{who}</a> <time>{when}</time></div><div class='body'><p>{text}</p></div></article>"
        for n, (who, when, text) in enumerate(posts_, 1)
    )


def test_a_threads_dated_posts_are_counted_as_its_own_and_are_no_cards() -> None:
    thread = _dated(
        ("betta_sg", "14.04.2025", "Anyone still have tomato seeds?"),
        ("Hoa Nguyen", "14.04.2025 20:14", "Yes, two packets left."),
        ("tom_r", "15.04.2025", "Sent you a message."),
    )
    root = _root(f"<h1>Seed swap</h1><p>This thread is closed.</p>{thread}")
    assert posts(root, URL) == 3
    assert cards(root, URL, ["this thread is closed"]) == []


def test_teasers_and_product_tiles_led_by_a_link_are_cards_not_posts() -> None:
    """A teaser is led by its page's title (more words than a name), and a tile's figure after
    its name is a price, not a date: both are cards of other pages."""
    teasers = (
        "<article><a href='/threads/1/'>Saving bean seeds over winter</a> <time>12.05.2025</time><p>Dry them for a week first.</p></article>"
        "<article><a href='/threads/2/'>Which tomatoes for a cold greenhouse</a> <time>13.05.2025</time><p>Three varieties compared.</p></article>"
        "<article><a href='/threads/3/'>Swapping cuttings by post</a> <time>14.05.2025</time><p>How to pack them so they arrive.</p></article>"
    )
    tiles = "".join(
        f"<div><a href='/shop/{n}/'>{name}</a> £{price} <span>in stock today, ships tomorrow</span></div>"
        for n, (name, price) in enumerate(
            (("Trowel", "12.50"), ("Gloves", "8.99"), ("Twine", "3.20"))
        )
    )
    for main in (teasers, tiles):
        root = _root(f"<h1>This thread is gone</h1>{main}")
        assert posts(root, URL) == 0, main
        assert len(cards(root, URL, [])) == 3, main


def test_a_list_of_replies_is_content_where_a_list_of_teasers_is_a_rail() -> None:
    """Replies in ``<ol><li>``, each led by its author's name and holding a paragraph of its
    own with no link in it, are the page's content; the same list whose links are titles of
    other pages is a rail of teasers, left out of the main area."""
    replies = (
        "<ol>"
        + "".join(
            f"<li><a href='/u/{who}'>{who}</a> <span>3 days ago</span><p>{text}</p></li>"
            for who, text in (
                ("betta_sg", "My tomatoes split every year after heavy rain in August."),
                (
                    "Hoa Nguyen",
                    "Water them evenly through the summer and the skins hold much better.",
                ),
                (
                    "tom_r",
                    "A thick mulch of straw keeps the soil from drying out between waterings.",
                ),
            )
        )
        + "</ol>"
    )
    teasers = replies.replace("/u/betta_sg'>betta_sg", "/t/1'>Why tomatoes split after rain")
    teasers = teasers.replace("/u/Hoa Nguyen'>Hoa Nguyen", "/t/2'>Watering tomatoes in summer")
    teasers = teasers.replace("/u/tom_r'>tom_r", "/t/3'>Straw mulch for vegetable beds")
    kept = " ".join(block.text for block in read_main(_root(replies)).blocks)
    assert "A thick mulch of straw" in kept
    dropped = " ".join(block.text for block in read_main(_root(teasers)).blocks)
    assert "A thick mulch of straw" not in dropped


def test_an_articles_paragraphs_with_links_inside_are_no_posts() -> None:
    """Paragraphs of an article, a link inside the words and no byline before a date, are
    neither posts nor cards: the article's own words."""
    article = "".join(
        f"<p>As <a href='/guides/{n}/'>our guide</a> explains, seeds keep best in paper envelopes in a cool drawer, labelled with the year.</p>"
        for n in range(3)
    )
    root = _root(f"<h1>Storing seeds</h1>{article}")
    assert posts(root, URL) == 0
    assert cards(root, URL, []) == []
    assert "paper envelopes" in " ".join(block.text for block in read_main(root).blocks)
