"""A notice that stands alone in the page's most prominent place, whatever its words.

Unread webs keep showing not-found pages whose sentence no phrase book holds ("Saken er ikke
lenger tilgjengelig", "Такой страницы у нас нет") where the page's shape leaves no doubt. Two
shapes say it in any language, read from structure alone:

- **the code as the heading** (``Mark.CODE``): the main area's most prominent element is a
  not-found status code alone ("404", "410"): an ``<h1>``/``<h2>`` holding nothing else, or a
  picture whose words are the code (an ``alt`` text, an SVG's ``<title>`` or ``<text>``). The
  code is the notice's heading in every language, and the page beside it holds at most a short
  line (``LINE_WORDS``) and links: no player, table, form or embedded document
  (``thin.main_scan``), nothing of an item's. A "404" in an article's figure stands among the
  article's paragraphs, a status page's codes in its table, a design award's "404" badge beside
  the page's own content: none is the page's only statement.
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
  with no role at all. Boxes beside it that ask (a consent banner, a newsletter's field) are the
  site's, not the item's; a photo or a player beside it is the item's, and the toast over it
  ("Link copied") speaks of it.

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
from curator.classify.main_area import HEADING_TAGS, RAIL_ITEMS, MainArea, is_chrome, scope
from curator.classify.thin import main_scan, word_count
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
# Visible words (chrome, cards and rails included) up to which a page may be a notice over
# other items' cards: review 27's toasts over a listing came to 323; the median article of the
# cost workload to 1,164. A code drawn as the heading is read on a thin page only (``inspect``'s
# ``THIN_PAGE_WORDS``, 400): a line and links under the site's chrome.
PAGE_WORDS = 800
# What the raw markup must hold for a shape to be read at all (``gates``), found by literal
# searches (a case-blind alternation over the whole body cost 4 ms a page): the code alone
# between tags or as a picture's alt or aria-label; an overlay's role, a live region or a
# <dialog>. Markup is read as written, in lower case.
_CODES = (b"404", b"410")
_SPACES = b" \t\r\n"
_NAMED_BY = (b"alt=", b"aria-label=")
_OVERLAY_ROLE = re.compile(rb"role=[\"']?(?:alert|dialog|status)")
_OVERLAY_MARKS = (b"aria-live=", b"<dialog", b"aria-modal=", b"position:fixed", b"position: fixed")
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
_CONTROLS = ("button", "input", "select", "textarea", "form", "iframe")
_ACTS = etree.XPath(".//*[@role='button']")
_FIELDS = ("button", "input", "select", "textarea")
# A bare whole number: a count beside another item's link (a board's replies), not a line of the
# item's own; a price carries its currency or its decimals and stays.
_COUNT = re.compile(r"\s*\d{1,7}\s*")
# An overlay's words but its controls' (a close button's "×").
_SAID = etree.XPath(".//text()[not(ancestor::button)]")
# A class or id word, or a data attribute's name, that marks a control as the overlay's
# close: Bootstrap's ``btn-close``/``data-bs-dismiss``, ``modal__close``, ``data-close``.
_CLOSE_WORDS = re.compile(r"(?:^|[\s_-])(?:close|dismiss)(?:$|[\s_-])", re.IGNORECASE)
# Link text's share of an overlay's characters from which it is a menu of links (a pinned
# header, a bar of shortcuts), not a line said to the reader: Readability's link density.
_LINKED_SHARE = 0.5
# Any letter, of any script: a control or an element without one shows a symbol (×, !, an icon).
_LETTER = re.compile(r"[^\W\d_]")
_PICTURE_TAGS = frozenset({"img", "svg"})
# What plays the item where it stands: a video, a sound, an embedded document.
_PLAYERS = frozenset({"video", "audio", "iframe", "embed", "object"})
# A question in any script: Latin and CJK marks, the Spanish opening mark, the Arabic mark,
# and the semicolon Greek is typed with (a notice's line rarely holds one).
_QUESTION = re.compile(r"[?？¿؟;]")
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

    @property
    def says(self) -> str:
        if self.mark is Mark.CODE:
            beside = f"the line “{self.line}”" if self.line else "no line"
            return (
                f"the page's most prominent element is the status code “{self.shown}” alone, "
                f"with {beside} and only links beside it ({self.own_words} words of its own): "
                "the code stands for the notice"
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


def gates(body: bytes, thin: bool) -> Gates:
    """Which shapes the raw markup of a page under ``PAGE_WORDS`` may hold (``_CODES``
    standing alone, on a ``thin`` page only; ``_OVERLAY_ROLE``)."""
    overlay = any(mark in body for mark in _OVERLAY_MARKS)
    overlay = overlay or (b"role=" in body and _OVERLAY_ROLE.search(body) is not None)
    return Gates(thin and _code_alone(body), overlay)


def _code_alone(body: bytes) -> bool:
    """Whether a not-found code stands alone between tags or in a picture's alt or label."""
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
            at = body.find(code, at + 1)
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
    short line and links beside it. Where the address's last segment holds the code, the code
    is the name of what the address names (a font, a collection called "404"), not a notice."""
    found = _first_prominent_code(root)
    if found is None:
        return None
    code, element = found
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    if re.search(rf"(?<!\d){code}(?!\d)", last):
        return None
    _, content = main_scan(root)
    if content is not None and not _lays_out(content, element):
        return None
    area = main()
    own = [b for b in area.blocks if not b.heading and _CODE_ALONE.fullmatch(b.text) is None]
    words = sum(block.words for block in own)
    if len(own) > LINE_BLOCKS or words > LINE_WORDS:
        return None
    if not own and element.tag not in ("h1", "h2"):
        # a picture alone is what a picture post shows (a meme named "404", DEV
        # ``pl2-meme-bare-code``): the code stands for a notice that has its line
        return None
    return ProminentNotice(Mark.CODE, code, own[0].text if own else "", words)


def _lays_out(content: etree._Element, code: etree._Element) -> bool:
    """Whether a table the main area holds is the page's layout around the code (an old
    board's page in table cells), not a table beside it."""
    return content.tag == "table" and any(ancestor is content for ancestor in code.iterancestors())


