"""A notice that stands alone in the page's most prominent place, whatever its words.

Unread webs keep showing not-found pages whose sentence no phrase book holds ("Saken er ikke
lenger tilgjengelig", "Такой страницы у нас нет") where the page's shape leaves no doubt. Two
shapes say it in any language, read from structure alone:

- **the code as the heading** (``Mark.CODE``): the main area's most prominent element is a
  not-found status code alone ("404", "410"): an ``<h1>``/``<h2>`` holding nothing else, a
  picture whose words are the code (an ``alt`` text, an SVG's ``<title>`` or ``<text>``, else
  its file's name), or, before any other words of the main area, a block of its own holding the
  code and nothing else (``<div class="code">``, ``<p class="display-1">``, the digits split
  over elements, "4<span>0</span>4"). A picture or block hidden from assistive technology
  counts when its words are the code: the big number is drawn for the eye and the line beside
  it says it to a screen reader, as an icon never holds a status code. The code is the
  notice's heading in every language, and the page beside it holds at most a short line
  (``LINE_WORDS``) and links: no player, table or embedded document (``thin.main_scan``),
  nothing of an item's. A "404" in an article's figure stands among the article's paragraphs,
  a status page's codes in its table, a design award's "404" badge beside the page's own
  content: none is the page's only statement. The site's prompts around the notice (a consent
  banner with its button, a newsletter's field, a search box: a short box holding a control
  and one line, ``_prompts``) ask the reader something and are the site's, not the page's words.
- **the overlay's line** (``Mark.OVERLAY``): a dialog, alert or status region (WAI-ARIA's
  ``dialog``/``alertdialog``/``alert``/``status`` roles, an ``aria-live`` region, an open
  ``<dialog>``) whose line is the page's only statement about the item, over a main area that
  holds nothing of its own but other items' cards or a listing (their link lists are the site's,
  ``main_area``), at an address that names one item. The overlay carries no control to act on
  (a button, a field, a form) but its close (a "×", a ``data-bs-dismiss``, a form with
  ``method="dialog"``): a consent banner, a newsletter modal, a sign-in dialog, an age gate
  and a chat widget ask the reader to do something, a notice only tells. Its line is short and
  declarative (no question), not a menu of links, and it stands where the content is drawn
  (before the page's footer) or is a layer the page declares over everything, which scripts
  append at the body's end: an open ``<dialog>``, ``aria-modal``, an ``alert`` or
  ``alertdialog``, an assertive live region, an element its style pins (``position: fixed``)
  with no role at all. Boxes beside it that ask (a consent banner, a newsletter's field: the
  same ``_prompts``) are the site's, not the item's; a photo or a player beside it is the
  item's, and the toast over it ("Link copied") speaks of it.

Neither shape is a sentence the reader recognises: it is the place the line takes on the page.
A live page has something of its own beside such a line (its article, its product, its form);
the shapes ask that it has nothing, so they decide alone (``evidence``, sign ``prominent``).
Each is read only past a cheap gate on the raw markup (``gates``): literal searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from curator.classify import address
from curator.classify.empty_main import within
from curator.classify.main_area import (
    HEADING_TAGS,
    LINK_DENSE,
    RAIL_ITEMS,
    Block,
    MainArea,
    is_chrome,
    scope,
    walk,
)
from curator.classify.thin import file_words, main_scan, picture_name, word_count
from curator.classify.title_segments import QUESTION_MARKS
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Words of its own, its heading aside, up to which a main area beside a prominent notice holds
# a line said to the reader and no item: a sentence or two, "Try the search or go home".
LINE_WORDS = 16
# Blocks of its own up to which a main area holds one line: the line, and a way out's words.
LINE_BLOCKS = 2
# Words of an overlay's line (its first sentence or heading) up to which it is a notice, and of
# the whole overlay up to which it is a box, not a page drawn in a layer.
OVERLAY_LINE_WORDS = 14
OVERLAY_WORDS = 40
# The not-found codes that stand for the notice: "404 Not Found" and "410 Gone". A 403 or a
# 5xx says the item is withheld or the server failed, not that it is gone.
_CODE_ALONE = re.compile(r"\s*(404|410)\s*")
# The code's digits drawn in elements of their own ("4<span>0</span>4"), spaced or not.
_CODE_SPLIT = re.compile(r"\s*(4\s?0\s?4|4\s?1\s?0)\s*")
# Digits and spaces: a part of a code split over elements.
_DIGITS_ONLY = re.compile(r"[\d\s]+")
# Words of a box holding a control up to which it is the site's prompt (a consent banner, a
# newsletter sign-up, a search box), not a form that is the page's content: one bound for the
# code's reading and the overlay's (``_prompts``, ``_in_prompt``).
PROMPT_WORDS = 40
# Fields a prompt holds; a button alone is one too (a consent banner's "Accept").
_FIELDS = ("button", "input", "select", "textarea")
# Words of a picture's file name up to which the code among them names the picture
# ("error-404.png", "404-hero-dark.svg"); a longer name describes something ("lamp model 404
# brass black").
_NAME_WORDS = 3
# Visible words (chrome, cards and rails included) up to which a page may be a notice over
# other items' cards or a code over its line: review 27's toasts over a listing came to 323;
# review 27b's shop template's mega-menu around a code and a line to 466; the median article
# of the cost workload to 1,164.
PAGE_WORDS = 800
# What the raw markup must hold for a shape to be read at all (``gates``), found by literal
# searches (a case-blind alternation over the whole body cost 4 ms a page): the code alone
# between tags or as a picture's alt or aria-label; an overlay's role, a live region or a
# <dialog>. Markup is read as written, in lower case.
_CODES = (b"404", b"410")
_SPACES = b" \t\r\n"
_NAMED_BY = (b"alt=", b"aria-label=")
# What stands around a code that is a word of a file's name: "/404.svg", "error-404_2x.png".
_NAME_BEFORE = (b"/", b"-", b"_")
_NAME_AFTER = (b".", b"-", b"_", b"@")
_OVERLAY_ROLE = re.compile(rb"role=[\"']?(?:alert|dialog|status)")
_OVERLAY_MARKS = (b"aria-live=", b"<dialog", b"aria-modal=")
# An element's own style pinning it over the page: only an element's ``style`` attribute is
# read for it (``_CANDIDATES``), so a style sheet's rule (a sticky header's) opens no gate.
_PINNED_MARKS = (b"position:fixed", b"position: fixed")
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog", "alert", "status"})
_LIVE = frozenset({"polite", "assertive"})
# The elements that may be overlays, found by libxml2 in one pass rather than a Python walk: a
# role or live region, a declared modal, an open <dialog>, or an element its style pins over
# the page (a script's modal or toast with no role).
_CANDIDATES = etree.XPath(
    "//*[@role or @aria-live or @aria-modal or contains(@style, 'fixed')] | //dialog"
)
_PINNED = re.compile(r"position\s*:\s*fixed")
# Links to other pages a page holds outside an overlay, at least, for the overlay to stand over
# something: a listing, rails, the site's menus.
_BESIDE_LINKS = 3
_LINKS = etree.XPath("count(.//a[@href])")
# What ends a line that trails off: an ellipsis.
_UNFINISHED = ("…", "...")
# What a reader acts on: an overlay holding one asks something of them, unless all it does is
# close the overlay (``_dismisses``). A link drawn as a button (``role="button"``) acts too.
_CONTROLS = (*_FIELDS, "form", "iframe")
_ACTS = etree.XPath(".//*[@role='button']")
# A bare whole number: a count beside another item's link (a board's replies), not a line of the
# item's own; a price carries its currency or its decimals and stays.
_COUNT = re.compile(r"\s*\d{1,7}\s*")
# An overlay's words as shown: no script's or style sheet's text (a widget's inline script, its
# CSS), which no reader sees (``extract.text`` sets them aside too); and those words but its
# controls' (a close button's "×").
_SHOWN = etree.XPath(".//text()[not(ancestor::script or ancestor::style)]")
_SAID = etree.XPath(".//text()[not(ancestor::button or ancestor::script or ancestor::style)]")
# A class or id word, or a data attribute's name, that marks a control as the overlay's
# close: Bootstrap's ``btn-close``/``data-bs-dismiss``, ``modal__close``, ``data-close``.
_CLOSE_WORDS = re.compile(r"(?:^|[\s_-])(?:close|dismiss)(?:$|[\s_-])", re.IGNORECASE)
# Any letter, of any script: a control or an element without one shows a symbol (×, !, an icon).
_LETTER = re.compile(r"[^\W\d_]")
_PICTURE_TAGS = frozenset({"img", "svg"})
# What plays the item where it stands: a video, a sound, an embedded document.
_PLAYERS = frozenset({"video", "audio", "iframe", "embed", "object"})
# A question in any script: a question's end (``title_segments.QUESTION_MARKS``), the Spanish
# opening mark, and the semicolon Greek ends a question with (its question mark, U+037E, is
# the semicolon by Unicode's canonical decomposition, and keyboards type that). A line with a
# semicolon in another language ("Removed; try the search") is read as a question too.
_QUESTION = re.compile(f"[{re.escape(''.join(QUESTION_MARKS))}¿;]")
# Where a line ends: a sentence's stop followed by a space, or a CJK full stop.
_SENTENCE_END = re.compile(r"(?<=[.!。！।።])\s+|(?<=[。！])")
# An item's id in an address: three digits or more, or a token of letters and digits.
_DIGITS = re.compile(r"\d{3,}")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{6,}$")


class Mark(StrEnum):
    CODE = "code"
    OVERLAY = "overlay"


@dataclass(frozen=True, slots=True)
class ProminentNotice:
    """A notice alone in the page's most prominent place: the code as its heading, or an
    overlay's line over other items."""

    mark: Mark
    shown: str  # the code ("404") or the overlay's kind ("an alert (role=status)")
    line: str  # the one line beside the code, or the overlay's line
    own_words: int  # words of the main area besides the notice
    drawn: str = ""  # how the code is drawn ("an SVG's drawn text", "the heading")

    @property
    def says(self) -> str:
        if self.mark is Mark.CODE:
            beside = f"the line “{self.line}”" if self.line else "no line"
            drawn = f" ({self.drawn})" if self.drawn else ""
            return (
                f"the page's most prominent element is the status code “{self.shown}” "
                f"alone{drawn}, with {beside} and only links and the site's prompts beside it "
                f"({self.own_words} words of its own): the code stands for the notice"
            )
        return (
            f"{self.shown} says “{self.line}”, the page's only line about the item its address "
            f"names, over a main area with nothing of its own ({self.own_words} words besides "
            "other items' links) and no control to act on"
        )


