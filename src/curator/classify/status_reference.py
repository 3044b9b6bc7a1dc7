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

A reference may also define many statuses on one page (``definitions``): a glossary of HTTP
codes, an API's table of error codes, a definition list of error names, each term with its
own explanation ("404 Not Found: the book does not exist", "410 Gone: this resource has been
deleted"). A statement inside one of those entries explains a term among others; a not-found
page states one error, its own, and names at most its code and a request id beside it.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import NamedTuple

from lxml import etree

from curator.classify.main_area import Block
from curator.classify.prose import HTTP_STATUS_CODES
from curator.extract.clean import collapse
from curator.extract.text import all_text

# A code and the words after it ("410 Gone", "301 – Moved Permanently").
_CODE_NAMED = re.compile(r"(?<![\d.])([1-5]\d\d)\s*[-–—:]?\s+([^\W\d_][^\n\d|]{1,40})")
# A status line as a server sends it ("HTTP/1.1 404 Not Found", "HTTP/2 410").
_STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)?\s+([1-5]\d\d)(?!\d)")
_CODE_TAGS = ("pre", "code", "samp")
# A term a reference defines, opening its block: a status code ("404") or an error's name
# written as code ("LINK_EXPIRED", "order_not_found"); a few words may follow it before the
# explanation ("404 Not Found: …", "410 courier_gone — …", "404 – Pagina niet gevonden: …").
# Scripts written without spaces join the first word to the code ("404エラー：…", "404错误：…").
_TERM = re.compile(r"(?:(?P<code>[1-5]\d\d)(?!\d)|(?P<name>[^\W\d_][^\W_]*(?:_[^\W_]+)+))")
_TERM_WORDS = r"(?:[^\W\d_]+)?(?:\s+[\w’'-]+){0,4}?"
# What parts a term from its explanation in one block, after the term's words.
_SEPARATED = re.compile(_TERM_WORDS + r"\s*(?:[:：]|[-–—](?=\s))\s*")
# A block that is the term alone (a ``<dt>``, a table's first cell, a heading).
_ALONE = re.compile(_TERM_WORDS + r"\s*")
# The entries a page must define, each its own term, to be a reference of them: one entry
# among none is a not-found page's "404: Page not found".
DEFINED_TERMS = 2
# Letters an explanation holds at least ("Erreur interne", "見つかりません").
_EXPLAINED = 4


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


class Definitions(NamedTuple):
    """The entries of a page that defines many statuses or errors."""

    terms: tuple[str, ...]  # the codes and error names it defines, in order
    entries: tuple[str, ...]  # each entry's term and explanation, casefolded

    @property
    def why(self) -> str:
        """As the editor reads it."""
        return (
            f"one entry among {len(self.terms)} the page defines "
            f"({', '.join(self.terms[:4])}): a reference of statuses talks about them"
        )

    def holds(self, words: str) -> bool:
        """Whether ``words`` stand inside one of the entries."""
        folded = words.casefold().strip()
        return bool(folded) and any(folded in entry for entry in self.entries)


def definitions(blocks: tuple[Block, ...]) -> Definitions | None:
    """The page's entries, where its main area defines ``DEFINED_TERMS`` statuses or errors
    or more, each by its own term: a block opening with the term, a separator and words of
    its own ("404 Not Found: …", "LINK_EXPIRED — …"), or a block that is the term alone (a
    definition list's ``<dt>``, a table's first cell, a heading "404 shipment_missing")
    followed by the block explaining it. The structure, not the words: whatever an entry
    says, it says of the term it explains."""
    terms: dict[str, str] = {}
    for at, block in enumerate(blocks):
        text = block.text.strip()
        term = _TERM.match(text)
        if term is None:
            continue
        key = term.group("code") or term.group("name")
        if term.group("code") and key not in HTTP_STATUS_CODES:
            continue
        rest = text[term.end() :]
        separated = _SEPARATED.match(rest)
        explained = rest[separated.end() :] if separated is not None else ""
        if _letters(explained) >= _EXPLAINED:
            terms.setdefault(key, text.casefold())
        elif _ALONE.fullmatch(rest) and at + 1 < len(blocks):
            after = blocks[at + 1]
            if _explains(after):
                terms.setdefault(key, f"{text} {after.text}".casefold())
    if len(terms) < DEFINED_TERMS:
        return None
    return Definitions(tuple(terms), tuple(terms.values()))


def defined_in(blocks: tuple[Block, ...], words: str) -> bool:
    """Whether ``words`` stand inside an entry of a page that defines many statuses or errors."""
    defined = definitions(blocks)
    return defined is not None and defined.holds(words)


def _explains(block: Block) -> bool:
    """Whether ``block`` may explain the term before it: words of its own, not a heading nor
    another term."""
    text = block.text.strip()
    return not block.heading and _TERM.match(text) is None and _letters(text) >= _EXPLAINED


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())
