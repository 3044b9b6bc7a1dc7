"""A section's grid of other items, served at one item's address.

A shop, a board, a news site or a job site often answers a removed item's address with 200 and
the section the item belonged to: a grid of cards, each a link to another item, under a heading
naming the section ("Women's shoes", "Offres d'emploi"), and nothing of the item's own. A reader
who followed a link to one item gets many others.

What tells that page from a live one needs no phrase book, in any language or template:

- the page stands at an item's address: its path or query carries an identifier (a number, a
  date, an ID: ``/p/8812/red-sneaker``, ``/2024/05/01/slug``, ``/item.htm?id=9``) or a slug
  of subject words (``address.subject_words``);
- the grid's cards link to addresses of that same shape (``template``: the sections as
  written, each identifier and the last segment by their kind, each query value by its kind; a
  script's name as written where a query value names the item), ``GRID_ITEMS`` of them or more,
  each card naming its item in letters (a pager's "1 2 3" are pages of one list), the site's
  chrome and rails that call themselves additions to an item ("related", "you may like") left
  out: the page is one of those items, yet shows many others. A category, a tag, a search or a
  hub a link cites on purpose stands at an address of another shape than its items
  (``/category/shoes`` over ``/p/…``, ``/tag/x`` over ``/2024/…``, ``/search/2026`` over
  ``/articles/…``, ``/marca.aspx?id=12`` over ``/ficha.aspx?id=…``) and is never read; so is
  a news front page (no item's address);
- the page names nothing of what its address names: where the address has subject words,
  fewer than half of them start a word of the title, the heading or the main area's own text
  (a live item names itself there; a section's heading may share one word with its item,
  "Savons et soins" over ``/produit/2210/savon-lait-anesse-miel``); where it has only an
  identifier, nothing can be compared, so the main area must show nothing of its own outside
  the cards' links (``absent.shows``: a product's photo, a player, a table) besides the word
  limit below;
- the main area's own words, the cards and the site's chrome left out (``main_area``), are a
  line: a section's heading and a results count (``GRID_OWN_WORDS``), none of them a sentence
  (a help article's two short lines end with a full stop; a results count does not), and it
  offers no document of its own (a support page's PDFs). An article with a long "related"
  rail, a product with variants and a description, a job ad's text all have more.

Read only for pages that were not redirected (a redirected page's landing is
``classify.listing``'s and ``classify.broader``'s), after cheap string tests on the address.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urljoin

from lxml import etree

from curator import urls
from curator.classify import address
from curator.classify.absent import is_file, not_offered, shows
from curator.classify.main_area import (
    HEADING_TAGS,
    LINK_DENSE,
    Block,
    MainArea,
    is_chrome,
    reads_past,
    scope,
)
from curator.classify.probe_address import segment_kind
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract.clean import collapse
from curator.extract.document import Document
from curator.extract.text import BLOCK_TAGS, all_text

# Cards linking to other items of the page's own address shape that make a section's grid,
# not a rail of "you may also like" beside one item (templates put 3 to 5 there, some more).
GRID_ITEMS = 6
# Words of the main area's own (cards, menus and chrome left out) up to which the page shows
# nothing but a section's heading, a results count and a sort box's label.
GRID_OWN_WORDS = 25
# Paragraphs after the page's heading read for a sentence of its own before the links are
# counted: an item's text starts within its first few (a byline, a standfirst, a caption).
AFTER_HEADING_PARAGRAPHS = 3
# Segment and query value kinds that identify one item.
_ID_KINDS = frozenset({"num", "date", "hex", "id"})
# Digits of a number that, leading or ending a slug, names its item (not "v2", "top-10").
_ID_DIGITS = 3
_SLUG_PARTS = re.compile(r"[-_]")
# Two letters of any script in a link's text: it names a page (a card), not a pager's number.
_LETTERS = re.compile(r"[^\W\d_]{2}")


@dataclass(frozen=True, slots=True)
class ItemGrid:
    """Other items' cards where the item an address names would be."""

    items: int  # distinct links to other items of the page's own address shape
    heading: str  # the page's heading, or its title: the section it names
    own_words: int  # words of the main area's own besides the cards
    item: str  # the path (and query) of the address asked for

    @property
    def says(self) -> str:
        under = f" under “{self.heading}”" if self.heading else ""
        return (
            f"shows a listing of {self.items} other items{under} at the address of one item, "
            f"and nothing of {self.item} ({self.own_words} words of its own besides them)"
        )