class Gates(NamedTuple):
    """Which shapes the raw markup may hold: a cheap test before the tree."""

    code: bool
    overlay: bool

    def __bool__(self) -> bool:
        return self.code or self.overlay


def gates(body: bytes) -> Gates:
    """Which shapes the raw markup of a page under ``PAGE_WORDS`` may hold (``_CODES``
    standing alone, split over elements or naming a picture's file; ``_OVERLAY_ROLE``)."""
    overlay = any(mark in body for mark in _OVERLAY_MARKS)
    overlay = overlay or (b"role=" in body and _OVERLAY_ROLE.search(body) is not None)
    overlay = overlay or _pinned_inline(body)
    return Gates(_code_alone(body) or _code_split(body), overlay)


def _pinned_inline(body: bytes) -> bool:
    """Whether a ``position: fixed`` stands in a tag (an element's ``style``), not in a style
    sheet's text: no ``>`` between it and the ``<`` before it."""
    for mark in _PINNED_MARKS:
        at = body.find(mark)
        while at >= 0:
            opened = body.rfind(b"<", 0, at)
            if opened >= 0 and body.find(b">", opened, at) < 0:
                return True
            at = body.find(mark, at + 1)
    return False


def _code_alone(body: bytes) -> bool:
    """Whether a not-found code stands alone between tags, in a picture's alt or label, or as
    a word of a file's name ("/img/404.svg", "error-404.png")."""
    for code in _CODES:
        at = body.find(code)
        while at >= 0:
            before = body[max(0, at - 40) : at].rstrip(_SPACES)
            after = body[at + len(code) : at + len(code) + 40].lstrip(_SPACES)
            if after[:1] in (b"<", b'"', b"'"):
                if before.endswith(b">"):
                    return True
                quote = before[-1:]
                if quote in (b'"', b"'") and before[:-1].endswith(_NAMED_BY):
                    return True
            if before[-1:] in _NAME_BEFORE and after[:1] in _NAME_AFTER:
                return True
            at = body.find(code, at + 1)
    return False


