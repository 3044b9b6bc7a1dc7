"""Does the page answer for its address? A sign that needs no phrase book.

A link's last path segment usually names its subject in words (``/guides/lower-back-pain-
exercises``): sites build it from the title the page had when it was published. A live page
keeps saying what it is about in its title or main heading, whatever language or wording it
uses; a removed record, an archived help article or a not-found page in a template shows the
site's name and a short notice instead, sharing none of those words, and has no article of its
own under them. So: a slug of several subject words, none of them in the title, the heading or
the text, under a title that is the site's name and no heading naming anything else, over a
text with next to no prose, is a page that does not answer for its address. A page whose text
names a slug word (a tag page listing posts on it) is weaker evidence, never enough alone; a
page with a heading of its own (a hub headed "See also") or a title of its own is no evidence.

Opaque slugs (numbers, hashes, IDs), one-word slugs and titles in another script (a translated
page under an English slug) say nothing either way. A renamed article keeps its prose, so it is
not thin. The sign is read in order of cost (the slug, then the title and heading, then whether the
chrome repeats the title, then the text), so nearly every page costs a few string tests.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from curator import urls
from curator.classify.probe_address import segment_kind
from curator.classify.title_segments import SENTENCE_ENDS

# A slug word shorter than this is a particle or a code ("en", "of", "v2"), not a subject.
WORD_LETTERS = 4
# A slug names a subject with at least this many such words.
SUBJECT_WORDS = 2
# A slug word matches the title when the title has a word starting with its first letters:
# "exercises" matches "exercise", "archived" matches "archive".
STEM_LETTERS = 4
# Up to this many words of prose, a page has no article of its own: a notice or a message.
THIN_PROSE = 40
# At this many words of prose the page has an article, whatever its title says.
RICH_PROSE = 120
# A page whose text's start names one of the slug's words (a related link, a search box's
# echo) keeps this share.
PARTIAL_SHARE = 0.5
# The title is the site's name when the visible text (logo, breadcrumbs, footer) repeats it
# this many times besides the heading.
SITE_NAME_REPEATS = 2
# Words slugs are made of that name no subject (web plumbing, filler).
_FILLER = frozenset(
    {"html", "index", "page", "pages", "view", "show", "item", "detail", "details", "post",
     "article", "with", "from", "your", "this", "that", "what", "when", "about", "into",
     "have", "will", "were"}
)  # fmt: skip
_SPLIT = re.compile(r"[\W_]+")
# A character of a word (``_SPLIT`` separates words at any other).
_WORD_CHAR = re.compile(r"[^\W_]")
# Accents and other combining marks, once a text is decomposed (NFKD).
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# How much of the visible text's start is read for the slug's words.
TEXT_READ = 3000
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


@dataclass(frozen=True, slots=True)
class Unanswered:
    """The address's subject words, which a page titled with the site's name never names."""

    words: tuple[str, ...]  # the slug's subject words, as folded
    prose: int  # words of prose in the page's text window
    in_text: bool  # the text's start names one of them (a related link, a search box's echo)

    @property
    def strength(self) -> float:
        """1 for a page that names nothing of its subject anywhere, over a text with no article
        of its own; halved when its text names a slug word, fading to 0 as prose grows."""
        strength = 1.0
        if self.prose > THIN_PROSE:
            strength = max(0.0, 1 - (self.prose - THIN_PROSE) / (RICH_PROSE - THIN_PROSE))
        return strength * PARTIAL_SHARE if self.in_text else strength

    @property
    def says(self) -> str:
        where = (
            "the title nor the heading" if self.in_text else "the title, the heading nor the text"
        )
        return (
            f"the address names “{'-'.join(self.words)}”, which neither {where} names, under a "
            f"title that is the site's name ({self.prose} words of prose)"
        )


@lru_cache(maxsize=64)
def subject_words(url: str) -> tuple[str, ...]:
    """The words of the link's last path segment that name a subject (folded), or none when
    the segment is an identifier or says too little. Kept for the last few addresses: a page's
    readers ask it of one address several times over (the front page's look, the absent item,
    the empty main area, the thin page's readers)."""
    try:
        path = urls.split(url).path
    except ValueError:
        return ()
    return slug_words(unquote(path.rstrip("/").rsplit("/", 1)[-1]))


def slug_words(segment: str) -> tuple[str, ...]:
    """The words of one slug (a path's segment, a query's value) that name a subject (folded),
    or none when it is an identifier or says too little (``subject_words``)."""
    segment = _EXTENSION.sub("", segment)
    if not segment or segment_kind(segment) != "text":
        return ()
    candidates = _SPLIT.split(fold(segment))
    words = tuple(dict.fromkeys(w for w in candidates if _subject_word(w)))
    return words if len(words) >= SUBJECT_WORDS else ()


def _subject_word(word: str) -> bool:
    return len(word) >= WORD_LETTERS and word.isalpha() and word not in _FILLER


def shares_none(words: tuple[str, ...], *names: str | None) -> bool:
    """Whether none of the subject words starts a word of the title or heading. A name in a
    script the slug does not use (a translated title under an English slug) is no evidence:
    it counts as shared."""
    named = fold(" ".join(name for name in names if name))
    if not named.strip():
        return True
    if not _same_script(words, named):
        return False
    # a stem starting a word of the names, found in place (``_starts_a_word``): splitting a
    # long description into words and testing each in Python cost more than the rest of it
    return not _starts_a_word(named, tuple(word[:STEM_LETTERS] for word in words))


def comparable(words: tuple[str, ...], *names: str | None) -> bool:
    """Whether a title or heading is written in the letters the slug uses, so that sharing
    none of its words means something (see ``shares_none``)."""
    return _same_script(words, fold(" ".join(name for name in names if name)))


def read(words: tuple[str, ...], text: str, prose: int) -> Unanswered:
    """The sign for a page that names the site and nothing else (``nameless``) and whose title
    and heading share none of ``words``. ``text`` is the visible text: its start is where a
    page's own message stands."""
    return Unanswered(words, prose, names_in(words, text[:TEXT_READ]))


def names_in(words: tuple[str, ...], text: str) -> bool:
    """Whether a word of ``text`` starts with a slug word's stem (``STEM_LETTERS``),
    case and accents aside (``fold``). Most pages name their item in plain letters,
    found in the lowered text; the whole text is folded only when that fails and it holds
    other letters (folding and splitting every page's text cost 0.8 ms a real page)."""
    if not text:
        return False
    stems = tuple(word[:STEM_LETTERS] for word in words)
    if _starts_a_word(text.lower(), stems):
        return True
    return not text.isascii() and _starts_a_word(fold(text), stems)


def _starts_a_word(text: str, stems: tuple[str, ...]) -> bool:
    """Whether one of ``stems`` stands at the start of a word of ``text`` (after a separator
    of ``_SPLIT``'s, or at its start)."""
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or not _WORD_CHAR.match(text, at - 1):
                return True
            at = text.find(stem, at + 1)
    return False


def nameless(title: str | None, h1: str | None, text: str) -> bool:
    """Whether the page names nothing but its site: its title is the site's name (the chrome
    repeats it: logo, breadcrumbs, copyright line, where an article's name stands once, in its
    heading) and no heading of its own names anything (a hub headed "See also", a renamed
    article)."""
    if not title or not title.strip():
        return False
    name = title.strip()
    repeats = text.count(name)
    if h1 and h1.strip() == name:
        repeats -= 1
    return repeats >= SITE_NAME_REPEATS and not _names(h1, title)


def own_heading(h1: str | None, title: str | None) -> bool:
    """Whether the page has a heading of its own that names something (see ``nameless``)."""
    return _names(h1, title)


def _names(h1: str | None, title: str | None) -> bool:
    """Whether the page has a heading of its own that names something: not the title again
    (a template's site name) and not a sentence said to the reader."""
    if not h1 or not h1.strip():
        return False
    heading = h1.strip()
    if title and fold(heading) == fold(title.strip()):
        return False
    return not heading.endswith(SENTENCE_ENDS)


# German slugs spell umlauts out; folding the title only drops their dots.
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def spelled_out(name: str) -> str:
    """A name as a German slug spells it ("Rückenschule": "rueckenschule" once folded)."""
    return name.translate(_SPELLED_OUT)


def fold(text: str) -> str:
    """Case and accents aside: "Über" and "uber", "Página" and "pagina" are one word here."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


# A letter of any script (``_same_script`` counts them with the regex engine: a page's text
# letter by letter in Python cost more than its parse), and what is not one of the Latin
# alphabet's 26 in ASCII bytes.
_LETTER = re.compile(r"[^\W\d_]")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _same_script(words: tuple[str, ...], named: str) -> bool:
    """Whether the title is written in the letters the slug uses (Latin slugs for Latin
    titles): a title's words in another script cannot share a slug's words."""
    slug_ascii = all(word.isascii() for word in words)
    if named.isascii() or not slug_ascii:
        return True
    # The Latin letters are counted in the UTF-8 bytes (no other character's bytes are ASCII),
    # the other letters among the characters beyond ASCII only: an ASCII letter is a letter and
    # no other ASCII character is (``_LETTER``). Finding every letter of a 3,000-character text
    # as a string of its own cost more than the rest of the page's address readings.
    latin = len(named.encode("utf-8", "surrogatepass").translate(None, _NOT_ASCII_LETTER))
    letters = latin + len(_LETTER.findall(_ASCII_RUNS.sub("", named)))
    if not letters:
        return True
    return latin / letters >= 0.5