def template(url: str) -> str | None:
    """The shape of an address: its host, its path with each segment that names one item
    (``_identifies``) and its last segment (the item's slug) as its kind, the other segments
    (sections: ``/p/``, ``/hc/en-us/articles/``, ``/search/``) as written, and each query key
    with its value's kind. Addresses of one template are pages of one kind
    (``/p/123/red-sneaker`` and ``/p/9/blue-boot``; ``/item.htm?id=9`` and ``/item.htm?id=10``,
    not ``/search/2026`` and ``/articles/2026``). Where a query value names the item, the path is
    the script's name and is kept as written: ``/ficha.aspx?id=9`` is a car's page,
    ``/marca.aspx?id=12`` a maker's. None for an address that cannot be read."""
    try:
        parts = urls.split(url)
    except ValueError:
        return None
    pairs = parse_qsl(parts.query)
    kinds = sorted(f"{key}={segment_kind(value) if value else ''}" for key, value in pairs)
    if _identified(pairs):
        path = parts.path.lower()
    else:
        segments = parts.path.rstrip("/").split("/")
        path = "/".join(
            segment_kind(s) if s and (at == len(segments) - 1 or _identifies(s)) else s.lower()
            for at, s in enumerate(segments)
        )
    return f"{(parts.hostname or '').lower()}{path}?{'&'.join(kinds)}"


def _identified(pairs: list[tuple[str, str]]) -> bool:
    return any(_identifies(value) for _, value in pairs)


def _identifies(segment: str) -> bool:
    """Whether a path segment or a query value names one item: a number, a date, a hash or an
    ID (``probe_address.segment_kind``), or a slug led or ended by a number of several digits
    (``4411-nurse``, ``taladro-850w-3391``)."""
    if segment_kind(segment).split(".")[0] in _ID_KINDS:
        return True
    parts = _SLUG_PARTS.split(segment.split(".")[0])
    return any(part.isdigit() and len(part) >= _ID_DIGITS for part in (parts[0], parts[-1]))


def item_shaped(url: str) -> bool:
    """Whether an address names one item: an identifier (``_identifies``) in a query value or
    in a path segment below the site's top level, or a slug of subject words below it."""
    try:
        parts = urls.split(url)
    except ValueError:
        return False
    if _identified(parse_qsl(parts.query)):
        return True
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if len(segments) < 2:
        return False
    return any(_identifies(s) for s in segments[1:]) or bool(address.subject_words(url))


def read_item_grid(
    document: Document,
    url: str,
    title: str | None,
    h1: str | None,
    main_area: Callable[[], MainArea],
) -> ItemGrid | None:
    """The grid of other items the page at ``url`` (not redirected) shows instead of the item
    its address names, or None (see the module's docstring for each test, in order of cost).
    ``main_area`` reads the main area, asked only of an item's address its title leaves unnamed."""
    if not item_shaped(url):
        return None
    words = address.subject_words(url)
    if words and _named(words, title, h1):
        return None  # the title or heading names the item
    if _told_after_heading(document):
        return None  # the heading is followed by a sentence of the page's own: an item's text
    if not _enough_links(document.root, url):
        return None  # too few links of the address's depth for a grid: the main area is not read
    if reads_past(document.root, _OwnContent()):
        return None  # the page has content of its own besides any grid (read to there only)
    main = main_area()
    if words and _named(words, main.text):
        return None
    items = _cards(scope(document.root)[0], url)
    if items < GRID_ITEMS:
        return None
    if not words and shows(document.root):
        return None  # an item known by its number alone, shown by its picture
    try:
        parts = urls.split(url)
    except ValueError:
        return None
    item = parts.path + (f"?{parts.query}" if parts.query else "")
    return ItemGrid(items, (h1 or title or "").strip(), main.words, item)


def _enough_links(root: etree._Element, url: str) -> bool:
    """Whether the page has ``GRID_ITEMS`` links or more that may be of the address's template
    (``_cards``): as many path segments (the same script, where a query names the item), or an
    address relative to the page's own. String tests on each link, where reading the main area
    cost 1.8 ms a real page: most pages stop here."""
    try:
        parts = urls.split(url)
    except ValueError:
        return False
    by_query = _identified(parse_qsl(parts.query))
    own = parts.path.lower() if by_query else parts.path.rstrip("/").count("/")
    found = 0
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if href.startswith(("http://", "https://", "//")):
            href = "/" + href.split("//", 1)[1].partition("/")[2]
        elif not href.startswith("/"):
            found += bool(href) and not href.startswith(("#", "mailto:", "tel:", "javascript:"))
            continue
        path = href.split("#", 1)[0].split("?", 1)[0]
        found += (path.lower() if by_query else path.rstrip("/").count("/")) == own
        if found >= GRID_ITEMS:
            return True
    return False


def _told_after_heading(document: Document) -> bool:
    """Whether one of the first ``AFTER_HEADING_PARAGRAPHS`` paragraphs after the page's
    heading (its first ``h1``, else ``h2``: indexed when the page was parsed) is a sentence of
    the page's own (``_own_sentence``, in a box the main area's reading enters: ``_entered``):
    the item's own text under its title, a block at which that reading (``_OwnContent``) stops.
    A section's grid has a results count and cards there. Read from the heading onwards in
    libxml2, one level up at a time, where counting an article's 150 links and finding its main
    area cost 0.3 ms a page: most items stop here."""
    headings = document.elements("h1") or document.elements("h2")
    if not headings:
        return False
    read = 0
    node: etree._Element = headings[0]
    for box in headings[0].iterancestors():
        for sibling in node.itersiblings("*"):
            for paragraph in sibling.iter("p"):
                if _own_sentence(paragraph, sibling):
                    return _entered(box, document.root)
                read += 1
                if read >= AFTER_HEADING_PARAGRAPHS:
                    return False
        node = box
    return False


