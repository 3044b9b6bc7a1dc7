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
  (a button, a field, a form): a consent banner, a newsletter modal, a sign-in dialog, an
  "added to cart" toast and a chat widget ask the reader to do something, a notice only tells.
  Its line is short and declarative (no question), and it stands where the content is drawn,
  before the page's footer, not pinned after it as a consent banner is.

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
from curator.classify.main_area import HEADING_TAGS, MainArea, is_chrome, scope
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
_OVERLAY_MARKS = (b"aria-live=", b"<dialog")
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog", "alert", "status"})
_LIVE = frozenset({"polite", "assertive"})
# The elements that may be overlays, found by libxml2 in one pass rather than a Python walk.
_CANDIDATES = etree.XPath("//*[@role or @aria-live] | //dialog")
# Links to other pages a page holds outside an overlay, at least, for the overlay to stand over
# something: a listing, rails, the site's menus.
_BESIDE_LINKS = 3
_LINKS = etree.XPath("count(.//a[@href])")
# What ends a line that trails off: an ellipsis.
_UNFINISHED = ("…", "...")
# What a reader acts on: an overlay holding one asks something of them.
_CONTROLS = ("button", "input", "select", "textarea", "form", "iframe")
_PICTURE_TAGS = frozenset({"img", "svg"})
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
        if next(overlay.iter(*_CONTROLS), None) is not None or not _before_footer(overlay):
            continue
        line = _line(overlay, text)
        if word_count(line) > OVERLAY_LINE_WORDS or line.endswith(_UNFINISHED):
            # a line trailing off is progress ("Loading…"), not a statement
            continue
        if _links_outside(root, overlay) < _BESIDE_LINKS:
            # nothing drawn under it: an app shell's spinner, not a notice over other items
            return None
        area = main()
        within = text.casefold()
        own = [b for b in area.blocks if not b.heading and b.text.casefold() not in within]
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
    matched = _CANDIDATES(root)
    elements = (
        [e for e in matched if isinstance(e, etree._Element)] if isinstance(matched, list) else []
    )
    for element in elements:
        role = (element.get("role") or "").strip().lower()
        live = (element.get("aria-live") or "").strip().lower()
        opened = element.tag == "dialog" and element.get("open") is not None
        if not (opened or role in _OVERLAY_ROLES or live in _LIVE):
            continue
        if element.get("hidden") is not None or element.get("aria-hidden") == "true":
            continue
        if any(element in seen.iter() for seen in found):
            continue
        found.append(element)
    return found


def _before_footer(overlay: etree._Element) -> bool:
    """Whether the overlay is drawn where the content is: a page footer follows it, or the page
    has none. A consent banner is pinned after the footer, at the body's end."""
    if next(overlay.getroottree().getroot().iter("footer"), None) is None:
        return True
    return bool(overlay.xpath("boolean(following::footer)"))


def _line(overlay: etree._Element, text: str) -> str:
    """The overlay's line: its first heading, strong element or paragraph if it has one, else
    its first sentence."""
    for element in overlay.iter(*HEADING_TAGS, "strong", "b", "p"):
        said = collapse(all_text(element))
        if said:
            return said
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _kind(overlay: etree._Element) -> str:
    role = (overlay.get("role") or "").strip().lower()
    if overlay.tag == "dialog" or role in ("dialog", "alertdialog"):
        return f"a dialog (role={role or 'dialog'})"
    if role:
        return f"an alert (role={role})"
    return "a live region (aria-live)"


def _names_one_item(url: str) -> bool:
    """Whether the address names one item: an id of three digits or more, a token, or a slug
    of subject words in its last path segment or a query value."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    values = [value for _, value in parse_qsl(parts.query)]
    for part in (last, *values):
        if _DIGITS.search(part) or (_TOKEN.match(part) and any(c.isdigit() for c in part)):
            return True
    return len(address.subject_words(url)) >= address.SUBJECT_WORDS
