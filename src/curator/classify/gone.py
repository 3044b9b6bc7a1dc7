"""What a page says about itself being gone, and how loudly it says it.

A "page not found" that answers 200 tells the visitor so in words: in its title, in its main
heading, or in a short message amid the site's chrome. An article about fixing 404 errors, or a
paragraph that quotes such an error, uses the same words as one part of a longer story. So every
statement found here carries a *strength*: how much of its title or heading it fills, or how
early and how alone it stands in the visible text. ``curator.classify.evidence`` weighs these
facts with the page's other signs; this module only reads them, while the page text is at hand
(``inspect`` drops the text straight after).

The wordings, in many languages, live in ``gone_phrases.json`` beside this module.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any

import ahocorasick

from curator.classify import address, clauses
from curator.classify.address import Unanswered
from curator.classify.client_redirect import ClientRedirect
from curator.classify.declared import declared_work, is_media
from curator.classify.echo import Echo
from curator.classify.listing import Listing
from curator.classify.main_area import MainArea
from curator.classify.phrase_book import phrase_book
from curator.classify.pointer import Pointer
from curator.classify.soft404 import script_home, search_terms
from curator.classify.thin import Thin
from curator.extract import PageMeta

# Only the start of the visible text is read: a statement past it is buried under other text
# and could never be the page's main message, and the cheap gate stays cheap on long pages.
TEXT_WINDOW = 3000
# A message within this many characters of the start leads the text: menus outside <nav>,
# breadcrumbs and a search box come before it on many templates. Later, its lead fades to
# nothing at TEXT_WINDOW.
LEADING_CHARS = 1500
# A statement in quotation marks is being talked about, not said: it keeps this share.
QUOTED_SHARE = 0.25
# A statement filling less than this share of its title or heading is mentioned in a longer
# title ("What is a 404 error and how to fix it"), not the page's name: it does not count.
MAIN_SHARE = 0.5
# Languages that write nouns with a capital letter anywhere in a sentence.
NOUNS_CAPITALISED = frozenset({"de"})
# A statement inside a sentence of other words (not at its start) keeps this share.
EMBEDDED_SHARE = 0.5
# Fewer visible words than this is no text at all.
BLANK_WORDS = 5
# An untitled answer of at most this many words ("OK", "null", "{}") has nothing usable; two
# words may be a terse page of its own.
NOTHING_WORDS = 1

# How far after the message's start its surroundings are read for prose.
NEAR_CHARS = 2000
# A sentence this long is prose; error pages rarely have more than a couple.
PROSE_SENTENCE_WORDS = 10
# Languages that build long words (Turkish, Finnish, Hungarian, Korean) say as much in fewer of
# them: a sentence of this many words is prose too when it runs to PROSE_SENTENCE_CHARS.
PROSE_SHORT_WORDS = 6
PROSE_SENTENCE_CHARS = 60
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
_STATUS_CODE = re.compile(r"(?<![\d.,$€£¥])\b([1-5]\d\d)\b(?![.,]?\d|%)")
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SENTENCES = re.compile(r"(?<=[.!?。！？])\s*")
_SENTENCE_END = re.compile(r"[.!?。！？؟]")
# How far past a statement the end of its sentence is looked for.
QUESTION_REACH = 120
# A title segment of at most this many words at either end may be the site's name.
SITE_NAME_WORDS = 4
_OPENING = "“„‟«‘‚‛「『〈《"
_CLOSING = "”»’」』〉》"
# Title separators between the page's own name and the site's ("Page not found | Site").
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•»~/]|::|[-–—]{1,2})\s+|\s*[|｜]\s*")
_SENTENCE_MARKS = ".!?。！？:;,、，)»”"


class Place(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    TEXT = "text"
    MAIN = "the main content"  # the page's main area, chrome left out (``classify.main_area``)
    PICTURE = "picture"  # the words a thin page's picture shows a reader (``classify.thin``)


class Kind(StrEnum):
    DIRECT = "direct"  # a sentence telling the visitor the page is missing
    LABEL = "label"  # the error's name: "page not found", "error 404"
    CODE = "code"  # a bare "404" or "not found": only ever a whole title or heading
    CLAUSE = "clause"  # something the page points at, said to be absent: read by structure


@dataclass(frozen=True, slots=True)
class Statement:
    """One place where the page says it is gone, with how strongly that place says it."""

    place: Place
    kind: Kind
    lang: str
    words: str  # as the page wrote them
    strength: float  # 0..1: share of the title/heading it fills, or prominence in the text
    note: str  # why that strength, for the reason an editor reads
    plain: bool = True  # said as the page's own words: not quoted, asked, embedded or mentioned


@dataclass(frozen=True, slots=True)
class GoneFacts:
    """What ``evidence`` needs to know about a page's content, kept after its text is dropped."""

    empty: bool  # the body had no bytes at all
    titled: bool  # the page has a title or a main heading
    words: int  # words of visible text
    prose: int = 0  # words of prose near the message, counted only where a statement was found
    truncated: bool = False  # only the start of the body was read (it was over the size cap)
    codes: int = 0  # distinct HTTP status codes the text names, where a statement was found
    unanswered: Unanswered | None = None  # the address's subject, which the page does not name
    listed: int = 0  # on a search page: how often its text names what was searched for
    # words of prose at the text's start, read only on a page carrying a parking phrase outside
    # its title and heading: an article that mentions "a parked domain" is not one
    parked_prose: int = 0
    script_home: str | None = None  # the home page a script on a page with no text sends to
    pointer: Pointer | None = None  # where a thin page's main content sends its reader
    state: str | None = None  # a thin app shell's framework state saying its route was not found
    # a document with no words and nothing else for a reader: no script, media, form or refresh
    hollow: bool = False
    listing: Listing | None = None  # a redirected page's run of sibling item links
    # where the page itself sends its reader as it loads (``classify.client_redirect``)
    client_redirect: ClientRedirect | None = None
    title: Statement | None = None
    heading: Statement | None = None
    direct: Statement | None = None  # the strongest direct statement in the text
    label: Statement | None = None  # the strongest label in the text
    # a clause saying what the page points at is absent ("this trail goes nowhere"), read only
    # where the phrase book found nothing: the strongest of title, heading and text
    clause: Statement | None = None
    # a statement that is the main area's message: first there, with little else beside it
    # (``read_main_message``), read only where the text says it less loudly
    main: Statement | None = None
    # a main area with nothing of its own under a title naming only the site (``classify.thin``)
    thin: Thin | None = None
    # the statement its one picture's words make ("404", an alt text "Page not found")
    pictured: Statement | None = None
    echo: Echo | None = None  # the main area's lead quotes the address asked for (``echo``)

    @property
    def blank(self) -> bool:
        """No visible text to speak of (a JS-only shell, a body that inflates to nothing)."""
        return self.words < BLANK_WORDS

    @property
    def nothing(self) -> bool:
        """Nothing usable at all: no title, no heading and at most a lone word ("OK", "null").
        A body cut at the size cap is not judged on what its start lacks: the rest was never
        read."""
        lone = self.words <= NOTHING_WORDS
        return self.empty or (lone and not self.titled and not self.truncated)


EMPTY_BODY = GoneFacts(empty=True, titled=False, words=0)