def _first_prominent_code(root: etree._Element) -> tuple[str, etree._Element] | None:
    """The code and its element, if the first heading or picture of the main area is a
    not-found code alone."""
    start, inside = scope(root)
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        # a picture is read before the chrome test, which hides an SVG's drawn words as the
        # visible text does; one hidden from assistive technology is decoration (an icon)
        picture = tag in _PICTURE_TAGS or (element.get("role") or "").strip().lower() == "img"
        if picture and (element.get("aria-hidden") or "").strip().lower() == "true":
            walker.skip_subtree()
            continue
        if not picture and element is not start and is_chrome(element, inside):
            walker.skip_subtree()
            continue
        if tag == "a":
            # a linked picture or heading shows another page (a tile, a badge's award page)
            walker.skip_subtree()
            continue
        if tag in ("h1", "h2") or picture:
            words = _picture_words(element) if picture else collapse(all_text(element))
            found = _CODE_ALONE.fullmatch(words)
            return (found.group(1), element) if found is not None else None
        if tag in HEADING_TAGS:
            return None
    return None


def _picture_words(element: etree._Element) -> str:
    """What a picture shows in words: its alt text, aria-label or title, else an SVG's drawn
    ``<title>`` and ``<text>`` (a big "404" drawn as text)."""
    for name in ("alt", "aria-label", "title"):
        value = (element.get(name) or "").strip()
        if value:
            return value
    if element.tag == "svg":
        drawn = element.iter("{*}title", "title", "{*}text", "text")
        return collapse(" ".join(all_text(child) for child in drawn))
    return ""


def _overlay_line(
    root: etree._Element, main: Callable[[], MainArea], url: str
) -> ProminentNotice | None:
    """An overlay's short declarative line, the only statement over a main area that holds
    nothing of its own, at an address naming one item."""
    if not _names_one_item(url):
        return None
    for overlay in _overlays(root):
        text = collapse(all_text(overlay))
        if not text or word_count(text) > OVERLAY_WORDS or _QUESTION.search(text):
            continue
        if _asks(overlay) or not _placed(overlay) or _linked_share(overlay, text) > _LINKED_SHARE:
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
        area = main()
        # the overlay's own words, and boxes beside it that ask the reader something (a consent
        # banner with its button, a newsletter's field): the site's, not the item's
        others = [text.casefold(), *_asking_boxes(root, overlay)]
        own = [
            b
            for b in area.blocks
            if not b.heading
            and not _COUNT.fullmatch(b.text)  # a topic's replies beside its link, a page number
            and not any(b.text.casefold() in box for box in others)
        ]
        words = sum(block.words for block in own)
        if words > LINE_WORDS or len(own) >= LINE_BLOCKS:
            return None
        return ProminentNotice(Mark.OVERLAY, _kind(overlay), line, words)
    return None


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
        if any(element in seen.iter() for seen in found):
            continue
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


def _asking_boxes(root: etree._Element, overlay: etree._Element) -> list[str]:
    """The text, in lower case, of each box beside the overlay that asks the reader to act: a
    line and its field or button (a consent banner, a newsletter's sign-up), the widest element
    around the control that holds one line besides its controls. An item's box holds more (its
    price, its description and its "Add to basket"): it is content, and stays."""
    boxes: list[str] = []
    for control in root.iter(*_FIELDS):
        if control.get("type") == "hidden" or any(a is overlay for a in control.iterancestors()):
            continue
        box = None
        for ancestor in control.iterancestors():
            if ancestor.tag in ("body", "html") or _lines_beside_controls(ancestor) > 1:
                break
            said = collapse(all_text(ancestor))
            if word_count(said) > OVERLAY_WORDS:
                break
            box = said
        if box:
            boxes.append(box.casefold())
    return boxes


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
    of subject words in its last path segment or a query value."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    # a bare key is a value too: a board's "showthread.php?6254475-the-thread"
    values = [value or key for key, value in parse_qsl(parts.query, keep_blank_values=True)]
    for part in (last, *values):
        if _DIGITS.search(part) or (_TOKEN.match(part) and any(c.isdigit() for c in part)):
            return True
    return len(address.subject_words(url)) >= address.SUBJECT_WORDS
