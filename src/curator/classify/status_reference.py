"""Whether a page is a reference's entry on an HTTP status code, whatever its address.

A glossary, a web agency's lexicon or an SEO dictionary gives each status code a page headed
with its name ("404 Not Found", "410 Gone"), at whatever address its CMS draws ("/node/5120",
"/index.php?id=318"). Such an entry shows what a reference shows of the code and a not-found
page has no reason to: the code as a server sends it, in a code block ("HTTP/1.1 404 Not
Found", "404 Not Found"), or the codes beside it, each by its number and the reason phrase
HTTP gives it ("410 Gone", "301 Moved Permanently": the standard library's ``HTTPStatus``
phrases, not a list of the pages seen). A not-found page names its own error, and at most
links the site's popular pages, which on a glossary site may be entries on other codes: so
neither mark is a verdict, only what ``classify.subject`` asks of a page whose address does
not name the code before it reads the page's sentences as a definition.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import NamedTuple

from lxml import etree

from curator.extract.clean import collapse
from curator.extract.text import all_text

# A code and the words after it ("410 Gone", "301 – Moved Permanently").
_CODE_NAMED = re.compile(r"(?<![\d.])([1-5]\d\d)\s*[-–—:]?\s+([^\W\d_][^\n\d|]{1,40})")
# A status line as a server sends it ("HTTP/1.1 404 Not Found", "HTTP/2 410").
_STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)?\s+([1-5]\d\d)(?!\d)")
_CODE_TAGS = ("pre", "code", "samp")


class Mark(NamedTuple):
    """How a page shows itself a reference's entry on a status code."""

    why: str  # as the editor reads it
    shown: str = ""  # the code block showing the code's status line, casefolded, if that is how


def reference_marks(root: etree._Element, codes: frozenset[str]) -> Mark | None:
    """How the page shows itself a reference's entry on the status code ``codes`` hold, or
    None: the code as a server sends it in a code block (its status line, or its number and
    reason phrase), or another status code named by its reason phrase."""
    for element in root.iter(*_CODE_TAGS):
        text = collapse(all_text(element))
        line = _STATUS_LINE.search(text)
        if line is not None and line.group(1) in codes:
            return Mark(f"it shows the code's status line (“{line.group()}”)", text.casefold())
        named = _named(text, codes)
        if named is not None:
            return Mark(f"it shows the code as a server sends it (“{named}”)", text.casefold())
    for match in _CODE_NAMED.finditer(all_text(root)):
        code, words = match.group(1), match.group(2).casefold()
        if code in codes:
            continue
        phrase = _phrase(int(code))
        if phrase and words.startswith(phrase.casefold()):
            return Mark(f"it names another status code by its reason phrase (“{code} {phrase}”)")
    return None


def _named(text: str, codes: frozenset[str]) -> str | None:
    """A code of ``codes`` with its reason phrase in ``text`` ("404 Not Found"), if any."""
    for match in _CODE_NAMED.finditer(text):
        phrase = _phrase(int(match.group(1))) if match.group(1) in codes else None
        if phrase and match.group(2).casefold().startswith(phrase.casefold()):
            return f"{match.group(1)} {phrase}"
    return None


def _phrase(code: int) -> str | None:
    try:
        return HTTPStatus(code).phrase
    except ValueError:  # a number HTTP gives no meaning
        return None