def _code_split(body: bytes) -> bool:
    """Whether a code's middle digit stands between tags with a "4" ending the text before it
    ("4<span>0</span>4")."""
    at = body.find(b">0<")
    while at >= 0:
        if b"4<" in body[max(0, at - 40) : at]:
            return True
        at = body.find(b">0<", at + 1)
    return False


def read_prominent(
    root: etree._Element,
    main: Callable[[], MainArea],
    url: str,
    title: str | None,
    h1: str | None,
    gated: Gates,
) -> ProminentNotice | None:
    """The prominent notice of a parsed page (``extract.Document.root``) at ``url``, or None.
    ``main`` gives its main area, read once a page (``inspect``); ``gated`` says which shapes
    its markup may hold (``gates``). A page whose title or heading
    names what its address names answers for it (a category's listing under an "added to
    basket" toast, a model's page headed with its number): neither shape is read there."""
    words = address.subject_words(url)
    named = words and address.comparable(words, title, h1)
    if named and not address.shares_none(words, title, h1):
        return None
    code = _code_heading(root, main, url) if gated.code else None
    return code or (_overlay_line(root, main, url) if gated.overlay else None)


def _code_heading(
    root: etree._Element, main: Callable[[], MainArea], url: str
) -> ProminentNotice | None:
    """The not-found code alone as the main area's first prominent element, with at most a
    short line and links beside it. Where the address's last segment or a query value holds
    the code, the code is the name of what the address names (a font, a collection called
    "404", a bus line, ``?page=404``), not a notice."""
    found = _first_prominent_code(root)
    if found is None:
        return None
    code, element, drawn = found
    if _address_names(url, code):
        return None
    prompts = _prompts(root, element)
    # a table or a custom element around the code is the page's layout (an old board's page in
    # table cells, a web component's content slot), not something beside it
    _, content = main_scan(
        root, lambda held: within(element, held) or any(within(held, box) for box in prompts)
    )
    if content is not None and not within(element, content):
        return None
    # the code's digits drawn split over blocks ("4", "0", "4") are the code's, not the page's
    own = _own_blocks(main(), _said(prompts), _CODE_SPLIT)
    words = sum(block.words for block in own)
    if len(own) > LINE_BLOCKS or words > LINE_WORDS:
        return None
    line = own[0].text if own else _box_line(element, root)
    if word_count(line) > LINE_WORDS:
        line = ""  # more than a line beside the code in its box: not the notice's line
    if not line and element.tag not in ("h1", "h2"):
        # a picture or a number alone is what a picture post shows (a meme named "404", DEV
        # ``pl2-meme-bare-code``): the code stands for a notice that has its line
        return None
    return ProminentNotice(Mark.CODE, code, line, words, drawn)


