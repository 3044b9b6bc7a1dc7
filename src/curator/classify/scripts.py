"""Which script a statement's letters are written in, and what that script tells of its words.

A sentence in Latin letters shows where it starts by its capital letter and where its words
end by spaces; Chinese and Japanese run their words together, and scripts without case give
no capital to go by. The readers of a statement's sentence ask here which kind of script they
are reading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Chinese characters and Japanese kana: words run together with no space between them.
_IDEOGRAPH_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
IDEOGRAPHS = re.compile(f"[{_IDEOGRAPH_RANGES}]")
# Those and Korean syllables: a label in them may run into the next word with no space. Korean
# spaces its phrases, so a count of words reads its syllables apart from ``IDEOGRAPHS``.
CLOSE_SCRIPT = re.compile(f"[{_IDEOGRAPH_RANGES}\uac00-\ud7af]")
# Scripts written without spaces between words: a space in them ends a phrase.
UNSPACED = frozenset({"CJK", "THAI", "LAO", "KHMER", "MYANMAR"})
# Vietnamese writes a space after every syllable, not every word, and its words run to about
# one and a half syllables (its word-segmented corpora: most words are one or two syllables), so
# a count of its spaced tokens counts syllables. Its own letters (a horn, a breve, a stroke, a
# hook above or a dot below: ơ ư ă đ ả ạ ...) stand in a syllable in three or four of its text
# and in no other language written in Latin letters; a text with them in a fifth of its tokens
# is written a syllable at a time.
_VIETNAMESE = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]", re.IGNORECASE)
SYLLABLES_PER_WORD = 1.5
_SYLLABIC_SHARE = 0.2


# A decimal digit of any script: "۴۰۴" (Persian), "٤٠٤" (Arabic), "४०४" (Devanagari), "๔๐๔"
# (Thai) and "４０４" (full width) all name the code 404.
_DIGIT = re.compile(r"\d")


def ascii_digits(text: str) -> str:
    """``text`` with its digits of other scripts written as ASCII ones, position for position."""
    if text.isascii() or not _DIGIT.search(text):
        return text
    return _DIGIT.sub(lambda found: str(unicodedata.digit(found.group(0))), text)


def spaced_words(text: str) -> int:
    """Words of ``text`` as spaces part them, a run of Chinese or Japanese letters (or Korean
    syllables) counting one word for every two: how long a sentence reads, in any script."""
    return len(text.split()) + len(CLOSE_SCRIPT.findall(text)) // 2


def by_syllable(text: str) -> bool:
    """Whether ``text`` is written a syllable at a time (Vietnamese): its spaced tokens are
    syllables, and ``SYLLABLES_PER_WORD`` of them make a word."""
    tokens = text.split()
    own = sum(1 for token in tokens if _VIETNAMESE.search(token))
    return bool(tokens) and own >= _SYLLABIC_SHARE * len(tokens)


def into_close_script(text: str, end: int, coded: bool) -> bool:
    """Whether a label ending at ``end`` runs with no space or mark into Chinese or Japanese
    letters (or Korean syllables): a code's label (``coded``: "404エラーページは…") or one
    ending in Latin letters ("404 Not Foundの…", "Page Not Found乐队"). A label written in
    those scripts may end its phrase there ("ページが見つかりません" before a particle cannot be
    told from one before a name)."""
    if CLOSE_SCRIPT.match(text, end) is None:
        return False
    last = text[end - 1 : end]
    return coded or (last.isascii() and last.isalnum())


def caseless(text: str, start: int) -> bool:
    """Whether the statement at ``start`` is written in letters without case (Chinese,
    Japanese, Korean, Thai, Arabic, Hebrew, Devanagari...)."""
    for ch in text[start : start + 12]:
        if ch.isalpha():
            return not (ch.isupper() or ch.islower())
    return False


# Scripts written together: kana and Han are one Japanese sentence.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK"}


def script_of(letters: Iterable[str]) -> str | None:
    """The script of the first letter among ``letters``: "LATIN", "CYRILLIC", "CJK", "ARABIC"...
    (None where there is no letter)."""
    for ch in letters:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ", 1)[0]
            return _SAME_SCRIPT.get(name, name)
    return None
