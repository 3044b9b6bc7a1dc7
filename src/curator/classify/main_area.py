"""The page's main content, told from the site's chrome around it.

A not-found page in a site's template often keeps the template's generic title and heading
("Health Library | Site" over "Health Library") and says it is gone only in its main area:
"Sorry, we can't find the page you're looking for." Read over the whole visible text, that
sentence comes after menus outside ``<nav>``, a cookie notice and a mega-menu's blurbs, amid
teaser rails and a footer's legal prose, and looks like one sentence among many. Read over the
main content, it is the first thing there and nearly all there is: the page's message.

The main content is found as Readability and jusText find it: the page's main landmark
(``<main>``, ``role="main"``, a lone ``<article>``, ``itemprop="articleBody"``) when it has one,
the whole body otherwise, with what is chrome by structure left out: headers, navigation,
footers, asides, search forms, cookie and consent banners, rails of related or popular items
(by their class or id), and blocks that are mostly link text (a list of teasers, a menu in
plain ``<div>`` elements). What is left is cut into blocks at block-level elements, each
with its words and whether it is a heading.

``classify.main_message`` reads it only on pages whose text already carries a word the phrase
book's gate knows, so nearly every page costs nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from curator.classify.thread_posts import replied
from curator.extract.clean import collapse
from curator.extract.text import BLOCK_TAGS, HIDDEN_TAGS, all_text

# Visible text up to which a page may be its site's chrome around a line or a mount point: a
# heavy template's header, menus, rails and footer (the corpus's news templates around a line
# come to 1,700-4,000 characters; its articles' median is 8,200).
CHROME_CHARS = 4000

# Structural chrome besides what the visible text already hides: a header (unless it holds
# the main heading: an article's own ``entry-header``), a dialog, and a form (a search box, a
# newsletter sign-up). ASP.NET wraps a whole page in one <form>, so a form is chrome only when
# the walk is inside a landmark or the form says it is a search.
CHROME_TAGS = HIDDEN_TAGS | frozenset({"header", "dialog"})
CHROME_ROLES = frozenset(
    {"banner", "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
# Class and id words that name chrome on most templates (WordPress, Drupal, Shopify, news and
# shop themes, consent managers): one whole word of a class or id, split at spaces, dashes and
# underscores ("widget-area", "onetrust-banner-sdk", "related_products", "site-footer"). A
# template's prompt about the page, drawn on every page of the site ("Was this page useful?",
# "Rate this page": ``feedback``, ``helpful``, ``page-rating``), is the site's, not the item's.
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|onetrust|cmp|breadcrumbs?|sidebar|widgets?|related"
    r"|recommended|recommendations?|newsletter|share|sharing|social|footer|masthead|menu|navbar"
    r"|nav|navigation|promo|promotions?|advert|advertisement|ads|subscribe|subscription|popular"
    r"|trending|skip|screen-reader-text|visually-hidden|sr-only|toolbar|pagination|upsell"
    r"|cross-sell|carousel|most-read|most-popular|mostread|top-stories|more-stories"
    r"|also-read|read-next|teasers?|feedback|helpful|page-rating)(?:$|[\s_-])",
    re.IGNORECASE,
)
# The chrome words a file host names its public view of a share by (``_sole_content``).
_SHARE_WORDS = re.compile(r"(?:^|[\s_-])(?:share|sharing)(?:$|[\s_-])", re.IGNORECASE)
# A class or id that also names content is the content's, whatever else it says
# ("content-area has-sidebar", "entry-content share-enabled"): Readability's
# ``okMaybeItsACandidate``.
_CONTENT_WORDS = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
# A container of at least this many items, each led by a link (a teaser card's linked
# headline over its summary, a product tile), is a rail of other pages, whatever its class.
RAIL_ITEMS = 3
_RAIL_TAGS = frozenset({"div", "section", "ul", "ol"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A block with this share of its characters in link text is a list of links (teasers, a menu
# of plain divs, tags), not content: Readability drops such blocks from 0.5 up.
LINK_DENSE = 0.5
# Characters of main content read: a message stands at the start of its area, and a long
# article has shown what it is well before this.
MAIN_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Block:
    text: str
    words: int
    heading: bool


@dataclass(frozen=True, slots=True)
class MainArea:
    """The content blocks of a page's main area, in order, chrome and link lists left out."""

    blocks: tuple[Block, ...]
    landmark: str | None  # the element the main area was read from ("main", "article"), if any

    @property
    def text(self) -> str:
        return " ".join(block.text for block in self.blocks)

    @property
    def words(self) -> int:
        return sum(block.words for block in self.blocks)

    def starts(self) -> tuple[int, ...]:
        """Where each block starts in ``text``."""
        starts, at = [], 0
        for block in self.blocks:
            starts.append(at)
            at += len(block.text) + 1
        return tuple(starts)


