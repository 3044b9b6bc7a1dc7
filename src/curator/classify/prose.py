"""Measures of a stretch of visible text: its words, its prose, the status codes it names.

An error page says its line or two amid link lists and menus; an article about the error goes
on in sentences of prose and names several codes. These measures tell the two apart wherever a
statement is read (title, heading, text, main area).
"""

from __future__ import annotations

import re

from curator.classify import words
from curator.classify.price import amount
from curator.classify.scripts import IDEOGRAPHS

# A sentence this long is prose; error pages rarely have more than a couple.
PROSE_SENTENCE_WORDS = 10
# Languages that build long words (Turkish, Finnish, Hungarian, Korean) say as much in fewer of
# them: a sentence of this many words is prose too when it runs to PROSE_SENTENCE_CHARS.
PROSE_SHORT_WORDS = 6
PROSE_SENTENCE_CHARS = 60
# A Chinese or Japanese character is half a word (``word_count``): as wide as half of the
# ``PROSE_SENTENCE_CHARS / PROSE_SENTENCE_WORDS`` characters a Latin word takes, space and all.
IDEOGRAPH_WIDTH = PROSE_SENTENCE_CHARS // PROSE_SENTENCE_WORDS // 2
PROSE_SENTENCE_MAX = 60  # longer runs without a full stop are lists, not sentences
PROSE_LOWER_SHARE = 0.6  # of its cased words, a prose sentence has this share in lower case
# Up to this many words of prose besides the message, a text is still short.
SHORT_PROSE = 150
# The status codes pages talk about; a three-digit number next to a currency sign, a decimal
# point or a per cent sign is a price or a figure, not a code.
HTTP_STATUS_CODES = frozenset(
    {"200", "201", "204", "301", "302", "303", "304", "307", "308", "400", "401", "403", "404",
     "405", "406", "408", "409", "410", "429", "500", "501", "502", "503", "504"}
)  # fmt: skip
# Three digits standing alone: where a title or sentence may name a status code ("Fehler 404").
THREE_DIGITS = re.compile(r"(?<!\d)\d{3}(?!\d)")
_STATUS_CODE = re.compile(r"(?<![\d.,$€£¥])\b([1-5]\d\d)\b(?![.,]?\d|%)")
# A number joined by a hyphen or a slash to a few letters before it is a model's or a
# product's name ("P-400 / P-500", "RX/500", "SX-404"), not a status code: a discontinued
# product's page naming its successors does not discuss errors. "HTTP/404" stays a code, as
# does "404-Fehler" (the code first, the word after).
_MODEL_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_]{1,4})[-‐/]$")
_PROTOCOL = "http"
# A token (what ``str.split`` cuts at spaces) that holds a letter or a digit, found at its start
# and read only up to that character: the possessive run of punctuation keeps it linear.
_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|_)*+[^\W_]")
# Where one sentence ends and the next begins: after a full stop, a question or an exclamation
# mark, Latin or ideographic, its spaces dropped and the mark kept with the sentence before.
SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？])\s*")


def status_codes(text: str) -> int:
    """How many different HTTP status codes a text names. An error page names its own (404); a
    reference page, an API's error table or a tutorial names several (200, 301, 404, 410, 500).
    A shop's prices ("6 500 Kč", "404,- Kč") and measures ("500 g") are no codes (``price``)."""
    named = {
        m.group(1)
        for m in _STATUS_CODE.finditer(text)
        if m.group(1) in HTTP_STATUS_CODES
        and not _in_model(text, m.start())
        and not amount(text, m.start(), m.end(), HTTP_STATUS_CODES)
    }
    return len(named)


def _in_model(text: str, start: int) -> bool:
    """Whether the number at ``start`` is joined to a model's letters ("P-400")."""
    joined = _MODEL_BEFORE.search(text, max(0, start - 6), start)
    return joined is not None and joined.group(1).casefold() != _PROTOCOL


def word_count(text: str) -> int:
    """Words, counting a run of a script written without spaces as the words its letters hold
    (``words.count``) and ignoring bare punctuation such as separators.

    A text without those characters (most) is counted in one pass of ``_WORD``, which finds the
    tokens ``str.split`` gives that hold a letter or a digit (``\\s`` and ``\\w`` are ``isspace``
    and ``isalnum`` or ``_``, character for character): testing every character of every token
    in Python cost three times as much (0.035 against 0.012 ms a real page, every caller)."""
    if not words.unspaced(text):
        return len(_WORD.findall(text))
    return sum(
        words.token_words(token) for token in text.split() if any(ch.isalnum() for ch in token)
    )


def prose_words(text: str) -> int:
    """Words in sentences that read as prose: ten to sixty words, mostly in lower case (where
    the script has case). An article's paragraphs are prose; the link lists, menus and teaser
    titles that make up an error page's chrome run on without full stops in Title Case."""
    total = 0
    for sentence in SENTENCE_BREAK.split(text):
        words = word_count(sentence)
        long_enough = words >= PROSE_SENTENCE_WORDS or (
            words >= PROSE_SHORT_WORDS and _width(sentence) >= PROSE_SENTENCE_CHARS
        )
        if long_enough and words <= PROSE_SENTENCE_MAX and _reads_as_prose(sentence):
            total += words
    return total


def _width(sentence: str) -> int:
    """How long a sentence is in Latin letters' terms: ``word_count`` reads two Chinese or
    Japanese characters as one word, so each is as wide as half a Latin word
    (``IDEOGRAPH_WIDTH``). Counted one a character, "常见原因是链接写错、页面被删除或网站改版。"
    (nine words, 21 characters) was never prose, and an article on the 404 error read as a
    not-found page's "0 words of prose"."""
    ideographs = len(IDEOGRAPHS.findall(sentence))
    return len(sentence) + (IDEOGRAPH_WIDTH - 1) * ideographs


def _reads_as_prose(sentence: str) -> bool:
    cased = [word for word in sentence.split() if word[:1].isupper() or word[:1].islower()]
    if len(cased) < PROSE_SHORT_WORDS:
        return not cased  # a script without case: its length is all there is to go on
    return sum(1 for word in cased if word[:1].islower()) >= PROSE_LOWER_SHARE * len(cased)
