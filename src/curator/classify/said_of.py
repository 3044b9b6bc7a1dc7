"""Whether a statement that something is gone is said of the page or of the item the page is
about.

"This listing is no longer available", "Diese Anzeige ist abgelaufen", "ประกาศนี้หมดอายุแล้ว",
"We're no longer accepting applications", "この物件の掲載は終了しました" speak of the item: a
listing, a product, a job, an event. A live page keeps saying that over the item itself (the
flat's description and photos, the product's manual, the job's description), and then the
statement is a note on a page still standing, which ``item_notice`` weighs by what of the item
stands beside it. "The page you requested could not be found", "This content isn't available",
"Die gesuchte Seite existiert nicht", "お探しのページは見つかりません" speak of the page, the
address or what the visitor asked for: whatever stands beside such a statement is the site's,
not the missing page's, and it keeps its weight.

The test reads the statement's sentence up to its last word (so the subject a phrase leaves
out, "この物件の" before "掲載は終了しました", is read too) for the words by which a message
names the page, the address or the visitor's request, in the languages the phrase book covers
and a few more (the phrase book's ``page_words``, beside every other wording). Those words
are a small closed class in every language, where the items are an open one, so the test is
the absence of a page word. Reading too many words as the page's
only keeps a statement's weight: the list errs that way ("หน้า" is also "front", "site" also a
building site).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from curator.classify.phrase_book import phrase_book
from curator.classify.sentence_around import sentence_start
from curator.classify.statement import Kind, Statement

# The kinds of statement read here: a sentence, a label naming what expired or was filled
# ("Job has expired", "Position filled"), or a clause read by its structure ("This product is no
# longer available"). A bare code ("404") is only ever the page's.
KINDS = (Kind.DIRECT, Kind.LABEL, Kind.CLAUSE)


def said_of_item(statement: Statement, texts: Iterable[str]) -> bool:
    """Whether ``statement`` is said of the item rather than of the page: its sentence up to its
    last word (found in ``texts``, the page's blocks; its own words where none holds it) names
    neither the page, nor its address, nor what the visitor asked for."""
    if statement.kind not in KINDS:
        return False
    return _page_words().search(sentence_of(statement.words, texts)) is None


# What a word glued to the character before it is a segment of: a path ("/api/users"), a file
# or a member ("res.users"), an identifier ("user_id", "$user"), a parameter ("?id=user").
_ADDRESS_GLUE = frozenset("/\\._$#=")


def in_address(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` is a segment of an address or of code ("fetch('/api/
    users') zwraca 404 Not Found", "GET /user returns 404"): a question or a bug report names
    what its author's own request asked for, and the error it quotes is that request's answer,
    not a notice that the page's item is gone."""
    return start > 0 and text[start - 1] in _ADDRESS_GLUE


def page_noun(text: str) -> str | None:
    """The first word of ``text`` that names the page itself ("page", "Seite", "ページ", "페이지":
    the phrase book's ``page_words.nouns``, not a link, a file, the content or the whole
    site), or None."""
    found = _page_nouns().search(text)
    return found.group(0) if found is not None else None


@cache
def _page_nouns() -> re.Pattern[str]:
    return noun_pattern(phrase_book()["page_words"]["nouns"])


def noun_pattern(nouns: dict[str, Any]) -> re.Pattern[str]:
    """A phrase book's nouns (one ``spaced`` regex matched at a word's start, for inflected
    forms, and ``unspaced`` words matched anywhere) as one pattern."""
    unspaced = "|".join(map(re.escape, nouns["unspaced"]))
    return re.compile(rf"(?<![^\W\d_])(?:{nouns['spaced']})|{unspaced}", re.IGNORECASE)


@cache
def _page_words() -> re.Pattern[str]:
    """The phrase book's ``page_words``: the spaced ones at a word's start (inflected forms:
    "stránku", "страницу"), the unspaced ones anywhere."""
    words: dict[str, list[str]] = phrase_book()["page_words"]
    spaced = "|".join(words["spaced"])
    unspaced = "|".join(map(re.escape, words["unspaced"]))
    return re.compile(rf"(?<![^\W\d_])(?:{spaced})|{unspaced}", re.IGNORECASE)


def sentence_of(words: str, texts: Iterable[str]) -> str:
    """The sentence of the first text holding ``words``, from its start to their end."""
    pattern = re.compile(re.escape(words), re.IGNORECASE)
    for text in texts:
        found = pattern.search(text)
        if found is None:
            continue
        return text[sentence_start(text, found.start()) : found.end()]
    return words
