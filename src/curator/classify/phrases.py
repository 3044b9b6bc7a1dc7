"""Where the phrase book's statements stand in a text, in any of its languages.

The wordings of ``gone_phrases.json`` are compiled once per process, one language at a time,
and looked for only in the languages whose gate words a text holds: one pass of an
Aho-Corasick automaton over the text, which also says where the clause book's words of
absence (``classify.clauses``) stand. Nearly every page holds no gate word at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from curator.classify import clauses
from curator.classify.phrase_book import phrase_book
from curator.classify.prose import word_count
from curator.classify.statement import Kind


@dataclass(frozen=True)
class Language:
    code: str
    gate: tuple[str, ...]
    patterns: dict[Kind, re.Pattern[str]]  # each kind's phrases as one alternation
    each: tuple[tuple[Kind, re.Pattern[str]], ...]  # every phrase alone, for overlapping spans


@cache
def languages() -> tuple[Language, ...]:
    """The phrase book, compiled once per process."""
    return tuple(_language(code, entry) for code, entry in phrase_book()["languages"].items())


def _language(code: str, entry: dict[str, Any]) -> Language:
    patterns: dict[Kind, re.Pattern[str]] = {}
    each: list[tuple[Kind, re.Pattern[str]]] = []
    for kind in Kind:
        parts = entry.get(kind.value) or []
        if parts:
            patterns[kind] = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
            each.extend((kind, re.compile(p, re.IGNORECASE)) for p in parts)
    return Language(code, tuple(entry["gate"]), patterns, tuple(each))


def find(
    text: str, kinds: tuple[Kind, ...], among: tuple[Language, ...] | None = None
) -> tuple[Kind, str, re.Match[str]] | None:
    """The first statement of one of ``kinds`` in ``text``, in any language (or ``among``
    those already known to pass the gate), if one is there."""
    best: tuple[Kind, str, re.Match[str]] | None = None
    for language in gated(text) if among is None else among:
        for kind in kinds:
            pattern = language.patterns.get(kind)
            match = pattern.search(text) if pattern is not None else None
            if match and (best is None or match.start() < best[2].start()):
                best = (kind, language.code, match)
    return best


def gated(text: str) -> tuple[Language, ...]:
    """The languages one of whose gate words ``text`` contains: only their patterns can match.

    Every page of a run passes through here, so the gate words of all languages are looked for
    in one pass (an Aho-Corasick automaton, in C), far cheaper than looking for each word in
    turn.
    """
    return gated_both(text)[0]


def gated_both(text: str) -> tuple[tuple[Language, ...], dict[str, list[int]]]:
    """The phrase book's languages whose gate words ``text`` contains, and where the clause
    book's words of absence (``classify.clauses``) end in it, per language: one pass over the
    text serves both books."""
    hit: set[str] = set()
    absences: dict[str, list[int]] = {}
    for end, (codes, absent) in _gate().iter(text.lower()):
        hit.update(codes)
        for code in absent:
            absences.setdefault(code, []).append(end)
    among = tuple(language for language in languages() if language.code in hit) if hit else ()
    return among, absences


def absence_word(text: str) -> str | None:
    """The first word of ``text`` holding one of the clause book's words of absence ("gone",
    "vuoto", "sumiu", "пусто"), as written there, or None. Alone it is no statement: a line
    that holds one speaks of something missing, whatever it says of it."""
    lowered = text.lower()
    ends = [end for found in gated_both(lowered)[1].values() for end in found]
    if not ends:
        return None
    # lower-casing keeps offsets but for a few letters ("İ"): then the lower-case word is shown
    return _word_at(text if len(lowered) == len(text) else lowered, min(ends))


def _word_at(text: str, end: int) -> str:
    """The word ending at ``end`` with the word before it ("no longer", "nicht mehr"): a word of
    absence is often two, and one of them alone says little to an editor."""
    start, stop = end + 1, end + 1
    for _ in range(2):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in ".!?。\n":
            start -= 1
    while stop < len(text) and not text[stop].isspace():
        stop += 1
    return text[start:stop].strip(' .,;:!?¡¿…"“”«»') or text[start:stop]


@cache
def _gate() -> ahocorasick.Automaton:
    words: dict[str, tuple[list[str], list[str]]] = {}
    for language in languages():
        for word in language.gate:
            words.setdefault(word, ([], []))[0].append(language.code)
    for concepts in clauses.concepts():
        for word in concepts.gate:
            words.setdefault(word, ([], []))[1].append(concepts.code)
    automaton = ahocorasick.Automaton()
    for word, (codes, absent) in words.items():
        automaton.add_word(word, (tuple(codes), tuple(absent)))
    automaton.make_automaton()
    return automaton


def covered_runs(spans: list[tuple[int, int, Kind, str]]) -> list[tuple[int, int]]:
    """The stretches the spans cover, overlapping or touching ones joined."""
    runs: list[tuple[int, int]] = []
    for start, end, _, _ in spans:
        if runs and start <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    return runs


def statement_spans(segment: str, among: tuple[Language, ...]) -> list[tuple[int, int, Kind, str]]:
    """Every statement in a short segment, in order: (start, end, kind, language)."""
    spans: list[tuple[int, int, Kind, str]] = []
    for language in among:
        for kind, pattern in language.each:
            spans.extend(
                (m.start(), m.end(), kind, language.code)
                for m in pattern.finditer(segment)
                if m.end() > m.start()
            )
    return sorted(spans)


def merged_words(segment: str, spans: list[tuple[int, int, Kind, str]]) -> int:
    covered = [False] * len(segment)
    for start, end, _, _ in spans:
        covered[start:end] = [True] * (end - start)
    text = "".join(ch if hit else " " for ch, hit in zip(segment, covered, strict=True))
    return word_count(text)
