"""The item's own lines and variants where its markup gives them no list and no subheading.

A closed job's ad, an expired listing or a discontinued product keeps its own content under
the notice in shapes ``item_content`` read as nothing (review 16's held-out pages, sd-moved17):

- **a label over lines**: a paragraph that is only a bold label ("<p><strong>Vos missions</strong>
  </p>") or a short label ending in a colon ("Zakres obowiązków:") heads what follows as a
  subheading does, in all but its tag (``label``);
- **a run of lines**: a paragraph of lines joined by ``<br>`` ("Ihre Aufgaben:<br>Betreuung
  …<br>Überwachung …<br>Dokumentation …") is a list written without its tags (``line_run``);
- **a list rated line by line**: "SQL. Essential." / "Power BI. Desirable." is a two-column
  table written as lines, each a term and its grade, the grades repeating (``rated``); a
  citation breaks into more fragments, and its fragments do not repeat;
- **a list rated in paragraphs**: the same term-and-grade lines written one ``<p>`` each
  under a label ("<p><strong>Skills</strong></p><p>SQL. Essential.</p>…", ``rated_run``);
- **the item's own variants**: links back to the page's own address with a query
  ("?variant=5101", "?farbe=weiss"), each showing a size, a colour or a price: the item's
  options, a row of its details each, not another item's card (``variant``); the same links
  showing only a name ("Natur", "Salbei", "白", "藍"), one query key naming the choice
  (``variant_key``); and a ``<select>`` of named options in a form that acts on the item (an
  add to cart, an enquiry: anything but a search of the site, ``options``).

What reads so is weighed as ``item_content`` weighs a list or a row: the reader of each shape
says only whether its lines are there, and ``item_content`` leaves out what is another page's
(lines that are links away) or says something is gone. This module only reads markup.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from curator.classify.picture_item import search_form
from curator.extract.clean import collapse
from curator.extract.text import all_text

# A label heads what follows: a few words, no figure ("Vos missions", "Zakres obowiązków:",
# "Key features"); a longer line is a sentence of its own.
LABEL_WORDS = 5
LABEL_CHARS = 60
# The tags a label or a run of lines is written in.
LINE_TAGS = frozenset({"p", "div"})
# The inline tags a bold label is written in.
_BOLD = frozenset({"b", "strong"})
# A run of lines: this many lines or more after its label (as ``item_content.SECTION_LINES``).
RUN_LINES = 3
# A rated line: a term and its grade, each a short fragment ended by a full stop.
_RATED = re.compile(r"^\s*([^.]{1,60})\.\s+([^.]{1,30})\.?\s*$")
# A rated list: at most this share of its lines give distinct grades ("Essential", "Desirable"
# over four lines: a half).
RATED_SHARE = 0.5
# A variant's card shows this many words at most: the link and its facts, not a section.
VARIANT_WORDS = 30
# A paragraph read as one line of a rated list is at most this long: a term and its grade.
RATED_CHARS = 100
# An option of a ``<select>`` names a choice in a few words ("Oat", "16 inch", "Bejca orzech").
OPTION_WORDS = 4


def label(element: etree._Element) -> str:
    """The label a ``<p>``/``<div>`` is, or "": its words all in one bold child, or a short
    line ending in a colon with no markup, a few words (``LABEL_WORDS``) and no figure. Read
    off the element's own text and its one child, never the text of all it holds: every
    paragraph of a notice page's main area is asked."""
    if element.tag not in LINE_TAGS:
        return ""
    parts = [child for child in element if isinstance(child.tag, str)]
    if not parts:
        text = collapse(element.text or "")
        if not text.endswith((":", "：")):
            return ""
    elif (
        len(parts) == 1
        and parts[0].tag in _BOLD
        and not len(parts[0])
        and not (element.text or "").strip()
        and not (parts[0].tail or "").strip()
    ):
        text = collapse(parts[0].text or "")
    else:
        return ""
    if not text or len(text) > LABEL_CHARS or any(ch.isdigit() for ch in text):
        return ""
    return text if len(text.rstrip(":：").split()) <= LABEL_WORDS else ""


def line_run(element: etree._Element) -> tuple[list[list[etree._Element | str]], bool]:
    """The lines of a ``<p>``/``<div>`` its ``<br>``s part, its leading label left out (a bold
    child or a line ending in a colon), each line its pieces of text and elements in order;
    and whether such a label led them. Empty unless the element is written as lines (a
    ``<br>`` directly inside it, no block inside). A label said to the reader ("¿Qué puedes
    hacer?") heads help, not the item's lines: nothing is returned."""
    if element.tag not in LINE_TAGS or not any(child.tag == "br" for child in element):
        return [], False
    if any(child.tag in ("p", "div", "ul", "ol", "table") for child in element):
        return [], False
    lines: list[list[etree._Element | str]] = [[element.text or ""]]
    for child in element:
        if not isinstance(child.tag, str):
            lines[-1].append(child.tail or "")
        elif child.tag == "br":
            lines.append([child.tail or ""])
        else:
            lines[-1] += [child, child.tail or ""]
    texts = [_text(line) for line in lines]
    kept = [(line, text) for line, text in zip(lines, texts, strict=True) if text]
    if not kept:
        return [], False
    first, text = kept[0]
    headed = text.endswith((":", "：")) or (
        len([p for p in first if isinstance(p, etree._Element)]) == 1
        and not "".join(p for p in first if isinstance(p, str)).strip()
        and any(isinstance(p, etree._Element) and p.tag in _BOLD for p in first)
    )
    if headed:
        if text.rstrip(":：").endswith(("?", "？", "!")):
            return [], False
        kept = kept[1:]
    return [line for line, _ in kept], headed


