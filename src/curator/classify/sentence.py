"""Whether a statement opens its own sentence, or stands inside someone else's.

"Page not found. Try the search" is the page's message; "... you will see that the page was
not found" is a sentence about something else. The visible text runs the page's blocks
together, so what precedes a statement (a sentence's end, a short apology, a capitalised menu
item, a word of another script) and, in scripts without case, where its block starts
(``Blocks``) say which it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache

from curator.classify.continuation import relative_words
from curator.classify.phrase_book import phrase_book
from curator.classify.quotation import in_quotation
from curator.classify.scripts import UNSPACED, caseless, script_of
from curator.classify.window import BLANKED, NEAR_CHARS

# Languages that write nouns with a capital letter anywhere in a sentence.
NOUNS_CAPITALISED = frozenset({"de"})
SENTENCE_END = re.compile(r"[.!?。！？؟]")
_SENTENCE_MARKS = ".!?。！？:;,、，)»”"


def opens_sentence(
    text: str, start: int, lang: str = "", blocks: Blocks | None = None, stop: int | None = None
) -> bool:
    """Whether the statement starts its sentence: what precedes it ends a sentence or a short
    lead-in ("Sorry, "), or is a capitalised word (a menu item of the chrome above the message);
    a lower-case word before it ("... you will see that the page ...") means it is embedded.
    A statement that itself starts with a capital letter starts a sentence whatever precedes
    it: the visible text runs blocks together ("Video unavailable This video is private"), and
    mid-sentence its first word would be in lower case, except in languages that capitalise
    nouns. Scripts without capital letters give neither hint: there the statement's block
    (``blocks``) says it (``_opens_caseless``)."""
    if text[max(0, start - len(BLANKED)) : start] == BLANKED:
        return True  # right after the page's own heading or title, blanked out of the window
    if blocks is not None and stop is not None and caseless(text, start):
        return _opens_caseless(text, start, stop, blocks.around(start))
    before = text[max(0, start - 40) : start].rstrip()
    if not before or before[-1] in _SENTENCE_MARKS:
        return True
    if text[start : start + 1].isupper() and lang not in NOUNS_CAPITALISED:
        return True
    words = before.split()
    last = words[-1]
    if last.isdigit() and len(words) > 1 and words[-2][:1].islower():
        # a code between a lower-case word and the statement is the label the sentence gives
        # it ("… các trang con báo lỗi 404 không tìm thấy trang"): the word before the code
        # says where the sentence goes on from, as a lower-case word before the statement does
        return stop is not None and _briefly_led(text, start, stop, blocks)
    if script_of(reversed(last)) != script_of(text[start : start + 12]):
        return True  # a Japanese sentence does not go on from an English menu's last word
    if not last[:1].islower():
        # a menu item of the chrome above, unless a sentence introduced it as a quotation
        return not _introduced(text[max(0, start - NEAR_CHARS) : start].rstrip()[: -len(last)])
    return stop is not None and _briefly_led(text, start, stop, blocks)


class Blocks:
    """Where the visible text's blocks start, read once and only when first asked: nearly no
    page has a statement whose sentence needs it.

    ``read`` may give only the first starts (``block_starts``'s ``past``: statements are read
    in the text's start); ``read_all`` then gives them all, read only for an offset at or after
    the last start ``read`` gave. ``quotations`` gives the words of the blocks the markup marks
    as quotations (``quotation.quoted_blocks``), read only when a statement asks. ``links``
    gives where the blocks made of links stand (``extract.link_blocks``), read only when the
    prose around a message is counted."""

    def __init__(
        self,
        read: Callable[[], Sequence[int]],
        read_all: Callable[[], Sequence[int]] | None = None,
        quotations: Callable[[], Sequence[str]] | None = None,
        links: Callable[[], Sequence[tuple[int, int]]] | None = None,
    ) -> None:
        self._read = read
        self._read_all = read_all
        self._starts: Sequence[int] | None = None
        self._quotations = quotations
        self._links = links

    def linked(self) -> Sequence[tuple[int, int]]:
        """Where the text's blocks made of links start and stop (none when not known)."""
        return () if self._links is None else self._links()

    def quoting(self, text: str, start: int, stop: int) -> bool:
        """Whether ``text[start:stop]`` stands inside a quotation of the markup."""
        if self._quotations is None:
            return False
        return in_quotation(text, start, stop, self._quotations())

    def around(self, offset: int) -> tuple[int, int | None]:
        """Where the block holding ``offset`` starts and where the next one starts (0 and
        None when none is known)."""
        if self._starts is None:
            self._starts = self._read()
        if self._read_all is not None and (not self._starts or offset >= self._starts[-1]):
            self._starts, self._read_all = self._read_all(), None
        at = bisect.bisect_right(self._starts, offset)
        start = self._starts[at - 1] if at else 0
        return start, self._starts[at] if at < len(self._starts) else None


# A lead-in before a comma that is this short ("抱歉，", "죄송합니다,", "عذرا,") is an apology or
# an interjection, not the start of the statement's own sentence.
LEAD_IN_CHARS = 12
# Characters of its own sentence before a statement that ends the sentence which still leave it
# the sentence's statement, in scripts that do not space their words: its subject's modifiers
# ("您要查找的页面不存在"). Where words are spaced, ``LEAD_WORDS`` below, as in cased scripts: a
# hedge or the subject's modifiers ("원하는 페이지를 찾을 수 없습니다", "यह पृष्ठ मौजूद नहीं है",
# "به نظر می‌رسد این صفحه وجود ندارد").
SUBJECT_CHARS = 6
# Characters of its sentence after a statement that still leave it the sentence's end (a
# politeness ending or particle: "でした", "了").
TAIL_CHARS = 6
# Marks that end a sentence (the Devanagari and Bengali danda among them), or close a quotation
# or a bracket that stands on its own.
_ENDS = ".!?。！？؟…)»”।॥"
_TAIL_END = re.compile(r"[.!?。！？؟।॥]")
_PAUSES = ",;:、，；：،؛"
# Arabic's written short vowels and nunation, which may close an apology's last word ("عذراً"):
# the apology's own, not words after it
_VOWEL_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def _opens_caseless(text: str, start: int, stop: int, block: tuple[int, int | None]) -> bool:
    """Whether a statement in a script without case is its sentence's own, read inside its
    block: it starts the block, or follows a sentence's end, a short lead-in and its comma
    ("抱歉，您要查找的页面不存在"), a word of another script (a code, a Latin brand), or, where
    words are not spaced (Chinese, Japanese, Thai), a space; or it ends its sentence after no
    more than its subject's few words ("원하는 페이지를 찾을 수 없습니다."). Words of its block
    on both sides make it part of a longer sentence ("打开旧文章都会跳出页面不存在的提示",
    "ทุกอันจะขึ้นว่าไม่พบหน้าที่ค้นหาแต่หน้าแรก…"), whatever commas stand further back."""
    first, following = block
    lead = text[first:start]
    if not lead.strip():
        return True
    script = script_of(text[start : start + 12])
    if lead[-1].isspace() and script in UNSPACED:
        return True
    lead = lead.rstrip()
    ends = max(lead.rfind(mark) for mark in _ENDS)
    clause = _after_apology(lead[ends + 1 :].strip())
    if not clause:
        return True  # "大変申し訳ございませんが、お探しのページは…", "很抱歉，網頁不存在"
    if script_of(reversed(clause)) != script:
        return True  # "404 页面不存在", "Starlight ページ": another script's word or a code
    if clause[-1] in _PAUSES and len(clause) <= LEAD_IN_CHARS:
        return True
    rest = text[stop : following if following is not None else stop + NEAR_CHARS]
    tail = _own_tail(rest)
    if relative_words(text, stop):
        tail = ""  # "العثور على الصفحة التي تبحث عنها": the page sought, named after it
    if script not in UNSPACED and rest[:1].isspace() and _has_word(tail):
        return False  # a word of its own after it: "… 페이지입니다 라고 떠요", quoted speech
    short = (
        len(clause) <= SUBJECT_CHARS if script in UNSPACED else (len(clause.split()) <= LEAD_WORDS)
    )
    # only letters count: an emoticon closing the message ("¯\_(ツ)_/¯") is no more of a sentence
    return short and sum(c.isalpha() for c in tail) <= TAIL_CHARS


# Words of its own sentence before a statement in a script with capital letters that still leave
# it the sentence's statement, when it ends the sentence: a hedge or an apology and the subject's
# article ("Looks like this page doesn't exist.", "Il semble que cette page n'existe pas.",
# "Wygląda na to, że strona nie istnieje", "Извините, но этой страницы не существует").
LEAD_WORDS = 4
# Words of the sentence before such a lead that make it an interjection ("Woops.", "Oh no!").
INTERJECTION_WORDS = 2
# Words of a sentence before a colon that make what follows it quoted speech ("The theme's
# message reads: …").
SAYING_WORDS = 3


def _briefly_led(text: str, start: int, stop: int, blocks: Blocks | None) -> bool:
    """Whether a statement after a lower-case word is still its sentence's own: its sentence
    starts (after a sentence's end, or where its block starts) no more than ``LEAD_WORDS``
    words before it, and it ends that sentence, bar a word or an emoticon; words before it
    follow an interjection (``_interjected``: "Woops. Looks like …"). A statement a longer
    sentence reports or explains ("... and the browser says the page does not exist when ...")
    has more words on one side or the other; a short report or condition ("Now it says …",
    "Without donations this page …") has no interjection before it."""
    first = blocks.around(start)[0] if blocks is not None else None
    lead = text[max(first or 0, start - NEAR_CHARS) : start]
    ends = max(lead.rfind(mark) for mark in _ENDS)
    if ends < 0 and first is None:
        return False  # where the sentence starts is not known: it may be a long one
    clause = _after_apology(lead[ends + 1 :].strip())
    if len(clause.split()) > LEAD_WORDS:
        return False
    before = lead[: ends + 1]
    if not before.strip() and blocks is not None and first:
        before = text[blocks.around(first - 1)[0] : first]  # a block of its own: "Hmm."
    if clause and not _interjected(before):
        return False  # "Now it says this page …", "Without donations this page …": a report
    after = text[stop : stop + NEAR_CHARS]
    end = _TAIL_END.search(after)
    tail = after[: end.start() if end else None]
    if relative_words(text, stop):
        return True  # "Chúng tôi không tìm thấy trang bạn yêu cầu.": the page sought, named
    return sum(1 for word in tail.split() if sum(c.isalpha() for c in word) > 1) <= 1


def only_apology(lead: str) -> bool:
    """Whether what precedes a statement in a headline is only an apology to the visitor
    ("抱歉，找不到页面", "متاسفانه این صفحه وجود ندارد", "क्षमा करें, यह पेज नहीं मिला"): its words
    are the message's, not a longer headline's."""
    lead = lead.strip()
    return bool(lead) and not _after_apology(lead).strip(_PAUSES + " ")


def _introduced(before: str) -> bool:
    """Whether the text before a statement's first word ends with a colon that a sentence of
    its own words opens quoted speech with ("Its Dutch one says: Blijkbaar bestaat deze pagina
    niet."): a lower-case word before the colon, and at least ``SAYING_WORDS`` words since the
    last sentence's end. "Error 404: …" or "Oops: …" are a label's or a voice's, not a
    sentence's."""
    before = before.rstrip()
    if not before.endswith(":"):
        return False
    words = before[:-1].split()
    ends = max(before.rfind(mark) for mark in _ENDS)
    said = before[ends + 1 : -1].split()
    return bool(words) and words[-1][:1].islower() and len(said) >= SAYING_WORDS


def _has_word(tail: str) -> bool:
    """Whether a tail holds a word of two letters or more (an emoticon's one letter is none)."""
    return any(sum(c.isalpha() for c in word) > 1 for word in tail.split())


def _interjected(before: str) -> bool:
    """Whether the sentence before a hedge is an interjection of a word or two ("Woops.",
    "Huch.", "Ups!"): a template's voice, which a hedge after it continues ("Woops. Looks like
    this page doesn't exist."). A hedge or a report with none before it ("Now it says this page
    does not exist.", "Wygląda na to, że strona nie istnieje." in a forum reply, "Without
    donations this page does not exist.") is someone's sentence about a page, not the page's.
    The interjection may be a block of its own over the hedge ("<p>Hmm.</p><p>Seems like this
    page went missing.</p>"); the page's own heading is blanked out of the text and not read."""
    before = before.strip()
    if not before or before[-1] not in ".!":
        return False
    ends = max(before[:-1].rfind(mark) for mark in _ENDS)
    return 0 < len(before[ends + 1 :].split()) <= INTERJECTION_WORDS


def _after_apology(clause: str) -> str:
    """The statement's clause without the apology that opens it ("非常抱歉", "很抱歉，",
    "大変申し訳ございませんが", "हमें खेद है कि"): the apology is said to the visitor before
    the message, not a subject that embeds it."""
    apology = _courtesies()[0].match(clause)
    return clause[apology.end() :].lstrip(_VOWEL_MARKS + _PAUSES + " ") if apology else clause


def _own_tail(after: str) -> str:
    """What follows a statement in its own sentence: up to the sentence's end, or up to a pause
    that opens advice to the visitor ("網頁不存在，建議您回到首頁…", "页面不存在，请返回首页"),
    and nothing when a word for "or" opens a second predicate of the same subject
    ("網頁不存在或已經被移除了，…"): neither makes the statement part of a longer sentence."""
    end = _TAIL_END.search(after)
    tail = after[: end.start() if end else None].strip()
    _, alternative, advice = _courtesies()
    pause = re.search(f"[{_PAUSES}]", tail)
    if pause is None:
        return "" if alternative.match(tail) else tail
    if not advice.match(tail[pause.end() :].lstrip()):
        return tail  # "页面不存在，刷新一下就好了": the sentence goes on
    return "" if alternative.match(tail) else tail[: pause.start()].strip()


@cache
def _courtesies() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The phrase book's apologies that open a sentence, words for "or" and words opening
    advice to the visitor (``courtesies``)."""
    words: dict[str, list[str]] = phrase_book()["courtesies"]
    apologies = "|".join(f"(?:{w})" for w in words["apologies"])
    return (
        re.compile(rf"(?:{apologies})[{_PAUSES}\s]*", re.IGNORECASE),
        re.compile("|".join(f"(?:{w})" for w in words["alternatives"])),
        re.compile("|".join(f"(?:{w})" for w in words["advice"])),
    )
