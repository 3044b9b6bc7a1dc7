"""Whether a page's main heading is the generic name of an engine's message box.

phpBB shows "The requested topic does not exist" in a box headed "Information" and titles the
page "Information - <board>"; XenForo heads its box "Oops! We ran into some problems" or
"Error", a Japanese CMS "お知らせ". Such a heading is the box's kind, not an item's name: a
clause of absence in the box is the box's message, not a notice about a part of a page that
still answers for the item its heading names (``own_content.under_own_name``). The words are
the phrase book's ``box_headings``: a small closed class, where items' names are an open one.
"""

from __future__ import annotations

from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.extract.clean import collapse

# What may close a box's heading without making it a sentence: "Information:", "Hinweis!".
_CLOSERS = " :：.!！。"


def box_heading(heading: str) -> bool:
    """Whether ``heading``, as a whole, is a message box's generic name."""
    return collapse(heading).strip(_CLOSERS).casefold() in _words()


@cache
def _words() -> frozenset[str]:
    return frozenset(word.casefold() for word in phrase_book()["box_headings"]["words"])