def _address_names(url: str, code: str) -> bool:
    """Whether the address's last path segment or one of its query values holds the code as a
    number of its own."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    values = [value for _, value in parse_qsl(parts.query)]
    alone = re.compile(rf"(?<!\d){code}(?!\d)")
    return any(alone.search(part) for part in (last, *values))


def _prompts(root: etree._Element, notice: etree._Element) -> list[etree._Element]:
    """The site's prompts beside a notice: for each control (a field or a button), the widest
    box around it that holds one line besides its controls, up to ``PROMPT_WORDS`` words, and
    not the notice (a consent banner's line and its "Accept", a newsletter's field, a search
    box). They ask the reader to act, and their words are the site's, not the page's: the
    code's reading and the overlay's both set them aside. A box holding two lines or more is
    something else: an item's card (its price, its description and its "Add to basket") is
    content, and the notice's own box (the code, its line and a "Go back" button) is the
    notice's."""
    boxes: list[etree._Element] = []
    for control in root.iter(*_FIELDS):
        if control.get("type") == "hidden" or within(control, notice):
            continue
        box = None
        for ancestor in control.iterancestors():
            if (
                ancestor.tag in ("body", "html")
                or within(notice, ancestor)
                or _lines_beside_controls(ancestor) > 1
                or word_count(collapse(all_text(ancestor))) > PROMPT_WORDS
            ):
                break
            box = ancestor
        if box is not None and collapse(all_text(box)) and all(box is not b for b in boxes):
            boxes.append(box)
    return boxes


