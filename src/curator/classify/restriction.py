"""Whether a statement that an item is gone is said of one of its variants, channels, regions
or times instead: a state of a live item.

"This product is no longer available" said plainly is the shop telling the visitor the item is
gone. The same words go on in a live shop's notice: "… in size XL", "… in our stores, order
online", "… in your country", "… until March", "currently …". The predicate is the same; what
qualifies it in its own sentence says the item is still there, in another size, channel,
region or month. A help text's "after deletion your profile is no longer available" says what
becomes of the visitor's own item, not that the linked one is gone. Each language's words for
those five kinds of qualifier are the phrase book's (``gone_phrases.json``'s ``items``, key
``qualifiers``); a statement whose sentence holds one is said of that, not of the item, and
the reason names it for the editor.

A qualifier restricts only where it leaves the item somewhere else. One that names every
channel ("online or in stores", "weder online noch in unseren Filialen", "ni en ligne ni en
magasin") or the site itself ("на сайте", "on this site", "in our store" of a web shop) leaves
nothing: the book's ``everywhere`` words for the language mark those stretches, and no
qualifier inside one counts. And "right now" said of the page or the content itself ("This
content isn't available right now") is how a platform words a gone page, not a stock state: of
a statement whose own words name the page (the book's ``page`` words) only a time that passes
(``passing``: "temporarily", "until", "back soon") restricts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from curator.classify.phrase_book import phrase_book
from curator.classify.scripts import UNSPACED, script_of
from curator.classify.sentence import Blocks
from curator.classify.statement import Statement

# How far a qualifier may stand from the statement inside its sentence: a few words either side
# ("Dieser Artikel ist in Größe 58 nicht mehr verfügbar", "… in our stores. Order online").
REACH = 60
# A sentence ends at these, or at a run of spaces where the visible text joins two blocks.
_END = re.compile(r"[.!?。！？؟…]\s|[。！？؟]|\s{3}|\n")
# The qualifiers' kinds in the order a note names them, and how a note says each.
KINDS = {
    "variant": "one of its variants",
    "channel": "one channel of its sale",
    "region": "a region",
    "time": "a time",
    # "Nach der Löschung ist Ihr Profil nicht mehr verfügbar": the visitor's own account or
    # listing, told what becomes of it in a help text, not the item a link points at; read of
    # item clauses only (a phrase book's "your requested page" is the page sought)
    "owner": "the visitor's own",
}
# What else a language's ``qualifiers`` may hold: stretches that restrict nothing, the words
# that make a statement one of the page itself, and the times that still pass for a page.
MARKS = ("everywhere", "page", "passing")


def restriction(
    text: str,
    start: int,
    stop: int,
    lang: str,
    blocks: Blocks | None = None,
    within: bool = False,
) -> str | None:
    """The note for what restricts the statement at ``text[start:stop]`` in its sentence (a
    variant, a channel, a region, a time or the visitor's own, in the statement's language),
    or ``None`` when its sentence holds none: then it is said of the item itself. The words
    of the statement are read too only ``within`` an item clause, whose noun and predicate may
    have a size or a country between them ("Dieser Artikel ist in Größe 58 nicht mehr
    verfügbar"); a phrase book's sentence holds its own words ("There is currently no text in
    this page": MediaWiki's message for a page that does not exist, the time its own)."""
    patterns = _qualifiers().get(lang)
    if not patterns:
        return None
    low, high = max(0, start - REACH), min(len(text), stop + REACH)
    if blocks is not None:
        block_start, block_end = blocks.around(start)
        low = max(low, block_start)
        if block_end is not None:
            high = min(high, max(stop, block_end))
    before = text[low:start]
    ends = list(_END.finditer(before))
    sentence_start = low + ends[-1].end() if ends else low
    after = _END.search(text, stop, high)
    sentence_end = after.start() if after else high
    stretches = (
        [(sentence_start, sentence_end)]
        if within
        else [(sentence_start, start), (stop, sentence_end)]
    )
    extra = _extras().get(lang, {})
    everywhere = (
        [m.span() for m in extra["everywhere"].finditer(text, sentence_start, sentence_end)]
        if "everywhere" in extra
        else []
    )
    of_page = "page" in extra and extra["page"].search(text, start, stop) is not None
    for kind, pattern in patterns:
        if kind == "owner" and not within:
            continue  # "Your requested page could not be found": the page, not an item of yours
        for low, high in stretches:
            for found in pattern.finditer(text, low, high) if high > low else ():
                if any(a <= found.start() and found.end() <= b for a, b in everywhere):
                    continue  # "online or in stores": every channel, the item gone from all
                if kind == "time" and of_page and not extra["passing"].search(found.group()):
                    continue  # "This content isn't available right now": the platform's gone page
                if not within and low >= stop and or_between(text, stop, found.start()):
                    # "… might have been removed, had its name changed, or is temporarily
                    # unavailable": the qualifier belongs to another of the guesses the
                    # sentence offers, not to the statement before the "or"
                    continue
                return f"said of {KINDS[kind]} (“{found.group().strip()}”){NOT_OF_ITEM}"
    return None


# The end of a restricted statement's note, which ``restricted`` recognises it by.
NOT_OF_ITEM = ", not of the item"


def restricted(statement: Statement | None) -> bool:
    """Whether ``statement`` was read as said of a variant, a channel, a region, a time or the
    visitor's own item (its note says so): a state of a live item, not the item gone."""
    return statement is not None and NOT_OF_ITEM in statement.note


def regions(sentence: str) -> str | None:
    """The words of ``sentence`` that name a region as where something is not shown ("in
    your country", "nel tuo paese", "dans votre pays"), in any language the book has: a line
    this short says too little to tell its language by."""
    for patterns in _qualifiers().values():
        for kind, pattern in patterns:
            if kind == "region" and (found := pattern.search(sentence)) is not None:
                return found.group().strip()
    return None


def restricts_all(
    value: str, spans: Sequence[tuple[int, int, str]], within: bool = False
) -> str | None:
    """The note for what restricts every statement of a title or heading (``start``, ``end``,
    language each: "No longer available in your country"), or ``None`` when one is said of
    the item itself."""
    notes = [restriction(value, start, end, lang, within=within) for start, end, lang in spans]
    return notes[0] if notes and all(notes) else None


def everywhere(value: str, langs: Sequence[str]) -> list[tuple[int, int]]:
    """The stretches of a title or heading that name every channel or the site itself in one
    of ``langs``: they say where the item is gone (everywhere), so they are the statement's
    words when its share of the title is counted ("… ni en ligne ni en magasin")."""
    extras = _extras()
    return [
        found.span()
        for lang in dict.fromkeys(langs)
        if "everywhere" in extras.get(lang, {})
        for found in extras[lang]["everywhere"].finditer(value)
    ]


@cache
def _qualifiers() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    items: dict[str, Any] = phrase_book()["items"]
    compiled: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
    for code, entry in items.items():
        if code == "about" or not entry.get("qualifiers"):
            continue
        words: dict[str, list[str]] = entry["qualifiers"]
        compiled[code] = tuple(
            (kind, _alternatives(words[kind])) for kind in KINDS if words.get(kind)
        )
    return compiled


@cache
def _extras() -> dict[str, dict[str, re.Pattern[str]]]:
    """Each language's stretches that restrict nothing (``everywhere``) and the words that make
    a statement one of the page itself (``page``, with the times that still pass, ``passing``)."""
    items: dict[str, Any] = phrase_book()["items"]
    return {
        code: {
            key: _alternatives(entry["qualifiers"][key])
            for key in MARKS
            if entry["qualifiers"].get(key)
        }
        for code, entry in items.items()
        if code != "about" and entry.get("qualifiers")
    }


def or_between(text: str, start: int, stop: int) -> bool:
    """Whether a word for "or" (the phrase book's ``courtesies``) stands in ``text[start:stop]``:
    a whole word where the script spaces its words, anywhere where it does not ("更名或暂时")."""
    return any(
        found.start() == 0
        or not text[found.start() - 1].isalnum()
        or script_of(found.group()) in UNSPACED
        for found in _or().finditer(text, start, stop)
    )


@cache
def _or() -> re.Pattern[str]:
    words: list[str] = phrase_book()["courtesies"]["alternatives"]
    return re.compile("|".join(f"(?:{w})" for w in words))


def _alternatives(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)
