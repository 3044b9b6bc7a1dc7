"""An item's address answered by the site's chrome around a main area with nothing in it.

A removed article, product or record often still resolves in a site's router: the template is
drawn (header, menus, footer, sidebars) and the record's part of it is empty: no words, no
picture, nothing to play or fill in, under a title that is only the site's name. A reader sees
the site and no page. Review 8 withdrew an earlier reading of this shape because it convicted
live pages whose content sits where a main-content extractor does not look (widgets, a
client-rendered area) and short stubs; this one reads the shape more narrowly, each condition
one a live page breaks:

- the address names one item (a slug of subject words, or an ID: ``/job/771203``, eight digits
  that are no calendar day: ``/record/45948955``, a slug ending in a tagged ID:
  ``/evenement/ev-203344``), or a query naming one record by a slug as a path would
  (``doku.php?id=orchid-repotting``, ``?cod=vespa-primavera-33107``,
  ``showthread.php?88213-winter-camping``, a route ``index.php?/topic/30412-…/``), so a blank
  page there is not what the link promised; a section front or an alias of the home page
  (``/home``, ``/news/``), a search's, a sort's or a category's words in the query name none;
- the title and heading name nothing but the site (``thin.names_nothing``; a heading holding
  only the site's or a section's name over the item's template drawn empty names no item,
  ``item_slots.names_a_section``), or the title is the
  site's template with the item's name left empty ("| Junkmail", ``thin.empty_slot``), or,
  over a main area holding only a script's placeholder line, the title names another item than
  the address's slug (``names_another``: the template kept another record's title): a stub
  with its own heading, a page with its own title, is a page of its own, however short;
- the page has a main landmark (``main_area.landmark``), and inside it, outside its
  navigation, header, footer and the boxes beside the item, not one word of text (a script's
  placeholder line, "Loading…", is the template's: ``classify.placeholder``), in any
  element whatever its class (content in a widget or a builder's block counts), no link to a
  file (a form or a report to download is the item's), and at most a breadcrumb's or share
  bar's few words of links. A trail declared a breadcrumb (schema.org's ``BreadcrumbList``)
  whose crumb without a link repeats a link the site shows elsewhere ("Home › Categories")
  ends at a section: the template drew it, the item is not named; a crumb naming anything
  else is the page's own name (review 24's empty item pages). A list drawn as a trail without
  the declaration (a link home first, plain text last: ``trail_shaped``) is read the same
  (review 25's). An ``<aside>`` inside the main
  area is the item's own when it says more in words of its own than in links and asks for
  nothing (a product's panel, an infobox's table); related links, a newsletter box and an ad
  slot are not;
- nothing there to look at, play, read or fill in, no framework mount point or custom element
  (``thin.main_pictures`` finds none), no empty element a script draws into, known by its id,
  by data attributes naming what to draw, or by a class naming a mount (``board-root``,
  ``map-canvas``): a gallery, a video, a map, a chart or an app shell is its content; unless
  the slot names the item by an ID alone and the page's own app state holds that record (under
  a key naming the item's type, not a promotion's beside it) as null or ``{}``, naming the ID
  nowhere (``nothing_to_draw``: the script has nothing to draw), or the title's item slot is
  empty and the area holds only a bare block a script mounts into;
- no text of the page's own outside the main area either: a template that puts the article
  in a ``<section>`` after ``</main>`` shows it to every reader (review 12);
- and the chrome around it says plenty, so the page is a template drawn in full, not a
  document the server cut short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl

from lxml import etree

from curator import urls
from curator.classify import address
from curator.classify.appstate import empty_record, mentions, name_words, parsed_state
from curator.classify.blank_fields import blank_fields
from curator.classify.broader import SEARCH_PARAMS
from curator.classify.item_content import FILE
from curator.classify.item_slots import EmptySlots, empty_slots, names_a_section, title_slot
from curator.classify.main_area import CHROME_ROLES, is_chrome, landmark
from curator.classify.mount import names_mount
from curator.classify.placeholder import placeholder, placeholder_in
from curator.classify.probe_address import segment_kind
from curator.classify.soft404 import tracks_visit
from curator.classify.thin import (
    empty_slot,
    filled,
    home_names,
    links_home,
    main_scan,
    names_nothing,
    word_count,
)
from curator.classify.title_segments import SITE_NAME_WORDS
from curator.extract.text import all_text, element_text

# Words of link text a main area may hold and still be empty: a breadcrumb trail ("Home ›
# News"), a share bar ("Share · Tweet"). A list of downloads or items says more.
LINK_WORDS = 8
# Fields with blank values a main area holds at least to be the item template drawn empty.
BLANK_FIELDS = 3
# Labels of them the reason names.
_NAMED_FIELDS = 4
# Words of the page outside its main area from which the template is drawn in full.
CHROME_WORDS = 30
# An attribute value naming what a script should draw: an ID, a number, a path or an address.
_NAMES_WHAT = re.compile(r"\d|/")
# An attribute value that is an item's ID and nothing else: letters and digits, one digit at
# least (``227baa88``, ``80231957``), no dot (a coordinate, a file) and no path.
_ITEM_ID = re.compile(r"^(?=[\w-]*\d)[\w-]{4,64}$")
_NOT_DRAWN = frozenset({"a", "br", "hr", "img", "input", "meta", "link"})
_UNSEEN = frozenset({"script", "style", "noscript", "template"})
# Path segment kinds that name one item (``classify.probe_address.segment_kind``).
_ITEM_KINDS = frozenset({"num", "hex", "id"})
# What a main area holds that is not the item's own: its navigation, a header without the
# page's heading, a footer, an aside, scripts and styles.
_AROUND = frozenset({"nav", "footer", "aside", "script", "style", "noscript", "template"})
# Words of text outside the main area and outside the chrome (header, navigation, sidebars,
# footer, a consent bar) from which the page's content is there, not in its main area.
ELSEWHERE_WORDS = 25
# A class or id word naming the block a template draws the page into.
_PANE = re.compile(r"(?:^|[\s_-])[a-z]*content(?:pane|area|s)?(?:$|[\s_-])", re.IGNORECASE)
# A class or id naming the slot an ad is drawn into (``ad-slot``, ``adunit``).
_AD_SLOT = re.compile(r"(?:^|[\s_-])ad(?:s|slot|unit)?(?:$|[\s_-])", re.IGNORECASE)
# The page's links whose text is a name (libxml2 walks the page, not Python).
_LINKS_NAMED = etree.XPath("//a[normalize-space(.) = $name]")
_PANE_TAGS = frozenset({"div", "section"})
_LISTS = frozenset({"ol", "ul"})
# Characters of text a main area holding only an item's facts drawn blank holds at most (a
# dozen labels and their dashes): the gate, counted by libxml2, in front of reading its
# blocks again (``blank_fields``), which an article's main area never passes.
BLANK_CHARS = 400
_FEW_CHARS = etree.XPath(f"string-length(normalize-space(string(.))) <= {BLANK_CHARS}")
# A breadcrumb trail named by its class, id or label ("breadcrumb", "crumbs").
_CRUMB = re.compile(r"crumb", re.IGNORECASE)
_FIELDS = frozenset({"input", "select", "textarea", "button"})
# Text outside the main area that is no prose of a page's own: links, and headings, which over
# a portal's rails ("Most read", "World") name the links below them (blind8's b8-empty-main-069).
_NOT_PROSE = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True, slots=True)
class EmptyMain:
    """A main area with no word and nothing to show, under a title naming only the site."""

    # the element the main area is ("main", "article"; a pane by its class or id:
    # 'div class="page-content"')
    landmark: str
    chrome_words: int  # words of the page around it
    # why a slot a script would draw into is empty too (``nothing_to_draw``), or ""
    drawn: str = ""
    # the title, when it is the site's template with the item's name left empty
    # (``thin.empty_slot``: "| Junkmail"), or ""
    slot: str = ""
    # the script's placeholder line the area holds and nothing else ("Loading…"), or ""
    placeholder: str = ""
    # the title, when it names another item than the address does (``names_another``), or ""
    other: str = ""
    # the labels of the item's fields the template drew with every value blank
    # (``classify.blank_fields``: "Price: —", "Area: – m²"), or none
    fields: tuple[str, ...] = ()
    # the kinds of the item's own slots its template drew empty (``classify.item_slots``:
    # heading, date, picture, body, fields), or none; and the template's block as named in the
    # page's source ('article class="post"')
    slots: tuple[str, ...] = ()
    template: str = ""
    # the heading, when it holds only the site's or a section's name over the item's template
    # drawn empty (``item_slots.names_a_section``: "Jobs"), or ""
    heading: str = ""

    @property
    def labels(self) -> str:
        """The blank fields' labels an editor reads, the first few."""
        more = ", …" if len(self.fields) > _NAMED_FIELDS else ""
        return ", ".join(self.fields[:_NAMED_FIELDS]) + more

    @property
    def emptied(self) -> str:
        """The item's slots drawn empty, as an editor reads them: "an empty heading, date,
        picture and body"."""
        named = [
            f"blank fields ({self.labels})" if kind == "fields" else kind for kind in self.slots
        ]
        listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
        return f"an empty {listed}"

    @property
    def says(self) -> str:
        titled = (
            f"under a heading holding only the site's or a section's name (“{self.heading}”)"
            if self.heading
            else f"under the site's title template with the item's name left empty (“{self.slot}”)"
            if self.slot
            else f"under a title naming another item than the address does (“{self.other}”)"
            if self.other
            else "under a title and heading that name nothing but the site"
        )
        empty = (
            f"holds only a script's placeholder line (“{self.placeholder}”), nothing to look at"
            if self.placeholder
            else f"holds only the item template's fields with every value blank ({self.labels}), "
            "nothing to look at"
            if self.fields
            else "is empty, no word and nothing to look at"
        )
        if self.slots:
            return (
                f"the page's item template (<{self.template}>) is drawn with {self.emptied}; "
                f"only the site's chrome and other items' links stand beside it "
                f"({self.chrome_words} words), {titled}, at an address that names one item"
                + (f"; {self.drawn}" if self.drawn else "")
            )
        return (
            f"the page's main area (<{self.landmark}>) {empty}, inside the site's full "
            f"template ({self.chrome_words} words around it), "
            f"{titled}, at an address that names one item"
            + (f"; {self.drawn}" if self.drawn else "")
        )


