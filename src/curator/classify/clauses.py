"""Gone-statements read by their structure: something the page points at, said to be absent.

The phrase book (``gone_phrases.json``'s ``languages``) holds the sentences sites are known to
use. A page nobody here has seen says the same thing in its own words: "this listing is sadly no
longer with us", "well, this trail goes nowhere", "we can't seem to locate what you asked for".
What those share is their shape: a *thing* the page points at (this page, the link you followed,
what you were looking for, here) and a predicate of *absence* (is no longer here, goes nowhere,
has been retired, can't be found), in either order, a few words apart, inside one sentence. Each
concept is a short list per language (``gone_phrases.json``'s ``clauses``); any pairing of the
two is a clause, so the lists cover wordings no one wrote down. Where the thing is the page
itself or what the visitor sought ("sought": "找不到页面", "we could not find what you were
looking for", "Aradığınız şeyi bulamadık"), the clause tells the visitor the page is missing,
in whatever words the language joins a negated *find* or *exist* to it.

An item a shop, a marketplace or a directory shows is absent in the same shape with words of its
own: a noun of the item (listing, product, course, part, hotel, vacancy) and a predicate of its
absence (not found, sold, removed, withdrawn from sale, closed for good), each in its language's
order ("Course not found", "Nie znaleziono kursu", "삭제된 매물입니다"; ``gone_phrases.json``'s
``items``). Item nouns pair only with item predicates: "sold" or "closed" said of "here" or of
"this" anything says nothing of an item.

A clause is only found here; ``curator.classify.clause_statements`` measures where it stands
(the title, the heading, the start of a short text) and how plainly it is said, where the phrase
book found nothing or nothing plain, and keeps the stronger reading of one sentence, never both.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import ahocorasick

from curator.classify.lowered import Lowered
from curator.classify.out_of_reach import restricted_after
from curator.classify.phrase_book import phrase_book
from curator.classify.scripts import UNSPACED, script_of
from curator.classify.stem_gate import languages_in, stem_automaton

# An item's noun and its predicate stand at most this many characters apart: a word or two
# ("Dieses Hotel ist bei uns nicht mehr gelistet", "el anuncio que buscas ha sido eliminado"),
# not a clause of their own.
ITEM_GAP = 16
# A thing and its absence stand at most this many characters apart: about six words, enough
# for "this listing is sadly no longer with us", too few to join two clauses of a sentence.
CLAUSE_GAP = 40
# Between a thing and its absence, any of these ends the sentence or the clause (or the block:
# the visible text marks a blanked heading with a run of spaces). Past a comma the predicate
# may have a subject of its own ("this guide to the coast, whose harbour has long gone").
_BREAK = re.compile(r"[.!?。！？؟|›»·•,;:、，；]|\s{3}")


# How a statement read from a clause on the item's own state ("This page has moved", "wurde
# eingestellt") opens its note (``clause_statements``): a reader that weighs notices on an
# item's state knows it by it (``item_notice``).
STATE_NOTE = "a clause on the item's state"


@dataclass(frozen=True)
class Concepts:
    """One language's two concepts, each compiled as one alternation."""

    code: str
    gate: tuple[str, ...]
    # each thing alone: an alternation stops at its first alternative that matches where a
    # longer one starts too ("ce que" before "ce que vous recherchez"), so the clause would
    # end short of the words it is made of
    things: tuple[re.Pattern[str], ...]
    absent: re.Pattern[str]
    # predicates about the cited item's own state (withdrawn, discontinued, merged into, moved
    # to): the page's message when said of the item a page is named for (``Clause.state``)
    state: re.Pattern[str] | None = None
    # things that name the page itself or what the visitor asked for ("the page you requested",
    # "what you were looking for", "找不到页面"): with a predicate of absence they make a sentence
    # telling the visitor the page is missing, as the phrase book's ``direct`` ones do
    sought: tuple[re.Pattern[str], ...] = ()
    # a subject of the predicate's own between the thing and it ("here, and I ain't going
    # nowhere"): the predicate says where that subject goes, not the thing
    subject: re.Pattern[str] | None = None
    # the nouns of an item a shop, a marketplace or a directory shows, and the predicates of its
    # absence that follow them ("Course not found") or precede them ("Nie znaleziono kursu")
    items: tuple[re.Pattern[str], ...] = ()
    item_after: re.Pattern[str] | None = None
    item_before: re.Pattern[str] | None = None
    # words between a predicate and the noun it precedes that make the noun any such thing, not
    # the item ("We couldn't find a better hotel", "Impossible de trouver un meilleur
    # restaurant"): a review's praise, not a notice
    item_any: re.Pattern[str] | None = None
    # what must follow the noun a predicate precedes where the language puts a relative clause
    # there ("存在しない商品です" is the sentence; "閉店した店舗をシェアオフィスに" makes the noun
    # another verb's object): the copula or the sentence's end
    item_closes: re.Pattern[str] | None = None
    # predicates that hedge ("might have been removed, had its name changed", "puede estar
    # roto", "削除された可能性があります"): a not-found page's way of saying the page is not there
    # when the site cannot say why, read only of the page or the link the visitor asked for
    # (``sought``). Said of anything else ("the video may have been deleted by the platform,
    # officials said") a hedge reports a guess, not the page's message.
    hedged: re.Pattern[str] | None = None
    # second predicates that put the thing out of the visitor's reach without saying it is gone
    # ("or is private", "oder wurde ausgeblendet", "lub jest prywatna"): read only after a word
    # for "or" that joins them to a predicate of absence (``coordinated``), never alone, where a
    # hidden field or a private lesson is no notice
    joined: re.Pattern[str] | None = None
    # predicates of vanishing ("has vanished", "se ztratila", "a dispărut", "迷路了"), each ending
    # its clause: said of the page or of what the visitor looked for, right after it, they say it
    # is gone in a site's own voice. Said of anything else (a plane, a species, a key), or of a
    # page another word makes someone's ("Pagina ministerului a dispărut": the ministry's page,
    # news), they are news or a how-to: read only of a ``sought`` thing next to them.
    vanished: re.Pattern[str] | None = None
    # predicates that take an item out of the site's own range, catalogue or shop ("uit ons
    # aanbod gehaald", "aus unserem Sortiment genommen", "plockats bort ur vårt sortiment"),
    # with the site as their doer where the language puts the object first ("Dit artikel
    # hebben we ...", "Den här boken har vi ..."): a state of the item, read only right after
    # the thing. A word between makes the thing another sentence part, a time or a place ("Dit
    # voorjaar hebben we alle potgrond ... uit ons assortiment gehaald": a season, then the
    # object), and the shop's news, not a notice.
    withdrawn: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    lang: str
    # the predicate speaks of the item's state, not its absence, and its subject comes first
    # ("This product has been discontinued"): a notice about the item itself
    state: bool = False
    # the thing is the page or what the visitor asked for (``Concepts.sought``)
    sought: bool = False
    # an item's noun joined to a predicate of its absence (``Concepts.items``)
    item: bool = False


