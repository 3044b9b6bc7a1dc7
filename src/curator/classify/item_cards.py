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

Wherever in the block the link stands, it is the same card: a row led by its date ("12 May
2024 — <a>Title</a> — excerpt", a table's date cell before its linked title), a product tile
whose photo and title are plain and whose only link is a "View", "Ansehen" or "Voir" button
at its end, a table row whose last cell holds the link, a term of a ``<dl>`` with its
descriptions (the link in the term or in the description). Read so, a link that does not lead
its block must go to another page of the same site and the block must stand among siblings
that are cards of other addresses: a tour's rows whose "Tickets" leave for a ticket seller,
an article's paragraphs with a link inside a sentence, an item's downloads or its photo pages
are no cards (the link leaves the site, stands inside the words, or stays on the item).

Links that stay on the item are not links away: to its pictures at full size, to a place on
the page, to the page itself with a query (a variant, a photo's number), to pages beneath its
address or carrying its number (``/listing/880455/photos/2``). The item's own gallery is its
content (``item_content.to_other_page`` with the page's address says which links leave it).

A forum thread's posts are no cards, though each is led by a link to another page: a post's
link is its author's name, followed by the date it was written and words of its own
(``thread_posts.dated_post``), where a teaser's is the title of the page it links to. Read as
posts they are the thread's own content, and ``item_notice`` weighs the notice over them.

``without_cards`` takes the cards out of a copy of the page, so that every reading of what
stands beside a notice (``item_notice.beside``: the count, the lead's words, the photos) sees
the same page without them; ``item_notice`` says how many there were in the reason.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urlsplit

from lxml import etree

from curator.classify.item_content import to_other_page
from curator.classify.main_area import HEADING_TAGS, left_out, scope
from curator.classify.prose import word_count
from curator.classify.thread_posts import DATE_WORDS, dated_post, enclosing, link_address
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Elements that make a card: a grid's tile, a list's item, a teaser article, a figure, a row,
# a paragraph set as a row ("12 mai 2024 — <a>…</a> — …"; a paragraph holding a linked title
# alone is a teaser's first line, its words in the next paragraph, and no card).
CARD_TAGS = frozenset({"div", "li", "article", "figure", "section", "tr", "p"})
_FIGURE = re.compile(r"\d")
_PICTURE_TAGS = frozenset({"img", "picture", "svg"})
# A list's lines and what holds them: an entry of a list, a row of a table.
_LINES = {"li": ("ul", "ol"), "tr": ("table", "tbody", "thead")}
# Words a card holds at most: a teaser's title, its facts and a line of summary. A block of
# more is a part of the page of its own, whatever link leads it.
CARD_WORDS = 80


def cards(root: etree._Element, url: str, notices: list[str]) -> list[etree._Element]:
    """The outermost cards of other pages in the main area of ``root`` (the page at ``url``);
    ``notices`` are the notice's words, casefolded: a block saying them is the item's."""
    return _read(root, url, notices)[0]


def lines_beside(root: etree._Element, url: str, notices: list[str]) -> int:
    """How many cards of other pages stand beside the notice as lines of its own list: a
    notice that is one line of a list or a table (``_LINES``) whose other lines are cards is
    said of its line's entry ("10. This episode has been removed", among the show's linked
    episodes), not of the page the list stands on. 0 where the notice stands apart from the
    cards (a gone product's notice over a list of similar products) or beside fewer than two."""
    found = cards(root, url, notices)
    line = _notice_line(root, notices) if found else None
    if line is None:
        return 0
    parent = line.getparent()
    beside = sum(1 for card in found if card.getparent() is parent and card.tag == line.tag)
    return beside if beside >= 2 else 0


def _notice_line(root: etree._Element, notices: list[str]) -> etree._Element | None:
    """The innermost list item or table row saying one of ``notices``, in a list or table."""
    line = None
    for element in root.iter(*_LINES):
        parent = element.getparent()
        if parent is None or parent.tag not in _LINES[element.tag]:
            continue
        text = collapse(all_text(element)).casefold()
        if any(n and n in text for n in notices):
            line = element  # document order: a later one inside it is more inner
    return line


def posts(root: etree._Element, url: str) -> int:
    """How many posts of a thread (``_post``) the main area of ``root`` holds: the thread's
    own content, however few words each says."""
    return _read(root, url, [])[1]


def _read(root: etree._Element, url: str, notices: list[str]) -> tuple[list[etree._Element], int]:
    """The main area's outermost cards of other pages, and how many posts of a thread it holds
    (neither read inside the other)."""
    start, inside = scope(root, fallback=root)
    found: list[etree._Element] = []
    posted = 0
    lists: dict[tuple[int, str], bool] = {}
    # ``main_area.walk``'s walk, written out to skip what a card or a post holds
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        if left_out(element, start, inside):
            walker.skip_subtree()
        elif element is not start and element.tag in CARD_TAGS and _post(element, url):
            posted += 1
            walker.skip_subtree()  # the thread's own words, links to its authors and all
        elif (
            element is not start
            and element.tag in CARD_TAGS
            and _card(element, url, notices, lists)
        ):
            found.append(element)
            walker.skip_subtree()
        elif element.tag == "dl" and (terms := _terms(element, url, notices)):
            found.extend(terms)
            walker.skip_subtree()
    return found, posted


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
    return twin, sum(1 for card in found if card.tag != "dd")  # a term's descriptions are its


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


def _address_of(*elements: etree._Element, url: str) -> str | None:
    """The one address of another page the links of ``elements`` lead to, or None when they
    lead to none or to several (read no further than the second)."""
    found: str | None = None
    for element in elements:
        for link in element.iter("a"):
            if to_other_page(link, url):
                address = link_address(link)
                if found is not None and address != found:
                    return None
                found = address
    return found


def _card(
    element: etree._Element, url: str, notices: list[str], lists: dict[tuple[int, str], bool]
) -> bool:
    """Whether ``element`` is a card of another page (the module's docstring says what one is).
    ``lists`` keeps, by parent and tag, whether siblings are all ways on (``_all_ways``): read
    once for a table's rows, not once a row."""
    address = _address_of(element, url=url)
    if address is None:
        return False
    lead = _leading_link(element)
    led = lead is not None and to_other_page(lead, url)
    figure = element.tag == "figure" and _pictured(element)
    if not figure and not led and _placed(element, url) is None:
        return False
    if not _teaser(element, notices):
        return False
    if element.tag == "p" and not _beside_link(element):
        return False  # a linked title alone: its teaser's words run on in the next paragraph
    if figure or (led and lead is not None and _pictured(lead)):
        return True
    if not led and not _all_ways(element, url, lists):
        return False  # a fact sheet whose values link on (a label, then a linked value)
    return _repeated(element, url, address)


def _post(element: etree._Element, url: str) -> bool:
    """Whether ``element`` is a post of a thread (``thread_posts.dated_post``; the module's
    docstring says why it is no card), led by a link to another page not set as a heading."""
    lead = _leading_link(element)
    if lead is None or not to_other_page(lead, url) or _in_heading(lead, element):
        return False
    return dated_post(element, lead)


def _in_heading(link: etree._Element, block: etree._Element) -> bool:
    return any(enclosing(link, tag, block) is not None for tag in HEADING_TAGS)


def _teaser(element: etree._Element, notices: list[str], *more: etree._Element) -> bool:
    """Whether ``element`` (with ``more``, a term's descriptions) holds no more than a teaser:
    not the item's heading, not the notice, no more than ``CARD_WORDS`` words."""
    if any(next(part.iter("h1"), None) is not None for part in (element, *more)):
        return False
    text = collapse(" ".join(all_text(part) for part in (element, *more)))
    return word_count(text) <= CARD_WORDS and not any(n and n in text.casefold() for n in notices)


def _beside_link(element: etree._Element) -> bool:
    """Whether ``element`` says something besides its links' words (a date, an excerpt)."""
    linked = sum(word_count(all_text(a)) for a in element.iter("a"))
    return word_count(collapse(all_text(element))) > linked


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


def _placed(element: etree._Element, url: str, *more: etree._Element) -> etree._Element | None:
    """The link to another page of the site that stands at an edge of ``element`` (with
    ``more``, a term's descriptions) though it does not lead it: after a date only, or at its
    end (a "View" button, a table's last cell), nothing but punctuation after it."""
    links = [a for part in (element, *more) for a in part.iter("a") if to_other_page(a, url)]
    if not links or not _on_site(links[0], url):
        return None
    words = collapse(" ".join(all_text(part) for part in (element, *more)))
    first = collapse(all_text(links[0]))
    if first and first in words:
        before = words[: words.index(first)].split()
        if len(before) <= DATE_WORDS and _FIGURE.search(" ".join(before)):
            return links[0]  # "12 May 2024 — <a>Title</a> — excerpt"
    last = collapse(all_text(links[-1]))
    if last and words.rstrip(" .,;:·|—–-»›→>").endswith(last):
        return links[-1]
    return _cell_link(element, links[0]) if element.tag == "tr" else None


def _cell_link(row: etree._Element, link: etree._Element) -> etree._Element | None:
    """The row's first link to the site when it fills a cell of its own: a table sets its way
    on in a column, not at an edge of a sentence ("Un article | <a>La recherche</a> |
    Immédiat", a help table's rows, each with what it is for and how soon it answers). Read
    as a card only among rows that all hold such a way (``_all_ways``) to different pages
    (``_repeated``), as a row whose last cell is the link is."""
    cell = next((c for c in link.iterancestors() if c.tag in ("td", "th")), None)
    if cell is None or cell.getparent() is not row:
        return None
    return link if collapse(all_text(cell)) == collapse(all_text(link)) else None


def _on_site(link: etree._Element, url: str) -> bool:
    """Whether ``link`` leads to a page of the site at ``url`` (a relative address, or the same
    host): a way on through the site, not to a ticket seller or a publisher."""
    try:
        host = urlsplit((link.get("href") or "").strip()).netloc.casefold()
        return not host or host == urlsplit(url).netloc.casefold()
    except ValueError:
        return False


def _terms(dl: etree._Element, url: str, notices: list[str]) -> list[etree._Element]:
    """The terms of a description list, each with its descriptions, when every term is a card
    of another page (led by its link or holding it at an edge, a teaser's words) and two or
    more lead to different addresses: a list of useful links. A list with a term of its own
    ("Code: 404" beside "Class: <a>Client error</a>") is an item's fact sheet. Every term's
    elements, or none."""
    groups: list[list[etree._Element]] = []
    for child in dl:
        if child.tag == "dt":
            groups.append([child])
        elif child.tag == "dd" and groups:
            groups[-1].append(child)
    found: list[etree._Element] = []
    addresses: set[str] = set()
    for term, *descriptions in groups:
        address = _address_of(term, *descriptions, url=url)
        if address is None or not _teaser(term, notices, *descriptions):
            return []  # a term of the item's own: a fact sheet, not a list of ways
        lead = _leading_link(term)
        if (lead is None or not to_other_page(lead, url)) and _placed(
            term, url, *descriptions
        ) is None:
            return []
        found += [term, *descriptions]
        addresses.add(address)
    return found if len(addresses) >= 2 else []


def _has_link(element: etree._Element) -> bool:
    return next(element.iter("a"), None) is not None


def _pictured(element: etree._Element) -> bool:
    return any(True for _ in element.iter(*_PICTURE_TAGS))


def _way(element: etree._Element, url: str) -> bool:
    """Whether ``element`` leads on to one other page: led by the link or holding it at an
    edge."""
    if _address_of(element, url=url) is None:
        return False
    lead = _leading_link(element)
    return (lead is not None and to_other_page(lead, url)) or _placed(element, url) is not None


def _all_ways(element: etree._Element, url: str, lists: dict[tuple[int, str], bool]) -> bool:
    """Whether every sibling of ``element``'s tag (a table's header row aside) is a way on to
    another page: a list of ways. A block whose link does not lead it is read as a card only
    among such: an item's fact table or sheet ("Label: <a>Harbour Records</a>", "Released:
    2021") holds rows without a link, or whose link is no way on."""
    parent = element.getparent()
    if parent is None:
        return _way(element, url)
    key = (id(parent), str(element.tag))
    if key not in lists:
        siblings = [s for s in parent if s.tag == element.tag]
        lists[key] = all(_way(sibling, url) or _header_row(sibling) for sibling in siblings)
    return lists[key]


def _header_row(row: etree._Element) -> bool:
    return row.tag == "tr" and all(cell.tag == "th" for cell in row if isinstance(cell.tag, str))


def _repeated(element: etree._Element, url: str, address: str) -> bool:
    """Whether a sibling of the same tag is a card of another address too (a grid, a list of
    cards, a table of other pages' rows)."""
    parent = element.getparent()
    if parent is None:
        return False
    for sibling in parent:
        if sibling is element or sibling.tag != element.tag:
            continue
        other = _address_of(sibling, url=url)
        if other is not None and other != address:
            lead = _leading_link(sibling)
            if (lead is not None and to_other_page(lead, url)) or _placed(sibling, url) is not None:
                return True
    return False