def read_empty_main(
    root: etree._Element, title: str | None, h1: str | None, text: str, url: str
) -> EmptyMain | None:
    """The empty main area of a parsed page at ``url`` with visible text ``text``, or None."""
    # a heading naming only the site or a section over the item's template (``item_slots``)
    # is read as none, and the page then as that template drawn empty, or not at all
    section = bool(h1) and _section_heading(root, h1 or "", url)
    named_section = (h1 or "").strip() if section else ""
    if section:
        h1 = None
    elif address.own_heading(h1, title):
        return None
    main = landmark(root)
    pane = main is None
    if pane:
        main = content_pane(root)
    # stops at the first word: an article costs a few elements
    own, linked = (0, 0) if main is None else _words(main, rails=pane, area=main)
    worded = bool(own) or linked > LINK_WORDS
    slots = None
    outer = main
    if main is None or worded:
        # no main area, or one holding words or a rail of other items beside the item's
        # template: the template itself, drawn with its slots empty, is where the item was
        # (``item_slots``); read only on a page without a heading's words, at an item's address
        slots = None if h1 or not promises_item(url) else empty_slots(root, url)
        if slots is not None:
            # any word outside a block found without a landmark is the page's (as for a pane)
            pane = pane or main is None
            main, own, linked, worded = slots.block, 0, 0, False
        elif main is None or not _FEW_CHARS(main):
            return None
    if not promises_item(url):
        return None
    slot = empty_slot(title)
    # a title template with the item's slot left empty names what its other parts name; a
    # title segment that is the heading read as the site's or a section's name ("Shop | Birch
    # & Beam" over the heading "Shop") names nothing more than the heading does
    names = home_names(root) | ({named_section.casefold()} if section else frozenset())
    named = not names_nothing(filled(title) if slot else title, h1, text, names, url)
    other = named and names_another(title, url) and placeholder_in(main) is not None
    if named and not other:
        return None
    blank: list[str] = []
    if worded:
        # read again with the item's facts drawn blank as the template's labels, not words of
        # an item (``classify.blank_fields``); a line or two ("Reviews: 0") is no template
        own, linked = _words(main, rails=pane, area=main, blank=blank)
        if own or linked > LINK_WORDS or len(blank) < BLANK_FIELDS:
            return None
    if slots is None and not h1:
        # the empty main area holds the item's template drawn with its slots empty: its
        # pictures without a source show nothing (``item_slots``)
        slots = empty_slots(root, url)
        if slots is not None and not (within(slots.block, main) or within(main, slots.block)):
            slots = None
    if section and slots is None:
        return None  # the section's heading over anything but the item's template drawn empty
    pictures, blocker = main_scan(root, _passed(slots, bool(blank)))
    if pictures and slots is not None:
        pictures = [picture for picture in pictures if not within(picture, slots.block)]
    if pictures != [] and not (slot and pictures is None and _bare_mount(blocker, main)):
        return None  # something to look at, play or fill in
    drawn = ""
    if render_target(main) or (outer is not main and outer is not None and render_target(outer)):
        drawn = nothing_to_draw(root, main, url) or (
            "its slot for the item waits for a script with no item to draw" if slot else ""
        )
        if not drawn:
            return None  # where a script draws the page
    body = next(root.iter("body"), root)
    if words_elsewhere(body, main) >= (1 if pane else ELSEWHERE_WORDS):
        return None  # the page's text sits outside its main landmark (any word, for a pane)
    around = _chrome_words(body) - linked
    if around < CHROME_WORDS:
        return None
    return EmptyMain(
        _named(main) if pane else str(main.tag),
        around,
        drawn,
        (title or "") if slot else "",
        placeholder_in(main) or "",
        (title or "") if other else "",
        tuple(blank) or (() if slots is None else slots.fields),
        () if slots is None else slots.kinds,
        "" if slots is None else slots.named,
        named_section,
    )