@dataclass(frozen=True)
class Language:
    code: str
    gate: tuple[str, ...]
    patterns: dict[Kind, re.Pattern[str]]  # each kind's phrases as one alternation
    each: tuple[tuple[Kind, re.Pattern[str]], ...]  # every phrase alone, for overlapping spans


@cache
def languages() -> tuple[Language, ...]:
    """The phrase book, compiled once per process."""
    return tuple(_language(code, entry) for code, entry in phrase_book()["languages"].items())


def _language(code: str, entry: dict[str, Any]) -> Language:
    patterns: dict[Kind, re.Pattern[str]] = {}
    each: list[tuple[Kind, re.Pattern[str]]] = []
    for kind in Kind:
        parts = entry.get(kind.value) or []
        if parts:
            patterns[kind] = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
            each.extend((kind, re.compile(p, re.IGNORECASE)) for p in parts)
    return Language(code, tuple(entry["gate"]), patterns, tuple(each))


def read_facts(
    page: PageMeta,
    *,
    truncated: bool = False,
    url: str | None = None,
    html_head: str = "",
    parked: str | None = None,
    blocks: Blocks | None = None,
) -> GoneFacts:
    """Every gone-statement of a parsed page, with its strength. ``url`` is the address the
    page answered at: whether the page names the subject its slug names is a sign too, and
    ``html_head`` the start of its HTML, where a script may send the reader home. ``parked``
    is the parking phrase found on the page, if any: whether it is the page's message or a
    sentence of an article depends on the prose around it. ``blocks`` gives where the text's
    blocks start (``extract.block_starts``), asked for only when a statement in a script without
    capital letters needs it."""
    if truncated:
        facts = read_facts(page, url=url, html_head=html_head, parked=parked, blocks=blocks)
        return replace(facts, truncated=True)
    if parked is not None:
        facts = read_facts(page, url=url, html_head=html_head, blocks=blocks)
        return replace(facts, parked_prose=_parked_prose(page))
    text = page.text
    words = text.count(" ") + 1 if text else 0
    titled = bool(page.title or page.h1)
    unanswered = _unanswered(page, url, words)
    listed = _listed(page.text, url)
    home = script_home(url, html_head) if url and html_head and words < BLANK_WORDS else None
    window = _without(text[:TEXT_WINDOW], page.h1, page.title)
    among, absences = _gated_both(f"{page.title or ''}\n{page.h1 or ''}\n{window}")
    # where the window's words of absence stand, for the clauses read where the book finds none
    offset = len(page.title or "") + len(page.h1 or "") + 2
    absences = {
        code: [at - offset for at in ends if at >= offset] for code, ends in absences.items()
    }
    says_nothing = GoneFacts(
        empty=False,
        titled=titled,
        words=words,
        unanswered=unanswered,
        listed=listed,
        script_home=home,
    )
    if not among:  # nearly every page: no gate word anywhere, no pattern needs to run
        return _with_clause(says_nothing, page, window, absences, html_head, blocks)
    title = _in_title(page.title, among)
    heading = _measure(page.h1[:300], Place.HEADING, among) if page.h1 else None
    if (title is not None or heading is not None) and page.declared:
        work = declared_work(page.declared)
        if work is not None:
            title, heading = _named(title, work), _named(heading, work)
    direct = find(window, (Kind.DIRECT,), among) if window else None
    label = find(window, (Kind.LABEL,), among) if window else None
    if not (title or heading or direct or label):
        return _with_clause(says_nothing, page, window, absences, html_head, blocks)
    prose = prose_words(_around(text, page.h1, _start(direct or label)))
    howto = any(s is not None and s.note.endswith(HOWTO_NOTE) for s in (title, heading))
    return GoneFacts(
        empty=False,
        titled=True,
        words=words,
        prose=prose,
        codes=status_codes(window),
        title=_under_howto(_beside_prose(title, prose), howto),
        heading=_beside_prose(_unless_repeated(heading, title), prose),
        direct=_under_howto(
            _after_own(
                text,
                page,
                title or heading,
                _in_text(window, direct, prose, blocks=blocks),
                _start(direct),
            ),
            howto,
        ),
        label=_under_howto(
            _after_own(
                text,
                page,
                title or heading,
                _in_text(window, label, prose, among, blocks),
                _start(label),
            ),
            howto,
        ),
        unanswered=unanswered,
        listed=listed,
        script_home=home,
    )


HOWTO_NOTE = ", the topic of a how-to on its causes or fixes"


def _under_howto(statement: Statement | None, howto: bool) -> Statement | None:
    """A statement on a page whose title or heading is a how-to about the error describes the
    error the article explains ("…或者文章被删除" among its causes; a title whose remedy segment
    was set aside as the site's name), not this page: it keeps the share an embedded statement
    keeps and is never said plainly."""
    if statement is None or not howto or statement.note.endswith(HOWTO_NOTE):
        return statement
    note = f"{statement.note}, on a how-to about the error"
    return replace(statement, strength=statement.strength * EMBEDDED_SHARE, plain=False, note=note)


def _with_clause(
    facts: GoneFacts,
    page: PageMeta,
    window: str,
    absences: dict[str, list[int]],
    html_head: str = "",
    blocks: Blocks | None = None,
) -> GoneFacts:
    """``facts`` with the strongest clause saying that what the page points at is absent
    (``classify.clauses``), in its title, its heading or its text, measured as the phrase
    book's statements are there. Read only where the phrase book found nothing. ``absences``
    holds where each language's words of absence end in the window, from the gate's one pass
    (``_gated_both``), and says which languages the title and heading may hold a clause in."""
    if not absences:  # nearly every page: no word of absence anywhere
        return facts
    text = page.text
    heading = (page.h1 or "")[:300]
    among = tuple(c for c in clauses.concepts() if c.code in absences)
    found = clauses.clauses(window, among, absences) if window else []
    first = found[0] if found else None
    shown = _clause_in(heading, Place.HEADING, among) if heading else None
    best = None
    if page.title:
        readings = _title_readings(page.title[:300])
        measured = [_clause_in(reading, Place.TITLE, among) for reading in readings]
        best = max((m for m in measured if m is not None), key=lambda s: s.strength, default=None)
        if best is not None and shown is not None and shown.note.endswith(QUOTED_NOTE):
            # the heading quotes the words the title carries ("Review: “Nothing to See Here”"):
            # the title names a work by them, as the heading does
            note = f"{best.note}, quoted as a name in the heading"
            best = replace(best, strength=best.strength * QUOTED_SHARE, plain=False, note=note)

    def in_text(prose: int) -> Statement | None:
        if first is None:
            return None
        kind = Kind.DIRECT if first.sought else Kind.CLAUSE
        said = _said_in_text(window, kind, first.lang, first.start, first.end, prose, blocks=blocks)
        what = "a clause on the item's state" if first.state else _clause_note(first.sought)
        said = replace(said, note=f"{what}, {said.note}")
        about_item = (
            first.state and prose <= NOTICE_PROSE and _own_content(html_head) < CONTENT_ITEMS
        )
        return _under_own_name(
            page, _after_own(text, page, None, said, first.start), about_item=about_item
        )

    # A clause said plainly nowhere (quoted, asked, under the page's own name) is left out: it
    # could only ever back other signs up, and the prose around it is the costly part to count.
    if not any(c is not None and c.plain for c in (shown, best, in_text(0))):
        return facts
    prose = prose_words(_around(text, page.h1, first.start if first else None))
    candidates = [_beside_prose(shown, prose), _beside_prose(best, prose), in_text(prose)]
    clause = max((c for c in candidates if c is not None), key=lambda s: s.strength, default=None)
    if clause is None:
        return facts
    facts = replace(facts, prose=prose, codes=status_codes(window))
    if clause.kind is not Kind.DIRECT:
        return replace(facts, clause=clause)
    # it tells the visitor the page they sought is missing, as the phrase book's sentences do
    if clause.place is Place.TITLE:
        return replace(facts, title=clause)
    if clause.place is Place.HEADING:
        return replace(facts, heading=clause)
    return replace(facts, direct=clause)


