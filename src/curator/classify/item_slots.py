"""An item's page template drawn with the item's own slots empty.

A site whose router still answers a removed article, product or question draws the item's
template as it stands and fills none of it: the heading with no words
(``<h1 class="entry-title"></h1>``, ``<h1 itemprop="name"></h1>``), the date with no day
(``<time datetime=""></time>``), the picture with no source (``<img src="" alt="">``) or with
the stand-in file the template shows where an item's picture is missing
(``<img src="/static/placeholder.svg" alt="">``, ``no-image.gif``, a ``data:`` pixel), the body's
box with no text, a price's or a date's slot printed with a mark for no value ("0,00 €", "—",
"undefined", "{{ price }}"), the facts' labels with blank values (``classify.blank_fields``).
Beside it the site draws its chrome and a rail of other items; none of it is the item's.

Read by structure alone, in any language: the page's title slot is its first ``<h1>``, else the
element the template declares its item's headline or name (schema.org's ``itemprop``), and it
holds nothing (no word, no logo's picture: a heading holding a logo or an icon shows it). The
item's template is the highest block above that slot, up to the main landmark, that still
shows nothing: no word outside the blank fields' labels, no picture or player with a source,
nothing to fill in, no link with words but in a rail of other items (a block whose links say
as much as its own words: "Read also" over five headlines), which stands beside the item in
the same box as often as outside it. A live page's heading slot left empty for styling sits
beside the article's words, its pictures or its player, and the climb stops below them; the
template's other slots are counted in what the climb kept, so a lone empty heading (a logo's
box) is not a template drawn empty (``SLOT_KINDS``). A template whose item's box names what
a script is to draw into it (``data-src="/api/…"``) waits for the script, not for an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify.blank_fields import blank_fields, blank_value
from curator.classify.item_content import FILE
from curator.classify.thin import word_count
from curator.extract.text import all_text

# Kinds of slot drawn empty (the heading one of them) from which a block is the item's template
# with nothing in it: a heading, a date, a picture or player, a body's box, blank fields. An
# empty heading beside one empty box is a logo's or a styling's slot, not a template.
SLOT_KINDS = 3
# What shows a picture or plays something when it has a source to show.
_MEDIA = frozenset({"img", "picture", "video", "audio", "iframe", "embed", "object", "source"})
# Attributes naming what a media element shows (a lazy loader's ``data-src`` is a source too).
_SOURCES = ("src", "srcset", "data-src", "data-srcset", "data-lazy-src", "poster", "data")
# What a reader fills in or a script draws on: something of the page, never an empty slot.
_SHOWS = frozenset({"input", "select", "textarea", "button", "canvas", "math", "form", "svg"})
_UNSEEN = frozenset({"script", "style", "noscript", "template"})
_BOXES = frozenset({"div", "section", "p", "figure", "span", "figcaption", "blockquote"})
# Boxes a template draws an item's body, picture or facts into.
_BODIES = frozenset({"div", "section", "p", "figure", "blockquote", "ul", "ol"})
# Characters a slot's mark for no value holds at most ("0,00 €", "{{ product.price }}").
_MARK_CHARS = 40
# Elements a slot's mark may be wrapped in: inline ones, the slot itself a box of any kind.
_INLINE = frozenset({"span", "b", "strong", "em", "i", "small", "bdi", "data", "sup", "sub"})
_DATE_PROPS = frozenset({"datepublished", "datecreated", "datemodified", "startdate", "uploaddate"})
# What a picture says of itself in words: a name of it in any of these is the item's.
_NAMES = ("alt", "title", "aria-label")
# The names web templates give the file they show where an item's picture is missing
# (WooCommerce's ``woocommerce-placeholder.png``, Magento's ``placeholder/image.jpg``, a shop's
# ``no-image.gif``, a theme's ``spacer.gif``): the words of a file name that is no picture.
_STAND_IN_NAMES = frozenset(
    {"placeholder", "blank", "spacer", "dummy", "noimage", "nophoto", "nopic", "missing",
     "fallback", "transparent", "pixel"}
)  # fmt: skip
# Pairs of file name words meaning the same ("no-image.png", "no_photo.jpg", "image-missing").
_STAND_IN_PAIRS = frozenset({("no", "image"), ("no", "photo"), ("no", "picture"), ("no", "img")})
_FILE_WORDS = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class EmptySlots:
    """The item's template drawn with its own slots empty, and which slots."""

    block: etree._Element  # the highest block above the title slot that shows nothing
    heading: etree._Element  # the title slot
    kinds: tuple[str, ...]  # "heading", "date", "picture", "body", "fields", as met
    fields: tuple[str, ...] = ()  # the blank fields' labels (``classify.blank_fields``)

    @property
    def named(self) -> str:
        """The item's template as an editor finds it in the page's source: the innermost
        ``<article>`` or declared item (``itemscope``) above the heading within the block,
        else the block, by its tag and class."""
        item = self.block
        for above in self.heading.iterancestors():
            if _item(above):
                item = above
                break
            if above is self.block:
                break
        names = " ".join((item.get("class") or "").split())
        return f'{item.tag} class="{names}"' if names else str(item.tag)