def _section_heading(root: etree._Element, h1: str, url: str) -> bool:
    """Whether the page's heading ``h1`` (extraction's, ``extract.titles.first_h1``) is its
    title slot (``item_slots.title_slot``) and holds only the site's or a section's name
    (``item_slots.names_a_section``) at an address naming one item. The heading read and the
    slot tested are one element: a section's name in a first ``<h1>`` of the header does not
    set aside the item's own heading below it. A heading longer than a name is an item's, and
    no link is looked up for it."""
    if word_count(h1) > SITE_NAME_WORDS or not promises_item(url):
        return False
    heading = title_slot(root)
    if heading is None or element_text(heading) != " ".join(h1.split()):
        return False
    return names_a_section(root, heading, url)


def _passed(slots: EmptySlots | None, blank: bool) -> Callable[[etree._Element], bool] | None:
    """What the main area's scan steps over (``thin.main_scan``): the item's facts drawn blank
    (``classify.blank_fields``), and what the item's template drawn empty holds: a player or a
    frame without a source, a table of blank fields (``item_slots``)."""
    if slots is None:
        return _blank_block if blank else None
    block = slots.block
    return lambda element: within(element, block) or (blank and _blank_block(element))


def within(element: etree._Element, block: etree._Element) -> bool:
    """Whether ``element`` is ``block`` or stands inside it: by the element's ancestors, not a
    walk of ``block``'s subtree."""
    return element is block or any(above is block for above in element.iterancestors())


