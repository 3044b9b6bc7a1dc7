"""Cards of other pages: what under a notice belongs to another item, whatever its shape.

A gone product's, listing's or job's page often keeps the item's name and a notice ("Dieses
Produkt ist nicht mehr erhältlich", "This listing is no longer available") over other items'
cards: "Alternativen", "Similar homes", "Jobs like this", a table of other recipes. Each card
carries its page's facts (a price and a size as label/value ``<span>``s, a ``<dl>``, a caption
with figures, table cells), and read as the page's own they acquit the notice: the review of
wave 15 found such pages in nine languages called alive. ``item_content`` leaves out what
stands inside a link or under a subheading led by one; a card's facts stand beside its link,
under a carousel's button, a hint line or no subheading at all.

A card is a block with one main link to another page: its photo, its title or both point to
one address (a small "View" link in a figure with its picture is such a card too), and
everything in the block is that page's, in any shape. A block is a card when it is led by
that link (its first words or its first picture are the link's), or when it is a ``<figure>``
showing a picture beside it, and when it is not alone: its siblings of the same tag are cards
of other addresses (a grid, a list, a table's rows), or its link shows a picture (a successor's
photo card). A breadcrumb's "Back to results" leading the item's own details is neither, and
no block holding the item's heading, the notice or more words than a teaser (``CARD_WORDS``)
is a card.

Links that stay on the item are not links away: to its pictures at full size, to a place on
the page, to the page itself with a query (a variant, a photo's number), to pages beneath its
address or carrying its number (``/listing/880455/photos/2``). The item's own gallery is its
content (``item_content.to_other_page`` with the page's address says which links leave it).

``without_cards`` takes the cards out of a copy of the page, so that every reading of what
stands beside a notice (``item_notice.beside``: the count, the lead's words, the photos) sees
the same page without them; ``item_notice`` says how many there were in the reason.
"""

from __future__ import annotations

import copy

from lxml import etree

from curator.classify.item_content import to_other_page
from curator.classify.main_area import HEADING_TAGS, left_out, scope
from curator.classify.prose import word_count
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Elements that make a card: a grid's tile, a list's item, a teaser article, a figure, a row.
CARD_TAGS = frozenset({"div", "li", "article", "figure", "section", "tr"})
_PICTURE_TAGS = frozenset({"img", "picture", "svg"})
# Words a card holds at most: a teaser's title, its facts and a line of summary. A block of
# more is a part of the page of its own, whatever link leads it.
CARD_WORDS = 80


def cards(root: etree._Element, url: str, notices: list[str]) -> list[etree._Element]:
    """The outermost cards of other pages in the main area of ``root`` (the page at ``url``);
    ``notices`` are the notice's words, casefolded: a block saying them is the item's."""
    start, inside = scope(root, fallback=root)
    found: list[etree._Element] = []
    # ``main_area.walk``'s walk, written out to skip what a card holds
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        if left_out(element, start, inside):
            walker.skip_subtree()
        elif element is not start and element.tag in CARD_TAGS and _card(element, url, notices):
            found.append(element)
            walker.skip_subtree()
    return found


def without_cards(root: etree._Element, url: str, notices: list[str]) -> tuple[etree._Element, int]:
    """``root`` with its cards of other pages taken out (a copy; ``root`` itself when it has
    none), and how many there were."""
    found = cards(root, url, notices)
    if not found:
        return root, 0
    paths = [_path(card, root) for card in found]
    twin = copy.deepcopy(root)
    for path in reversed(paths):
        card = _at(twin, path)
        parent = card.getparent()
        if parent is None:
            continue
        tail = card.tail
        previous = card.getprevious()
        parent.remove(card)
        if tail:  # the words after a card are not its own
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    return twin, len(found)


def _path(element: etree._Element, root: etree._Element) -> list[int]:
    """Where ``element`` stands under ``root``: its index under each ancestor, from ``root``
    down."""
    path = []
    while element is not root and (parent := element.getparent()) is not None:
        path.append(parent.index(element))
        element = parent
    return path[::-1]


def _at(root: etree._Element, path: list[int]) -> etree._Element:
    element = root
    for index in path:
        element = element[index]
    return element


def _address(link: etree._Element) -> str:
    return (link.get("href") or "").strip().split("#", 1)[0]


def _address_of(element: etree._Element, url: str) -> str | None:
    """The one address of another page ``element``'s links lead to, or None when they lead to
    none or to several (read no further than the second)."""
    found: str | None = None
    for link in element.iter("a"):
        if to_other_page(link, url):
            address = _address(link)
            if found is not None and address != found:
                return None
            found = address
    return found


def _card(element: etree._Element, url: str, notices: list[str]) -> bool:
    """Whether ``element`` is a card of another page (the module's docstring says what one is)."""
    address = _address_of(element, url)
    if address is None:
        return False
    lead = _leading_link(element)
    figure = element.tag == "figure" and _pictured(element)
    if not figure and (lead is None or not to_other_page(lead, url)):
        return False
    if next(element.iter("h1"), None) is not None:
        return False
    text = collapse(all_text(element))
    if word_count(text) > CARD_WORDS or any(n and n in text.casefold() for n in notices):
        return False  # the item's own block: more than a teaser says, or the notice itself
    if figure or (lead is not None and _pictured(lead)):
        return True
    return _repeated(element, url, address)


def _leading_link(element: etree._Element) -> etree._Element | None:
    """The link holding ``element``'s first words or first picture, if a link holds them."""
    for inner in element.iter():
        if not isinstance(inner.tag, str):
            continue
        if inner.tag == "a":
            return inner if (_pictured(inner) or all_text(inner).strip()) else None
        if inner.tag in _PICTURE_TAGS or (inner.tag in HEADING_TAGS and not _has_link(inner)):
            return None
        if inner.text and inner.text.strip():
            return None
        if inner is not element and inner.tail and inner.tail.strip():
            return None
    return None


def _has_link(element: etree._Element) -> bool:
    return next(element.iter("a"), None) is not None


def _pictured(element: etree._Element) -> bool:
    return any(True for _ in element.iter(*_PICTURE_TAGS))


def _repeated(element: etree._Element, url: str, address: str) -> bool:
    """Whether a sibling of the same tag is a card of another address too (a grid, a list of
    cards, a table of other pages' rows)."""
    parent = element.getparent()
    if parent is None:
        return False
    for sibling in parent:
        if sibling is element or sibling.tag != element.tag:
            continue
        other = _address_of(sibling, url)
        if other is not None and other != address:
            lead = _leading_link(sibling)
            if lead is not None and to_other_page(lead, url):
                return True
    return False
