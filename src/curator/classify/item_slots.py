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

A template with no item to name often writes a heading of its own into the title slot: the
site's name or its section's ("Jobs", "Immobilien"), the words of its logo's link home or of a
menu's link to a top-level section (``names_a_section``); the slot then names no item either.
What the template prints around its empty slots is its own, the same on every item's page: a
part's heading over an empty box ("Description", "Reviews" over nothing), the separators
between slots ("<time></time> · <span></span>"), its button of a few words outside any form
("Add to basket", "Apply now"). The item's words, where a live page keeps them while a script
fills its template, end the reading: a part's heading sharing the address's slug words (the
item's name over its empty text), a value declared in microdata (``<meta itemprop="name"
content="…">``), a ``<noscript>`` holding the item for readers without a script, a JSON-LD
record of the item with a name (``declares_named_item``); a record declared with an empty name
(``"name": ""``) is the template's too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify import address, declared
from curator.classify.blank_fields import LABEL_WORDS, PART_HEADINGS, blank_fields, blank_value
from curator.classify.item_content import FILE
from curator.classify.thin import NAME_SPLIT, names_site_or_section, word_count
from curator.classify.title_segments import SITE_NAME_WORDS
from curator.extract import jsonld
from curator.extract.document import jsonld_objects
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


def empty_slots(root: etree._Element, url: str = "") -> EmptySlots | None:
    """The item's template with its slots empty on a parsed page at ``url``, or None: the title
    slot holds nothing, or only the name of the site or of a section (``names_a_section``),
    the block that climbing from it keeps holds ``SLOT_KINDS`` kinds of empty slot at least,
    and the page declares no item with a name of its own (``declares_named_item``)."""
    heading = title_slot(root)
    if heading is None or not (_nothing_in(heading) or names_a_section(root, heading, url)):
        return None
    block = heading
    kinds: list[str] = ["heading"]
    labels: list[str] = []
    above = set(heading.iterancestors())
    words = address.subject_words(url) if url else ()
    while not _landmark(block):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        found: tuple[list[str], list[str]] = (["heading"], [])
        if not _shows_nothing(parent, heading, above, found, words):
            break
        block, (kinds, labels) = parent, found
    if labels:
        kinds.append("fields")
    if len(kinds) < SLOT_KINDS or _drawn_by_script(heading, block) or declares_named_item(root):
        return None
    return EmptySlots(block, heading, tuple(kinds), tuple(labels))


def names_a_section(root: etree._Element, heading: etree._Element, url: str = "") -> bool:
    """Whether the title slot holds only the name of the site or of one of its sections: plain
    words (no link, picture or icon in it), as many as a name has, that a link home or a link
    to a top-level section calls it (``thin.names_site_or_section``: the logo's "Birch &
    Beam", a menu's "Jobs"). A template that had no item to name wrote its own heading there;
    an item's name is no link's to the site's front or a section. Read only where the caller
    has found an item's address."""
    if not _plain(heading):
        return False
    name = " ".join(all_text(heading).split())
    if (
        not name
        or word_count(name) > SITE_NAME_WORDS
        or _names_own_item(address.subject_words(url), name)
    ):
        return False
    return names_site_or_section(root, name, url)


def _names_own_item(words: tuple[str, ...], name: str) -> bool:
    """Whether a heading's words are the address's item's (``address.subject_words``): a
    featured item linked from the menu under its own name ("Oak bench" at ``/oak-bench``) is
    still the item, not a section."""
    return bool(words) and address.comparable(words, name) and not address.shares_none(words, name)


def _plain(heading: etree._Element) -> bool:
    """Whether a heading holds words alone: no link, picture or icon (a logo's heading)."""
    return all(
        inner is heading or inner.tag in _UNSEEN or inner.tag in _BOXES or inner.tag in _INLINE
        for inner in heading.iter()
        if isinstance(inner.tag, str)
    )


def declares_named_item(root: etree._Element) -> bool:
    """Whether the page declares in JSON-LD an item with a name of its own: an object of a type
    other than the site's own (``WebSite``, ``Organization``, a ``BreadcrumbList``) whose name
    or headline is no mark for no value. A live item whose template a script fills carries its
    record there; a template drawn around no record declares the site or an empty name
    (``"name": ""``)."""
    for obj in jsonld_objects(root.iter("script")):
        entity = obj.get("mainEntity")
        if _named(obj) or (isinstance(entity, Mapping) and _named(entity)):
            return True
    return False


# Types a page declares of its site, its parts or itself, not of an item on it
# (``declared.SUPPORTING``, ``declared.PAGES``), and a listing's page.
_SITE_TYPES = declared.SUPPORTING | declared.PAGES | {"CollectionPage", "ReadAction"}


