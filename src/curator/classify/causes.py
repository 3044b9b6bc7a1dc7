"""A statement that is one item of a list of cases: what may have happened, not the page's
message.

A help article on an error lists what causes it ("The page was deleted.", "The address was
changed without a redirect.", "The link has a typo."), as a not-found page may list the same
causes under its own message. Either way an item of such a list says what may have happened to
some page; the page's own message, where there is one, is said elsewhere (its title, its
heading, a sentence of its own) and is read there.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from curator.classify.statement import EMBEDDED_SHARE, Place
from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from lxml import etree

    from curator.classify.gone_facts import GoneFacts

# A list of cases has this many items or more: two may be a message and its advice.
CASES = 3
# The text's statements, as ``gone`` keeps them.
_TEXT = ("direct", "label", "main")


def among_cases(facts: GoneFacts, root: etree._Element) -> GoneFacts:
    """``facts`` with each statement of the text said plainly that is the whole of one item of
    a list of ``CASES`` or more items without links turned into a mention, with why."""
    changes = {}
    for field in _TEXT:
        statement = getattr(facts, field)
        if statement is None or not statement.plain or statement.place is not Place.TEXT:
            continue
        items = _listed(root, statement.words)
        if items:
            why = f"one of {items} cases a list gives"
            changes[field] = statement.mentioned(EMBEDDED_SHARE, why)
    return replace(facts, **changes) if changes else facts


def _listed(root: etree._Element, words: str) -> int:
    """How many items the list has whose one item says ``words`` and little else (a sentence),
    when every item of it is text of its own, not a way on; 0 when no such list holds them."""
    folded = collapse(words).casefold().rstrip(".!")
    for item in root.iter("li"):
        text = collapse(all_text(item)).casefold().rstrip(".!")
        if text != folded:
            continue
        parent = item.getparent()
        items = [] if parent is None else [child for child in parent if child.tag == "li"]
        if len(items) < CASES or any(next(i.iter("a"), None) is not None for i in items):
            return 0
        return len(items)
    return 0