def line_text(line: list[etree._Element | str]) -> str:
    """A line's words, collapsed."""
    return _text(line)


def _text(line: list[etree._Element | str]) -> str:
    return collapse(
        "".join(
            piece if isinstance(piece, str) else all_text(piece) + (piece.tail or "")
            for piece in line
        )
    ).strip()


def rated(lines: list[str]) -> bool:
    """Whether lines read as a two-column table written as lines: each a term and its grade
    ("SQL. Essential.", "Power BI. Desirable."), at least ``RUN_LINES`` of them, the grades
    repeating (distinct grades at most ``RATED_SHARE`` of the lines)."""
    if len(lines) < RUN_LINES:
        return False
    grades = []
    for line in lines:
        match = _RATED.match(line)
        if match is None:
            return False
        grades.append(match.group(2).strip().casefold())
    return len(set(grades)) <= RATED_SHARE * len(lines)


def variant(link: etree._Element, here: str) -> str:
    """The words of the card of a link back to the page's own address (``here``) with a query
    ("?variant=5101", "?farbe=weiss"), or "": the link, or the element holding it when the link
    is bare words, of a few words (``VARIANT_WORDS``). Whether the card shows one of the item's
    options (a size, a colour, a price) is ``item_content``'s to weigh."""
    href = link.get("href") or ""
    if "?" not in href or not here:
        return ""  # most links carry no query: no address is split for them
    try:
        target, own = urlsplit(href.strip()), urlsplit(here)
    except ValueError:  # a stranger's malformed address leads nowhere
        return ""
    path = target.path or own.path
    if not target.query or path.rstrip("/") != own.path.rstrip("/"):
        return ""
    if target.netloc and target.netloc != own.netloc:
        return ""
    parent = link.getparent()
    # a bare link's card is what holds it ("<li><a>S</a> £189</li>"), unless that holds the
    # other options' links too (a row of swatches: each link is its own card)
    alone = parent is not None and sum(1 for _ in parent.iter("a")) == 1
    card = parent if not len(link) and alone and parent is not None else link
    text = collapse(all_text(card))
    return text if len(text.split()) <= VARIANT_WORDS else ""


def variant_key(link: etree._Element) -> str:
    """The one query key of a link back to the page ("farbe" of "?farbe=salbei"), or "" where
    its query holds none or several (a share button's "?share=x&nb=1"): a choice of the item's
    is named by one key, its values the options shown."""
    query = urlsplit((link.get("href") or "").strip()).query
    keys = {part.split("=", 1)[0] for part in query.split("&") if "=" in part}
    return next(iter(keys)) if len(keys) == 1 else ""


def options(select: etree._Element, here: str) -> list[str]:
    """The named options of a ``<select>`` that chooses among the item's own variants: in a
    form that acts on the item (it posts an order, an enquiry, a cart line), not one that
    searches the site (``picture_item.search_form``: a category to search in is the site's
    list), its options a few words each with a letter, a placeholder ("Choose an option", an
    empty value) left out. Empty for a ``<select>`` outside a form: a sort order, a language
    picker or a menu written as one acts on the page, not on the item."""
    form = next(select.iterancestors("form"), None)
    if form is None or search_form(form, here):
        return []
    found = []
    for option in select.iter("option"):
        if option.get("value") == "" or option.get("disabled") is not None:
            continue
        text = collapse(all_text(option))
        if any(ch.isalpha() for ch in text) and len(text.split()) <= OPTION_WORDS:
            found.append(text)
    return found


def rated_run(element: etree._Element) -> int:
    """How many paragraphs make a rated list (``rated``) starting at ``element``: the lines of
    a two-column table written one ``<p>`` (or ``<div>``) each ("SQL. Essential.", "Power BI.
    Desirable."), read from the first of them (0 for the others, and where they are not
    rated)."""
    if element.tag not in LINE_TAGS or _rated_line(element.getprevious(), element.tag) is not None:
        return 0
    lines: list[str] = []
    current: etree._Element | None = element
    while (text := _rated_line(current, element.tag)) is not None:
        lines.append(text)
        current = current.getnext() if current is not None else None
    return len(lines) if rated(lines) else 0


def _rated_line(element: etree._Element | None, tag: object) -> str | None:
    """The words of a paragraph that reads as one rated line ("SQL. Essential."), or None:
    a ``tag`` element with no markup inside, short, a term and its grade."""
    if element is None or element.tag != tag or len(element):
        return None
    text = collapse(element.text or "")
    return text if len(text) <= RATED_CHARS and _RATED.match(text) else None
