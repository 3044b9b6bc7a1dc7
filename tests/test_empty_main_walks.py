"""The main area's and the content pane's shorter walks find what the full walks found.

``main_area.landmark`` walks a page once for ``<main>``, ``role="main"`` and articles together,
``empty_main.content_pane`` reads only the page's blocks and a named one's ancestors, and a
pane's blocks are read only until one holds more than ``LINK_WORDS`` of words or links: each
edge of those proofs is a page here, read as an editor would read it.
"""

from __future__ import annotations

from lxml import etree

from curator.classify.empty_main import LINK_WORDS, _words, content_pane
from curator.classify.main_area import landmark
from curator.extract.document import parse

CHROME = "<header><a href='/'>Harbour Rowing Club</a></header><nav><a href='/news'>News</a></nav>"


def _root(body: str) -> etree._Element:
    document = parse(f"<html><head><title>Club</title></head><body>{body}</body></html>")
    assert document is not None
    return document.root


def _found(element: etree._Element | None, name: str = "id") -> str | None:
    assert element is not None
    return element.get(name)


def _pane(root: etree._Element) -> etree._Element:
    pane = content_pane(root)
    assert pane is not None
    return pane


def test_a_main_element_after_a_block_marked_main_is_the_landmark() -> None:
    root = _root("<div role='main' id='shell'><p>Menu</p></div><main id='real'><p>Text</p></main>")
    assert _found(landmark(root)) == "real"
    root = _root("<section><div role='main' id='shell'><p>Text</p></div></section>")
    assert _found(landmark(root)) == "shell"
    root = _root("<article id='a'><p>One</p></article><article><p>Two</p></article>")
    assert landmark(root) is None  # several articles are a listing
    root = _root("<div><div itemprop='articleBody' id='body'><p>Text</p></div></div>")
    assert _found(landmark(root)) == "body"


def test_a_pane_named_inside_the_header_or_navigation_is_passed_over() -> None:
    root = _root(
        "<header><div class='header-content'>Club</div></header>"
        "<nav><section id='nav-content'><a href='/'>Home</a></section></nav>"
        "<div role='navigation'><div class='menu-content'><a href='/a'>A</a></div></div>"
        "<div id='dnn_ContentPane'></div>"
    )
    assert _found(content_pane(root)) == "dnn_ContentPane"
    # the first named block is the pane, even when a later one says more
    root = _root("<div class='hero-content'></div><div class='page-content'><p>Text</p></div>")
    assert _found(content_pane(root), "class") == "hero-content"


def test_a_pane_read_part_way_says_not_empty_and_a_rail_in_it_still_reads_empty() -> None:
    links = "".join(f"<li><a href='/r/{n}'>Related story {n}</a></li>" for n in range(5))
    article = "<p>" + "The regatta opened on a calm morning with crews from nine clubs. " * 20
    root = _root(
        f"{CHROME}<div class='page-content'><div>{article}</p><ul>{links}</ul></div></div>"
    )
    own = _words(_pane(root), rails=True)[0]
    assert own > LINK_WORDS  # the article: not empty, read no further than its first words
    # a block of a few words over many links is a rail beside an empty item
    rail = "".join(f"<li><a href='/r/{n}'>Related story</a></li>" for n in range(3))
    root = _root(f"{CHROME}<div class='page-content'><div><h3>More</h3><ul>{rail}</ul></div></div>")
    assert _words(_pane(root), rails=True) == (0, 6)