def _clause_note(sought: bool) -> str:
    return "a clause saying the page sought is missing" if sought else "a clause of absence"


QUOTED_NOTE = ", in quotation marks"
# The item's own content under its heading: a table's rows, a list's or a description list's
# items, its media, links to its own files (a manual, a leaflet). Prose is not all a page
# carries: a discontinued model's specs and spare parts, a withdrawn drug's table of
# alternatives, a series' episodes are the page still answering for its item.
_CONTENT = re.compile(
    r"<(?:tr|li|dt|video|audio)\b"
    r"|\shref\s*=\s*[\"']?[^\"'\s>]+\.(?:pdf|zip|docx?|xlsx?|pptx?|epub|mp3|mp4)[\"'\s>?#]",
    re.IGNORECASE,
)
# Where the item's own section under its heading ends, in the HTML: the end of the main area
# (chrome after it, menus and a footer's link lists, is the site's) or the next heading (a
# "You may also like" rail of other items is the shop's, not the item's).
_MAIN_ENDS = re.compile(r"</(?:main|article)\s*>|<(?:aside|footer|nav|h[2-6])\b", re.IGNORECASE)
# From this many items of its own content, a page's notice on its item's state is a notice on
# a page that still carries the item, not the page's message.
CONTENT_ITEMS = 2
# Words of prose around a notice about the page's own item up to which the notice is all the
# page says (a notice, its apology, where to look instead); an article about a withdrawn drug
# or a discontinued model goes on in paragraphs.
NOTICE_PROSE = 60
# A heading ending so is a sentence said to the reader, not the name of the page's subject.
SENTENCE_ENDS = tuple(".!?。！？…")
# A clause of this many words with every longer word capitalised is a name ("Nothing to See
# Here", a novel), not a sentence said to the reader.
NAME_WORDS = 3
NAME_LETTERS = 4


def _own_content(html_head: str) -> int:
    """Items of content (``_CONTENT``) from the page's first main heading to the end of its
    section (``_MAIN_ENDS``), in the HTML read."""
    at = html_head.find("<h1")
    if at < 0:
        return 0
    end = _MAIN_ENDS.search(html_head, at)
    return len(_CONTENT.findall(html_head, at, end.start() if end else len(html_head)))


def _under_own_name(
    page: PageMeta, said: Statement | None, *, about_item: bool = False
) -> Statement | None:
    """A clause in the text of a page that names its own subject, or that is itself a name.

    "This product is no longer available" under a heading "Posture corrector v1" that the title
    carries too is a notice on a page that still answers for its subject (the product's page,
    its successor a link away); "Nothing to See Here" in Title Case is a book's name in a review.
    Either keeps half its strength and is never said plainly.

    A clause ``about_item`` says what became of the named item itself ("This product has been
    discontinued", "Dieser Artikel wurde verschoben", "この動画は配信を終了しました"): standing
    first under the heading (``_after_own`` has weakened one that follows the page's own
    content) with no more prose around it than a notice has (``NOTICE_PROSE``), it is what the
    page now says in the item's place. Amid more (an article on a drug withdrawn from the
    market, a product's description) it is a notice on a page that still carries its own."""
    if said is None or not said.plain:
        return said
    why = None
    h1, title = (page.h1 or "").strip(), page.title or ""
    named = h1 and h1.casefold() in title.casefold() and not h1.endswith(SENTENCE_ENDS)
    if named and page.text.count(h1) == 1 and not about_item:  # repeated: the site's name
        why = f"under the page's own heading “{h1[:60]}”"
    # the page sought, said to be missing, is an error's label in any case ("Halaman Tak
    # Ditemukan"), not a book's name
    if why is None and said.kind is not Kind.DIRECT and _title_case(said.words):
        why = "written as a name, in Title Case"
    if why is None and said.kind is not Kind.DIRECT and _quoted_by(title, said.words):
        why = "the words the page's own title quotes"
    if why is None:
        return said
    note = f"{said.note}, {why}"
    return replace(said, strength=said.strength * EMBEDDED_SHARE, plain=False, note=note)


def _quoted_by(title: str, words: str) -> bool:
    """Whether the title quotes these words: a post shown under its own words in quotation
    marks (“Ana: “Nothing to see here, just a quiet Sunday””) is that post's content, which the
    text then says again, not the site telling the visitor the page is missing."""
    at = title.casefold().find(words.casefold()) if words else -1
    return at >= 0 and _quoted(title, at, at + len(words))


def _title_case(words: str) -> bool:
    long = [word for word in words.split() if len(word) >= NAME_LETTERS and word[:1].isalpha()]
    cased = [word for word in long if word[:1].isupper() or word[:1].islower()]
    if len(words.split()) < NAME_WORDS or len(cased) < 2:
        return False
    return all(word[:1].isupper() and not word.isupper() for word in cased)


def _clause_in(value: str, place: Place, among: tuple[clauses.Concepts, ...]) -> Statement | None:
    """A clause in a title or heading, and the share of its words it covers (as ``_measure``)."""
    found = clauses.clauses(value, among)
    if not found:
        return None
    spans = [(c.start, c.end, Kind.CLAUSE, c.lang) for c in found]
    covered = _merged_words(value, spans)
    total = max(1, _word_count(value))
    share = min(1.0, covered / total)
    strength = share if share >= MAIN_SHARE else 0.0
    sought = any(c.sought for c in found)
    note = f"{_clause_note(sought)}, {covered} of {total} words of the {place.value}"
    plain = False
    if all(_quoted(value, c.start, c.end) for c in found):
        strength *= QUOTED_SHARE
        note += QUOTED_NOTE
    elif all(_asked(value, c.end) for c in found):
        strength *= EMBEDDED_SHARE
        note += ", asked about in a question"
    else:
        plain = strength > 0
    kind = Kind.DIRECT if sought else Kind.CLAUSE
    return Statement(place, kind, found[0].lang, value[:120], strength, note, plain)


def _start(found: tuple[Kind, str, re.Match[str]] | None) -> int | None:
    return found[2].start() if found is not None else None


def _parked_prose(page: PageMeta) -> int:
    """The prose at the start of a page that carries a parking phrase. A lander says its line
    or two ("This domain is for sale. Make an offer."); an article on domain parking or on link
    rot goes on in paragraphs, whatever its title asks ("What is domain parking?")."""
    return prose_words(page.text[:TEXT_WINDOW])


# A notice this many words after the page's own heading, under a title that carries that
# heading as the page's name, follows the page's own content: it is about a part of the page.
OWN_CONTENT_WORDS = 20


