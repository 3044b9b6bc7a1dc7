"""Which stretch of a page's visible text a statement is looked for in, and read around.

Only the text's start is read for statements (``TEXT_WINDOW``), with the page's own heading
and title blanked out of it so that they are not counted twice; the prose around a message is
read over a stretch from its heading on (``around_message``).
"""

from __future__ import annotations

# Only the start of the visible text is read: a statement past it is buried under other text
# and could never be the page's main message, and the cheap gate stays cheap on long pages.
TEXT_WINDOW = 3000
# How far after the message's start its surroundings are read for prose.
NEAR_CHARS = 2000


def around_message(text: str, heading: str | None, start: int | None) -> str:
    """The stretch of text where the page's message stands: from its heading (or its first
    statement) on, ``NEAR_CHARS`` long. An article goes on in prose there; an error page goes
    on in link lists and menus."""
    at = text.find(heading) if heading else -1
    if at < 0:
        at = start if start is not None else 0
    return text[at : at + NEAR_CHARS]


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
