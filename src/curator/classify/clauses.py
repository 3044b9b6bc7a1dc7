"""Gone-statements read by their structure: something the page points at, said to be absent.

The phrase book (``gone_phrases.json``'s ``languages``) holds the sentences sites are known to
use. A page nobody here has seen says the same thing in its own words: "this listing is sadly no
longer with us", "well, this trail goes nowhere", "we can't seem to locate what you asked for".
What those share is their shape: a *thing* the page points at (this page, the link you followed,
what you were looking for, here) and a predicate of *absence* (is no longer here, goes nowhere,
has been retired, can't be found), in either order, a few words apart, inside one sentence. Each
concept is a short list per language (``gone_phrases.json``'s ``clauses``); any pairing of the
two is a clause, so the lists cover wordings no one wrote down.

A clause is only found here; ``curator.classify.gone`` measures where it stands (the title, the
heading, the start of a short text) and how plainly it is said, and only where the phrase book
found nothing, so a page is not counted twice for one sentence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

PHRASES_FILE = "gone_phrases.json"
# A thing and its absence stand at most this many characters apart: about six words, enough
# for "this listing is sadly no longer with us", too few to join two clauses of a sentence.
CLAUSE_GAP = 40
# Between a thing and its absence, any of these ends the sentence or the clause (or the block:
# the visible text marks a blanked heading with a run of spaces). Past a comma the predicate
# may have a subject of its own ("this guide to the coast, whose harbour has long gone").
_BREAK = re.compile(r"[.!?。！？؟|›»·•,;:、，；]|\s{3}")


@dataclass(frozen=True)
class Concepts:
    """One language's two concepts, each compiled as one alternation."""

    code: str
    gate: tuple[str, ...]
    thing: re.Pattern[str]
    absent: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    lang: str


@cache
def concepts() -> tuple[Concepts, ...]:
    """The clause book, compiled once per process."""
    text = resources.files("curator.classify").joinpath(PHRASES_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)["clauses"]
    return tuple(
        Concepts(
            code, tuple(entry["gate"]), _alternation(entry["thing"]), _alternation(entry["absent"])
        )
        for code, entry in data.items()
        if code != "about"
    )


def _alternation(parts: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def _gate() -> ahocorasick.Automaton:
    words: dict[str, list[str]] = {}
    for language in concepts():
        for word in language.gate:
            words.setdefault(word, []).append(language.code)
    automaton = ahocorasick.Automaton()
    for word, codes in words.items():
        automaton.add_word(word, tuple(codes))
    automaton.make_automaton()
    return automaton


def gated(text: str) -> tuple[Concepts, ...]:
    """The languages one of whose absence words ``text`` contains (one pass, in C): only their
    patterns can make a clause, and most live pages have none."""
    hit = {code for _, codes in _gate().iter(text.lower()) for code in codes}
    if not hit:
        return ()
    return tuple(language for language in concepts() if language.code in hit)


def clauses(text: str, among: tuple[Concepts, ...] | None = None) -> list[Clause]:
    """Every clause of ``text`` (in any language, or ``among`` those known to pass the gate),
    in order of where it starts."""
    found: list[Clause] = []
    for language in gated(text) if among is None else among:
        absences = [
            (m.start(), m.end()) for m in language.absent.finditer(text) if m.end() > m.start()
        ]
        if not absences:
            continue
        things = [
            (m.start(), m.end()) for m in language.thing.finditer(text) if m.end() > m.start()
        ]
        for a_start, a_end in absences:
            for t_start, t_end in things:
                if t_end <= a_start:
                    between = text[t_end:a_start]
                elif a_end <= t_start:
                    between = text[a_end:t_start]
                else:  # they overlap ("this is gone"): one stretch of words
                    between = ""
                if len(between) <= CLAUSE_GAP and not _BREAK.search(between):
                    found.append(Clause(min(a_start, t_start), max(a_end, t_end), language.code))
    return sorted(found, key=lambda clause: (clause.start, -clause.end))