def _after_own(
    text: str,
    page: PageMeta,
    shown: Statement | None,
    statement: Statement | None,
    start: int | None,
) -> Statement | None:
    """A statement in the text that comes after the page's own content: a thread whose title
    and heading name its subject and whose first post stands under the heading, with one reply
    reading "This post was deleted by its author". The notice is about that reply, not the page,
    so it is a mention: weakened and never said plainly. A page whose title or heading says it is
    gone, whose notice follows its heading directly, or whose heading is the site's name (the
    chrome repeats it) is left as it is."""
    if statement is None or start is None or shown is not None or not page.h1 or not page.title:
        return statement
    if page.h1.strip().casefold() not in page.title.casefold() or text.count(page.h1) != 1:
        return statement  # not the page's own name, or the site's (logo, breadcrumbs, footer)
    at = text.find(page.h1)
    if at < 0 or start < at + len(page.h1):
        return statement
    between = _word_count(text[at + len(page.h1) : start])
    if between < OWN_CONTENT_WORDS:
        return statement
    note = f"{statement.note}, after {between} words of the page's own content under its heading"
    return replace(statement, strength=statement.strength * EMBEDDED_SHARE, plain=False, note=note)


def _listed(text: str, url: str | None) -> int:
    """How often a search page's text names its search terms: a search that finds results
    lists them under titles that carry the terms; one that finds nothing echoes them once or
    twice ("No results for ..."). Zero for any page that is not a search."""
    terms = search_terms(url) if url and "?" in url else None
    if not terms:
        return 0
    return address.fold(text).count(address.fold(terms))


def _unanswered(page: PageMeta, url: str | None, words: int) -> Unanswered | None:
    """The address's subject words when the page names nothing but its site and none of them
    (``classify.address``), with the prose of the text's start. A page with no text to speak
    of (an app's shell) is left to the signs for that."""
    if words < BLANK_WORDS:
        return None
    subject = address.subject_words(url) if url else ()
    if not subject or not address.shares_none(subject, page.title, page.h1):
        return None
    if not address.nameless(page.title, page.h1, page.text):
        return None
    prose = prose_words(_without(page.text[:TEXT_WINDOW], page.h1, page.title))
    return address.read(subject, page.text, prose)


def find(
    text: str, kinds: tuple[Kind, ...], among: tuple[Language, ...] | None = None
) -> tuple[Kind, str, re.Match[str]] | None:
    """The first statement of one of ``kinds`` in ``text``, in any language (or ``among``
    those already known to pass the gate), if one is there."""
    best: tuple[Kind, str, re.Match[str]] | None = None
    for language in gated(text) if among is None else among:
        for kind in kinds:
            pattern = language.patterns.get(kind)
            match = pattern.search(text) if pattern is not None else None
            if match and (best is None or match.start() < best[2].start()):
                best = (kind, language.code, match)
    return best


def gated(text: str) -> tuple[Language, ...]:
    """The languages one of whose gate words ``text`` contains: only their patterns can match.

    Every page of a run passes through here, so the gate words of all languages are looked for
    in one pass (an Aho-Corasick automaton, in C), far cheaper than looking for each word in
    turn.
    """
    return _gated_both(text)[0]


def _gated_both(text: str) -> tuple[tuple[Language, ...], dict[str, list[int]]]:
    """The phrase book's languages whose gate words ``text`` contains, and where the clause
    book's words of absence (``classify.clauses``) end in it, per language: one pass over the
    text serves both books."""
    hit: set[str] = set()
    absences: dict[str, list[int]] = {}
    for end, (codes, absent) in _gate().iter(text.lower()):
        hit.update(codes)
        for code in absent:
            absences.setdefault(code, []).append(end)
    among = tuple(language for language in languages() if language.code in hit) if hit else ()
    return among, absences


@cache
def _gate() -> ahocorasick.Automaton:
    words: dict[str, tuple[list[str], list[str]]] = {}
    for language in languages():
        for word in language.gate:
            words.setdefault(word, ([], []))[0].append(language.code)
    for concepts in clauses.concepts():
        for word in concepts.gate:
            words.setdefault(word, ([], []))[1].append(concepts.code)
    automaton = ahocorasick.Automaton()
    for word, (codes, absent) in words.items():
        automaton.add_word(word, (tuple(codes), tuple(absent)))
    automaton.make_automaton()
    return automaton


def _in_title(title: str | None, among: tuple[Language, ...]) -> Statement | None:
    """The statement in a title, measured against the title without the site's name.

    "Page not found | Spine Care" is all statement once " | Spine Care" is set aside; a segment
    is taken for the site's name only when it is short and at either end, so "Błąd 404 – co
    oznacza i jak go naprawić?" (an article's title) is measured whole.
    """
    if not title:
        return None
    title = title[:300]
    readings = _title_readings(title)
    measured = (_measure(reading, Place.TITLE, among) for reading in readings)
    statements = [statement for statement in measured if statement is not None]
    spans = _spans(title, among)
    if statements and _subtitled(title, spans, SITE_SUBTITLE_WORDS):
        note = "a name with a subtitle after its colon, then the site's name"
        note += HOWTO_NOTE if _remedied(title, spans) else ""
        return Statement(
            Place.TITLE, statements[0].kind, statements[0].lang, title[:120], 0.0, note, False,
        )  # fmt: skip
    return max(statements, key=lambda s: s.strength, default=None)


def _title_readings(title: str) -> list[str]:
    """The title whole, and without a short segment at either end that may be the site's name."""
    segments = [part.strip() for part in _TITLE_SEPARATORS.split(title) if part.strip()]
    readings = [title]
    if len(segments) > 1:
        if _word_count(segments[-1]) <= SITE_NAME_WORDS:
            readings.append(" ".join(segments[:-1]))
        if _word_count(segments[0]) <= SITE_NAME_WORDS:
            readings.append(" ".join(segments[1:]))
    return readings


def _named(statement: Statement | None, work: str) -> Statement | None:
    """A label or code in the title or heading of a page that declares itself a work (a film,
    an album, an event) is that work's name ("ERROR 404", "Page Not Found"): it counts 0. A
    sentence ("This article has been removed") is a message on a product's or an event's page,
    but a film, an episode, a song or a book may be named by one ("הדף לא נמצא", "the page was
    not found"): there it keeps half its strength and never convicts on its own; the text must
    say so too."""
    if statement is None:
        return statement
    note = f"{statement.note}, the name of the {work} the page declares itself"
    if statement.kind is Kind.DIRECT:
        if not is_media(work):
            return statement
        return replace(statement, strength=statement.strength * EMBEDDED_SHARE, plain=False,
                       note=note)  # fmt: skip
    return replace(statement, strength=0.0, plain=False, note=note)


def _unless_repeated(heading: Statement | None, title: Statement | None) -> Statement | None:
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


def _beside_prose(statement: Statement | None, prose: int) -> Statement | None:
    """A title or heading over an article's prose is the article's subject, not a message:
    it keeps the share of its strength that a text statement would keep there."""
    if statement is None or prose <= SHORT_PROSE:
        return statement
    share = SHORT_PROSE / prose
    note = f"{statement.note}, over {prose:,} words of prose"
    return replace(statement, strength=statement.strength * share, note=note)