def empty_slots(root: etree._Element) -> EmptySlots | None:
    """The item's template with its slots empty on a parsed page, or None: the title slot
    holds nothing, and the block that climbing from it keeps holds ``SLOT_KINDS`` kinds of
    empty slot at least."""
    heading = title_slot(root)
    if heading is None or not _nothing_in(heading):
        return None
    block = heading
    kinds: list[str] = ["heading"]
    labels: list[str] = []
    above = set(heading.iterancestors())
    while not _landmark(block):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        found: tuple[list[str], list[str]] = (["heading"], [])
        if not _shows_nothing(parent, heading, above, found):
            break
        block, (kinds, labels) = parent, found
    if labels:
        kinds.append("fields")
    if len(kinds) < SLOT_KINDS or _drawn_by_script(heading, block):
        return None
    return EmptySlots(block, heading, tuple(kinds), tuple(labels))


def title_slot(root: etree._Element) -> etree._Element | None:
    """Where the page's item is named: its first ``<h1>``, else the first heading the template
    declares its item's headline or name (``itemprop="headline"``, ``<h2 itemprop="name">``)."""
    heading = next(root.iter("h1"), None)
    if heading is not None:
        return heading
    found = _DECLARED_TITLE(root)
    return (
        found[0]
        if isinstance(found, list) and found and isinstance(found[0], etree._Element)
        else None
    )


# A heading the template declares its item's headline or name (libxml2 walks the page).
_DECLARED_TITLE = etree.XPath(
    "(//*[@itemprop='headline'] | //h2[@itemprop='name'] | //h3[@itemprop='name'])[1]"
)


def _nothing_in(heading: etree._Element) -> bool:
    """Whether a heading shows nothing: no word and no element that shows anything (a logo's
    picture, an icon)."""
    for inner in heading.iter():
        if not isinstance(inner.tag, str):
            continue
        if inner is not heading and inner.tag not in _UNSEEN and inner.tag not in _BOXES:
            return False  # a picture, a link, an icon: the heading shows it
        if (inner.text or "").strip() or (inner is not heading and (inner.tail or "").strip()):
            return False
    return True


def _shows_nothing(
    element: etree._Element,
    heading: etree._Element,
    above: set[etree._Element],
    found: tuple[list[str], list[str]],
) -> bool:
    """Whether a block shows a reader nothing of an item: no word but the labels of blank
    fields, no picture or player with a source, nothing to fill in, no link with words outside
    a rail of other items beside the heading's branch, no custom element. The kinds of empty
    slot met and the blank fields' labels are collected in ``found``. Stops at the first thing
    shown."""
    kinds, labels = found
    if (element.text or "").strip():
        return False
    for child in element:
        if (child.tail or "").strip():
            return False
        if not isinstance(child.tag, str) or child.tag in _UNSEEN or child is heading:
            continue
        kind = _slot_kind(child)
        if child.tag in _MEDIA:
            if sourced(child) and not stand_in(child):
                return False
        elif child.tag in _SHOWS or "-" in child.tag:
            return False
        elif child not in above and _rail(child):
            continue  # a rail of other items beside the item's template ("Read also")
        elif child not in above and (fields := blank_fields(child)) is not None:
            labels.extend(fields)
            continue
        elif child not in above and _blank_mark(child):
            # a slot printed with a mark for no value ("0,00 €", "—", "null")
            kind = kind or "value"
        elif not _shows_nothing(child, heading, above, found):
            return False
        if kind and kind not in kinds:
            kinds.append(kind)
    return True