@cache
def concepts() -> tuple[Concepts, ...]:
    """The clause book, every language compiled (once per process, each as ``concept``)."""
    return languages(gates())


def languages(codes: Collection[str]) -> tuple[Concepts, ...]:
    """The compiled languages of ``codes``, in the book's order: a page's text passes the gates
    of a few of the book's languages, and only theirs are compiled."""
    return tuple(_compiled(code) for code in gates() if code in codes)


@cache
def gates() -> Mapping[str, tuple[str, ...]]:
    """Each language's gate words (its words of absence and its items'), in the book's order,
    read without compiling a pattern: the gate's automaton (``phrases.gated_both``) is built
    from them in every process before its first page."""
    data: dict[str, Any] = phrase_book()["clauses"]
    items: dict[str, Any] = phrase_book()["items"]
    return {
        code: tuple(entry["gate"]) + tuple(items.get(code, {}).get("gate", ()))
        for code, entry in data.items()
        if code != "about"
    }


def concept(code: str) -> Concepts | None:
    """One language of the clause book, compiled the first time a text reaches it; None for a
    language the book lacks."""
    return _compiled(code) if code in gates() else None


@cache
def _compiled(code: str) -> Concepts:
    entry: dict[str, Any] = phrase_book()["clauses"][code]
    numbered: list[str] = phrase_book()["numbered"]["things"]
    return _with_optional(
        Concepts(
            code,
            gates()[code],
            tuple(re.compile(p, re.IGNORECASE) for p in entry["thing"]),
            _alternation(entry["absent"]),
            _alternation(entry["state"]) if entry.get("state") else None,
            tuple(re.compile(p, re.IGNORECASE) for p in [*entry.get("sought", ()), *numbered]),
            re.compile("|".join(entry["subject"])) if entry.get("subject") else None,
            *_items(phrase_book()["items"].get(code, {})),
        ),
        entry,
    )