def _measure(value: str, place: Place, among: tuple[Language, ...]) -> Statement | None:
    """The statements of a short text and the share of its words they cover."""
    spans = _spans(value, among)
    if not spans:
        return None
    kind, lang = spans[0][2], spans[0][3]
    covered = _merged_words(value, spans)
    total = max(1, _word_count(value))
    share = min(1.0, covered / total)
    note = (
        f"fills the {place.value}"
        if share >= 0.99
        else f"{covered} of {total} words of the {place.value}"
    )
    strength = share if share >= MAIN_SHARE else 0.0
    plain = False
    if place is not Place.TEXT and _subtitled(value, spans):
        note += ", a name with a subtitle after its colon"
        if _remedied(value, spans):
            note += HOWTO_NOTE
        return Statement(place, kind, lang, value[:120], 0.0, note, plain)
    if all(_quoted(value, start, end) for start, end, _, _ in spans):
        strength *= QUOTED_SHARE
        note += ", in quotation marks"
    elif all(_asked(value, end) for _, end, _, _ in spans):
        strength *= EMBEDDED_SHARE
        note += ", asked about in a question"
    elif not any(_opens_sentence(value, start, lang) for start, _, _, lang in spans):
        strength *= EMBEDDED_SHARE
        note += ", inside a longer phrase"
    elif place is not Place.TEXT and _names_on(value, spans):
        strength *= EMBEDDED_SHARE
        note += ", running on into a longer name"
    elif place is not Place.TEXT and _names_error(value, spans):
        strength *= EMBEDDED_SHARE
        note += ", the name of an error a longer title is about"
    elif place is not Place.TEXT and _remedied(value, spans):
        strength *= EMBEDDED_SHARE
        note += HOWTO_NOTE
    else:
        plain = strength > 0
    return Statement(place, kind, lang, value[:120], strength, note, plain)


def _names_on(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether every label or code of a title or heading runs straight on into Chinese or
    Japanese words ("404 Not Foundの新作「…」レビュー", "404页面设计技巧"): the error's name is
    the first word of a longer one, as in the text (``_runs_on``). A sentence is never a name."""
    if any(kind is Kind.DIRECT and not _quoted(value, s, e) for s, e, kind, _ in spans):
        return False
    runs = [
        (start, end, _into_close_script(value, end, any(ch.isdigit() for ch in value[start:end])))
        for start, end in _covered_runs(spans)
    ]
    # a name may quote a message in it ("404 Not Foundの新作「ページが見つかりません」"): quoted,
    # it is mentioned, not said
    return any(on for _, _, on in runs) and all(
        on or _quoted(value, start, end) for start, end, on in runs
    )


# The word "error" after a statement makes the statement the error's name ("Page not found
# error: how to fix it", "페이지를 찾을 수 없음 오류 해결 방법").
_ERROR_WORD = re.compile(
    r"[\s\"'”»」』]*(?:errors?|fehler|erreur|errore|erro|fout|fel|błąd|hata|ошибка|오류|에러|"
    r"エラー|错误|錯誤)(?![^\W\d_])",
    re.IGNORECASE,
)


def _names_error(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether every statement of a title or heading is followed by the word "error" and
    the title goes on in more words of its own (``SUBTITLE_WORDS``) before the site's name: a
    support article naming the error it explains. An error page's own title ends at the
    error ("Page Not Found Error | Site")."""
    for _, end in _covered_runs(spans):
        word = _ERROR_WORD.match(value, end)
        if word is None:
            return False
        rest = value[word.end() :]
        separator = _TITLE_SEPARATORS.search(rest)
        if _word_count(rest[: separator.start() if separator else None]) < SUBTITLE_WORDS:
            return False
    return True


@cache
def _remedies() -> re.Pattern[str]:
    """The phrase book's words of a how-to about an error (``remedies``), as one pattern."""
    words: list[str] = phrase_book()["remedies"]["words"]
    # Latin and Cyrillic words match whole; Chinese, Japanese and Korean ones run into the next
    bounded = [w if _CLOSE_SCRIPT.match(w) else rf"(?<!\w)(?:{w})(?!\w)" for w in words]
    return re.compile("|".join(bounded), re.IGNORECASE)


def _remedied(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether a title or heading also names the causes of an error or how to fix it, outside
    its statements: a how-to about the error ("404エラー（ページが見つかりません）の原因と対処法",
    "Lỗi không tìm thấy trang: cách khắc phục"), not an error page's own name."""
    runs = _covered_runs(spans)
    return any(
        not any(start <= m.start() < end for start, end in runs)
        for m in _remedies().finditer(value)
    )


def _covered_runs(spans: list[tuple[int, int, Kind, str]]) -> list[tuple[int, int]]:
    """The stretches the spans cover, overlapping or touching ones joined."""
    runs: list[tuple[int, int]] = []
    for start, end, _, _ in spans:
        if runs and start <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], end))
        else:
            runs.append((start, end))
    return runs


def _into_close_script(text: str, end: int, coded: bool) -> bool:
    """Whether a label ending at ``end`` runs with no space or mark into Chinese or Japanese
    letters (or Korean syllables): a code's label (``coded``: "404エラーページは…") or one
    ending in Latin letters ("404 Not Foundの…", "Page Not Found乐队"). A label written in
    those scripts may end its phrase there ("ページが見つかりません" before a particle cannot be
    told from one before a name)."""
    if _CLOSE_SCRIPT.match(text, end) is None:
        return False
    last = text[end - 1 : end]
    return coded or (last.isascii() and last.isalnum())


# Words after a colon that make the statement before it a work's name ("Page Not Found: A
# Memoir"), not a message: a subtitle has at least this many words no statement covers.
SUBTITLE_WORDS = 2
# In a whole title that goes on past a separator to the site's name ("Seite nicht gefunden:
# Roman | Stadtbibliothek"), one such word is a subtitle too: the site's name is elsewhere,
# where a title without a separator may put it after a colon ("... 없습니다 : 동아일보").
SITE_SUBTITLE_WORDS = 1
_COLON = re.compile(r"\s*[:：]\s+")


def _subtitled(
    value: str, spans: list[tuple[int, int, Kind, str]], before_site: int | None = None
) -> bool:
    """A statement followed by a colon and a subtitle of other words, up to the next title
    separator: a book, film or song with that name ("Page Not Found: A Memoir | City Library").
    An error's own title goes on in more of the statement ("Error 404: Page not found", "Page
    not found: the page you requested does not exist"). ``before_site`` is how many words
    make a subtitle when a title separator follows it (then the site's name is not it)."""
    for _, end, _, _ in spans:
        colon = _COLON.match(value, end)
        if colon is None:
            continue
        rest = value[colon.end() :]
        separator = _TITLE_SEPARATORS.search(rest)
        stop = colon.end() + (separator.start() if separator else len(rest))
        goes_on = any(until > colon.end() and start < stop for start, until, _, _ in spans)
        enough = SUBTITLE_WORDS
        if before_site is not None:
            if separator is None:
                continue
            enough = before_site
        if not goes_on and _word_count(value[colon.end() : stop]) >= enough:
            return True
    return False