def _said(boxes: list[etree._Element]) -> list[str]:
    """The words of each box, in lower case: what a block of the main area found in one is."""
    return [collapse(all_text(box)).casefold() for box in boxes]


def _box_line(code: etree._Element, root: etree._Element) -> str:
    """The line drawn in the code's own box: the words of the smallest box around the code,
    inside the main area and short of all of it, that holds any besides the code, links and
    chrome (breadcrumbs, rails) aside. Read where the main area's reading leaves none (a
    template whose rows all lead with a link reads as a rail)."""
    start, inside = scope(root)
    box = code.getparent()
    while box is not None and box is not start and within(box, start):
        parts: list[str] = []
        for out, node in walk(box, inside):
            if node is not box and node.tail and not _linked(node.getparent(), box):
                parts.append(node.tail)
            if not out and node.text and not within(node, code) and not _linked(node, box):
                parts.append(node.text)
        line = collapse(" ".join(parts))
        if line:
            return line
        box = box.getparent()
    return ""


def _linked(node: etree._Element | None, box: etree._Element) -> bool:
    """Whether text written in ``node`` is a link's: ``node`` is a link or stands in one
    inside ``box``."""
    while node is not None:
        if node.tag == "a":
            return True
        if node is box:
            return False
        node = node.getparent()
    return False


def _first_prominent_code(root: etree._Element) -> tuple[str, etree._Element, str] | None:
    """The code, its element and how it is drawn, if the first heading or picture of the main
    area, or its first words in a block of their own, are a not-found code alone."""
    start, inside = scope(root)
    walker = etree.iterwalk(start, events=("start",))
    said = False  # whether the main area showed words before, other than a prompt's
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        # a picture is read before the chrome test, which hides an SVG's drawn words as the
        # visible text does
        picture = tag in _PICTURE_TAGS or (element.get("role") or "").strip().lower() == "img"
        hidden = (element.get("aria-hidden") or "").strip().lower() == "true"
        if picture:
            words = _picture_words(element)
            found = _CODE_ALONE.fullmatch(words)
            if found is not None:
                return found.group(1), element, _drawn(element)
            if hidden:
                # one hidden from assistive technology and not the code is decoration (an icon)
                walker.skip_subtree()
                continue
            return None
        if hidden and not said:
            # a number drawn for the eye only, the line beside it said to a screen reader
            found = _CODE_SPLIT.fullmatch(all_text(element))
            if found is not None:
                return _code(found), element, "a block hidden from screen readers"
        if element is not start and is_chrome(element, inside):
            walker.skip_subtree()
            continue
        if tag == "a":
            # a linked picture or heading shows another page (a tile, a badge's award page)
            walker.skip_subtree()
            continue
        if tag in ("h1", "h2"):
            found = _CODE_ALONE.fullmatch(collapse(all_text(element)))
            return (found.group(1), element, "the heading") if found is not None else None
        if tag in HEADING_TAGS:
            return None
        if not said and element.text and element.text.strip():
            block = _digits_block(element, start)
            found = _CODE_SPLIT.fullmatch(all_text(block))
            if found is not None:
                return _code(found), block, f"a <{block.tag}> of its own"
            said = not _in_prompt(element, start)
    return None


