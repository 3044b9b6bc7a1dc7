"""How loudly a statement in a page's visible text says the page is gone.

A message stands early, in a text with little prose, as its own sentence; an article mentions
the same words late, amid paragraphs, quoted, asked about or inside a longer sentence. Each
of these keeps the statement a share of its strength (``classify.statement``), with the
reason in its note.
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify import clauses
from curator.classify.continuation import goes_on_as_message, introduced, qualified, reported
from curator.classify.framing import asked, conditional, of_translation, runs_on
from curator.classify.own_content import NOTICE_PROSE
from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import Language, merged_words, statement_spans
from curator.classify.prose import SHORT_PROSE, word_count
from curator.classify.quotation import glosses_quotation, quoted
from curator.classify.restriction import restriction
from curator.classify.scripts import UNSPACED, script_of
from curator.classify.sentence import LEAD_WORDS, Blocks, opens_sentence
from curator.classify.statement import (
    EMBEDDED_SHARE,
    MAIN_SHARE,
    QUOTED_SHARE,
    Kind,
    Place,
    Statement,
)
from curator.classify.window import TEXT_WINDOW

# A message within this many characters of the start leads the text: menus outside <nav>,
# breadcrumbs and a search box come before it on many templates. Later, its lead fades to
# nothing at TEXT_WINDOW.
LEADING_CHARS = 1500


def found_in_text(
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
    return said_in_text(window, kind, lang, match.start(), match.end(), prose, among, blocks)


def said_in_text(
    window: str,
    kind: Kind,
    lang: str,
    start: int,
    stop: int,
    prose: int,
    among: tuple[Language, ...] = (),
    blocks: Blocks | None = None,
) -> Statement:
    """A statement found at ``start:stop`` of the text, measured as ``found_in_text`` says."""
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
    if quoted(window, start, stop):
        strength *= QUOTED_SHARE
        notes.append("in quotation marks")
    elif blocks is not None and blocks.quoting(window, start, stop):
        strength *= QUOTED_SHARE
        notes.append("in a quotation the markup marks (a <blockquote> or <q>)")
    elif blocks is not None and (
        cited := glosses_quotation(window, start, lambda: blocks.around(start)[0])
    ):
        strength *= QUOTED_SHARE
        notes.append(f"glossing the message its line quotes ({cited} — …)")
    elif not opens_sentence(window, start, lang, blocks, stop) and not (
        kind is not Kind.LABEL and fills_sentence(window, start, stop, prose, among, blocks)
    ):
        strength *= EMBEDDED_SHARE
        notes.append("inside a longer sentence")
    elif (
        kind is Kind.LABEL
        and runs_on(window, end, said, among)
        and not goes_on_as_message(window, end)
    ):
        strength *= EMBEDDED_SHARE
        notes.append("the subject of a longer sentence")
    elif kind is Kind.DIRECT and qualified(window, start, stop, blocks):
        strength *= EMBEDDED_SHARE
        notes.append("qualified by the rest of its sentence")
    elif reporter := reported(window, end, blocks):
        strength *= EMBEDDED_SHARE
        notes.append(f"reported as another's words (“{reporter}”)")
    elif asked(window, stop):
        strength *= EMBEDDED_SHARE
        notes.append("asked about in a question")
    elif conditional(window, start, stop, blocks):
        strength *= EMBEDDED_SHARE
        notes.append("inside a condition (“if …”)")
    elif kind is not Kind.LABEL and of_translation(window, stop, blocks):
        strength *= EMBEDDED_SHARE
        notes.append("said of a translation (“… in your language”)")
    elif kind is Kind.DIRECT and (restricted := restriction(window, start, stop, lang, blocks)):
        strength *= EMBEDDED_SHARE
        notes.append(restricted)
    else:
        plain = strength > 0
    return Statement(Place.TEXT, kind, lang, said[:120], strength, ", ".join(notes), plain)


# How far a statement's sentence is looked for on either side of it.
SENTENCE_REACH = 200
_ENDS = re.compile(r"[.!?。！？؟]")
# A colon or a semicolon before a statement in its sentence: what follows explains or reports
# what the words before it began ("This note will burn after reading: it is deleted …").
_PAUSE = re.compile(r"[:;：；]")


def fills_sentence(
    window: str,
    start: int,
    stop: int,
    prose: int,
    among: tuple[Language, ...] = (),
    blocks: Blocks | None = None,
) -> bool:
    """Whether a statement that does not open its sentence is still most of it, on a page that
    says little else: "Ez az esemény már nem elérhető." (its determiner before it), "Leider ist
    diese Veranstaltung nicht mehr verfügbar.", "Ansökningstiden har gått ut och annonsen är
    inte längre aktiv." (a second gone clause before it). The words of every gone statement and
    clause in the sentence count together; the rest (a determiner, an apology, a doer) is still
    the message, while a longer sentence that mentions the words in passing ("Residents were
    told that the page is no longer available, and a spokesperson said ...") is mostly another
    subject's and stays halved. Only the text's lead sentence, with no more prose around it than
    a notice has (``NOTICE_PROSE``): amid an article's paragraphs, a short sentence is a report.
    More than ``LEAD_WORDS`` words before it are a clause of their own only where they end with
    a word for "and" or "or" (``courtesies``); else they report it ("Reporters were told by the
    agency that this page does not exist"). A colon before the statement makes it another
    subject's elaboration, and where the script
    marks no sentence's end (Thai, Lao, a run of Japanese without 。) the block is no sentence
    (a Thai lyric's line): the halving stands. A label ("404 Not Found") says no sentence: a
    short one naming it is about the error."""
    if prose > NOTICE_PROSE or start > LEADING_CHARS:
        return False
    reach = max(0, start - SENTENCE_REACH)
    ends = [m.end() for m in _ENDS.finditer(window, reach, start)]
    first = blocks.around(start)[0] if blocks is not None else None
    if not ends and first is None:
        return False  # where the sentence starts is not known
    begin = max([*ends, first or 0])
    if _PAUSE.search(window, begin, start):
        return False  # "This note will burn after reading: it is deleted once you close …"
    lead = window[begin:start]
    if len(lead.split()) > LEAD_WORDS and not _joins().search(lead):
        return False  # "Reporters were told by the agency that this page does not exist."
    if introduced(lead) is not None:
        return False  # "Now it says this page does not exist.", "Without readers like you …"
    close = _ENDS.search(window, stop, stop + SENTENCE_REACH)
    script = script_of(window[start:stop])
    if script in UNSPACED and (script != "CJK" or close is None):
        return False  # Thai, Lao, a run of Japanese without 。: where it ends is not known
    end = close.start() if close else min(len(window), stop + SENTENCE_REACH)
    if blocks is not None:
        after = blocks.around(start)[1]
        end = min(end, after) if after is not None and after > stop else end
    sentence = window[begin:end]
    total = word_count(sentence)
    if not total:
        return False
    spans = [(start - begin, stop - begin, Kind.DIRECT, "")]
    spans += statement_spans(sentence, among)
    spans += [(c.start, c.end, Kind.CLAUSE, c.lang) for c in clauses.clauses(sentence)]
    return merged_words(sentence, spans) / total >= MAIN_SHARE


@cache
def _joins() -> re.Pattern[str]:
    """A lead that ends with a word for "and" or "or" (``courtesies``): a clause of its own."""
    words: dict[str, list[str]] = phrase_book()["courtesies"]
    joined = "|".join(f"(?:{w})" for w in words["alternatives"] + words["conjunctions"])
    return re.compile(rf"(?<!\w)(?:{joined})\s*$")


def _label_end(text: str, start: int, end: int, among: tuple[Language, ...]) -> int:
    """Where a label ends once the labels and codes that continue it are joined to it, in any
    language: "Lỗi 404" and "404 Not Found" are one label in "Lỗi 404 Not Found là gì"."""
    for span_start, span_end, _, _ in statement_spans(text[start : start + 80], among):
        if span_start <= end - start + 1:
            end = max(end, start + span_end)
    return end