def _spans(segment: str, among: tuple[Language, ...]) -> list[tuple[int, int, Kind, str]]:
    """Every statement in a short segment, in order: (start, end, kind, language)."""
    spans: list[tuple[int, int, Kind, str]] = []
    for language in among:
        for kind, pattern in language.each:
            spans.extend(
                (m.start(), m.end(), kind, language.code)
                for m in pattern.finditer(segment)
                if m.end() > m.start()
            )
    return sorted(spans)


def _merged_words(segment: str, spans: list[tuple[int, int, Kind, str]]) -> int:
    covered = [False] * len(segment)
    for start, end, _, _ in spans:
        covered[start:end] = [True] * (end - start)
    text = "".join(ch if hit else " " for ch, hit in zip(segment, covered, strict=True))
    return _word_count(text)


def _around(text: str, heading: str | None, start: int | None) -> str:
    """The stretch of text where the page's message stands: from its heading (or its first
    statement) on, ``NEAR_CHARS`` long. An article goes on in prose there; an error page goes
    on in link lists and menus."""
    at = text.find(heading) if heading else -1
    if at < 0:
        at = start if start is not None else 0
    return text[at : at + NEAR_CHARS]


# The visible text is whitespace-collapsed, so a run of spaces is where ``_without`` blanked
# the heading or the title out.
BLANKED = "   "


def _without(window: str, *shown: str | None) -> str:
    """The text with the heading's and the title's own words blanked out (once each), so a
    statement there is not counted again as the text's."""
    for value in shown:
        if value and len(value) >= 3:
            at = window.find(value)
            if at >= 0:
                window = window[:at] + " " * len(value) + window[at + len(value) :]
    return window


def _in_text(
    window: str,
    found: tuple[Kind, str, re.Match[str]] | None,
    prose: int,
    among: tuple[Language, ...] = (),
    blocks: Blocks | None = None,
) -> Statement | None:
    """A statement in the text, weakened by how late it comes, by the prose around it, and
    when it is quoted or embedded in another sentence."""
    if found is None:
        return None
    kind, lang, match = found
    return _said_in_text(window, kind, lang, match.start(), match.end(), prose, among, blocks)


def _said_in_text(
    window: str,
    kind: Kind,
    lang: str,
    start: int,
    stop: int,
    prose: int,
    among: tuple[Language, ...] = (),
    blocks: Blocks | None = None,
) -> Statement:
    """A statement found at ``start:stop`` of the text, measured as ``_in_text`` says."""
    end = _label_end(window, start, stop, among) if kind is Kind.LABEL else stop
    lead = (
        1.0
        if start <= LEADING_CHARS
        else max(0.0, 1 - (start - LEADING_CHARS) / (TEXT_WINDOW - LEADING_CHARS))
    )
    short = min(1.0, SHORT_PROSE / max(1, prose))
    strength = lead * short
    notes = [f"{'early' if lead >= 1 else 'late'} in a text with {prose:,} words of prose"]
    plain = False
    said = window[start:stop]
    if _quoted(window, start, stop):
        strength *= QUOTED_SHARE
        notes.append("in quotation marks")
    elif not _opens_sentence(window, start, lang, blocks, stop):
        strength *= EMBEDDED_SHARE
        notes.append("inside a longer sentence")
    elif kind is Kind.LABEL and _runs_on(window, end, said, among):
        strength *= EMBEDDED_SHARE
        notes.append("the subject of a longer sentence")
    elif _asked(window, stop):
        strength *= EMBEDDED_SHARE
        notes.append("asked about in a question")
    elif _conditional(window, start, stop):
        strength *= EMBEDDED_SHARE
        notes.append("inside a condition (“if …”)")
    elif kind is not Kind.LABEL and _of_translation(window, stop, blocks):
        strength *= EMBEDDED_SHARE
        notes.append("said of a translation (“… in your language”)")
    else:
        plain = strength > 0
    return Statement(Place.TEXT, kind, lang, said[:120], strength, ", ".join(notes), plain)


# A word opening a condition stands at most this many words before the statement it governs
# ("If the page you were looking for cannot be found", "Jika halaman yang Anda cari ...").
CONDITION_WORDS = 3
# How far after a statement a condition's closing word is looked for (Japanese 場合, Turkish ise).
CONDITION_AFTER = 12
_CLAUSE_BREAKS = re.compile(r"[.!?。！？؟,;:、，；|]")


