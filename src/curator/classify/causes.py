"""A statement that is one item of a list of cases: what may have happened, not the page's
message.

A help article on an error lists what causes it ("The page was deleted.", "The address was
changed without a redirect.", "The link has a typo."), as a not-found page may list the same
causes under its own message. Either way an item of such a list says what may have happened to
some page; the page's own message, where there is one, is said elsewhere (its title, its
heading, a sentence of its own) and is read there.

Only where there is one: a help article names the error it explains (“Page not found”, "a 404
error") in its title, heading or prose, and a not-found page may say "Page not found" over the
list too. A page whose only words of the kind are the list's ("Oops!" over "The page has been
removed.", "The address was mistyped.", …) says through it what happened to the page asked
for: the list is its message, and its items stay as they were said.
"""

from __future__ import annotations

from collections.abc import Collection
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
# Where the page may say its message, or name the error it explains, outside such a list.
_ELSEWHERE = ("title", "heading", "clause", "pictured", *_TEXT)


def among_cases(facts: GoneFacts, root: etree._Element) -> GoneFacts:
    """``facts`` with each statement of the text said plainly that is the whole of one item of
    a list of ``CASES`` or more items without links turned into a mention, with why, where
    the page says an error's words outside the list too (``_said_elsewhere``)."""
    changes = {}
    for field in _TEXT:
        statement = getattr(facts, field)
        if statement is None or not statement.plain or statement.place is not Place.TEXT:
            continue
        items = _listed(root, statement.words)
        if items:
            why = f"one of {items} cases a list gives"
            changes[field] = statement.mentioned(EMBEDDED_SHARE, why)
    if not changes or not _said_elsewhere(facts, root, changes):
        return facts
    return replace(facts, **changes)


def _said_elsewhere(facts: GoneFacts, root: etree._Element, listed: Collection[str]) -> bool:
    """Whether the page says an error's words outside the list's items: a statement of its
    title, heading or text other than the ``listed`` fields, said plainly or not (a help
    article's title quoting the error it explains is a mention, and still names it), that is
    no item of such a list itself."""
    for field in _ELSEWHERE:
        statement = getattr(facts, field)
        if statement is None or field in listed:
            continue
        if statement.place is not Place.TEXT or not _listed(root, statement.words):
            return True
    return False


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