def read_main(root: etree._Element) -> MainArea:
    """The main area of a parsed page (``extract.Document.root``)."""
    main = landmark(root)
    start = main if main is not None else root
    blocks, _ = _blocks(start, main is not None, None)
    name = None if main is None else str(main.tag)
    return MainArea(tuple(blocks), name)


def reads_past(root: etree._Element, enough: Callable[[Block], bool]) -> bool:
    """Whether ``read_main``'s blocks, read in order, come to one for which ``enough`` is
    true; the reading stops there. A reader that only asks whether the area holds more than a
    line ("more than 30 words of its own") learns it from the area's first blocks, where
    reading a long article's whole area cost a millisecond."""
    main = landmark(root)
    return _blocks(main if main is not None else root, main is not None, enough)[1]


def scope(
    root: etree._Element, fallback: etree._Element | None = None
) -> tuple[etree._Element, bool]:
    """Where a walk of the main area starts (the landmark, else ``fallback``, else the page's
    body) and whether it is a landmark (``is_chrome``'s ``inside``). ``read_main`` and
    ``item_content.count`` pass the root as ``fallback``: the body is then itself asked whether
    it is chrome, and one whose class names chrome ("has-sidebar") leaves their area empty,
    where the counts that start at the body see it. The verdicts were measured so; one start
    for all is a change to measure, not to slip into a refactor."""
    main = landmark(root)
    if main is not None:
        return main, True
    return (fallback if fallback is not None else next(root.iter("body"), root)), False


def left_out(element: etree._Element, start: etree._Element, inside: bool) -> bool:
    """Whether a walk of the main area from ``start`` leaves ``element`` and all it holds out:
    chrome (``is_chrome``), a comment or a processing instruction."""
    return not isinstance(element.tag, str) or (element is not start and is_chrome(element, inside))


def walk(start: etree._Element, inside: bool) -> Iterator[tuple[bool, etree._Element]]:
    """The main area's elements under ``start`` in document order, each with whether it is
    left out (``left_out``): one left out comes once, with nothing of what it holds. The walk
    the readings that count things in the area make (``item_content``, ``stand_in``);
    ``_blocks`` makes it too, written out for speed."""
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        out = left_out(element, start, inside)
        if out:
            walker.skip_subtree()
        yield out, element


def landmark(root: etree._Element) -> etree._Element | None:
    """The page's main landmark: ``<main>`` or ``role="main"``, else its one ``<article>`` or
    ``itemprop="articleBody"`` (several articles are a listing: no landmark).

    One walk where a page has no ``<main>``, not one for ``<main>`` and a second for the rest:
    a ``<main>`` met first is the answer as before; at a block with ``role="main"`` none came
    earlier, so a ``<main>`` later in the page, else that block, is; the blocks before either
    were read for articles as the second walk read them. What a ``<template>`` holds is an
    inert fragment a browser never shows (a comment's or a card's pattern a script stamps):
    none of it is the page's landmark, though libxml2 parses it as children."""
    articles = []
    inert: set[etree._Element] = set()
    for element in root.iter("main", "div", "section", "article", "template"):
        if element.tag == "template":
            inert.update(element.iter("main", "div", "section", "article"))
            continue
        if element in inert:
            continue
        if element.tag == "main":
            return element
        if element.get("role") == "main":
            return next(root.iter("main"), element)
        if element.tag == "article" or element.get("itemprop") == "articleBody":
            articles.append(element)
    if len(articles) == 1:
        return articles[0]
    return None