def _code(found: re.Match[str]) -> str:
    """The code a match of ``_CODE_SPLIT`` holds, its digits joined ("4 0 4" -> "404")."""
    return re.sub(r"\s", "", found.group(1))


def _digits_block(element: etree._Element, start: etree._Element) -> etree._Element:
    """The element whose words are a code that ``element``'s digits are a part of: itself, or
    the box its split digits share ("<span>4</span><span>0</span><span>4</span>")."""
    block = element
    while block is not start and _DIGITS_ONLY.fullmatch(all_text(block)):
        parent = block.getparent()
        if parent is None or not _DIGITS_ONLY.fullmatch(all_text(parent)):
            break
        block = parent
    return block


def _in_prompt(element: etree._Element, start: etree._Element) -> bool:
    """Whether words stand in a short box beside a control (a consent banner before the
    notice): the site asking, not the page saying."""
    for box in element.iterancestors():
        if box is start:
            return False
        if next(box.iter(*_FIELDS), None) is not None:
            return word_count(collapse(all_text(box))) <= PROMPT_WORDS
    return False


def _picture_words(element: etree._Element) -> str:
    """What a picture shows in words, read for a code: its name (``thin.picture_name``), else
    an SVG's drawn ``<title>`` and ``<text>`` together, else an image file's name when it is
    the code ("/img/404.svg", "error-404.png"). Not ``thin``'s reading of a picture's words,
    which stops at an SVG's first ``<title>`` and keeps a file's whole name: a big "404" is
    drawn as an SVG's ``<text>``, and a file whose long name holds a code names something
    else ("lamp model 404 brass black", ``_NAME_WORDS``)."""
    name = picture_name(element)
    if name:
        return name
    if element.tag == "svg":
        drawn = element.iter("{*}title", "title", "{*}text", "text")
        return collapse(" ".join(all_text(child) for child in drawn))
    named = file_words(element.get("src") or "").split()
    codes = [word for word in named if _CODE_ALONE.fullmatch(word)]
    return codes[0] if len(codes) == 1 and len(named) <= _NAME_WORDS else ""


def _drawn(element: etree._Element) -> str:
    """How a picture shows the code, for the reason."""
    if element.tag == "svg":
        return "an SVG's drawn text"
    if picture_name(element):
        return "a picture's text"
    return "a picture's file name"


def _overlay_line(
    root: etree._Element, main: Callable[[], MainArea], url: str
) -> ProminentNotice | None:
    """An overlay's short declarative line, the only statement over a main area that holds
    nothing of its own, at an address naming one item."""
    if not _names_one_item(url):
        return None
    for overlay in _overlays(root):
        text = _shown(overlay)
        if not text or word_count(text) > OVERLAY_WORDS or _QUESTION.search(text):
            continue
        if _asks(overlay) or not _placed(overlay) or _linked_share(overlay, text) > LINK_DENSE:
            continue
        line = _line(overlay)
        if word_count(line) > OVERLAY_LINE_WORDS or line.endswith(_UNFINISHED):
            # a line trailing off is progress ("Loading…"), not a statement
            continue
        if _links_outside(root, overlay) < _BESIDE_LINKS:
            # nothing drawn under it: an app shell's spinner, not a notice over other items
            return None
        if _shows_own(root, overlay):
            # a photo and its caption, a player: the item is there, the toast is about it
            # ("Link copied")
            return None
        # the overlay's own words, and boxes beside it that ask the reader something (a consent
        # banner with its button, a newsletter's field): the site's, not the item's; a bare
        # number is a topic's replies beside its link, a page number
        others = [text.casefold(), *_said(_prompts(root, overlay))]
        own = _own_blocks(main(), others, _COUNT)
        words = sum(block.words for block in own)
        # the line is the overlay's, not the main area's: beside it the area holds at most the
        # way out's words, one block fewer than beside a code (``LINE_BLOCKS``)
        if words > LINE_WORDS or len(own) > LINE_BLOCKS - 1:
            return None
        return ProminentNotice(Mark.OVERLAY, _kind(overlay), line, words)
    return None


