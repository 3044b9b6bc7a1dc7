"""An item template's facts drawn with nothing in them: "Price: —", "Area: – m²", "Year: ".

A site that answers a removed listing, product or vacancy with the item's template and no
record draws the template's fields as they stand: every label, and beside it the value's slot
left empty, a dash, a zero or a two-letter mark for nothing ("n/a", "k.A.", "N/D"), a unit
with no number ("– m²", "0 €"). The labels are the template's, the same on every item's page;
they say nothing of an item, and a main area that holds only them is as empty as one that holds
nothing (``classify.empty_main``).

Read by shape alone, in any language: a field is a label of a few words and its value, as a
table row of two cells, a ``<dt>`` and its ``<dd>``, a block of two parts (a label's span and a
value's), or a line "Label: value"; a value is blank when it holds no digit but zero, no
ideograph and no letters but a mark of at most two, or is what a template prints unfilled (a
script's "undefined" or "null", an unrendered "{{ price }}"). A live item's facts fill their values
("Price on request", "3 bedrooms", "Reviews: 0" beside "Price: 240 €"): one filled value and
the block is the item's.
"""

from __future__ import annotations

import re

from lxml import etree

from curator.classify.thin import word_count
from curator.extract.text import all_text

# Words a field's label holds at most ("Year of construction", "Date de début"): a sentence
# before a colon ("Our opening hours this winter:") is prose.
LABEL_WORDS = 4
# Letters a blank value's mark holds at most, in an alphabet (n/a, k.A., N/D, s/d, m²).
MARK_LETTERS = 2
# Letters from here on are of scripts whose single signs are words (Armenian, Hebrew, Arabic,
# the Indic scripts, CJK): any one of them fills a value.
_ALPHABETS_END = 0x0530
# A part's heading, under the page's own <h1>: a label over a part's fields ("Details"), read
# by ``item_slots`` over a part drawn empty too.
PART_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"th", "td"})
_COLON = re.compile(r"[:：]")
# Elements that group fields; two of their parts are two fields, not a label and a value.
_GROUPS = frozenset({"ul", "ol", "dl", "table", "tbody", "thead"})
_TABLES = frozenset({"table", "tbody", "thead"})
# What shows something without words: a block holding one is no empty slot of the template.
_MEDIA = frozenset(
    {"img", "picture", "video", "audio", "iframe", "object", "embed", "canvas", "svg"}
)


# A value a template printed without filling it: a script's word for no value, spelt as the
# code prints it ("undefined", "null", "NULL", "NaN", "[object Object]": a name "Nan" is a
# value), or the template's own expression left unrendered ("{{ product.price }}", "${title}",
# "<%= name %>", "[[price]]"). Either is the code's, in no language, and names nothing.
_UNRENDERED = re.compile(
    r"(?:undefined|null|NULL|NaN|\[object Object\]|\{\{.*\}\}|\$\{.*\}|<%.*%>|\[\[.*\]\])",
    re.DOTALL,
)


def unrendered(value: str) -> bool:
    """Whether a value is a template's or a script's mark for no value (``_UNRENDERED``)."""
    return _UNRENDERED.fullmatch(value.strip()) is not None


def blank_value(value: str) -> bool:
    """Whether a field's value is empty by its shape: no digit but zero, no letter of a script
    whose signs are words, and at most ``MARK_LETTERS`` letters ("—", "0", "– m²", "n/a"); or
    a mark the template printed for no value ("undefined", "{{ price }}": ``unrendered``)."""
    if unrendered(value):
        return True
    letters = 0
    for char in value:
        if char.isdecimal() and char != "0":
            return False
        if char.isalpha():
            if ord(char) >= _ALPHABETS_END:
                return False
            letters += 1
            if letters > MARK_LETTERS:
                return False
    return True