def _blank_mark(element: etree._Element) -> bool:
    """Whether an element holds nothing but a mark for no value, in words alone: a dash, a zero
    with its unit, "n/a" (``blank_fields.blank_value``), or what a template prints unfilled
    ("undefined", "{{ price }}"): a price's, a date's or a count's slot drawn empty."""
    text = all_text(element)
    if not text.strip() or len(text) > _MARK_CHARS:
        return False
    for inner in element.iterdescendants():
        if isinstance(inner.tag, str) and inner.tag not in _INLINE:
            return False
    return blank_value(text)


def _slot_kind(element: etree._Element) -> str:
    """The kind of the item's slot an element that shows nothing is: its date, its picture or
    player, a box for its body; else ""."""
    prop = (element.get("itemprop") or "").strip().lower()
    if element.tag == "time" or prop in _DATE_PROPS:
        return "date"
    if element.tag in _MEDIA:
        return "picture"
    if element.tag in _BODIES and not len(element) and not (element.text or "").strip():
        return "body"
    return ""


def _landmark(element: etree._Element) -> bool:
    """Whether an element is the page's main landmark: the climb stops there, the item's
    template being inside it."""
    return element.tag == "main" or (element.get("role") or "").strip().lower() == "main"


def _drawn_by_script(heading: etree._Element, block: etree._Element) -> bool:
    """Whether the item's template names what a script is to draw into it: a block above the
    heading whose data attributes name an address or an item's ID (``data-src="/api/…"``,
    ``data-article-id="k2x9f2"``). Its slots wait for the script, not for an item."""
    for above in heading.iterancestors():
        for name, value in above.attrib.items():
            if str(name).startswith(("data-", "hx-", "x-")) and _NAMES_DRAWN.search(str(value)):
                return True
        if above is block or _item(above):
            break  # the page's blocks around the item's own box are the site's
    return False


def _item(element: etree._Element) -> bool:
    """Whether an element is an item's own box: an ``<article>`` or a declared item."""
    return element.tag == "article" or element.get("itemscope") is not None


# An attribute value naming what a script draws: a path, or an ID of letters and digits.
_NAMES_DRAWN = re.compile(r"/|^(?=[\w-]*\d)[\w-]{4,64}$")


def _rail(element: etree._Element) -> bool:
    """Whether a block is a list of links to other pages: its links' words outnumber or match
    its own ("Read also" over five headlines), and none of its links is a file of the item's
    (a form, a report to download)."""
    links = list(element.iter("a"))
    if not links or any(FILE.search(link.get("href") or "") for link in links):
        return False
    linked = sum(word_count(all_text(link)) for link in links)
    return linked > 0 and word_count(all_text(element)) - linked <= linked


def stand_in(media: etree._Element) -> bool:
    """Whether a picture with a source shows no item: it names nothing (no alt text, title or
    label) and every source it has is the template's stand-in, a ``data:`` address drawn inline
    (a transparent pixel) or a file named as the picture a template shows where the item's is
    missing (``/static/placeholder.svg``, ``no-image.png``, ``spacer.gif``). A lazy loader's
    real picture in ``data-src`` beside a stand-in ``src`` is the item's picture."""
    for element in media.iter():
        if not isinstance(element.tag, str):
            continue
        if any((element.get(name) or "").strip() for name in _NAMES):
            return False
        for name in _SOURCES:
            value = (element.get(name) or "").strip()
            if value and not _stand_in_source(value):
                return False
    return True


def _stand_in_source(value: str) -> bool:
    """Whether a picture's source is a template's stand-in (``sourced``'s values): a ``data:``
    address, or a file whose name or folder is named as one (``no-image_large.gif``,
    ``no_photo.png``, ``…/placeholder/image.jpg``)."""
    if value.startswith("data:"):
        return True
    try:
        path = unquote(urlsplit(value.split(",", 1)[0].split()[0]).path)
    except (ValueError, IndexError):
        return False
    for part in path.rsplit("/", 2)[-2:]:
        words = [word for word in _FILE_WORDS.split(part.rsplit(".", 1)[0].casefold()) if word]
        if any(word in _STAND_IN_NAMES for word in words):
            return True
        if any(pair in _STAND_IN_PAIRS for pair in pairwise(words)):
            return True
    return False


def sourced(media: etree._Element) -> bool:
    """Whether a picture, a player or a frame has something to show: a source of its own or in
    a ``<source>`` inside it."""
    for element in media.iter():
        if isinstance(element.tag, str) and any(
            (element.get(name) or "").strip() for name in _SOURCES
        ):
            return True
    return False
