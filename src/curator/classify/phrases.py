"""Where the phrase book's statements stand in a text, in any of its languages.

The wordings of ``gone_phrases.json`` are compiled once per process, one language at a time,
and looked for only in the languages whose gate words a text holds: one pass of an
Aho-Corasick automaton over the text, which also says where the clause book's words of
absence (``classify.clauses``) stand. Nearly every page holds no gate word at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import ahocorasick

from curator.classify import clauses
from curator.classify.lowered import letters_apart, twin
from curator.classify.phrase_book import phrase_book
from curator.classify.prose import word_count
from curator.classify.statement import Kind


@dataclass(frozen=True)
class Language:
    """One language of the phrase book: its gate words at once, its patterns the first time a
    text holds one of them (``gated_both``). A run's pages pass the gates of a few of the book's
    languages (7 of 48 over the corpus's 132 pages), and every worker process compiled all of
    them before its first page: about 0.2 s of its 0.5 s of pattern compiling."""

    code: str
    gate: tuple[str, ...]
    entry: dict[str, Any] = field(repr=False, compare=False)

    @cached_property
    def _compiled(self) -> _Compiled:
        return _compile(self.entry)

    @property
    def patterns(self) -> dict[Kind, re.Pattern[str]]:
        """Each kind's phrases as one alternation."""
        return self._compiled.patterns

    @property
    def lowered(self) -> dict[Kind, re.Pattern[str]]:
        """Each kind's alternation without IGNORECASE, for a text lower-cased first, where its
        phrases are all written in lower case."""
        return self._compiled.lowered

    @property
    def apart(self) -> tuple[str, ...]:
        """The lower-case letters a text must not hold for ``lowered`` to find what the
        case-insensitive alternation finds (``lowered.APART_WHEN_LOWERED``)."""
        return self._compiled.apart

    @cached_property
    def each(self) -> tuple[tuple[Kind, re.Pattern[str]], ...]:
        """Every phrase alone, for overlapping spans (``statement_spans``): read of fewer
        texts still than the alternations, so compiled on its own."""
        return tuple(
            (kind, re.compile(p, re.IGNORECASE))
            for kind in Kind
            for p in self.entry.get(kind.value) or []
        )


@dataclass(frozen=True)
class _Compiled:
    patterns: dict[Kind, re.Pattern[str]]
    lowered: dict[Kind, re.Pattern[str]]
    apart: tuple[str, ...]


@cache
def languages() -> tuple[Language, ...]:
    """The phrase book's languages, each compiled when first read (``Language``)."""
    return tuple(
        Language(code, tuple(entry["gate"]), entry)
        for code, entry in phrase_book()["languages"].items()
    )


def _compile(entry: dict[str, Any]) -> _Compiled:
    patterns: dict[Kind, re.Pattern[str]] = {}
    lowered: dict[Kind, re.Pattern[str]] = {}
    written = ""
    for kind in Kind:
        parts = entry.get(kind.value) or []
        if parts:
            source = "|".join(f"(?:{p})" for p in parts)
            patterns[kind] = re.compile(source, re.IGNORECASE)
            plain = twin(patterns[kind])  # the one rule of when a plain twin finds the same
            if plain is not None:
                lowered[kind] = plain.plain
                written += "".join(plain.written)
    # a group's letter the phrases write matches the group's others in a text only under
    # IGNORECASE ("i" and "ı"): a text holding one of those is searched case-insensitively
    return _Compiled(patterns, lowered, tuple(sorted(letters_apart(written))))


def find(
    text: str, kinds: tuple[Kind, ...], among: tuple[Language, ...] | None = None
) -> tuple[Kind, str, re.Match[str]] | None:
    """The first statement of one of ``kinds`` in ``text``, in any language (or ``among``
    those already known to pass the gate), if one is there."""
    best: tuple[Kind, str, re.Match[str]] | None = None
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: no offset would hold
        lowered = ""
    for language in gated(text) if among is None else among:
        apart = bool(lowered) and any(letter in lowered for letter in language.apart)
        for kind in kinds:
            pattern = language.patterns.get(kind)
            if pattern is None:
                continue
            match = _search(pattern, language.lowered.get(kind), text, lowered, apart)
            if match and (best is None or match.start() < best[2].start()):
                best = (kind, language.code, match)
    return best


def _search(
    pattern: re.Pattern[str],
    lower: re.Pattern[str] | None,
    text: str,
    lowered: str,
    apart: bool,
) -> re.Match[str] | None:
    """``pattern.search(text)``. A case-insensitive search over a window is about twice a plain
    one's time (0.25 against 0.12 ms a real page for the gone-statement reader's two kinds), so
    a text that can be is searched lower-cased, and ``pattern`` only read again at the place
    found, for the match the callers read as the text writes it."""
    if lower is None or not lowered or apart:
        return pattern.search(text)
    found = lower.search(lowered)
    if found is None:
        return None
    return pattern.match(text, found.start()) or pattern.search(text)


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
    for code, gate in clauses.gates().items():
        for word in gate:
            words.setdefault(word, ([], []))[1].append(code)
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
