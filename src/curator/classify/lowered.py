"""A case-insensitive pattern searched as a plain one over the lower-cased text.

Python's ``re`` under IGNORECASE tests every character of a text against every branch of an
alternation of the book's phrases, with none of the literal or first-character skips a plain
pattern gets, so a plain search of the same window costs far less (measured in
bench/README.md, w29-cpu29). Where a pattern's source is written in lower case, the plain
pattern over the text lower-cased matches exactly where the case-insensitive one matches over
the text, as long as the text lowers character for character (``İ`` lowers to two) and holds
none of the letters IGNORECASE joins to a letter the pattern writes though ``str.lower`` keeps
them apart (``APART_WHEN_LOWERED``: the dotless ``ı`` matches ``i``). Such a text is searched
as before. tests/test_gone_phrases.py checks the letters over every code point;
tests/test_lowered_search.py checks the books' patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Letters that Python's ``re`` matches to one another under IGNORECASE though ``str.lower``
# keeps them apart (the dotless i, the long s, the Greek symbol forms, the old Cyrillic ones):
# each group's letters are all lower-case. Every other character's ``str.lower`` (``İ`` aside,
# which lowers to two) is what IGNORECASE compares with a pattern's lower-case letter, and it
# keeps ``\w``, ``\s`` and ``.`` alike (tests/test_gone_phrases.py checks both over every
# code point).
APART_WHEN_LOWERED = ("iı", "sſ", "µμ", "\u03b9\u0345\u1fbe", "\u0390\u1fd3", "\u03b0\u1fe3",
                      "βϐ", "εϵ", "θϑ", "κϰ", "πϖ", "ρϱ", "σς", "φϕ", "вᲀ", "дᲁ", "оᲂ", "сᲃ",
                      "тᲄᲅ", "ъᲆ", "ѣᲇ", "ꙋᲈ", "ṡẛ", "ﬅﬆ")  # fmt: skip
# A range in a character class ("[a-z]", "[가-힣]"): its letters are written too, though its
# source shows only the two ends.
_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_RANGE = re.compile(r"(?<!\\)([^\\\[\]])-([^\\\[\]])")
# What a source may hold that IGNORECASE and a lowered text would read apart: a flag turned off
# for a part ("(?-i:...)"), ASCII-only matching turned on for a part ("(?a:...)", under which
# IGNORECASE joins "k" to no Kelvin sign while ``str.lower`` does), and a character written by
# its code, whose letter the source hides.
_UNSAFE = re.compile(r"\(\?[a-z]*-|\(\?[a-z]*a|\\[uUxN0-7]")


@dataclass(frozen=True)
class Twin:
    """A case-insensitive pattern's plain twin, the characters its source writes (its classes'
    ranges spelled out), and the letters (``apart``) a lowered text must not hold for the twin
    to match where the pattern does."""

    plain: re.Pattern[str]
    written: frozenset[str]
    apart: frozenset[str]


def letters_apart(written: str) -> frozenset[str]:
    """The lower-case letters a text must not hold for a plain pattern writing ``written`` to
    find, over the lowered text, what its case-insensitive twin finds over the text: each
    letter of a group in ``APART_WHEN_LOWERED`` another of whose letters is written."""
    return frozenset(
        letter
        for group in APART_WHEN_LOWERED
        for letter in group
        if any(other in written for other in group if other != letter)
    )


@cache
def twin(pattern: re.Pattern[str]) -> Twin | None:
    """The plain twin of a case-insensitive ``pattern`` whose source is all lower case (no
    capital letter, nor ``\\W``, ``\\S``, ``\\B``), compiled the first time it is asked for;
    None where the source cannot have one."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.ASCII:
        return None
    if source != source.lower() or _UNSAFE.search(source):
        return None
    ranges = "".join(
        "".join(chr(point) for point in range(ord(low), ord(high) + 1))
        for found in _CLASS.findall(source)
        for low, high in _RANGE.findall(found)
    )
    if ranges != ranges.lower():
        return None  # a range whose ends are lower case holds a capital ("[ℐ-ℯ]": the Kelvin sign)
    written = source + ranges
    flags = pattern.flags & ~re.IGNORECASE
    return Twin(re.compile(source, flags), frozenset(written), letters_apart(written))


class Lowered:
    """A text and its lower case, made once for the many patterns searched over it."""

    __slots__ = ("_holds", "lower", "text")

    def __init__(self, text: str, lower: str | None = None) -> None:
        self.text = text
        lower = text.lower() if lower is None else lower
        # "İ" lowers to two characters: no offset of the lowered text would hold
        self.lower = lower if len(lower) == len(text) else None
        # whether the lowered text holds one of a twin's ``apart`` letters, asked once each
        self._holds: dict[frozenset[str], bool] = {}

    def spans(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> list[tuple[int, int]]:
        """Where ``pattern.finditer(text, start, end)`` matches, as (start, end) pairs."""
        stop = len(self.text) if end is None else end
        plain = self._plain(pattern)
        if plain is None or self.lower is None:
            return [m.span() for m in pattern.finditer(self.text, start, stop)]
        return [m.span() for m in plain.finditer(self.lower, start, stop)]

    def first(self, pattern: re.Pattern[str]) -> int | None:
        """Where ``pattern.search(text)`` starts, or None."""
        plain = self._plain(pattern)
        if plain is None or self.lower is None:
            found = pattern.search(self.text)
        else:
            found = plain.search(self.lower)
        return None if found is None else found.start()

    def __getitem__(self, part: slice) -> Lowered:
        """A stretch of the text with its lower case, not lowered again."""
        return Lowered(self.text[part], None if self.lower is None else self.lower[part])

    def _plain(self, pattern: re.Pattern[str]) -> re.Pattern[str] | None:
        """``pattern``'s twin where it finds over ``lower`` what ``pattern`` finds over
        ``text``, else None."""
        if self.lower is None:
            return None
        found = twin(pattern)
        if found is None:
            return None
        holds = self._holds.get(found.apart)
        if holds is None:
            holds = self._holds[found.apart] = any(c in self.lower for c in found.apart)
        return None if holds else found.plain