def _own_blocks(area: MainArea, said: list[str], aside: re.Pattern[str]) -> list[Block]:
    """The main area's blocks of its own beside a notice, for the code's reading and the
    overlay's alike: no heading, no block ``aside`` matches whole (the code's split digits, a
    count), none found in the words of ``said``'s boxes (the notice's, the site's prompts)."""
    return [
        block
        for block in area.blocks
        if not block.heading
        and aside.fullmatch(block.text) is None
        and not any(block.text.casefold() in box for box in said)
    ]


def _links_outside(root: etree._Element, overlay: etree._Element) -> int:
    """Links of the page outside the overlay: the listing, rails and chrome under it."""
    inside = int(_LINKS(overlay))  # type: ignore[arg-type]
    return int(_LINKS(root)) - inside  # type: ignore[arg-type]


def _overlays(root: etree._Element) -> list[etree._Element]:
    """The page's overlays, outermost first: an open ``<dialog>``, an element with an overlay's
    role or a live region; hidden ones aside."""
    found: list[etree._Element] = []
    for element in _elements(_CANDIDATES(root)):
        role = (element.get("role") or "").strip().lower()
        live = (element.get("aria-live") or "").strip().lower()
        opened = element.tag == "dialog" and element.get("open") is not None
        modal = (element.get("aria-modal") or "").strip().lower() == "true"
        pinned = _PINNED.search(element.get("style") or "") is not None
        if not (opened or modal or pinned or role in _OVERLAY_ROLES or live in _LIVE):
            continue
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            continue
        if any(within(element, outer) for outer in found):
            continue  # inside an overlay met before (libxml2 answers in document order)
        found.append(element)
    return found


def _asks(overlay: etree._Element) -> bool:
    """Whether the overlay holds a control the reader acts on beyond closing it: a consent
    banner's "Accept", a newsletter's field, a sign-in form, a chat's box."""
    controls = [*overlay.iter(*_CONTROLS), *_elements(_ACTS(overlay))]
    return any(not _dismisses(control) for control in controls)


def _dismisses(control: etree._Element) -> bool:
    """Whether a control only closes its overlay: a button showing a symbol alone (×, ✕, an
    icon), one its class, id or a data attribute names the close (``_CLOSE_WORDS``), or a form
    with ``method="dialog"`` and its button, which HTML has close the dialog."""
    if control.tag == "form":
        return (control.get("method") or "").strip().lower() == "dialog"
    if control.tag not in ("button", "a") and control.get("role") != "button":
        return False
    if any(
        (form.get("method") or "").strip().lower() == "dialog"
        for form in control.iterancestors("form")
    ):
        return True
    named = " ".join((control.get("class") or "", control.get("id") or ""))
    marked = any(
        str(name).startswith("data-") and _CLOSE_WORDS.search(str(name)[5:])
        for name in control.attrib
    )
    return marked or _CLOSE_WORDS.search(named) is not None or not _LETTER.search(all_text(control))


def _placed(overlay: etree._Element) -> bool:
    """Whether the overlay is drawn as a notice: where the content is (a page footer follows
    it, or the page has none), or as a layer the page declares over everything, which scripts
    append at the body's end (an open ``<dialog>``, ``aria-modal``, an ``alertdialog`` or
    ``alert`` role, an assertive live region, a pinned style). A consent banner is a region or
    a polite dialog after the footer, and asks for its click (``_asks``)."""
    if next(overlay.getroottree().getroot().iter("footer"), None) is None:
        return True
    if overlay.xpath("boolean(following::footer)"):
        return True
    role = (overlay.get("role") or "").strip().lower()
    return (
        (overlay.tag == "dialog" and overlay.get("open") is not None)
        or (overlay.get("aria-modal") or "").strip().lower() == "true"
        or role in ("alertdialog", "alert")
        or (overlay.get("aria-live") or "").strip().lower() == "assertive"
        or _PINNED.search(overlay.get("style") or "") is not None
    )


