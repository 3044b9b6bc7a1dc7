"""Whether a notice says the item cannot be seen because it was removed or is shown only to a few.

"This content isn't available" alone is ambiguous: out of stock, blocked in a region, down
for maintenance, behind a log-in. A platform that no longer shows a post says why in the next
sentence, as a disjunction it cannot resolve for a stranger: "It may have been removed or only
shared with a small group", "Er wurde entweder gelöscht oder ist nur für bestimmte Personen
sichtbar", "可能已被删除，或仅对部分人可见". One side of the "or" is an act of removal (the
phrase book's ``acts``, ``removal``'s words), the other a restriction to some people (the
book's ``withheld``: a word of exclusiveness and one of a few or chosen people). Either way the
visitor following the link sees nothing, and the notice is the page's message. A stock notice's
"sold out or sold in stores only" joins no removal; a help article explaining the message has no
short claim before it; a log-in wall ("Log in to see this post") names no removal.

The reading is the grammar of the two sentences, so it holds in any language the two books
have; how loudly the page says it is measured where it stands, as the phrase book's
statements are (``in_text``: early, alone, or amid prose).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from curator.classify.lowered import Lowered
from curator.classify.phrase_book import phrase_book
from curator.classify.prose import prose_words, word_count
from curator.classify.removal import acts
from curator.classify.restriction import or_between
from curator.classify.sentence import Blocks
from curator.classify.stem_gate import languages_in, stem_automaton

# The claim before the reason is short: "This content isn't available.", "该内容无法查看。"
CLAIM_WORDS = 10
CLAIM_CHARS = 40  # unspaced scripts: "この投稿は表示できません。"
# Words of prose the notice may have beside it and still be the content area's message: a line of
# advice, a link's sentence ("Go back to your feed").
BESIDE_WORDS = 20
# How far before the notice an article's own sentences are looked for.
BEFORE_CHARS = 600
# The restriction's two words stand this close, in either order ("nur für bestimmte",
# "仅对部分人", "일부 사람에게만").
REACH = 40
_END = re.compile(r"[.!?。！？؟]")
_BREAK = re.compile(r"\s{3}|\n")


@dataclass(frozen=True)
class Withheld:
    """A claim that the item cannot be seen and the removal-or-restriction sentence after it,
    at ``start:stop`` of the text, in language ``lang``."""

    start: int
    stop: int
    lang: str


def withheld(text: str, blocks: Blocks | None = None) -> Withheld | None:
    """The first short claim in ``text`` followed by a sentence joining an act of removal and a
    restriction to some people by an "or", or None. ``blocks`` says where the text's blocks
    start: the claim opens the block the sentence stands in, not a menu's words before it."""
    # The sentence needs a restriction to some people, so the text holds one, and one of its
    # language's gate stems: asked first, as one pass of an automaton and a few languages'
    # patterns cost far less than the acts of removal (every language's, one pattern: 2.3 ms
    # over a page's start, where live pages spend it for nothing).
    # the books' patterns are searched over the text lower-cased where they can be (``lowered``),
    # and the gate's stems over the same lowering
    read = Lowered(text)
    books = _gated(text, read.lower)
    if not books:
        return None
    if not any(_restricted(read, only, some, who) is not None for _, only, some, who, _ in books):
        return None
    for found in acts().finditer(text):
        sentence_start, sentence_end = _sentence(text, found.start())
        sentence = text[sentence_start:sentence_end]
        read_sentence = read[sentence_start:sentence_end]
        at = found.start() - sentence_start
        for lang, only, some, who, own_or in books:
            restricted = _restricted(read_sentence, only, some, who)
            if restricted is None:
                continue
            low, high = sorted((at, restricted))
            if not _joined(sentence, low, high, own_or):
                continue
            block = blocks.around(sentence_start)[0] if blocks is not None else 0
            claim = _claim(text, sentence_start, block)
            if claim is not None:
                return Withheld(claim, sentence_end, lang)
    return None


