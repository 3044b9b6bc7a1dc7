"""The sentence around a match: where the sentence holding a phrase starts and where it ends.

Several readings weigh a statement by its sentence: whether it speaks to the reader
(``howto``), whether it names the page or only the item (``said_of``), how far it goes on past
the statement (``main_message``). They cut that sentence here, the same way: a sentence ends at
a full stop, a question or an exclamation mark, and in Latin or Arabic script only where a space
or the text's end follows it: a full stop in a path, a file's or a host's name or a number
("/reports/annual-2022.html was not found", "example.com", "3.5") ends nothing. Chinese and
Japanese marks end a sentence wherever they stand (no space follows them). A block's start and
end (``main_area``'s blocks, ``sentence.Blocks``) bound the sentence too, where the caller knows
them: Thai writes no full stop, and the footer's "Contact us" is no part of the message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from curator.classify.sentence import Blocks

SENTENCE_END = re.compile(r"[。！？]|[.!?؟](?!\S)")


def sentence_start(text: str, start: int, first: int = 0) -> int:
    """Where the sentence holding ``text[start]`` starts: after the last sentence's end between
    ``first`` (its block's start) and ``start``, else at ``first``."""
    at = first
    for end in SENTENCE_END.finditer(text, first, start):
        at = end.end()
    return at


def sentence_end(
    text: str, stop: int, last: int | None = None, ends: re.Pattern[str] = SENTENCE_END
) -> int:
    """Where the sentence holding ``text[stop - 1]`` ends, its mark included: at the first
    sentence's end from ``stop`` on, before ``last`` (its block's end, or the reach looked at;
    the text's end when ``last`` is None or not past ``stop``), else at ``last``.

    ``ends`` is where a sentence ends; ``main_message`` passes ``sentence.SENTENCE_END``, any
    mark whatever follows it, as it was measured. Cut here it would read 4 DEV pages longer, all
    live pages quoting a message (a code sample's "could not be found.');", a newsletter's
    "…looking for.”", "404 Not Found nginx/1.24.0"): one cut for all is a change to measure
    (bench/README.md, w23-mend23), not to slip into a refactor."""
    limit = last if last is not None and last > stop else len(text)
    end = ends.search(text, stop, limit)
    return end.end() if end else limit


def sentence_around(text: str, start: int, stop: int, blocks: Blocks | None = None) -> str:
    """The sentence of ``text`` holding the words from ``start`` to ``stop``, inside their
    block (``blocks``, where the caller knows them)."""
    first, following = blocks.around(start) if blocks is not None else (0, None)
    return text[sentence_start(text, start, first) : sentence_end(text, stop, following)]