def _named(obj: Mapping[str, Any]) -> bool:
    """Whether an object is an item's with a name: a type not the site's, a name or headline
    holding more than a mark for no value (``jsonld.text`` reads lists and ``@value``s)."""
    kinds = set(jsonld.types(obj))
    if not kinds or kinds <= _SITE_TYPES:
        return False
    return any(
        (value := jsonld.text(obj, key)) is not None and not blank_value(value)
        for key in ("name", "headline", "title")
    )


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
    words: tuple[str, ...] = (),
) -> bool:
    """Whether a block shows a reader nothing of an item: no word but the labels of blank
    fields, no picture or player with a source, nothing to fill in, no link with words outside
    a rail of other items beside the heading's branch, no custom element. The kinds of empty
    slot met and the blank fields' labels are collected in ``found``. Stops at the first thing
    shown."""
    kinds, labels = found
    if _says(element.text):
        return False
    for child in element:
        if _says(child.tail):
            return False
        if child.tag == "noscript" and _shown_without_script(child):
            return False  # the item a script draws, served to readers without one too
        if not isinstance(child.tag, str) or child.tag in _UNSEEN or child is heading:
            continue
        kind = _slot_kind(child)
        if _declared_value(child):
            return False  # a value the template declares in an attribute (microdata's content)
        if child.tag in _MEDIA:
            if sourced(child) and not stand_in(child):
                return False
        elif _control(child):
            continue  # the template's own button ("Add to cart", "Apply"), outside any form
        elif child.tag in _SHOWS or "-" in child.tag:
            return False
        elif child not in above and (label := _label_over_empty(child, heading, above, words)):
            labels.append(label)  # a part's heading over its empty box ("Description")
            continue
        elif child not in above and _rail(child):
            continue  # a rail of other items beside the item's template ("Read also")
        elif child not in above and (fields := blank_fields(child)) is not None:
            labels.extend(fields)
            continue
        elif child not in above and _blank_mark(child):
            # a slot printed with a mark for no value ("0,00 €", "—", "null")
            kind = kind or "value"
        elif not _shows_nothing(child, heading, above, found, words):
            return False
        if kind and kind not in kinds:
            kinds.append(kind)
    return True


def _says(text: str | None) -> bool:
    """Whether text between a template's slots says something: more than the separators a
    template prints between slots it fills (``<time></time> · <span></span>``)."""
    return bool(text and text.strip(_SEPARATORS))


# What a template prints between two slots, spaces with them: it stands between values, as a
# breadcrumb's "›" or "»" stands between its crumbs.
_SEPARATORS = " \t\r\n\u00a0·•|/,;–—-›»"


def _shown_without_script(noscript: etree._Element) -> bool:
    """Whether a ``<noscript>`` in the template holds the item for readers without a script:
    a picture with a source of its own, or more words than a line asking for one ("Enable
    JavaScript to see this listing")."""
    for media in noscript.iter(*_MEDIA):
        if sourced(media) and not stand_in(media):
            return True
    return word_count(all_text(noscript)) > _SCRIPT_LINE_WORDS


# Words a line asking the reader to turn scripts on holds at most.
_SCRIPT_LINE_WORDS = 12


def _declared_value(element: etree._Element) -> bool:
    """Whether an element declares the item's name or identity in an attribute, as microdata's
    ``<meta itemprop="name" content="Oak table">`` does: no mark for no value. A template's
    constants (``itemprop="priceCurrency" content="EUR"``) name no item."""
    if (element.get("itemprop") or "").strip() not in _IDENTITY_PROPS:
        return False
    value = (element.get("content") or "").strip()
    return bool(value) and not blank_value(value)


_IDENTITY_PROPS = frozenset({"name", "headline", "sku", "identifier", "productID", "mpn", "gtin"})


def _control(element: etree._Element) -> bool:
    """Whether an element is the template's own button, of a few words outside any form
    ("Add to cart", "Postuler", "Contact the seller": a label's few, ``LABEL_WORDS``): drawn
    on every item's page, it names none; a form to fill in is the page's."""
    if element.tag != "button" or word_count(all_text(element)) > LABEL_WORDS:
        return False
    return all(above.tag != "form" for above in element.iterancestors())


def _label_over_empty(
    element: etree._Element,
    heading: etree._Element,
    above: set[etree._Element],
    words: tuple[str, ...],
) -> str:
    """The words of a part's heading over its empty box, or "": an ``<h2>``-``<h6>`` of a few
    plain words ("Description", "Ausstattung", "Avis") followed by a box that shows nothing (an
    empty box, or slots and blank fields alone). The template's label, drawn on every item's
    page, says nothing of an item when the box under it is empty."""
    if element.tag not in PART_HEADINGS or not _plain(element):
        return ""
    label = " ".join(all_text(element).split())
    if not label or word_count(label) > LABEL_WORDS:
        return ""
    if _names_own_item(words, label):
        # the item's own name over its empty box ("Polpette al forno"), no label; at an address
        # whose words say too little of the item (``/shop/33190``) the two are not told apart
        return ""
    box = element.getnext()
    while box is not None and not isinstance(box.tag, str):
        box = box.getnext()
    if box is None or box in above or box.tag in PART_HEADINGS or box.tag in _UNSEEN:
        return ""
    if (element.tail or "").strip() or box.tag in _MEDIA or box.tag in _SHOWS:
        return ""
    if blank_fields(box) is not None:
        return label  # the part's fields, every value blank ("Details" over a <dl>)
    scratch: tuple[list[str], list[str]] = ([], [])
    return label if _shows_nothing(box, heading, above, scratch, words) else ""


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
        words = [word for word in NAME_SPLIT.split(part.rsplit(".", 1)[0].casefold()) if word]
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