def _with_optional(language: Concepts, entry: dict[str, Any]) -> Concepts:
    """``language`` with its hedged and joined predicates (``Concepts.hedged``,
    ``Concepts.joined``), where the book has some. Its ``unanswered`` predicates ("does not
    correspond to any record", "is missing or off limits to you", "fehlt") join the hedged
    ones: said of what the visitor asked for they answer the request with nothing, as a hedge
    does; said of anything else ("this field is missing", "no match for any record") they are
    a form's or a search's message, so they are read of a ``sought`` thing only, as hedges are.
    Its ``vanished`` and ``withdrawn`` predicates too (``Concepts.vanished``,
    ``Concepts.withdrawn``)."""
    hedged = (entry.get("hedged") or []) + (entry.get("unanswered") or [])
    joined, vanished = entry.get("joined"), entry.get("vanished")
    withdrawn = entry.get("withdrawn")
    return replace(
        language,
        hedged=_alternation(hedged) if hedged else None,
        joined=_alternation(joined) if joined else None,
        vanished=_alternation(vanished) if vanished else None,
        withdrawn=_alternation(withdrawn) if withdrawn else None,
    )


@cache
def _searches() -> re.Pattern[str]:
    """The words by which a page names itself a search's answer, every language at once: whole
    words where the script spaces its words, anywhere where it does not (``scripts.UNSPACED``)."""
    book: dict[str, Any] = phrase_book()["searches"]
    parts = [
        re.escape(word) if script_of(word) in UNSPACED else rf"\b{re.escape(word)}\b"
        for code, words in book.items()
        if code != "about"
        for word in words
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def names_search(*names: str | None) -> bool:
    """Whether a title or heading names the page a search's answer ("Search results",
    "Hasil pencarian", "検索結果"): an item's absence said there is what the search found."""
    return any(name and _searches().search(name) for name in names)


def _items(entry: dict[str, Any]) -> tuple[Any, ...]:
    """One language's item nouns, the predicates of their absence after and before them, and
    what bounds a predicate before its noun (``Concepts.item_any``, ``Concepts.item_closes``).
    Its predicates of availability ("no longer available", "nicht mehr buchbar") follow the
    noun too: said of the item they say it is gone, and what qualifies them in their sentence
    (a size, a shop, a region, a month) is weighed where they stand (``classify.restriction``)."""
    after = (entry.get("after") or []) + (entry.get("available") or []) or None
    before = entry.get("before")
    vague, closes = entry.get("any"), entry.get("closes")
    return (
        tuple(re.compile(p, re.IGNORECASE) for p in entry.get("nouns", ())),
        _alternation(after) if after else None,
        _alternation(before) if before else None,
        _alternation(vague) if vague else None,
        re.compile(closes) if closes else None,
    )


def _alternation(parts: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def _gate() -> ahocorasick.Automaton:
    return stem_automaton(gates())


def gated(text: str) -> tuple[Concepts, ...]:
    """The languages one of whose absence words ``text`` contains (one pass, in C): only their
    patterns can make a clause, and most live pages have none."""
    hit = languages_in(_gate(), text)
    return languages(hit) if hit else ()


# An absence matches around one of its gate words, and a thing stands near its absence: the
# patterns run on these stretches only, not along the whole text (alternations of a dozen
# phrases cost far more scanned over 3,000 characters than the gate's one pass).
ABSENT_REACH = 80
THING_REACH = CLAUSE_GAP + 80


def clauses(
    text: str,
    among: tuple[Concepts, ...] | None = None,
    hits: Mapping[str, list[int]] | None = None,
) -> list[Clause]:
    """Every clause of ``text`` (in any language, or ``among`` those known to pass the gate),
    in order of where it starts. ``hits`` says where each language's gate words end in
    ``text``, when a caller's pass over it found them already."""
    lower = None
    if hits is None:
        hits = {}
        lower = text.lower()
        for end, codes in _gate().iter(lower):
            for code in codes:
                hits.setdefault(code, []).append(end)
    if not hits:
        return []
    wanted = concepts() if among is None else among
    # the patterns are searched over the text lower-cased where they can be (``lowered``), the
    # gate's lowering reused
    read = Lowered(text, lower)
    found: dict[tuple[int, int, str], tuple[bool, bool]] = {}
    items: set[tuple[int, int, str]] = set()
    for language in wanted:
        at = hits.get(language.code)
        if not at:
            continue
        stretches = _stretches(at, ABSENT_REACH, len(text))
        for key in _item_clauses(language, read, stretches):
            found.setdefault(key, (False, False))
            items.add(key)
        absent = _matches(language.absent, read, stretches)
        predicates = [(span, False, False) for span in absent]
        if language.state is not None:
            states = _matches(language.state, read, stretches)
            predicates += [(span, True, False) for span in states]
        if language.hedged is not None:
            hedges = _matches(language.hedged, read, stretches)
            predicates += [(span, False, True) for span in hedges]
        adjacent: set[tuple[int, int]] = set()
        if language.vanished is not None:
            adjacent.update(_matches(language.vanished, read, stretches))
            predicates += [(span, False, True) for span in adjacent]
        if language.withdrawn is not None:
            withdrawn = _matches(language.withdrawn, read, stretches)
            adjacent.update(withdrawn)
            predicates += [(span, True, False) for span in withdrawn]
        for (a_start, a_end), state, hedged in predicates:
            near = [(max(0, a_start - THING_REACH), min(len(text), a_end + THING_REACH))]
            for (t_start, t_end), sought in _things(language, read, near):
                if hedged and not sought:
                    continue  # a guess about something else, not the page asked for
                if t_end <= a_start:
                    between = text[t_end:a_start]
                elif a_end <= t_start:
                    between = text[a_end:t_start]
                else:  # they overlap ("this is gone"): one stretch of words
                    between = ""
                if len(between) > CLAUSE_GAP or _BREAK.search(between):
                    continue
                if (a_start, a_end) in adjacent and between.strip():
                    continue  # a word between makes the page another's: "Pagina ministerului"
                if language.subject is not None and language.subject.search(between):
                    continue
                key = (min(a_start, t_start), max(a_end, t_end), language.code)
                was_state, was_sought = found.get(key, (False, False))
                found[key] = (
                    was_state or (state and t_start < a_start),
                    was_sought or (sought and not state),
                )
    ordered = sorted(found.items(), key=lambda item: (item[0][0], -item[0][1]))
    return [
        Clause(start, end, lang, state, sought, (start, end, lang) in items)
        for (start, end, lang), (state, sought) in ordered
    ]


# The sentence after an item's clause ends within this many characters of it, or is not read.
NEXT_SENTENCE = 160
SENTENCE_END = re.compile(r"[.!?。！？]")
# What joins a second predicate to a statement's subject: a short word (a word for "and" or
# "or": "und", "and", "ed", "och", "et", "y", "e", "oder", "or", "ou", "o"; the Nordic "eller"
# and the Slovak "alebo" are five letters long, the Turkish "ya da" two words; the vowel signs
# of an Indic script are marks, not word characters: "या", "और") after an optional comma, and
# an auxiliary the predicate may start with is the predicate's own. Chinese spaces no words:
# "或" joins "不存在或已删除" as it stands.
_JOINT = re.compile(r"\s*,?\s*(?:ya\s+da|eller|alebo|\w[\w\u0900-\u0dff]{0,3})\s+|(?:或者?)")


def restated(text: str, clause: Clause) -> bool:
    """Whether the sentence after an item's clause says what became of the item ("Sorry, this
    product is no longer available. It has been discontinued and removed from our catalogue",
    "Este producto ya no está disponible. Ha sido descatalogado"): said gone twice, the second
    time in the words of its own state, the item is gone, not out of stock for a while. "See
    the newer model" after it points on and says nothing of the item's state."""
    language = concept(clause.lang)
    if language is None or language.state is None:
        return False
    if _state_after(text, clause, language):
        return True
    end = SENTENCE_END.search(text, clause.end, clause.end + NEXT_SENTENCE)
    if end is None:
        return False
    following = SENTENCE_END.search(text, end.end(), end.end() + NEXT_SENTENCE)
    stop = following.end() if following else min(len(text), end.end() + NEXT_SENTENCE)
    return language.state.search(text, end.end(), stop) is not None


def alone(text: str, clause: Clause) -> bool | None:
    """Whether no other sentence follows the clause's own near it: "Sorry, we can't find the
    page you're looking for" over a search box and topic links is the page's one message; "The
    deprecated API's page was removed. Added search by section." is one entry of a list. None
    where the clause's script spaces no words (``scripts.UNSPACED``) and no sentence's end is
    marked near it (Thai, Lao, Khmer, Burmese, a run of Japanese without 。): no sentence is
    seen to follow there because none is ever seen to end, which says nothing of what follows."""
    end = SENTENCE_END.search(text, clause.end, clause.end + NEXT_SENTENCE)
    if end is None and script_of(text[clause.start : clause.end]) in UNSPACED:
        return None
    start = end.end() if end else clause.end
    return SENTENCE_END.search(text, start, start + NEXT_SENTENCE) is None


def _state_after(text: str, clause: Clause, language: Concepts) -> bool:
    """Whether a predicate joined right after ``clause`` speaks of the item's own state: "Este
    producto ya no está disponible y ha sido descatalogado" says it gone twice in one sentence,
    the second time in the words of its state, as ``restated`` reads two sentences."""
    joint = _JOINT.match(text, clause.end)
    return (
        joint is not None
        and language.state is not None
        and language.state.match(text, joint.end()) is not None
    )


def coordinated(text: str, end: int, lang: str) -> int:
    """How many words after a gone statement ending at ``end`` say the same subject gone again,
    joined to it by a word for "and" or "or" ("Dieser Artikel ist nicht mehr lieferbar und
    wurde aus dem Sortiment genommen", "This product is no longer available and has been
    discontinued"): a second predicate of absence or of the item's state whose subject is the
    statement's own. Both clauses fill the sentence between them; 0 where anything else follows
    (another subject, a reason, a place)."""
    language = concept(lang)
    joint = _JOINT.match(text, end) if language is not None else None
    if language is not None and joint is not None:
        at = joint.end()
        for pattern in (language.absent, language.state, language.item_after, language.joined):
            found = pattern.match(text, at) if pattern is not None else None
            if found is not None and found.end() > at:
                return len(text[end : found.end()].split())
    # "… existiert nicht oder Sie haben keine Berechtigung": closed to the visitor instead
    return restricted_after(text, end, lang)


def _item_clauses(
    language: Concepts, read: Lowered, stretches: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Where an item's noun and a predicate of its absence in its order make a clause: the
    predicate after the noun ("Товар не найден") or before it ("ไม่พบสินค้า"), ``ITEM_GAP``
    characters apart at most, with no sentence end between."""
    text = read.text
    found: list[tuple[int, int, str]] = []
    for pattern, after in ((language.item_after, True), (language.item_before, False)):
        if pattern is None:
            continue
        for p_start, p_end in _matches(pattern, read, stretches):
            near = [(max(0, p_start - THING_REACH), min(len(text), p_end + THING_REACH))]
            for noun in language.items:
                for n_start, n_end in _matches(noun, read, near):
                    if after and n_end <= p_start:
                        between = text[n_end:p_start]
                    elif not after and p_end <= n_start:
                        between = text[p_end:n_start]
                        if language.item_any is not None and language.item_any.search(between):
                            continue
                        closes = language.item_closes
                        if closes is not None and not closes.match(text, n_end):
                            continue
                    else:
                        continue
                    if len(between) <= ITEM_GAP and not _BREAK.search(between):
                        found.append((min(p_start, n_start), max(p_end, n_end), language.code))
    return found


def _things(
    language: Concepts, read: Lowered, near: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], bool]]:
    """Where a thing stands near a predicate, and whether it is the page or what the visitor
    sought: each pattern alone, so the longest thing that starts at a place is among them."""
    found = [(span, True) for pattern in language.sought for span in _matches(pattern, read, near)]
    return found + [
        (span, False) for pattern in language.things for span in _matches(pattern, read, near)
    ]


def _stretches(points: list[int], reach: int, length: int) -> list[tuple[int, int]]:
    """The stretches within ``reach`` of each point, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for point in sorted(points):
        start, end = max(0, point - reach), min(length, point + reach)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _matches(
    pattern: re.Pattern[str], read: Lowered, stretches: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    return [
        (first, last)
        for start, end in stretches
        for first, last in read.spans(pattern, start, end)
        if last > first
    ]