def blank_fields(element: etree._Element) -> list[str] | None:
    """The labels of a block that is an item's fields with every value blank, or None: a
    table, a definition list, or a block whose parts are each a field or a heading above
    them, with one field at least; or one field line alone ("Price: —")."""
    if not isinstance(element.tag, str):
        return None
    if element.tag == "dl":
        return _definitions(element)
    if element.tag in _TABLES:
        return _rows(element)
    field = None if element.tag in _GROUPS else _field(element)
    if field is not None:
        label, value = field
        return [label] if blank_value(value) else None
    labels: list[str] = []
    if (element.text or "").strip():
        return None
    for child in element:
        if not isinstance(child.tag, str):
            if (child.tail or "").strip():
                return None
            continue
        if (child.tail or "").strip():
            return None
        if child.tag in PART_HEADINGS and word_count(all_text(child)) <= LABEL_WORDS:
            continue  # the block's heading ("Details", "Ausstattung")
        if _nothing(child):
            continue  # an empty slot: a gallery with no picture, a description's empty box
        found = blank_fields(child)
        if found is None:
            return None
        labels.extend(found)
    return labels or None


def _field(element: etree._Element) -> tuple[str, str] | None:
    """A field's label and value, when ``element`` is one field: a table row of two cells, a
    block of two parts without text of its own, or a line "Label: value" holding no other
    element than inline ones."""
    parts = [child for child in element if isinstance(child.tag, str)]
    if element.tag == "tr":
        cells = [child for child in parts if child.tag in _CELLS]
        if len(cells) != len(parts) or len(cells) != 2:
            return None
        return _labelled(all_text(cells[0]), all_text(cells[1]))
    if len(parts) == 2 and element.tag not in _GROUPS and _two_parts(element, parts):
        return _labelled(all_text(parts[0]), all_text(parts[1]))
    if any(_block(part) for part in parts):
        return None
    text = all_text(element)
    found = _COLON.search(text)
    if found is None:
        return None
    return _labelled(text[: found.start()], text[found.end() :], colon=True)


def _labelled(label: str, value: str, colon: bool = False) -> tuple[str, str] | None:
    """A label and a value, when the label is one: a few words, ending in a colon or not, with
    a letter in them; else None."""
    label = " ".join(label.split()).rstrip(":：").strip()
    if not label or word_count(label) > LABEL_WORDS or not any(c.isalpha() for c in label):
        return None
    if colon and _COLON.search(value):
        return None  # a second colon: a time, a sentence, not one field
    return label, " ".join(value.split())


def _definitions(dl: etree._Element) -> list[str] | None:
    """The labels of a definition list whose every ``<dd>`` is blank, or None."""
    labels: list[str] = []
    label = ""
    for child in dl:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "dt":
            label = " ".join(all_text(child).split())
        elif child.tag == "dd":
            if not label or not blank_value(all_text(child)):
                return None
            labels.append(label)
        elif child.tag != "div" or (found := _definitions(child)) is None:
            return None  # a div wrapping a dt and its dd is HTML's way too
        else:
            labels.extend(found)
    return labels or None


def _rows(table: etree._Element) -> list[str] | None:
    """The labels of a table of two-cell rows whose every value is blank, or None."""
    labels: list[str] = []
    for row in table.iter("tr"):
        field = _field(row)
        if field is None or not blank_value(field[1]):
            return None
        labels.append(field[0])
    return labels or None


def _nothing(element: etree._Element) -> bool:
    """Whether an element shows nothing: no text and no picture, video or frame in it (a
    gallery's frame with no picture, an empty description). The walk stops at the first word
    or picture: an article's block costs an element or two."""
    for inner in element.iter():
        if inner.tag in _MEDIA:
            return False
        if isinstance(inner.tag, str) and (inner.text or "").strip():
            return False
        if inner is not element and (inner.tail or "").strip():
            return False
    return True


def _two_parts(element: etree._Element, parts: list[etree._Element]) -> bool:
    """Whether a block of two parts is a label's and a value's: no text of its own, neither
    part a heading or a list's item, nothing in either that breaks a line, and no link in the
    label (a breadcrumb trail beside an empty box is no field)."""
    if (element.text or "").strip() or any((part.tail or "").strip() for part in parts):
        return False
    if parts[0].tag == "a" or parts[0].find(".//a") is not None:
        return False
    for part in parts:
        if part.tag in PART_HEADINGS or part.tag == "li":
            return False
        if any(_block(inner) for inner in part.iter() if inner is not part):
            return False
    return True


# Elements that break a line: a field's label and value are inline, a block of fields is not.
_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "section",
     "article", "form"} | PART_HEADINGS
)  # fmt: skip


def _block(element: etree._Element) -> bool:
    return element.tag in _BLOCKS