def _shows_own(root: etree._Element, overlay: etree._Element) -> bool:
    """Whether the main area beside the overlay shows something of its own: a player, or a
    picture or two that no link holds (a photo page's photo, a product's). A grid shows a
    picture per item (``RAIL_ITEMS`` or more), each another item's."""
    start, inside = scope(root)
    pictures = 0
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _PICTURE_TAGS and (element.get("aria-hidden") or "").strip() != "true":
            pictures += 1
            walker.skip_subtree()
            continue
        if (
            element is overlay
            or tag == "a"
            or (element is not start and is_chrome(element, inside))
        ):
            walker.skip_subtree()
            continue
        if tag in _PLAYERS:
            return True
    return 0 < pictures < RAIL_ITEMS


def _linked_share(overlay: etree._Element, text: str) -> float:
    """The share of the overlay's characters in its links' text."""
    linked = sum(len(collapse(all_text(link))) for link in overlay.iter("a"))
    return linked / max(len(text), 1)


def _lines_beside_controls(element: etree._Element) -> int:
    """Pieces of text an element holds besides its controls: its own text, each child with
    letters that is not a control, each tail with letters."""
    pieces = 1 if _LETTER.search(element.text or "") else 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag not in _FIELDS and _LETTER.search(all_text(child)):
            pieces += 1
        if _LETTER.search(child.tail or ""):
            pieces += 1
    return pieces


def _elements(found: object) -> list[etree._Element]:
    """The elements an XPath query answered."""
    if not isinstance(found, list):
        return []
    return [element for element in found if isinstance(element, etree._Element)]


def _shown(overlay: etree._Element) -> str:
    """The overlay's words as a reader sees them, joined as written (``all_text`` but a
    script's and a style sheet's)."""
    pieces = _SHOWN(overlay)
    return collapse("".join(str(piece) for piece in pieces) if isinstance(pieces, list) else "")


def _line(overlay: etree._Element) -> str:
    """The overlay's line: its first heading, strong element or paragraph if it has one, else
    its first sentence. A mark alone ("!", an icon's glyph) is no line: the sentence starts at
    the first letter after it."""
    for element in overlay.iter(*HEADING_TAGS, "strong", "b", "p"):
        said = collapse(all_text(element))
        if _LETTER.search(said):
            return said
    pieces = _SAID(overlay)  # its close's "×" aside
    said = collapse(" ".join(str(piece) for piece in pieces) if isinstance(pieces, list) else "")
    lettered = _LETTER.search(said)
    return _SENTENCE_END.split(said[lettered.start() if lettered else 0 :], maxsplit=1)[0]


def _kind(overlay: etree._Element) -> str:
    role = (overlay.get("role") or "").strip().lower()
    if overlay.tag == "dialog" or role in ("dialog", "alertdialog"):
        return f"a dialog (role={role or 'dialog'})"
    if role:
        return f"an alert (role={role})"
    if (overlay.get("aria-modal") or "").strip().lower() == "true":
        return "a dialog (aria-modal)"
    if overlay.get("aria-live") is None:
        return "a layer pinned over the page (position: fixed)"
    return "a live region (aria-live)"


def _names_one_item(url: str) -> bool:
    """Whether the address names one item: an id of three digits or more, a token, or a slug
    of subject words in its last path segment or a query value.

    Not ``empty_main.promises_item``, though both ask whether an address names one item: that
    one reads an ID at any depth below a section (``/job/771203/apply``) and weighs a query's
    parameter by its name (``?id=``, not ``?sort=``), for a page with nothing of an item's; this
    one reads the address's end alone, takes a bare top-level number (``/771203``) and any
    query value with an id in it, for an overlay that must speak of one item over a listing.
    Neither is the other's case: each says yes to addresses the other says no to."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    # a bare key is a value too: a board's "showthread.php?6254475-the-thread"
    values = [value or key for key, value in parse_qsl(parts.query, keep_blank_values=True)]
    for part in (last, *values):
        if _DIGITS.search(part) or (_TOKEN.match(part) and any(c.isdigit() for c in part)):
            return True
    return len(address.subject_words(url)) >= address.SUBJECT_WORDS
