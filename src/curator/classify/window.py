"""Which stretch of a page's visible text a statement is looked for in, and read around.

Only the text's start is read for statements (``TEXT_WINDOW``), with the page's own heading
and title blanked out of it so that they are not counted twice; the prose around a message is
read over a stretch from its heading on (``prose_around``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curator.classify.prose import prose_words, word_count

if TYPE_CHECKING:
    from curator.classify.sentence import Blocks

# Only the start of the visible text is read: a statement past it is buried under other text
# and could never be the page's main message, and the cheap gate stays cheap on long pages.
TEXT_WINDOW = 3000
# How far after the message's start its surroundings are read for prose.
NEAR_CHARS = 2000


def prose_around(
    text: str, heading: str | None, start: int | None, blocks: Blocks | None = None
) -> tuple[int, int]:
    """Words of prose where the page's message stands, and words of link blocks there, set
    apart: from its heading (or its first statement) on, ``NEAR_CHARS`` long. An article goes
    on in prose there; an error page goes on in link lists and menus.

    The visible text runs blocks together, so a heading notice with no full stop and the
    teaser titles of a rail under it ("Hmm, nothing here Most read The ferry runs more often
    this summer …") read as one long sentence in lower case: prose, where the page has none.
    A block made of links (``Blocks.linked``: a rail, a "related" list, a "back to the front
    page" line) is a way on to other pages, and a dialog (a consent banner) asks something
    apart from the page: their words are counted apart and each ends the sentence before it.
    The unlinked lines of an item's own content stay read as they were, and setting words
    apart never adds prose: a run too long for a sentence (``prose.PROSE_SENTENCE_MAX``) was a
    list with the rail's titles in it, and is one without them."""
    at = text.find(heading) if heading else -1
    if at < 0:
        at = start if start is not None else 0
    stop = at + NEAR_CHARS
    pieces, linked, last = [], 0, at
    for begin, end in blocks.linked() if blocks is not None else ():
        if end <= last or begin >= stop:
            continue
        begin, end = max(begin, last), min(end, stop)
        pieces.append(text[last:begin] + " . ")
        linked += word_count(text[begin:end])
        last = end
    if not linked:
        return prose_words(text[at:stop]), 0
    pieces.append(text[last:stop])
    return min(prose_words(text[at:stop]), prose_words("".join(pieces))), linked


# The visible text is whitespace-collapsed, so a run of spaces is where ``without`` blanked
# the heading or the title out.
BLANKED = "   "


def without(window: str, *shown: str | None) -> str:
    """The text with the heading's and the title's own words blanked out (once each), so a
    statement there is not counted again as the text's."""
    for value in shown:
        if value and len(value) >= 3:
            at = window.find(value)
            if at >= 0:
                window = window[:at] + " " * len(value) + window[at + len(value) :]
    return window