def _blank_block(element: etree._Element) -> bool:
    """Whether a table or list is the item's fields drawn blank (``classify.blank_fields``)."""
    return blank_fields(element) is not None


def names_another(title: str | None, url: str) -> bool:
    """Whether the title names an item the address does not: the address's slug has subject
    words and not one of them starts a word of the title, in the same script (a translated
    title under a romanised slug is no evidence, ``address.shares_none``). Read only over a
    main area holding nothing but a script's placeholder line: the template kept a title from
    another record ("Council budget vote | …" at ``/news/…/ferry-timetable-winter``), and the
    line says the item's own part was never drawn (review 26's aimed empty pages). A live page
    drawn by a script names its own item in its title, or only the site."""
    words = address.subject_words(url)
    return bool(words) and address.shares_none(words, title)


def _bare_mount(element: etree._Element | None, main: etree._Element) -> bool:
    """Whether what keeps a main area from reading empty is a bare block inside it that a
    script mounts into (``<div id="app-mount"></div>``): nothing drawn yet, where a player, a
    table, a form or a custom element is content of its own."""
    if element is None or element.tag not in _PANE_TAGS or len(element):
        return False
    if (element.text or "").strip():
        return False
    return any(above is main for above in element.iterancestors())


def content_pane(root: etree._Element) -> etree._Element | None:
    """Where a template without a main landmark draws the page: the first block whose class or
    id names the page's content (``dnn_ContentPane``, ``ol-pageContent``, ``site-content``)
    outside the header, navigation and footer. Read only when the page has no ``<main>``, and
    trusted only when not one word of prose stands outside it and outside the chrome: a pane
    named wrongly (an empty ``hero-content`` above the text) leaves the text outside it.

    The blocks are visited in document order, as a walk from the root skipping the header,
    navigation and footer would meet them, and the first named block is taken unless it or an
    element above it is one of those: the same block as that walk's first, without asking every
    element of the page whether it is chrome (the page's ``div`` and ``section`` elements come
    out of libxml2 alone; only a named one's ancestors are read)."""
    for element in root.iter(*_PANE_TAGS):
        if not _PANE.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            continue
        if _inside_around(element, root):
            continue
        return None if is_chrome(element, False) else element
    return None


