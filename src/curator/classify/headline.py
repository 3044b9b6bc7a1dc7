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
from curator.classify.continuation import continued_words, relative_words
from curator.classify.declared import is_media
from curator.classify.framing import asked
from curator.classify.howto import DEFINING_NOTE, HOWTO_NOTE, defines_code, remedied
from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import Language, merged_words, statement_spans
from curator.classify.prose import SHORT_PROSE, word_count
from curator.classify.quotation import QUOTED_NOTE, quoted
from curator.classify.restriction import everywhere, restricts_all
from curator.classify.sentence import INTERJECTION_WORDS, only_apology, opens_sentence
from curator.classify.statement import (
    EMBEDDED_SHARE,
    MAIN_SHARE,
    QUOTED_SHARE,
    Kind,
    Place,
    Statement,
)
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
    share = min(1.0, covered / total)
    note = (
        f"fills the {place.value}"
        if share >= 0.99
        else f"{covered} of {total} words of the {place.value}"
    )
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
    elif not any(opens_sentence(value, start, lang) for start, _, _, lang in spans):
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
