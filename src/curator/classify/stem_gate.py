"""The languages whose gate stems a text holds, found in one pass in C.

A book of patterns per language (the clause book, the withheld book) is too costly to run over
every page in every language; each language's entry lists a few lower-case stems that any of
its patterns must contain, so only the languages whose stems a text holds are read. One
Aho-Corasick automaton over every language's stems answers that in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick


def stem_automaton(stems: Mapping[str, Iterable[str]]) -> ahocorasick.Automaton:
    """An automaton over ``stems`` (a language's code -> its gate stems), each stem's value
    the tuple of the codes whose gate holds it."""
    codes_of: dict[str, list[str]] = {}
    for code, words in stems.items():
        for word in words:
            codes_of.setdefault(word, []).append(code)
    automaton = ahocorasick.Automaton()
    for word, codes in codes_of.items():
        automaton.add_word(word, tuple(codes))
    automaton.make_automaton()
    return automaton


def languages_in(automaton: ahocorasick.Automaton, text: str, lower: str | None = None) -> set[str]:
    """The codes of the languages one of whose stems ``text``, lower-cased, holds. ``lower`` is
    the text lower-cased, where the caller made it already for its patterns."""
    found = automaton.iter(text.lower() if lower is None else lower)
    return {code for _, codes in found for code in codes}
