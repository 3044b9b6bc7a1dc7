"""How loudly a statement in a page's visible text says the page is gone.

A message stands early, in a text with little prose, as its own sentence; an article mentions
the same words late, amid paragraphs, quoted, asked about or inside a longer sentence. Each
of these keeps the statement a share of its strength (``classify.statement``), with the
reason in its note.
"""

from __future__ import annotations

import re

from curator.classify.continuation import goes_on_as_message, qualified
from curator.classify.framing import asked, conditional, of_translation, runs_on
from curator.classify.phrases import Language, statement_spans
from curator.classify.prose import SHORT_PROSE
from curator.classify.quotation import quoted
from curator.classify.restriction import restriction
from curator.classify.sentence import Blocks, opens_sentence
from curator.classify.statement import EMBEDDED_SHARE, QUOTED_SHARE, Kind, Place, Statement
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
    elif not opens_sentence(window, start, lang, blocks, stop):
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
    elif asked(window, stop):
        strength *= EMBEDDED_SHARE
        notes.append("asked about in a question")
    elif conditional(window, start, stop):
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


def _label_end(text: str, start: int, end: int, among: tuple[Language, ...]) -> int:
    """Where a label ends once the labels and codes that continue it are joined to it, in any
    language: "Lỗi 404" and "404 Not Found" are one label in "Lỗi 404 Not Found là gì"."""
    for span_start, span_end, _, _ in statement_spans(text[start : start + 80], among):
        if span_start <= end - start + 1:
            end = max(end, start + span_end)
    return end