def is_chrome(element: etree._Element, inside: bool) -> bool:
    tag = element.tag
    if tag in CHROME_TAGS:
        return tag != "header" or not _holds_heading(element)
    if element.get("hidden") is not None:
        return True
    aria = element.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    role = element.get("role")
    if role is not None and role.strip().lower() in CHROME_ROLES:
        return True
    if tag == "form" and (inside or "search" in (element.get("class") or "").lower()):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if names.strip() and _CHROME_WORDS.search(names) and not _CONTENT_WORDS.search(names):
        return not _sole_content(element)
    return tag in _RAIL_TAGS and _rail(element)


def _sole_content(element: etree._Element) -> bool:
    """Whether a box whose class names a share is all that its content box holds: a file
    host's public view (``<div class="app-content"><div class="share">``, the share being the
    page's item). A share bar stands beside the content it goes with, never alone in its place;
    breadcrumbs or a widget alone in the content box are all the page has (``empty_main``)."""
    parent = element.getparent()
    if parent is None:
        return False
    own = f"{element.get('class') or ''} {element.get('id') or ''}"
    names = f"{parent.get('class') or ''} {parent.get('id') or ''}"
    if not _SHARE_WORDS.search(own) or not _CONTENT_WORDS.search(names):
        return False
    children = [child for child in parent if isinstance(child.tag, str)]
    return children == [element]


def _rail(element: etree._Element) -> bool:
    """Whether ``element`` holds ``RAIL_ITEMS`` or more items (after an optional heading),
    each led by a link: the first words of each are a link's. A list of a thread's replies
    (``thread_posts.replied``) is the page's content, not a rail of links to other pages."""
    items = [child for child in element if isinstance(child.tag, str)]
    while items and items[0].tag in HEADING_TAGS:
        items.pop(0)
    if len(items) < RAIL_ITEMS or not all(_led_by_link(item) for item in items):
        return False
    return not all(replied(item) for item in items)


def _led_by_link(item: etree._Element) -> bool:
    for element in item.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "a":
            return bool(all_text(element).strip())
        if element.text and element.text.strip():
            return False
        if element is not item and element.tail and element.tail.strip():
            return False
    return False


def _holds_heading(element: etree._Element) -> bool:
    """A header holding the page's main heading is the article's own (``entry-header``)."""
    return next(element.iter("h1"), None) is not None


def _blocks(
    start: etree._Element, inside: bool, enough: Callable[[Block], bool] | None
) -> tuple[list[Block], bool]:
    """The content blocks under ``start``, cut at block-level elements, without chrome; and
    whether the reading stopped at a block for which ``enough`` is true."""
    blocks: list[Block] = []
    parts: list[str] = []
    linked = 0  # characters of the current block inside links
    link_depth = 0
    heading_depth = 0
    size = 0
    stopped = False

    def flush() -> None:
        nonlocal linked, size, stopped
        text = collapse("".join(parts))
        parts.clear()
        if text:
            dense = linked / len(text) >= LINK_DENSE
            if not dense:
                block = Block(text, len(text.split()), heading_depth > 0)
                blocks.append(block)
                size += len(text)
                if enough is not None and enough(block):
                    stopped = True
        linked = 0

    # ``walk``'s walk, written out: this one runs over every gated page's whole area, and a
    # generator's two yields an element cost it a tenth more time
    walker = etree.iterwalk(start, events=("start", "end"))
    skipped: etree._Element | None = None
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if left_out(element, start, inside):
                walker.skip_subtree()  # its end comes next, with no events for what it holds
                skipped = element
                continue
            if tag in BLOCK_TAGS:
                flush()
            if tag in HEADING_TAGS:
                heading_depth += 1
            if tag == "a":
                link_depth += 1
            if element.text:
                parts.append(element.text)
                if link_depth:
                    linked += len(element.text.strip())
            continue
        if element is skipped:
            skipped = None
        else:
            if tag == "a":
                link_depth -= 1
            if tag in BLOCK_TAGS:
                flush()
            if tag in HEADING_TAGS:
                heading_depth -= 1
        if element.tail and element is not start:
            parts.append(element.tail)
            if link_depth:
                linked += len(element.tail.strip())
        if size > MAIN_CHARS or stopped:
            break
    if not stopped:
        flush()
    return blocks, stopped
