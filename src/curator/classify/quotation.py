"""Whether a statement stands in quotation marks: talked about, not said.

A forum post quoting the error it asks about, a review naming a film "Page Not Found", an
article citing a message: all use the words of a page that is gone, within quotation marks of
any of the scripts' kinds (straight, curly, guillemets, corner brackets).
"""

from __future__ import annotations

# The note of a statement found in quotation marks, which a heading's clause is recognised by.
QUOTED_NOTE = ", in quotation marks"
_OPENING = "“„‟«‘‚‛「『〈《"
_CLOSING = "”»’」』〉》"


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the statement stands inside quotation marks: an opening mark before it (within
    a short lead-in such as “Sorry, ...) that is not closed before it starts, or a closing mark
    right after it."""
    before = text[max(0, start - 60) : start]
    opened = max(before.rfind(mark) for mark in _OPENING)
    if opened >= 0 and not any(mark in before[opened:] for mark in _CLOSING):
        return True
    if before.count('"') % 2 == 1:
        return True
    if "'" in before and _opens_quote(text, start - len(before) + before.rfind("'")):
        return True  # 'Page not found': a straight quote opening a word, not an apostrophe
    after = text[end : end + 12].lstrip(" .!?,")
    return bool(after) and after[0] in _CLOSING + "\"'"


def _opens_quote(text: str, at: int) -> bool:
    """Whether the straight single quote at ``at`` opens a quotation: it starts a word (after a
    space, a bracket or the start) rather than sitting inside one as an apostrophe (can't,
    l'erreur)."""
    starts_word = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{"
    return starts_word and at + 1 < len(text) and text[at + 1].isalnum()