def _conditional(text: str, start: int, stop: int) -> bool:
    """Whether a statement stands inside a condition ("If the page cannot be found, check the
    address", "หากไม่พบหน้าที่คุณต้องการ ให้…", "ページが見つからない場合は"): a help page describing a
    case, not the page saying it is gone. The condition's word stands in the statement's own
    clause (no comma or sentence end between) or closes it right after."""
    before, after = _conditions()
    lead = text[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAKS.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    if before.search(" ".join(lead.split()[-CONDITION_WORDS:])):
        return True
    return after.match(text[stop : stop + CONDITION_AFTER]) is not None


def _of_translation(text: str, stop: int, blocks: Blocks | None = None) -> bool:
    """Whether the sentence of a statement goes on to name a language or a translation ("This
    content is not available in your language yet", "תוכן זה אינו זמין עדיין בשפה שלך"): a
    multilingual site's notice that this page has no translation, above the page itself. Only
    the statement's own block is its sentence: a message without a full stop runs into the
    next block in the visible text ("Die von Ihnen gesuchte Seite existiert nicht Sprache
    wählen"), and a language picker there is the site's chrome."""
    end = _SENTENCE_END.search(text, stop, stop + QUESTION_REACH)
    named = _translations().search(text, stop, end.start() if end else stop + QUESTION_REACH)
    if named is None:
        return False
    if blocks is None:
        return True
    following = blocks.around(max(0, stop - 1))[1]  # read only when a language is named
    return following is None or named.start() < following


@cache
def _translations() -> re.Pattern[str]:
    """The phrase book's words naming a language or a translation (``translations``)."""
    words: list[str] = phrase_book()["translations"]["words"]
    # Latin, Greek and Cyrillic words match whole; the other scripts' run into their particles
    bounded = [rf"(?<!\w)(?:{w})(?!\w)" if w[:1].isascii() or _CASED.match(w) else w for w in words]
    return re.compile("|".join(bounded), re.IGNORECASE)


_CASED = re.compile(r"[\u0370-\u052f\u00c0-\u024f]")


@cache
def _conditions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrase book's words opening a condition (``conditions``): before and after."""
    words: dict[str, list[str]] = phrase_book()["conditions"]
    return (
        re.compile("|".join(f"(?:{w})" for w in words["before"]), re.IGNORECASE),
        re.compile("|".join(f"(?:{w})" for w in words["after"]), re.IGNORECASE),
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the statement stands inside quotation marks: an opening mark before it (within
    a short lead-in such as “Sorry, ...) that is not closed before it starts, or a closing mark
    right after it."""
    before = text[max(0, start - 60) : start]
    opened = max(before.rfind(mark) for mark in _OPENING)
    if opened >= 0 and not any(mark in before[opened:] for mark in _CLOSING):
        return True
    if before.count('"') % 2 == 1:
        return True
    if "'" in before and _opens_quote(text, start - len(before) + before.rfind("'")):
        return True  # 'Page not found': a straight quote opening a word, not an apostrophe
    after = text[end : end + 12].lstrip(" .!?,")
    return bool(after) and after[0] in _CLOSING + "\"'"


def _label_end(text: str, start: int, end: int, among: tuple[Language, ...]) -> int:
    """Where a label ends once the labels and codes that continue it are joined to it, in any
    language: "Lỗi 404" and "404 Not Found" are one label in "Lỗi 404 Not Found là gì"."""
    for span_start, span_end, _, _ in _spans(text[start : start + 80], among):
        if span_start <= end - start + 1:
            end = max(end, start + span_end)
    return end


def _asked(text: str, end: int) -> bool:
    """Whether the sentence a statement stands in is a question ("What is a 404 error?",
    "Lỗi 404 Not Found là gì?"): a page asking about the error is an article about it."""
    mark = _SENTENCE_END.search(text, end, end + QUESTION_REACH)
    return mark is not None and mark.group(0) in "?？؟"


# Chinese and Japanese letters (and Korean syllables), written without spaces between words.
_CLOSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


# A Korean word ending in a topic particle ("페이지는", "오류란"): what precedes it is the topic
# of a sentence that says something about it.
_KOREAN_TOPIC = re.compile(r"[\uac00-\ud7af]+(?:은|는|란)[,.]?")
# How far a Korean sentence after a label is read for a message that would make it one.
TOPIC_REACH = 120


def _runs_on(text: str, end: int, label: str = "", among: tuple[Language, ...] = ()) -> bool:
    """Whether the text goes on after a label as one sentence: a comma or a lower-case word
    follows ("Error 404 is a status code that ..."), where a message's label stands alone and
    the next block starts afresh ("Page not found. We're sorry ...", "Page Not Found Try ...").
    Scripts without case give no such hint, but in Chinese and Japanese a code's label that
    runs straight on into more of the sentence ("404页面是网站…", "404エラーページは…") is
    its subject: a message's label ends there ("404错误，", "404エラー ページが…"). Korean
    spaces its words: a label followed by a word marked as the sentence's topic ("404 오류
    페이지는 … 화면입니다") is talked about, unless the sentence goes on to say the page is
    gone ("404 오류 페이지는 존재하지 않습니다" is a message)."""
    if _into_close_script(text, end, label[:1].isdigit()):
        return True
    after = text[end : end + 40].lstrip()
    if not after:
        return False
    if after[0] in ",;":
        return True
    word = after.split()[0]
    if _KOREAN_TOPIC.fullmatch(word):
        rest = text[end : end + TOPIC_REACH]
        stop = _SENTENCE_END.search(rest)
        return find(rest[: stop.end() if stop else None], (Kind.DIRECT,), among or None) is None
    return word[:1].islower()


def _opens_quote(text: str, at: int) -> bool:
    """Whether the straight single quote at ``at`` opens a quotation: it starts a word (after a
    space, a bracket or the start) rather than sitting inside one as an apostrophe (can't,
    l'erreur)."""
    starts_word = at == 0 or text[at - 1].isspace() or text[at - 1] in "([{"
    return starts_word and at + 1 < len(text) and text[at + 1].isalnum()


def _opens_sentence(
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
    if blocks is not None and stop is not None and _caseless(text, start):
        return _opens_caseless(text, start, stop, blocks.around(start))
    before = text[max(0, start - 40) : start].rstrip()
    if not before or before[-1] in _SENTENCE_MARKS:
        return True
    if text[start : start + 1].isupper() and lang not in NOUNS_CAPITALISED:
        return True
    last = before.split()[-1]
    if _script(reversed(last)) != _script(text[start : start + 12]):
        return True  # a Japanese sentence does not go on from an English menu's last word
    return not last[:1].islower()


class Blocks:
    """Where the visible text's blocks start, read once and only when first asked: nearly no
    page has a statement whose sentence needs it."""

    def __init__(self, read: Callable[[], Sequence[int]]) -> None:
        self._read = read
        self._starts: Sequence[int] | None = None

    def around(self, offset: int) -> tuple[int, int | None]:
        """Where the block holding ``offset`` starts and where the next one starts (0 and
        None when none is known)."""
        if self._starts is None:
            self._starts = self._read()
        at = bisect.bisect_right(self._starts, offset)
        start = self._starts[at - 1] if at else 0
        return start, self._starts[at] if at < len(self._starts) else None


# A lead-in before a comma that is this short ("抱歉，", "죄송합니다,", "عذرا,") is an apology or
# an interjection, not the start of the statement's own sentence.
LEAD_IN_CHARS = 12
# Words of its own sentence before a statement that ends the sentence which still leave it the
# sentence's statement: its subject's modifiers ("원하는 페이지를 찾을 수 없습니다", "यह पृष्ठ
# मौजूद नहीं है"). In scripts that do not space their words, counted in characters.
SUBJECT_WORDS = 3
SUBJECT_CHARS = 6
# Characters of its sentence after a statement that still leave it the sentence's end (a
# politeness ending or particle: "でした", "了").
TAIL_CHARS = 6
# Marks that end a sentence (the Devanagari and Bengali danda among them), or close a quotation
# or a bracket that stands on its own.
_ENDS = ".!?。！？؟…)»”।॥"
_TAIL_END = re.compile(r"[.!?。！？؟।॥]")
_PAUSES = ",;:、，；：،؛"
# Scripts written without spaces between words: a space in them ends a phrase.
_UNSPACED = frozenset({"CJK", "THAI", "LAO", "KHMER", "MYANMAR"})


def _caseless(text: str, start: int) -> bool:
    """Whether the statement at ``start`` is written in letters without case (Chinese,
    Japanese, Korean, Thai, Arabic, Hebrew, Devanagari...)."""
    for ch in text[start : start + 12]:
        if ch.isalpha():
            return not (ch.isupper() or ch.islower())
    return False


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
    script = _script(text[start : start + 12])
    if lead[-1].isspace() and script in _UNSPACED:
        return True
    lead = lead.rstrip()
    ends = max(lead.rfind(mark) for mark in _ENDS)
    clause = _after_apology(lead[ends + 1 :].strip())
    if not clause:
        return True  # "大変申し訳ございませんが、お探しのページは…", "很抱歉，網頁不存在"
    if _script(reversed(clause)) != script:
        return True  # "404 页面不存在", "Starlight ページ": another script's word or a code
    if clause[-1] in _PAUSES and len(clause) <= LEAD_IN_CHARS:
        return True
    tail = _own_tail(text[stop : following if following is not None else stop + NEAR_CHARS])
    short = (
        len(clause) <= SUBJECT_CHARS
        if script in _UNSPACED
        else (len(clause.split()) <= SUBJECT_WORDS)
    )
    return short and len(tail) <= TAIL_CHARS


def _after_apology(clause: str) -> str:
    """The statement's clause without the apology that opens it ("非常抱歉", "很抱歉，",
    "大変申し訳ございませんが", "हमें खेद है कि"): the apology is said to the visitor before
    the message, not a subject that embeds it."""
    apology = _courtesies()[0].match(clause)
    return clause[apology.end() :].lstrip(_PAUSES + " ") if apology else clause


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


# Scripts written together: kana and Han are one Japanese sentence.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "FULLWIDTH": "CJK"}


def _script(letters: Iterable[str]) -> str | None:
    """The script of the first letter among ``letters``: "LATIN", "CYRILLIC", "CJK", "ARABIC"...
    (None where there is no letter)."""
    for ch in letters:
        if ch.isalpha():
            name = unicodedata.name(ch, "").split(" ", 1)[0]
            return _SAME_SCRIPT.get(name, name)
    return None


def status_codes(text: str) -> int:
    """How many different HTTP status codes a text names. An error page names its own (404); a
    reference page, an API's error table or a tutorial names several (200, 301, 404, 410, 500)."""
    return len(set(_STATUS_CODE.findall(text)) & HTTP_STATUS_CODES)


def _word_count(text: str) -> int:
    """Words, counting a run of Chinese or Japanese characters as one word per two characters
    (they are written without spaces) and ignoring bare punctuation such as separators."""
    count = 0
    for token in text.split():
        if not any(ch.isalnum() for ch in token):
            continue
        ideographs = len(_IDEOGRAPHS.findall(token))
        count += max(1, ideographs // 2) if ideographs else 1
    return count


def prose_words(text: str) -> int:
    """Words in sentences that read as prose: ten to sixty words, mostly in lower case (where
    the script has case). An article's paragraphs are prose; the link lists, menus and teaser
    titles that make up an error page's chrome run on without full stops in Title Case."""
    total = 0
    for sentence in _SENTENCES.split(text):
        words = _word_count(sentence)
        long_enough = words >= PROSE_SENTENCE_WORDS or (
            words >= PROSE_SHORT_WORDS and len(sentence) >= PROSE_SENTENCE_CHARS
        )
        if long_enough and words <= PROSE_SENTENCE_MAX and _reads_as_prose(sentence):
            total += words
    return total


def _reads_as_prose(sentence: str) -> bool:
    cased = [word for word in sentence.split() if word[:1].isupper() or word[:1].islower()]
    if len(cased) < PROSE_SHORT_WORDS:
        return not cased  # a script without case: its length is all there is to go on
    return sum(1 for word in cased if word[:1].islower()) >= PROSE_LOWER_SHARE * len(cased)


# -- the page's main message ---------------------------------------------------------------
# Up to this many words of content before it, a statement is the first thing the main area
# says (a date line, a lead-in the template prints over every page).
MAIN_BEFORE = 25
# Up to this many words of content beside it, a statement is nearly all the main area says:
# the apology, where to look instead, a search hint. Past it, its share fades.
MAIN_BESIDES = 60
# Past this many words after it in its own sentence, a statement opens a sentence about
# something else the page still has ("... no longer available in blue, but the red ones ...").
MAIN_SENTENCE_REST = 6


def wants_main(facts: GoneFacts) -> bool:
    """Whether the page's main area is worth reading for its message: the text's window says
    the page is gone, but no title, heading or text statement says it at full strength
    already. Nearly every page has no statement at all: it costs a few attribute tests. (A
    statement past the window is not looked for: the phrase book over the rest of every
    page's text cost a quarter of reading a page, bench/README.md.)"""
    if facts.empty or facts.nothing or facts.blank:
        return False
    if facts.direct is None and facts.label is None and facts.clause is None:
        return False
    said = (facts.title, facts.heading, facts.direct, facts.label)
    return not any(s is not None and s.plain and s.strength >= 1 for s in said)


def read_main_message(facts: GoneFacts, page: PageMeta, area: MainArea) -> GoneFacts:
    """``facts`` with the statement that is the main area's message, if one is.

    The phrase book is read over the main area's text (``classify.main_area``: chrome and
    link lists left out), the page's own heading and title blanked out. A statement counts at
    full strength when it is the first thing the area says (``MAIN_BEFORE``) and nearly all
    of it (``MAIN_BESIDES``), whatever the title and heading say: a template's generic
    "Health Library" over "Sorry, we can't find the page you're looking for." It is weakened
    as a statement in the text is: quoted, inside a longer sentence, asked about, on a how-to
    about the error, after the page's own content under its heading."""
    text = area.text[:TEXT_WINDOW]
    window = _without(text, page.h1, page.title)
    among = gated(window)
    # Only the phrase book's sentences and labels: a clause of absence may be said of anything
    # ("We can't find that cat anywhere"), and a lost pet's or a sold-out colour's page opens
    # with one as its own first line (review 9).
    found = find(window, (Kind.DIRECT, Kind.LABEL), among) if among else None
    if found is None:
        return facts
    kind, lang, match = found
    start, stop = match.start(), match.end()
    said = _said_in_text(window, kind, lang, start, stop, 0, among, Blocks(area.starts))
    rest = _sentence_rest(window, stop)
    if kind is Kind.DIRECT and said.plain and rest > MAIN_SENTENCE_REST:
        # "This item is no longer available in blue, but the red ones are in stock": the
        # statement opens a sentence that goes on about the item, a page's content
        note = f"{said.note}, the start of a sentence {rest} words longer"
        said = replace(said, strength=said.strength * EMBEDDED_SHARE, plain=False, note=note)
    before, besides = _around_in_main(area, start)
    lead = 1.0 if before <= MAIN_BEFORE else 0.0
    alone = min(1.0, MAIN_BESIDES / max(1, besides))
    where = "first" if lead else f"after {before} words"
    note = f"{where} in the main content, {besides} words beside it"
    if said.note.count(", ") and not said.plain:
        note += said.note[said.note.index(", ") :]
    statement = replace(
        said, place=Place.MAIN, strength=said.strength * lead * alone, note=note,
        plain=said.plain and lead > 0,
    )  # fmt: skip
    howto = any(s is not None and s.note.endswith(HOWTO_NOTE) for s in (facts.title, facts.heading))
    own = _after_own(area.text, page, facts.title or facts.heading, statement, start)
    main = _under_howto(own, howto)
    if main is not None and main.plain:
        # the main area's message: the prose around it is the main area's, not the rails'
        # summaries, a newsletter box's pitch or a consent notice the whole text counted
        facts = replace(facts, prose=min(facts.prose, prose_words(text)))
    return replace(facts, main=main)


def _sentence_rest(text: str, stop: int) -> int:
    """Words after ``stop`` up to the end of its sentence (or of the reach looked at)."""
    end = _SENTENCE_END.search(text, stop, stop + NEAR_CHARS)
    return _word_count(text[stop : end.start() if end else stop + NEAR_CHARS])


def _around_in_main(area: MainArea, start: int) -> tuple[int, int]:
    """Words of content (not headings) in the main area before the block holding ``start``,
    and beside that block (before and after it)."""
    at, before, besides = 0, 0, 0
    for block in area.blocks:
        end = at + len(block.text)
        if not block.heading and not at <= start < end:
            besides += block.words
            if end <= start:
                before += block.words
        at = end + 1
    return before, besides


def with_thin(facts: GoneFacts, thin: Thin | None) -> GoneFacts:
    """``facts`` with the thin shape of the page (``classify.thin``) and what its pictures'
    words say, each read as a heading's words are. A picture whose words say nothing of the
    kind, or nothing at all (a photo's caption, ``IMG_2041.jpg``), is the page's content: the
    page is not thin then."""
    if thin is None:
        return facts
    pictured: Statement | None = None
    for words in thin.pictures:
        among = gated(words) if words else ()
        said = _measure(words[:300], Place.PICTURE, among) if among else None
        if said is None or said.strength == 0:
            return facts
        if pictured is None or said.strength > pictured.strength:
            pictured = said
    return replace(facts, thin=thin, pictured=pictured)