def _inside_around(element: etree._Element, root: etree._Element) -> bool:
    """Whether ``element`` or one above it, up to ``root``, is the header, navigation, footer
    or another block around the page's content (``_around``, any ``<header>``)."""
    here: etree._Element | None = element
    while here is not None:
        if _around(here) or here.tag == "header":
            return True
        if here is root:
            return False
        here = here.getparent()
    return False


def _named(pane: etree._Element) -> str:
    """A pane as an editor finds it in the page's source: its tag and the attribute naming it."""
    for name in ("id", "class"):
        value = " ".join((pane.get(name) or "").split())
        if _PANE.search(value):
            return f'{pane.tag} {name}="{value}"'
    return str(pane.tag)


def promises_item(url: str) -> bool:
    """Whether an address promises one item, so that a page with nothing of an item there is
    not what the link promised: a slug of subject words, at any depth (``/ferry-timetable``), or
    an ID below a section (``/job/771203``; a bare ``/771203`` is not read as one).

    Not ``front.front_cannot_answer``, which asks whether the site's front page may stand at
    the address and answers the other way at a single top-level segment: a one-page site's
    routes (``/private-dining``) show its page, and a bare number there names an item."""
    if address.subject_words(url):
        return True
    try:
        parts = urls.split(url)
    except ValueError:
        return False
    segments = [part for part in parts.path.split("/") if part]
    if _path_names_item(parts.path):
        return True
    return bool(segments) and any(
        _query_id(key, value) or _query_slug(key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    )


def _path_names_item(path: str) -> bool:
    """Whether a path names an item by an ID below a section (``/job/771203``)."""
    segments = [part for part in path.split("/") if part]
    return len(segments) >= 2 and any(_names_item(part) for part in segments[1:])


def _query_slug(key: str, value: str) -> bool:
    """Whether a query names one record by a slug, as a path's segment does below a section: a
    slug ending in a tagged ID (``?id=tiramisu-r55102``, ``?doc=item-24389-old``), a slug of
    subject words under a parameter named as an identifier (``/doku.php?id=orchid-repotting``,
    ``?key=harbour-wall-repairs``), or a parameter that is itself the record's number and slug
    (``/showthread.php?4653082-harbour-wall-repairs``). A sort's, a view's or a category's
    words (``?sort=price-desc``, ``?category=garden-tools``) name no record, nor a search's
    (``?q=vespa-primavera-33107``), nor a tracking parameter's (``?ref=…``, ``utm_*``)."""
    if tracks_visit(key) or key.casefold() in SEARCH_PARAMS:
        return False
    if not value and key.startswith("/"):
        # a route in the query (``index.php?/topic/30412-balcony-repair/``), read as a path
        last = key.rstrip("/").rsplit("/", 1)[-1]
        return _path_names_item(key) or bool(address.slug_words(last))
    slug = value or key
    if not slug or " " in slug or segment_kind(slug).split(".", 1)[0] != "text":
        return False
    parts = _SLUG_PARTS.split(slug)
    if not value:
        return _number(parts[0]) and any(part.isalpha() for part in parts[1:])
    if any(_tagged_id(part) and not _year(part) for part in parts[1:]):
        return True
    named = set(name_words(key))
    return bool(named) and named <= _ID_WORDS and bool(address.slug_words(slug))


def _number(part: str) -> bool:
    """Whether a slug's part is a record's number: ``_ID_DIGITS`` digits at least, no year."""
    return part.isdigit() and len(part) >= _ID_DIGITS and not _year(part)


def _year(part: str) -> bool:
    return len(part) == 4 and part[:2] in ("19", "20")


def _query_id(key: str, value: str) -> bool:
    """Whether a query's parameter names one record to a route below the site's front
    (``/viewtopic.php?t=561725``, ``/watch?v=0igwxmw86gb``): a number of ``_ID_DIGITS``
    digits at least that is no calendar day, or a token of letters and digits; a page's number
    (``?page=2``), a year, a search's words and the parameters saying how a visitor arrived
    (``utm_source``, ``fbclid``) name none."""
    if tracks_visit(key):
        return False
    kind = segment_kind(value).split(".", 1)[0]
    if kind == "num":
        return _number(value) and _names_item(value)
    return kind in ("hex", "id")


def _names_item(segment: str) -> bool:
    """Whether a path segment below a section is an item's ID. Eight digits read as a day
    (``20260812``, a day's archive) name one only when they are no day of the calendar: a
    record's number (``/record/45948955``) is eight digits as often as any other length."""
    kind = segment_kind(segment).split(".", 1)[0]
    if kind == "text":
        return any(_tagged_id(part) for part in _SLUG_PARTS.split(segment)[1:])
    if kind != "date" or not segment[:8].isdigit():
        return kind in _ITEM_KINDS
    try:
        datetime.strptime(segment[:8], "%Y%m%d")
    except ValueError:
        return True
    return False


# A slug's parts, and the digits an ID holds at least when it ends a slug (``ev-203344``,
# ``tiramisu-r55102``): a page number or a model's (``page-2``, ``iphone-15``) holds fewer.
_SLUG_PARTS = re.compile(r"[-_]")
_ID_DIGITS = 4


def _tagged_id(part: str) -> bool:
    """Whether a part of a slug after its first is an item's ID: a number, hex or letters and
    digits holding ``_ID_DIGITS`` digits at least, no calendar day."""
    if sum(char.isdigit() for char in part) < _ID_DIGITS:
        return False
    return segment_kind(part).split(".", 1)[0] in _ITEM_KINDS


def _words(
    element: etree._Element,
    whole: bool = False,
    rails: bool = False,
    area: etree._Element | None = None,
    blank: list[str] | None = None,
) -> tuple[int, int]:
    """Words of text in a main area outside links, and words of its links' text, what surrounds
    the item (its navigation, footer, asides, a header without the heading) aside. A block that
    a class names as chrome or that is a rail of links (``main_area.is_chrome``) counts only
    when it says more in words of its own than in links: a page builder's widget holding a
    paragraph is content, a breadcrumb is not. Links count wherever they stand: a main area
    that is a list of links (downloads, a rail) is a page of links, not an empty one. The walk
    stops at the first word or past ``LINK_WORDS`` of links: the counts then only say "not
    empty" (a block cut short reads as content, the safe side); ``whole`` walks a box to its
    end, to weigh its words against its links. In a pane named by its class (``rails``), a
    template that draws its columns as plain blocks, any block saying less in words of its own
    than in links is a rail beside the item ("People also viewed" over five links), whatever
    its class. Where ``blank`` is given, a block of the item's fields with every value blank
    (``classify.blank_fields``) holds the template's labels, no word of an item: their labels
    are collected there and not counted.

    A pane's blocks are walked whole to weigh their words against their links, yet only so far
    as a block of it holds more than ``LINK_WORDS`` of either: counts only grow as a block is
    read on, every link word counts towards the pane's, and a block's words count towards its
    parent's whenever they outnumber its links, so past ``LINK_WORDS`` links the pane holds too
    many, and past ``LINK_WORDS`` words its block either holds too many links or counts its
    words up to the pane: not empty either way, as the whole walk would have found."""
    own = word_count(element.text or "")
    linked = 0
    for child in element:
        if rails and (own > LINK_WORDS or linked > LINK_WORDS):
            break  # a block of the pane past the allowance: the pane is not empty (below)
        if not isinstance(child.tag, str):
            own += word_count(child.tail or "")
            continue
        if child.tag == "aside" and _own_box(child):
            inner, links = _words(child, whole=True)
            own += inner
            linked += links
        elif _around(child) or (area is not None and placeholder(child, area) is not None):
            pass
        elif blank is not None and (labels := blank_fields(child)) is not None:
            blank.extend(labels)
        elif declared_trail(child) or trail_shaped(child):
            inner, links = _trail_words(child)  # a section named by the trail is chrome
            own += inner
            linked += links
        elif child.tag == "a" and FILE.search(child.get("href") or ""):
            own += 1  # a link to a file (a form, a report) is the item's own: its download
        elif child.tag == "a":
            linked += word_count(all_text(child))
        else:
            inner, links = _words(child, whole or rails, rails, area, blank)
            linked += links
            if not (rails or is_chrome(child, True)) or inner > links:
                own += inner
        own += word_count(child.tail or "")
        if not whole and (own or linked > LINK_WORDS):
            break  # not empty: an article's main area is not walked to its end
    return own, linked


def a_trail(element: etree._Element) -> bool:
    """Whether an element is a breadcrumb trail: declared (``declared_trail``), drawn as one
    (``trail_shaped``), or named one by its class, id or label (``<nav class="breadcrumb">``)."""
    names = (
        f"{element.get('class') or ''} {element.get('id') or ''} {element.get('aria-label') or ''}"
    )
    return declared_trail(element) or trail_shaped(element) or _CRUMB.search(names) is not None


def declared_trail(element: etree._Element) -> bool:
    """Whether an element declares itself a breadcrumb trail (schema.org's ``BreadcrumbList``)."""
    return (element.get("itemtype") or "").rstrip("/").endswith("/BreadcrumbList")


def trail_shaped(element: etree._Element) -> bool:
    """Whether a list is drawn as a breadcrumb trail without declaring one: its first item a
    link to the home page, every item but the last a link, the last plain text (where the
    reader is). Read as a declared trail is (``_trail_words``): a last crumb the site links
    elsewhere names a section, any other names the page."""
    if element.tag not in _LISTS:
        return False
    items = [item for item in element if isinstance(item.tag, str)]
    if len(items) < 2 or any(item.tag != "li" for item in items):
        return False
    links = [next(item.iter("a"), None) for item in items]
    first = links[0]
    if first is None or not links_home(first) or links[-1] is not None:
        return False
    return all(link is not None for link in links[:-1])


def _trail_words(trail: etree._Element) -> tuple[int, int]:
    """Words of a breadcrumb trail that name the page itself, and words of its links. A crumb
    without a link is where the reader is: on an item's page the item's name, which makes a
    page of its own however empty its area; a crumb that repeats a link the site shows
    elsewhere (its navigation's "Categories") names a section the template put there, not an
    item. Any other word of the trail outside its links is read as the page's own."""
    linked = sum(word_count(all_text(a)) for a in trail.iter("a"))
    own = word_count(all_text(trail)) - linked
    if own <= 0:
        return 0, linked
    for crumb in trail:
        if not isinstance(crumb.tag, str) or next(crumb.iter("a"), None) is not None:
            continue
        name = " ".join(all_text(crumb).split())
        if name and any(_elsewhere(link, trail) for link in _named_links(crumb, name)):
            own -= word_count(name)
    return max(own, 0), linked


def _named_links(element: etree._Element, name: str) -> list[etree._Element]:
    found = _LINKS_NAMED(element, name=name)
    return (
        [link for link in found if isinstance(link, etree._Element)]
        if isinstance(found, list)
        else []
    )


def _elsewhere(link: etree._Element, trail: etree._Element) -> bool:
    return all(above is not trail for above in link.iterancestors())


def render_target(main: etree._Element) -> bool:
    """Whether the main area holds an empty element a script may draw the page into, from a
    script outside it: one with an id (``<div id="product-view">``), or whose data attributes
    name what to draw (``data-product-id="881"``, ``data-src="/api/items/881"``). A template
    that had nothing to fill in leaves its attributes empty or plain
    (``data-article-id=""``, ``data-paywall="none"``)."""
    return next(_render_targets(main), None) is not None


def _render_targets(main: etree._Element) -> Iterator[etree._Element]:
    walker = etree.iterwalk(main, events=("start",))
    for _, element in walker:
        if element is main:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not isinstance(element.tag, str) or _around(element) or _AD_SLOT.search(names):
            walker.skip_subtree()  # an ad slot, in a sidebar or not, is drawn beside the item
            continue
        if element.tag in _NOT_DRAWN:
            continue  # a skip link's target (``<a id="main-content">``) holds nothing to draw
        if len(element) or (element.text or "").strip():
            continue
        if (element.get("id") or "").strip() or names_mount(element.get("class") or ""):
            yield element
            continue
        for name, value in element.attrib.items():
            if str(name).startswith(("data-", "hx-", "x-")) and _names_what(str(value)):
                yield element
                break


def _names_what(value: str) -> bool:
    """Whether a data attribute's value names what a script should draw (``_NAMES_WHAT``): a
    zero counts nothing a script could fetch (``data-count="0"``, ``data-photos="0"``)."""
    return _NAMES_WHAT.search(value) is not None and bool(value.strip().strip("0"))


def nothing_to_draw(root: etree._Element, main: etree._Element, url: str = "") -> str | None:
    """Where a script was to draw the item from, when the page says it has nothing there: every
    empty slot of the main area names the item by an ID alone (``data-id="227baa88"``: no
    address to fetch, no coordinates, no element id or mount a script owns), no script of the
    page mentions that ID, and an app state the page embeds holds the item's own record as
    null or ``{}`` (``appstate.empty_record``): a key named for the item's type as the address
    or the slot names it (``/deal/...``, ``data-deal-no`` or ``class="deal-view"`` and
    ``"deal": null``), not a promotion's or a summary's beside it, which a live page's state
    holds null too while its script fetches the item by its ID. The slot then waits for an
    item its own page does not carry: the template was rendered around a record that was not
    there. A slot naming an address (``data-src="/api/items/881"``) is fetched by its script
    and stays the page's content."""
    ids: list[str] = []
    types = set(_section_words(url))
    for target in _render_targets(main):
        named = _slot_ids(target)
        if not named:
            return None
        ids.extend(value for _, value in named)
        names = [attribute for attribute, _ in named] + [target.get("class") or ""]
        types.update(word for name in names for word in name_words(name) if word not in _ID_WORDS)
    said = None
    for script in root.iter("script"):
        asks = any(one in (script.text or "") for one in ids)
        if not asks and said is not None:
            continue
        found = parsed_state(script)
        if asks and (found is None or mentions(found[1], ids)):
            return None  # the item's data is on the page, or a script asks for it by its ID
        record = None if found is None else empty_record(found[1], frozenset(types))
        if found is not None and record is not None and said is None:
            said = f"the app's state ({found[0]}) holds {record}"
    if said is None:
        return None
    return f"its slot for the item ({', '.join(ids)}) has nothing to be drawn from: {said}"


# Words of a slot's attribute that say it holds an identifier, not what it identifies
# (``data-deal-no``, ``data-product-id``, ``data-item-code``).
_ID_WORDS = frozenset(
    {"data", "id", "ids", "no", "nr", "num", "number", "code", "key", "ref", "uid", "uuid"}
)


def _section_words(url: str) -> list[str]:
    """The words of an address's segments above its last, which name the item's type
    (``/deal/88213450``: deal); the last is the item's own name or ID."""
    try:
        segments = [part for part in urls.split(url).path.split("/") if part]
    except ValueError:
        return []
    return [word for segment in segments[:-1] for word in name_words(segment)]


def _slot_ids(target: etree._Element) -> list[tuple[str, str]]:
    """The data attributes of a slot and the IDs they name, when IDs are all they name (else
    empty)."""
    if (target.get("id") or "").strip() or names_mount(target.get("class") or ""):
        return []
    named: list[tuple[str, str]] = []
    for name, value in target.attrib.items():
        if not str(name).startswith(("data-", "hx-", "x-")) or not _NAMES_WHAT.search(str(value)):
            continue
        if not str(name).startswith("data-") or not _ITEM_ID.match(str(value)):
            return []
        named.append((str(name), str(value)))
    return named


def _own_box(aside: etree._Element) -> bool:
    """Whether an aside inside the main area is the item's own box (a product's panel, an
    infobox): it says more in words of its own than in links, holds no field to fill in and
    no class naming chrome, where related links are mostly links, a newsletter or sign-in box
    asks for something and a class says "related" or "promo"."""
    names = f"{aside.get('class') or ''} {aside.get('id') or ''}".strip()
    if names and is_chrome(etree.Element("div", {"class": names}), True):
        return False
    if any(element.tag in _FIELDS for element in aside.iter() if isinstance(element.tag, str)):
        return False
    own, linked = _words(aside, whole=True)
    return own > linked


def words_elsewhere(body: etree._Element, main: etree._Element) -> int:
    """Words of prose outside links and headings, outside the main area and outside the page's
    chrome: the text a reader sees that neither the template's frame nor the empty main area
    holds."""
    words = word_count(body.text or "")
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        if element is body:
            continue
        if (
            isinstance(element.tag, str)
            and element.tag not in _UNSEEN
            and element.tag not in _NOT_PROSE
            and element is not main
            and not _around(element)
            and not is_chrome(element, False)
        ):
            words += word_count(element.text or "")
        else:
            walker.skip_subtree()
        words += word_count(element.tail or "")
        if words >= ELSEWHERE_WORDS:
            break
    return words


def _chrome_words(body: etree._Element) -> int:
    """Words of the page's text, its scripts and styles aside."""
    words = 0
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        if not isinstance(element.tag, str) or element.tag in _UNSEEN:
            words += word_count(element.tail or "")
            walker.skip_subtree()
            continue
        words += word_count(element.text or "") + word_count(element.tail or "")
    return words


def _around(element: etree._Element) -> bool:
    tag = element.tag
    if tag in _AROUND:
        return True
    if tag == "header" and next(element.iter("h1"), None) is None:
        return True
    role = (element.get("role") or "").strip().lower()
    return role in CHROME_ROLES
