"""How many words a text holds, in scripts that put spaces between words and in those that don't.

A page is weighed by its words: a thin page, a main area a notice fills, a block of a few
words. ``str.split`` counts words where spaces part them; Chinese and Japanese run their words
together, and Thai, Lao, Khmer and Burmese put a space only between phrases, so a Japanese
paragraph split at spaces is "one word" and an emptied Japanese page looks no thinner than a
long article. Here a run of those scripts counts the words it would hold, estimated from its
letters, so that a threshold set in words on spaced languages means the same amount of text in
every script:

- Chinese characters and Japanese kana: two a word (``CJK_LETTERS_PER_WORD``). A Chinese word
  in segmented corpora runs to 1.5-2 characters and a Japanese one (kana written out) to about
  two; two is the estimate in common use and the one ``prose`` already read (a sentence of prose,
  ten words, is twenty characters: "常见原因是链接写错、页面被删除或网站改版" reads as prose).
- Thai, Lao, Khmer and Burmese: four code points a word (``SOUTHEAST_LETTERS_PER_WORD``).
  These scripts write a syllable as a consonant with its vowel and tone marks, each its own code
  point, so a syllable runs to about three code points and a word to one or two syllables: four
  is an estimate of that order, not a count measured here, and errs towards fewer words (a
  notice reads shorter, never longer, than it is).

Korean spaces its words (eojeol), and ``str.split`` counts them as it counts Latin ones.

A text in ASCII, and any other that holds none of those letters (nearly every page, in its
Latin, Cyrillic, Greek or Arabic letters), is counted as ``str.split`` counts it, after one
``isascii`` (a pass in C) or one search for a letter of the unspaced scripts.
"""

from __future__ import annotations

import re

from curator.classify.scripts import IDEOGRAPHS

CJK_LETTERS_PER_WORD = 2
SOUTHEAST_LETTERS_PER_WORD = 4
# One Thai, Lao, Burmese or Khmer letter: a caller that counts the rest of a text by its own rule
# counts these by ``letter_words``.
SOUTHEAST_LETTER = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# A letter of either: Chinese characters and Japanese kana (``scripts.IDEOGRAPHS``), or those.
_UNSPACED = re.compile(f"[{IDEOGRAPHS.pattern[1:-1]}{SOUTHEAST_LETTER.pattern[1:-1]}]")


def unspaced(text: str) -> bool:
    """Whether ``text`` holds a letter of a script written without spaces between words."""
    return not text.isascii() and _UNSPACED.search(text) is not None


def count(text: str) -> int:
    """Words of ``text``: its tokens as spaces part them, a token written in a script without
    spaces counting the words its letters hold (``letter_words``), one at the least."""
    if not unspaced(text):
        return len(text.split())
    return sum(token_words(token) for token in text.split())


def token_words(token: str) -> int:
    """Words of one token (no space in it): one, or the words its unspaced letters hold."""
    return 1 if token.isascii() else max(1, _letter_words(token))


def letter_words(text: str) -> int:
    """Words the letters of unspaced scripts in ``text`` hold, the rest of it not counted: two
    Chinese or Japanese characters a word, four Thai, Lao, Khmer or Burmese code points."""
    return _letter_words(text) if unspaced(text) else 0


def _letter_words(text: str) -> int:
    cjk = len(IDEOGRAPHS.findall(text))
    southeast = len(SOUTHEAST_LETTER.findall(text)) if SOUTHEAST_LETTER.search(text) else 0
    return cjk // CJK_LETTERS_PER_WORD + southeast // SOUTHEAST_LETTERS_PER_WORD