def alone(window: str, found: Withheld, prose: int) -> bool:
    """Whether the notice at ``found`` is the content area's message, ``prose`` words of prose
    around it: no prose before it, little beside it. An article whose comment or embedded
    post was withdrawn says the same two sentences as one part of its own content (DEV
    ``live-pv25-after``'s ``pv25-afl-cs-comment``, ``pv25-afl-el-embed``): the page stands."""
    own = word_count(window[found.start : found.stop])
    before = window[max(0, found.start - BEFORE_CHARS) : found.start]
    # only whole sentences before it: a menu's or a rail's words run on without a full stop
    ends = list(_END.finditer(before))
    said_before = prose_words(before[: ends[-1].end()]) if ends else 0
    return said_before == 0 and prose - own <= BESIDE_WORDS


def _sentence(text: str, at: int) -> tuple[int, int]:
    before = [m.end() for m in _END.finditer(text, max(0, at - 300), at)]
    breaks = [m.end() for m in _BREAK.finditer(text, max(0, at - 300), at)]
    start = max(before + breaks, default=max(0, at - 300))
    end = _END.search(text, at)
    stop = end.end() if end else min(len(text), at + 200)
    cut = _BREAK.search(text, at, stop)
    return start, cut.start() if cut else stop


def _claim(text: str, sentence_start: int, block: int) -> int | None:
    """Where the short claim before the sentence starting at ``sentence_start`` starts: a
    sentence of its own in the same block (starting at ``block``), ended by its mark."""
    before = text[max(0, block, sentence_start - 200) : sentence_start].rstrip()
    if not before or before[-1] not in ".!。！":
        # a question ("Why can't I see this post?") asks what a help article answers
        return None
    body = before[:-1]
    cut = max(
        [m.end() for m in _END.finditer(body)] + [m.end() for m in _BREAK.finditer(body)],
        default=0,
    )
    claim = body[cut:].strip()
    words = len(claim.split())
    if not claim or words > CLAIM_WORDS or (words <= 1 and len(claim) > CLAIM_CHARS):
        return None
    return sentence_start - len(before) + before.index(claim)


def _restricted(
    sentence: Lowered, only: re.Pattern[str], some: re.Pattern[str], who: re.Pattern[str] | None
) -> int | None:
    """Where a restriction to some people starts in ``sentence``, or None.

    The first word of ``only``, in order, with a word of ``some`` within ``REACH`` of it, and
    the first such word of ``some``: ``some``'s words are found once, the first time they are
    needed, not once for each word of ``only``. ``withheld`` asks this of the text's first
    3,000 characters, where a listing's "Members only" labels each scanned them again (14-20
    ms a page, against 0.3 ms)."""
    if who is not None and (said := sentence.first(who)) is not None:
        return said
    seconds: list[int] | None = None
    for at, _ in sentence.spans(only):
        if seconds is None:
            seconds = [start for start, _ in sentence.spans(some)]
        # the starts rise, so the first within reach is the first not before ``at - REACH``
        near = bisect_left(seconds, at - REACH)
        if near < len(seconds) and seconds[near] <= at + REACH:
            return min(at, seconds[near])
    return None


def _joined(sentence: str, low: int, high: int, own_or: re.Pattern[str] | None) -> bool:
    """Whether an "or" stands between ``low`` and ``high``: a word of the book's alternatives,
    or the language's own ending ("-거나") where it has one."""
    if or_between(sentence, low, high):
        return True
    return own_or is not None and own_or.search(sentence, low, high) is not None


_Book = tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]


def _gated(text: str, lower: str | None = None) -> tuple[_Book, ...]:
    """The books of the languages one of whose gate stems ``text`` holds, lower-cased (``lower``,
    where the caller has it): only their restrictions can match in it."""
    hit = languages_in(_gate(), text, lower)
    return tuple(book for book in _books() if book[0] in hit) if hit else ()


@cache
def _gate() -> ahocorasick.Automaton:
    book = phrase_book()["withheld"]
    return stem_automaton({code: entry["gate"] for code, entry in book.items() if code != "about"})


@cache
def _books() -> tuple[_Book, ...]:
    book: dict[str, Any] = phrase_book()["withheld"]
    return tuple(
        (
            code,
            re.compile(entry["only"], re.IGNORECASE),
            re.compile(entry["some"], re.IGNORECASE),
            re.compile(entry["who"], re.IGNORECASE) if "who" in entry else None,
            re.compile(entry["or"]) if "or" in entry else None,
        )
        for code, entry in book.items()
        if code != "about"
    )
