"""Whether a statement stands in quotation marks: talked about, not said.

A forum post quoting the error it asks about, a review naming a film "Page Not Found", an
article citing a message: all use the words of a page that is gone, within quotation marks of
any of the scripts' kinds (straight, curly, guillemets, corner brackets), or within the
markup's own quotation elements (a Q&A's or a forum's ``<blockquote>``, an inline ``<q>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from lxml import etree

# The note of a statement found in quotation marks, which a heading's clause is recognised by.
QUOTED_NOTE = ", in quotation marks"
_OPENING = "“„‟«‘‚‛「『〈《"
_CLOSING = "”»’」』〉》"
# A markup tag written out in the visible text, as only a code sample shows one: the words it
# wraps are the sample's string ("return <h1>존재하지 않는 페이지입니다.</h1>").
_TAG_BEFORE = re.compile(r"<[A-Za-z][\w-]*(?:\s[^<>]*)?>\s*$")
_TAG_AFTER = re.compile(r"\s*[.!?。！？]?\s*</[A-Za-z]")


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the statement stands inside quotation marks: an opening mark before it (within
    a short lead-in such as “Sorry, ...) that is not closed before it starts, a closing mark
    right after it, or a markup tag written out on either side of it (a code sample)."""
    before = text[max(0, start - 60) : start]
    opened = max(before.rfind(mark) for mark in _OPENING)
    if opened >= 0 and not any(mark in before[opened:] for mark in _CLOSING):
        return True
    if before.count('"') % 2 == 1:
        return True
    if "'" in before and _opens_quote(text, start - len(before) + before.rfind("'")):
        return True  # 'Page not found': a straight quote opening a word, not an apostrophe
    if _TAG_BEFORE.search(before) or _TAG_AFTER.match(text, end):
        return True  # in a code sample, between a written-out tag and its close
    after = text[end : end + 12].lstrip(" .!?,")
    return bool(after) and after[0] in _CLOSING + "\"'"


# A block that opens with a quoted message and glosses it after a dash or a colon ("“Nie
# znaleziono strony” — Strona, której szukasz, nie istnieje …", "”Hoppsan” – Tyvärr, sidan …"):
# the quotation, at most this many characters, between any of the scripts' marks (Swedish opens
# with ”, German closes with “), the mark joining them, and the gloss's sentence up to the
# statement, at most this many characters.
GLOSSED_CHARS = 80
GLOSS_LEAD_CHARS = 40
_MARKS = _OPENING + _CLOSING + '"'
_GLOSSED = re.compile(
    rf"\s*[{_MARKS}][^{_MARKS}]{{1,{GLOSSED_CHARS}}}[{_MARKS}]\s*[—–:-]"
    rf"(?P<lead>[^.!?。！？{_MARKS}]{{0,{GLOSS_LEAD_CHARS}}})"
)
# The end of that lead, read first: a closing mark, the dash or colon, the gloss's start.
_GLOSS_TAIL = re.compile(rf"[{_MARKS}]\s*[—–:-][^.!?。！？{_MARKS}]{{0,{GLOSS_LEAD_CHARS}}}$")


def glosses_quotation(text: str, start: int, block_start: Callable[[], int]) -> str:
    """The quotation a statement's block opens with, where the statement follows it after a
    dash or a colon, in the sentence that follows it ("“Page not found” — Sorry, the page you
    were looking for does not exist"), or "": an article or a guide citing a site's message,
    its heading quoted and its text after it. A site's own notice says its message without
    quoting its heading. ``block_start`` finds where the block starts, asked only where a
    closing mark and a dash stand just before the statement (few pages)."""
    if _GLOSS_TAIL.search(text, max(0, start - GLOSSED_CHARS - GLOSS_LEAD_CHARS), start) is None:
        return ""
    begins = block_start()
    lead = _GLOSSED.fullmatch(text, begins, start)
    return collapse(text[begins : lead.start("lead")]).rstrip(" —–:-") if lead else ""


def _opens_quote(text: str, at: int) -> bool:
    """Whether the straight single quote at ``at`` opens a quotation: it starts a word (after a
    space, a bracket or the start) rather than sitting inside one as an apostrophe (can't,
    l'erreur)."""
    starts_word = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{"
    return starts_word and at + 1 < len(text) and text[at + 1].isalnum()


# The elements HTML gives for quoting another source's words.
QUOTING_TAGS = ("blockquote", "q")


def quoted_blocks(root: etree._Element) -> tuple[str, ...]:
    """The words of each quotation the markup marks, as the visible text runs them: what a
    post quotes from a browser, another post or a server is the source's words, whatever
    sentences they make (a forum quoting "The page cannot be found. The page you are looking
    for might have been removed")."""
    return tuple(
        words for element in root.iter(*QUOTING_TAGS) if (words := collapse(all_text(element)))
    )


def in_quotation(text: str, start: int, end: int, quotations: Sequence[str]) -> bool:
    """Whether ``text[start:end]`` lies within one of ``quotations`` where the text holds it."""
    for quotation in quotations:
        at = text.find(quotation, max(0, end - len(quotation)))
        if 0 <= at <= start:
            return True
    return False