def _entered(box: etree._Element, root: etree._Element) -> bool:
    """Whether the main area's reading enters ``box``: no box from it up is chrome
    (``_walls``), up to the page's first ``<main>`` (the landmark, itself never judged) or to
    the page's root."""
    element: etree._Element | None = box
    while element is not None and element is not root:
        if element.tag == "main" and next(root.iter("main")) is element:
            return True
        if _walls(element):
            return False
        element = element.getparent()
    return True


def _walls(element: etree._Element) -> bool:
    """Whether an element keeps what it holds from the page's own text: chrome as the main
    area's reading leaves it out (``main_area.is_chrome``: a menu, a footer, a rail of teaser
    cards, a box whose class names chrome; any form), a link (a card's teaser) or a heading."""
    return element.tag == "a" or element.tag in HEADING_TAGS or is_chrome(element, True)


def _own_sentence(paragraph: etree._Element, box: etree._Element) -> bool:
    """Whether a paragraph inside ``box`` (nothing around ``box`` walls it off) is one block of
    the page's own that is a sentence (``_sentence``): it holds no block of its own, it ends
    with a full stop, most of it is not a link's text, and nothing from it up to ``box`` walls
    it off (``_walls``)."""
    text = all_text(paragraph).rstrip()
    if not text.endswith(SENTENCE_ENDS):
        return False
    if next(paragraph.iterdescendants(*BLOCK_TAGS), None) is not None:
        return False  # cut into several blocks by the main area's reading
    element: etree._Element | None = paragraph
    while element is not None:
        if _walls(element):
            return False
        if element is box:
            break
        element = element.getparent()
    linked = sum(len(all_text(link).strip()) for link in paragraph.iter("a"))
    return not linked or linked < LINK_DENSE * len(collapse(text))


class _OwnContent:
    """A reading of the main area's blocks in order (``main_area.reads_past``) that stops at
    the first sentence or past ``GRID_OWN_WORDS`` words: an item's own content. Reading a real
    page's whole main area cost 1.2 ms; its first blocks tell."""

    def __init__(self) -> None:
        self.words = 0

    def __call__(self, block: Block) -> bool:
        self.words += block.words
        return self.words > GRID_OWN_WORDS or _sentence(block)


def _sentence(block: Block) -> bool:
    """Whether a block of the main area is a sentence of the page's own (a help article's two
    lines, a listing's one-line description): a section's heading, a results count and a sort
    box's label end without a full stop."""
    return not block.heading and block.text.rstrip().endswith(SENTENCE_ENDS)


def _named(words: tuple[str, ...], *names: str | None) -> bool:
    """Whether the names hold half the address's subject words or more (``address.names_in``:
    a word's stem starting one of theirs), or are in letters the address does not use (nothing
    to compare). A section's heading may share one word with an item of it ("Savons et soins"
    over ``…/savon-lait-anesse-miel``); an item's own title names most of its address, and an
    address of two subject words sharing one is counted named (``…/kask-miejski-led`` under
    "Kaski rowerowe": precision first)."""
    text = " ".join(name for name in names if name)
    if not address.comparable(words, text):
        return True
    shared = sum(1 for word in words if address.names_in((word,), text))
    return 2 * shared >= len(words)


def _cards(start: etree._Element, url: str) -> int:
    """How many distinct other pages of ``url``'s own template (``template``) the links under
    ``start`` lead to, each by a link with letters in its text or its picture's alt text: a
    card names its item, where a pager's links are numbers ("1 2 3 ›") to pages of one list.
    The site's chrome and rails that call themselves additions to an item ("related", "you may
    like": ``absent.not_offered``) are left out: a live item's siblings stand there. None at all
    where a link leads to a file (``absent.is_file``): a document offered is the page's own."""
    own = template(url)
    here = url.split("#", 1)[0]
    seen: set[str] = set()
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        if not isinstance(element.tag, str):
            continue
        if element is not start and not_offered(element):
            walker.skip_subtree()
            continue
        href = (element.get("href") or "").strip() if element.tag == "a" else ""
        if not href or href.startswith("#"):
            continue
        with contextlib.suppress(ValueError):
            target = urljoin(url, href).split("#", 1)[0]
            if is_file(urls.split(target).path):
                return 0  # a document or an archive offered: the page's own content
            if target == here or target in seen or template(target) != own:
                continue
            named = all_text(element) + " ".join(i.get("alt") or "" for i in element.iter("img"))
            if _LETTERS.search(named):
                seen.add(target)
    return len(seen)
