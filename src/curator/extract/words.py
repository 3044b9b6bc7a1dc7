"""The words of a page's visible text, found once for the two readers that want them all.

The soft-404 sketch (``classify.page_sketch``) hashes the lower-cased words in order; blurb support
(``assess.support``) stems the distinct ones. Finding the words is most of what each of them
costs on a real page, so ``inspect`` finds them once and hands the same list to both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PageWords:
    """A text and its ``\\w+`` runs, lower-cased, in order."""

    text: str
    lowered: list[str]
    # Lower-casing gave one character for each (no "İ" -> "i̇"): each word lines up with the
    # text's own, so the words of any narrower class (letters only) can be read off these.
    aligned: bool

    @classmethod
    def of(cls, text: str) -> PageWords:
        lowered = text.lower()
        return cls(text, _WORD.findall(lowered), len(lowered) == len(text))
