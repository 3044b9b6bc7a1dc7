"""Which blocks of a page's visible text are set apart from its own: blocks made of links
(teaser rails, "related" lists, tag clouds, "more from" cards, a "back to the front page"
line) and dialogs laid over the page (a consent banner).

Read as boilerplate detectors read them (Readability's link density, Kohlschütter's
boilerpipe): a block whose visible words stand (nearly) all inside ``<a>`` is a way on to other
pages, not the page's own prose; a dialog (``role="dialog"``, WAI-ARIA's mark for a window over
the page, or ``<dialog>``) asks the visitor something apart from the page. Language-free: only
the markup is read.
"""

from __future__ import annotations

from lxml import etree

from curator.extract.clean import collapse
from curator.extract.text import BLOCK_TAGS, HIDDEN_TAGS

# A block whose words are at least this share inside links is a link block: a teaser's title
# with its date or author beside it (8 of 10 words linked) is one, a paragraph of an article
# with a few linked words is not.
LINKED_SHARE = 0.75
# Where a block starts or ends, and where a link opens or closes, while the text is walked:
# Unicode noncharacters, never text and not whitespace. Block edges stand as words of their
# own (the visible text puts a space there); link edges stand inside words, as ``<a>`` adds no
# space ("see<a>here</a>" reads "seehere").
_EDGE = "\ufdd0"
_OPEN = "\ufdd1"
_CLOSE = "\ufdd2"
_LINK_MARKS = str.maketrans("", "", _OPEN + _CLOSE)
# Where a dialog opens and closes: words of their own, as a dialog is a block.
_DIALOG = "\ufdd3"
_DIALOG_END = "\ufdd4"
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


def link_blocks(root: etree._Element, most: int) -> tuple[tuple[int, int], ...]:
    """Where the blocks of ``visible_text(root)`` that are made of links start and stop in it,
    as far as ``most`` characters of it: the prose around a notice is read in its start."""
    spans: list[tuple[int, int]] = []
    at, start, words, linked, depth, dialogs = 0, 0, 0, 0, 0, 0
    for token in collapse(_marked(root, most)).split(" "):
        if token in (_EDGE, _DIALOG, _DIALOG_END):
            if words and linked >= LINKED_SHARE * words:
                spans.append((start, at - 1))
            start, words, linked = at, 0, 0
            dialogs = max(0, dialogs + (token == _DIALOG) - (token == _DIALOG_END))
            continue
        plain = token.translate(_LINK_MARKS)
        # a word is linked where it opens inside a link, or a link opens on its first letters;
        # a dialog's words are set apart as a link's are
        inside = depth > 0 or token.startswith(_OPEN) or dialogs > 0
        depth = max(0, depth + token.count(_OPEN) - token.count(_CLOSE))
        if not plain:
            continue
        words += 1
        linked += inside
        at += len(plain) + 1
        if at > most:
            break
    if words and linked >= LINKED_SHARE * words:
        spans.append((start, at - 1))
    return tuple(spans)


def _marked(root: etree._Element, most: int) -> str:
    """The visible pieces of ``root`` joined as ``text.visible_text`` joins them, with a mark
    at each block's edges, each link's and each dialog's, until they hold more than ``most``
    characters."""
    parts: list[str] = []
    size = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in HIDDEN_TAGS or not isinstance(tag, str) or _hidden(element):
                walker.skip_subtree()
                continue
            parts.append(_mark(element, opens=True))
            piece = element.text
        else:
            parts.append(_mark(element, opens=False))
            piece = element.tail if element is not root else None
        if piece:
            parts.append(piece)
            size += len(piece)
            if size > most:
                break
    return "".join(parts)


# The marks set where an element opens and where it closes: a dialog's, a block's, a link's.
_OPENS = (f" {_DIALOG} ", f" {_EDGE} ", _OPEN)
_CLOSES = (f" {_DIALOG_END} ", f" {_EDGE} ", _CLOSE)


def _mark(element: etree._Element, opens: bool) -> str:
    marks = _OPENS if opens else _CLOSES
    if _is_dialog(element):
        return marks[0]
    if element.tag in BLOCK_TAGS:
        return marks[1]
    return marks[2] if element.tag == "a" else ""


def _hidden(element: etree._Element) -> bool:
    aria = element.get("aria-hidden")
    return element.get("hidden") is not None or (
        aria is not None and aria.strip().lower() == "true"
    )


def _is_dialog(element: etree._Element) -> bool:
    return element.tag == "dialog" or (element.get("role") or "").strip() in _DIALOG_ROLES
