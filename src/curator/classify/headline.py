"""A statement in a headline: the page's title, its main heading, or the words its picture
shows.

There a statement's strength is the share of the headline it fills: "Page not found" is the
page's name, "What is a 404 error and how to fix it" an article's. It is weakened where the
headline quotes it, asks about it, names a work by it or stands over an article's prose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from curator.classify.clauses import coordinated
from curator.classify.continuation import (
    continued_words,
    introduced,
    relative_words,
    reported,
    reporter_before,
)
from curator.classify.declared import is_media
from curator.classify.framing import asked
from curator.classify.howto import DEFINING_NOTE, HOWTO_NOTE, defines_code, remedied
from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import Language, merged_words, statement_spans
from curator.classify.prose import SHORT_PROSE, word_count
from curator.classify.quotation import QUOTED_NOTE, quoted
from curator.classify.reader import speaks_to_reader
from curator.classify.restriction import everywhere, restricts_all
from curator.classify.scripts import IDEOGRAPHS
from curator.classify.sentence import INTERJECTION_WORDS, only_apology, opens_sentence
from curator.classify.statement import (
    EMBEDDED_SHARE,
    MAIN_SHARE,
    QUOTED_SHARE,
    Kind,
    Place,
    Statement,
)
from curator.classify.thin import word_count as seen_words
from curator.classify.title_segments import (
    SITE_SUBTITLE_WORDS,
    names_error,
    names_on,
    subtitled,
    title_readings,
    versioned,
)


def in_title(title: str | None, among: tuple[Language, ...]) -> Statement | None:
    """The statement in a title, measured against the title without the site's name.

    "Page not found | Spine Care" is all statement once " | Spine Care" is set aside; a segment
    is taken for the site's name only when it is short and at either end, so "Błąd 404 – co
    oznacza i jak go naprawić?" (an article's title) is measured whole.
    """
    if not title:
        return None
    title = title[:300]
    readings = title_readings(title)
    measured = (measure(reading, Place.TITLE, among) for reading in readings)
    statements = [statement for statement in measured if statement is not None]
    spans = statement_spans(title, among)
    if statements and subtitled(title, spans, SITE_SUBTITLE_WORDS):
        note = "a name with a subtitle after its colon, then the site's name"
        note += HOWTO_NOTE if remedied(title, spans) else ""
        return Statement(
            Place.TITLE, statements[0].kind, statements[0].lang, title[:120], 0.0, note, False,
        )  # fmt: skip
    return max(statements, key=lambda s: s.strength, default=None)


def named_work(statement: Statement | None, work: str) -> Statement | None:
    """A label or code in the title or heading of a page that declares itself a work (a film,
    an album, an event) is that work's name ("ERROR 404", "Page Not Found"): it counts 0. A
    sentence ("This article has been removed") is a message on a product's or an event's page,
    but a film, an episode, a song or a book may be named by one ("הדף לא נמצא", "the page was
    not found"): there it keeps half its strength and never convicts on its own; the text must
    say so too."""
    if statement is None:
        return statement
    why = f"the name of the {work} the page declares itself"
    if statement.kind is Kind.DIRECT:
        return statement.mentioned(EMBEDDED_SHARE, why) if is_media(work) else statement
    return statement.mentioned(0.0, why)


def unless_repeated(heading: Statement | None, title: Statement | None) -> Statement | None:
    """A heading that repeats the title's words is the same statement made twice by the
    template, not a second sign: only the title counts. A heading that is the start of a title
    read as a work's name ("Seite nicht gefunden: Roman" over "... : Roman | Library") is
    that name too."""
    if heading is None or title is None:
        return heading
    if heading.words.casefold() == title.words.casefold():
        return None
    if title.strength == 0 and title.words.casefold().startswith(heading.words.casefold()):
        return replace(heading, strength=0.0, plain=False, note=f"{heading.note}, the title's name")
    return heading


def beside_prose(statement: Statement | None, prose: int) -> Statement | None:
    """A title or heading over an article's prose is the article's subject, not a message:
    it keeps the share of its strength that a text statement would keep there."""
    if statement is None or prose <= SHORT_PROSE:
        return statement
    share = SHORT_PROSE / prose
    note = f"{statement.note}, over {prose:,} words of prose"
    return replace(statement, strength=statement.strength * share, note=note)


def apology_words(value: str, start: int, place: Place) -> int:
    """The words of a headline's apology before its statement ("抱歉，找不到页面。", "Es tut uns
    leid, Seite nicht gefunden", "Na vjen keq, faqja nuk ekziston") or of an interjection set off
    by a pause ("Hmm, nothing here", "Oops! Nothing to see here", "Хм, здесь ничего нет"): said to
    the visitor with the message, they are the notice's words, not a longer headline's; 0 where
    anything else leads. An interjection is read in a heading only: a title's reading is a
    segment cut at its dashes, and an episode's or a song's title is as often the name ("Ehi, qui
    non c'è niente – puntata 14"). An interjection over an absence still to come ("Hmm, nothing
    here yet", an empty list's or dashboard's) is the empty state's voice, and stays its own
    word."""
    lead = value[:start]
    if only_apology(lead):
        return word_count(lead)
    voiced = place is Place.HEADING and interjected(lead) and not still_to_come(value)
    return word_count(lead) if voiced else 0


# What closes an interjection before a headline's statement: a comma, an exclamation, a stop or
# an ellipsis. A colon or a dash closes a name ("Dashboard: nothing here", "Inbox – empty").
_INTERJECTION_END = re.compile(r"[,!.…]+$")


def interjected(lead: str) -> bool:
    """Whether a headline's words before its statement are an interjection: at most
    ``INTERJECTION_WORDS`` words of letters ("Hmm", "Uh-oh", "Oh no"), closed by a pause."""
    lead = lead.strip()
    closed = _INTERJECTION_END.search(lead)
    if closed is None:
        return False
    words = lead[: closed.start()].split()
    letters = all(word.replace("-", "").isalpha() for word in words)
    return 0 < len(words) <= INTERJECTION_WORDS and letters


def still_to_come(value: str) -> bool:
    """Whether a headline says its absence of a time not come yet ("nothing here yet", "nog
    niets", the book's ``still_to_come``)."""
    return _still_to_come().search(value) is not None


@cache
def _still_to_come() -> re.Pattern[str]:
    words = "|".join(phrase_book()["still_to_come"]["spaced"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


# Words a headline may hold before its statement and after it that are still the notice's own
# voice: an apology or an interjection, "we", the thing sought ("お探しの", "Aradığınız", "you
# asked for"), a hedge ("olabilir", "may have been"), a place ("dans la nature").
VOICE_BEFORE = 4
VOICE_AFTER = 3
# What makes a headline one about the error rather than its notice: a topic set off by a colon,
# a dash or a bar, quotation marks, brackets, a question, a figure (a date, a count, a version).
_TOPICAL = re.compile(r"[:|–—\"“”„«»「」『』()\[\]?？#\d]|\s-\s?\w")
# A statement given as what something shows or says: Japanese and Korean quotative particles
# right after it ("ページが見つかりませんと表示される", "페이지가 없다고 나와요").
_QUOTATIVE = re.compile(r"\s*(?:と|って|라고|다고|이라고)")
SHOWN_NOTE = ", given as what a screen shows (a quotative particle after it)"
REPORTED_NOTE = ", reported as another's words (a verb of saying frames it)"
# A headline that ends as a sentence ends: what its statement's sentence goes on with is the
# sentence's own ("… или е лична.", "… お探しのページは見つかりませんでした。").
_CLOSED = re.compile(r"[.!。！]\s*$")
# The marks that set a lead off in Chinese and Japanese.
_PAUSE_MARKS = "、，,。！!…"
# The marks that close a sentence of its own before a title's statement.
_SENTENCE_MARKS = ".!。！"
# Where a sentence starts: a capital there is no name.
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？…]\s*)$")
# The capitalised pronouns of address ("Die von Ihnen gesuchte Seite", "yang Anda cari"): no name.
_ADDRESS = frozenset({"sie", "ihnen", "ihr", "ihre", "ihrer", "ihren", "ihrem", "anda"})


def voiced_words(value: str, start: int, end: int, place: Place) -> int:
    """The words of a headline around its statement (``value[start:end]``, the statement's
    first and last word) that are the notice's own voice, all of them or 0.

    "Je nám líto, ale tuto stránku jsme nenašli", "Rất tiếc! Chúng tôi không tìm thấy trang
    bạn cần", "Aradığınız haber yayından kaldırılmış olabilir": an apology, "we", the thing the
    visitor sought, a hedge are said with the message, a few words either side of it. A
    headline about the error says more, and says it as a name says things: a topic after a
    colon or a dash ("Störung: Seite nicht gefunden bei Bahn-App"), a quote, a question, a
    figure, a proper name in the middle of its sentence ("… bei Bahn-App", "… on Instagram"),
    the statement given as what a screen shows ("ページが見つかりませんと表示される"), or words
    after it that neither close its sentence nor name the page sought: a forum's title runs on
    with its circumstance ("Page not found after the update"), a notice ends. Words are
    counted as ``thin.word_count`` counts them (Chinese and Japanese by characters), so a
    Japanese post is no one word."""
    if place is Place.TEXT or _TOPICAL.search(value) is not None or still_to_come(value):
        return 0  # "Hmm, nothing here yet": an empty list's voice, its own word (``apology_words``)
    before, after = value[:start], value[end:]
    if before.strip() and not only_apology(before) and not _led(before, place):
        return 0
    if seen_words(before) > VOICE_BEFORE or seen_words(after) > VOICE_AFTER:
        return 0
    if shown_as(value, end) or _named(value, start, end) or _reports(before):
        return 0
    ends = _CLOSED.search(after) or relative_words(value, end)
    if seen_words(after) > 1 and not ends:
        return 0  # "Page not found after the update", "La página no existe en la app"
    return word_count(before) + word_count(after)


def _led(lead: str, place: Place) -> bool:
    """Whether the words before a headline's statement, not an apology the book knows, may be
    the notice's voice: in a title only a sentence of their own ("申し訳ございません。", "Rất
    tiếc!"; a title's interjection is an episode's or a song's name as often: "Ehi, qui non c'è
    niente", as ``apology_words`` has it), and in Chinese or Japanese only when a pause sets
    them off, where no space shows a word's end ("迁移后旧链接提示主题不存在": the statement is
    the object of "提示", shows)."""
    last = lead.rstrip()[-1:]
    if place is not Place.HEADING:
        return last in _SENTENCE_MARKS
    return IDEOGRAPHS.search(lead) is None or last in _PAUSE_MARKS


def _reports(lead: str) -> bool:
    """Whether a headline's words before its statement report it ("Now it says this page does
    not exist"). A word of the reader's alone is the notice's voice in a headline: "Je nám
    líto" reads the reader's "je" of another language, and "we" and "you" are the notice's."""
    word = introduced(lead)
    return word is not None and word != speaks_to_reader(lead)


def shown_as(value: str, end: int) -> bool:
    """Whether a headline gives the statement ending at ``end`` as what a screen shows or
    someone says, by a quotative particle right after it ("ページが見つかりませんと表示される",
    "페이지를 찾을 수 없다고 나와요"): a question about the message, not the message."""
    return _QUOTATIVE.match(value, end) is not None


def reports(value: str, start: int, end: int) -> bool:
    """Whether a headline gives its statement at ``value[start:end]`` as another's words: a
    verb of saying before it ("Council says the flood map page was removed", "平台表示相关帖子
    已被删除"), a quotative and a verb of saying closing it ("問題の動画は削除されたと市が発表",
    "Belediye, paylaşımın silindiğini açıkladı") or a tail after a pause that reports it ("Das
    Video wurde gelöscht, sagt die Stadt"; ``continuation.reported`` reads both). The headline
    is news of a removal elsewhere: the story under it is the page."""
    return reporter_before(value[:start]) is not None or reported(value, end) is not None


def voice_note(covered: int, total: int, voiced: int) -> str:
    """The reason's words for a headline whose other words are its notice's voice."""
    if not voiced:
        return ""
    return f", its other {total - covered} words the notice's own voice (an apology, “we”, a hedge)"


def _named(value: str, start: int, end: int) -> bool:
    """Whether the words around a headline's statement hold a proper name: a capitalised word
    that does not open a sentence (a script without case has none)."""
    for found in re.finditer(r"\S+", value):
        if start <= found.start() < end:
            continue
        word = found.group().strip(".,!;…")
        if not word[:1].isupper() or word.casefold() in _ADDRESS:
            continue
        if _SENTENCE_START.search(value[: found.start()]) is None:
            return True
    return False


def measure(value: str, place: Place, among: tuple[Language, ...]) -> Statement | None:
    """The statements of a short text and the share of its words they cover."""
    spans = statement_spans(value, among)
    if not spans:
        return None
    kind, lang = spans[0][2], spans[0][3]
    # "… no longer available online or in stores": where it is gone is said with the statement
    wide = [(a, b, kind, lang) for a, b in everywhere(value, [s[3] for s in spans])]
    covered = merged_words(value, spans + wide if kind is Kind.DIRECT else spans)
    if place is not Place.TEXT and kind is Kind.LABEL:
        # "Страница не найдена или была удалена": the label's sentence goes on as the message
        covered += max(continued_words(value, end) for _, end, _, _ in spans)
    else:
        # "Vi kunde inte hitta sidan du letade efter.": the page sought, named after the statement
        covered += relative_words(value, max(end for _, end, _, _ in spans))
    if place is not Place.TEXT:
        # "Dieser Artikel ist nicht mehr lieferbar und wurde aus dem Sortiment genommen.": a
        # second predicate of the same subject says it gone again, with the statement
        last = max(spans, key=lambda span: span[1])
        covered += coordinated(value, last[1], last[3])
    if place is not Place.TEXT:
        covered += apology_words(value, spans[0][0], place)
    total = max(1, word_count(value))
    opens, closes = min(span[0] for span in spans), max(span[1] for span in spans)
    voiced = voiced_words(value, opens, closes, place) if covered < total else 0
    share = 1.0 if voiced else min(1.0, covered / total)
    note = (
        f"fills the {place.value}"
        if share >= 0.99
        else f"{covered} of {total} words of the {place.value}"
    ) + voice_note(covered, total, voiced)
    strength = share if share >= MAIN_SHARE else 0.0
    plain = False
    if place is not Place.TEXT and subtitled(value, spans):
        note += ", a name with a subtitle after its colon"
        if remedied(value, spans):
            note += HOWTO_NOTE
        return Statement(place, kind, lang, value[:120], 0.0, note, plain)
    if all(quoted(value, start, end) for start, end, _, _ in spans):
        strength *= QUOTED_SHARE
        note += QUOTED_NOTE
    elif all(asked(value, end) for _, end, _, _ in spans):
        strength *= EMBEDDED_SHARE
        note += ", asked about in a question"
    elif place is not Place.TEXT and all(shown_as(value, end) for _, end, _, _ in spans):
        strength *= EMBEDDED_SHARE
        note += SHOWN_NOTE
    elif place is not Place.TEXT and all(reports(value, start, end) for start, end, _, _ in spans):
        strength *= EMBEDDED_SHARE
        note += REPORTED_NOTE
    elif not voiced and not any(opens_sentence(value, start, lang) for start, _, _, lang in spans):
        strength *= EMBEDDED_SHARE
        note += ", inside a longer phrase"
    elif place is not Place.TEXT and names_on(value, spans):
        strength *= EMBEDDED_SHARE
        note += ", running on into a longer name"
    elif place is not Place.TEXT and names_error(value, spans):
        strength *= EMBEDDED_SHARE
        note += ", the name of an error a longer title is about"
    elif place is not Place.TEXT and (version := versioned(value, spans)):
        strength *= EMBEDDED_SHARE
        note += f", a work's name with its version in brackets (“{version}”)"
    elif place is not Place.TEXT and remedied(value, spans):
        strength *= EMBEDDED_SHARE
        note += HOWTO_NOTE
    elif place is not Place.TEXT and defines_code(value):
        strength *= EMBEDDED_SHARE
        note += DEFINING_NOTE
    elif kind is Kind.DIRECT and (
        restricted := restricts_all(value, [(start, end, lang) for start, end, _, lang in spans])
    ):
        strength *= EMBEDDED_SHARE
        note += f", {restricted}"
    else:
        plain = strength > 0
    if place is not Place.TEXT and not note.endswith(HOWTO_NOTE) and remedied(value, spans):
        # "网站出现404错误怎么办？": asked about and a how-to's topic at once; the page's other
        # statements describe that error (``howto``)
        note += HOWTO_NOTE
    return Statement(place, kind, lang, value[:120], strength, note, plain)
