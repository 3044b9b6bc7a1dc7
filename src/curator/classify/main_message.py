"""The statement that is the page's main message: the first thing its main area says, and
nearly all of it.

A template's generic title ("Health Library") over "Sorry, we can't find the page you're
looking for." says less than the main area does: read there (``classify.main_area``: chrome
and link lists left out), the message counts at full strength. Read only where the text's
window already says the page is gone, less loudly.
"""

from __future__ import annotations

from dataclasses import replace

from curator.classify.gone_facts import GoneFacts
from curator.classify.howto import asks_code, is_howto, under_howto
from curator.classify.in_text import said_in_text
from curator.classify.main_area import MainArea
from curator.classify.own_content import after_own
from curator.classify.phrases import find, gated
from curator.classify.prose import prose_words, word_count
from curator.classify.sentence import SENTENCE_END, Blocks
from curator.classify.sentence_around import sentence_end
from curator.classify.statement import EMBEDDED_SHARE, Kind, Place
from curator.classify.window import NEAR_CHARS, TEXT_WINDOW, without
from curator.extract import PageMeta

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
    window = without(text, page.h1, page.title)
    among = gated(window)
    # Only the phrase book's sentences and labels: a clause of absence may be said of anything
    # ("We can't find that cat anywhere"), and a lost pet's or a sold-out colour's page opens
    # with one as its own first line (review 9).
    found = find(window, (Kind.DIRECT, Kind.LABEL), among) if among else None
    if found is None:
        return facts
    kind, lang, match = found
    start, stop = match.start(), match.end()
    said = said_in_text(window, kind, lang, start, stop, 0, among, Blocks(area.starts))
    rest = _sentence_rest(window, stop)
    if kind is Kind.DIRECT and said.plain and rest > MAIN_SENTENCE_REST:
        # "This item is no longer available in blue, but the red ones are in stock": the
        # statement opens a sentence that goes on about the item, a page's content
        said = said.mentioned(EMBEDDED_SHARE, f"the start of a sentence {rest} words longer")
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
    howto = is_howto(facts.title, facts.heading) or asks_code(
        (page.title, page.h1), window, [(start, stop)], Blocks(area.starts)
    )
    own = after_own(area.text, page, facts.title or facts.heading, statement, start)
    main = under_howto(own, howto)
    if main is not None and main.plain:
        # the main area's message: the prose around it is the main area's, not the rails'
        # summaries, a newsletter box's pitch or a consent notice the whole text counted
        facts = replace(facts, prose=min(facts.prose, prose_words(text)))
    return replace(facts, main=main)


def _sentence_rest(text: str, stop: int) -> int:
    """Words after ``stop`` up to the end of its sentence (or of the reach looked at)."""
    return word_count(text[stop : sentence_end(text, stop, stop + NEAR_CHARS, SENTENCE_END)])


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
