"""A clause of absence (``classify.clauses``) as a statement: where it stands and how loudly
it says the page is gone.

"This trail goes nowhere" or "We can't find the page you asked for" is measured where it
stands as the phrase book's statements are (a share of the title or heading, a place in the
text), and weakened where it is said of the page's own item, quoted, or is a name. Read where
the phrase book found nothing. A clause saying the page sought is missing, or an item's noun
said to be absent ("Товар не найден", "Cette annonce a été vendue ou supprimée"), is as plain
as the phrase book's sentences and weighs as one. Where the book's words stand in the
page less plainly (inside a longer sentence, a label in passing), the clause is read too and the
stronger of the two kept (``stronger``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial

from curator.classify import clauses
from curator.classify.continuation import advice_after, qualified
from curator.classify.evidence import DEFAULT_WEIGHTS
from curator.classify.framing import asked, conditional, general
from curator.classify.gone_facts import GoneFacts
from curator.classify.headline import (
    REPORTED_NOTE,
    SHOWN_NOTE,
    apology_words,
    beside_prose,
    reports,
    shown_as,
    voice_note,
    voiced_words,
)
from curator.classify.in_text import said_in_text
from curator.classify.own_content import (
    CONTENT_ITEMS,
    NOTICE_PROSE,
    after_own,
    own_content,
    under_own_name,
)
from curator.classify.phrases import merged_words
from curator.classify.prose import status_codes, word_count
from curator.classify.quotation import QUOTED_NOTE, quoted
from curator.classify.restriction import everywhere, restriction, restricts_all
from curator.classify.said_of import in_address
from curator.classify.sentence import Blocks
from curator.classify.statement import (
    EMBEDDED_SHARE,
    MAIN_SHARE,
    QUOTED_SHARE,
    Kind,
    Place,
    Statement,
)
from curator.classify.title_segments import title_readings
from curator.classify.window import prose_around
from curator.extract import PageMeta

# The note of a headline's statement weighed by its share of the headline's words alone
# (``headline.measure``), with no other reading appended.
_SHARE_ONLY = re.compile(r"\d+ of \d+ words of the (?:heading|title)")
# An item's absence on a page that names itself a search's answer ("Hasil pencarian"): what the
# search found, not the page's message (``clauses.names_search``).
SEARCHED_NOTE = "what a search found, on a page titled as its results"


def with_clause(
    facts: GoneFacts,
    page: PageMeta,
    window: str,
    absences: dict[str, list[int]],
    html_head: str = "",
    blocks: Blocks | None = None,
) -> GoneFacts:
    """``facts`` with the strongest clause saying that what the page points at is absent
    (``classify.clauses``), in its title, its heading or its text, measured as the phrase
    book's statements are there. Read where the phrase book found nothing, or nothing plain.
    ``absences`` holds where each language's words of absence end in the window, from the gate's
    one pass (``gated_both``), and says which languages the title and heading may hold a clause
    in."""
    if not absences:  # nearly every page: no word of absence anywhere
        return facts
    text = page.text
    heading = (page.h1 or "")[:300]
    among = clauses.languages(absences)
    found = clauses.clauses(window, among, absences) if window else []
    found = [clause for clause in found if not in_address(window, clause.start)]
    first = _first(found)
    # read only where an item's clause is found: the search's words are one alternation of
    # every language's, about 0.1 ms over a title and heading, and most pages' clauses name none
    searched = cache(partial(clauses.names_search, page.title, page.h1))
    shown = _clause_in(heading, Place.HEADING, among, searched) if heading else None
    best = None
    if page.title:
        readings = title_readings(page.title[:300])
        measured = [_clause_in(reading, Place.TITLE, among, searched) for reading in readings]
        best = max((m for m in measured if m is not None), key=lambda s: s.strength, default=None)
        if best is not None and shown is not None and shown.note.endswith(QUOTED_NOTE):
            # the heading quotes the words the title carries ("Review: “Nothing to See Here”"):
            # the title names a work by them, as the heading does
            best = best.mentioned(QUOTED_SHARE, "quoted as a name in the heading")

    def in_text(prose: int) -> Statement | None:
        if first is None:
            return None
        kind = Kind.DIRECT if first.sought or first.item else Kind.CLAUSE
        said = said_in_text(window, kind, first.lang, first.start, first.end, prose, blocks=blocks)
        what = clauses.STATE_NOTE if first.state else _clause_note(first.sought, first.item)
        said = replace(said, note=f"{what}, {said.note}")
        if first.item and said.plain and qualified(window, first.start, first.end, blocks, True):
            said = said.mentioned(EMBEDDED_SHARE, "qualified by the rest of its sentence")
        elif first.item and said.plain and general(window, first.start, first.end):
            said = said.mentioned(EMBEDDED_SHARE, "a rule on items of its kind (“… when …”)")
        elif first.item and said.plain and searched():
            said = said.mentioned(EMBEDDED_SHARE, SEARCHED_NOTE)
        elif (
            first.item
            and said.plain
            and (
                restricted := restriction(window, first.start, first.end, first.lang, blocks, True)
            )
        ):
            said = said.mentioned(EMBEDDED_SHARE, restricted)
        own = after_own(text, page, None, said, first.start)
        lone = clauses.alone(window, first) if first.sought else None
        if lone or (lone is False and advice_after(window, first)):
            # the page the visitor asked for, said to be missing as the text's one sentence or
            # followed only by the site's advice ("Check the address or use the search"), is
            # not a notice on the item a heading names: under a section's generic name ("Health
            # Library") it is the page's message, as the phrase book's sentences are there.
            # Where no sentence's end is ever marked, the heading's reading stands.
            return own
        listed = own_content(html_head)
        about_item = (
            (first.state or (first.item and clauses.restated(window, first)))
            and prose <= NOTICE_PROSE
            and listed < CONTENT_ITEMS
        )
        item = first.item and listed < CONTENT_ITEMS  # the rest is read in the tree
        return under_own_name(page, own, about_item=about_item, item=item)

    # A clause said plainly nowhere (quoted, asked, under the page's own name) is left out: it
    # could only ever back other signs up, and the prose around it is the costly part to count.
    if not any(c is not None and c.plain for c in (shown, best, in_text(0))):
        return facts
    prose, linked = prose_around(text, page.h1, first.start if first else None, blocks)
    candidates = [beside_prose(shown, prose), beside_prose(best, prose), in_text(prose)]
    clause = max((c for c in candidates if c is not None), key=_weighed, default=None)
    if clause is None:
        return facts
    facts = replace(facts, prose=prose, linked=linked, codes=status_codes(window))
    if clause.kind is not Kind.DIRECT:
        return replace(facts, clause=clause)
    # it tells the visitor the page they sought is missing, as the phrase book's sentences do
    if clause.place is Place.TITLE:
        return replace(facts, title=clause)
    if clause.place is Place.HEADING:
        return replace(facts, heading=clause)
    return replace(facts, direct=clause)


def _first(found: list[clauses.Clause]) -> clauses.Clause | None:
    """The text's first clause, or the item clause that overlaps it: "Este inmueble ya no está
    disponible" is a clause of absence from "Este" and the item's from "inmueble", and says
    the item is gone, not that something is not here. The item clause keeps the head's start:
    its determiner is its first word, so "Sorry, this product is no longer available" opens
    its sentence at "this", not inside it at "product". Where the head is what the visitor
    asked for ("Zadané téma neexistuje", "Запрошенная тема не найдена": the topic *specified*,
    *requested*), the item is the thing sought, not one item among others the page shows: the
    clause stays ``sought`` as well, and is read as the page's message where it is alone."""
    if not found:
        return None
    head = found[0]
    for clause in found[1:]:
        if clause.start >= head.end:
            break
        if clause.item and not head.item:
            return replace(clause, start=min(head.start, clause.start), sought=head.sought)
    return head


def _items(found: list[clauses.Clause]) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.lang) for c in found if c.item]


def _weighed(clause: Statement) -> float:
    """What a statement adds to the page's score where it lands: only one clause is kept, and a
    heading that tells the visitor the page they sought is missing ("找不到这个网页") outweighs
    a stronger clause of absence in the text below it ("在这个位置没有找到任何东西")."""
    if clause.kind is Kind.CLAUSE:
        return clause.strength * DEFAULT_WEIGHTS["clause"]
    if clause.kind is Kind.LABEL and clause.place is Place.TEXT:
        return clause.strength * DEFAULT_WEIGHTS["label"]
    feature = {Place.TITLE: "title", Place.HEADING: "heading"}.get(clause.place, "direct")
    return clause.strength * DEFAULT_WEIGHTS[feature]


def _clause_note(sought: bool, item: bool = False) -> str:
    if sought:
        return "a clause saying the page sought is missing"
    return "a clause saying the item is gone" if item else "a clause of absence"


def _clause_in(
    value: str, place: Place, among: tuple[clauses.Concepts, ...], searched: Callable[[], bool]
) -> Statement | None:
    """A clause in a title or heading, and the share of its words it covers (as ``measure``).
    ``searched()`` says whether the page names itself a search's answer; asked only of an
    item's clause, the one reading it weighs."""
    found = clauses.clauses(value, among)
    if not found:
        return None
    spans = [(c.start, c.end, Kind.CLAUSE, c.lang) for c in found]
    # "… ni en ligne ni en magasin": where the item is gone is said with its clause
    wide = [(a, b, Kind.CLAUSE, "") for a, b in everywhere(value, _langs(found))]
    covered = merged_words(value, spans + wide) + apology_words(value, found[0].start, place)
    # "Das Thema existiert nicht oder wurde ausgeblendet": a second predicate of the same
    # subject, joined by "or", says it gone or out of reach with the clause (as ``measure``);
    # inside a condition ("When a product is no longer available and has been discontinued")
    # both predicates describe a case, and the heading is a how-to's, not the notice
    last = max(found, key=lambda clause: clause.end)
    if not conditional(value, found[0].start, last.end):
        covered += clauses.coordinated(value, last.end, last.lang)
    total = max(1, word_count(value))
    voiced = voiced_words(value, found[0].start, last.end, place) if covered < total else 0
    share = 1.0 if voiced else min(1.0, covered / total)
    strength = share if share >= MAIN_SHARE else 0.0
    sought = any(c.sought for c in found)
    item = any(c.item for c in found)
    note = f"{_clause_note(sought, item)}, {covered} of {total} words of the {place.value}"
    note += voice_note(covered, total, voiced)
    plain = False
    if all(quoted(value, c.start, c.end) for c in found):
        strength *= QUOTED_SHARE
        note += QUOTED_NOTE
    elif all(asked(value, c.end) for c in found):
        strength *= EMBEDDED_SHARE
        note += ", asked about in a question"
    elif all(shown_as(value, c.end) for c in found):
        strength *= EMBEDDED_SHARE
        note += SHOWN_NOTE
    elif all(reports(value, c.start, c.end) for c in found):
        strength *= EMBEDDED_SHARE
        note += REPORTED_NOTE
    elif item and not sought and searched():
        strength *= EMBEDDED_SHARE
        note += f", {SEARCHED_NOTE}"
    elif item and not sought and (restricted := restricts_all(value, _items(found), True)):
        strength *= EMBEDDED_SHARE
        note += f", {restricted}"
    else:
        plain = strength > 0
    kind = Kind.DIRECT if sought or item else Kind.CLAUSE
    return Statement(place, kind, found[0].lang, value[:120], strength, note, plain)


def said_plainly(book: GoneFacts) -> bool:
    """Whether the phrase book read a statement said as the page's own words: its message then,
    which no clause of the same page needs to outweigh."""
    said = (book.title, book.heading, book.direct, book.label)
    return any(statement is not None and statement.plain for statement in said)


def stronger(book: GoneFacts, read: GoneFacts) -> GoneFacts:
    """The phrase book's reading of a page with the clause ``with_clause`` read in its text
    where that clause weighs more than the book's statements there: "このプランは予約受付を終了
    しました" holds the book's "受付を終了しました" inside a longer sentence and an item clause that
    is the whole sentence. The book's weaker statements in the text are dropped, not added to
    the clause, so one sentence is never counted twice. A title or heading stays the book's: it
    was weighed there with what the page says of itself (a how-to's topic, a work's name), which
    a clause read alone does not know ("404エラー（ページが見つかりません）の原因と対処法").
    Only the book's words inside the clause's own sentence give way to it: where the book reads
    a statement in another sentence, the page says two things, and a clause that stands alone
    beside it is as likely a quote ("Its German 404 message reads: Diese Seite scheint nicht zu
    existieren. Its Dutch one says: Blijkbaar bestaat deze pagina niet.")."""
    wider = _wider_heading(book, read)
    if wider is not None:
        return wider
    unread = _unread_headline(book, read)
    if unread is not None:
        return unread
    clause = read.direct or read.clause
    if clause is None or clause.place is not Place.TEXT:
        return book
    rivals = [s for s in (book.direct, book.label) if s is not None]
    if not all(_within(s.words, clause.words) for s in rivals):
        return book
    if _weighed(clause) <= max((_weighed(s) for s in rivals), default=0.0):
        return book
    return replace(
        book,
        prose=max(book.prose, read.prose),
        codes=max(book.codes, read.codes),
        direct=read.direct,
        label=None,
        clause=read.clause,
    )


def _wider_heading(book: GoneFacts, read: GoneFacts) -> GoneFacts | None:
    """The clause's reading of the heading where the book read a statement in fewer of its words
    and nothing but that share kept it from counting: "மன்னிக்கவும், நீங்கள் தேடிய பக்கம்
    கிடைக்கவில்லை" holds the book's label in two of its five words and a clause of the page
    sought, after an apology, in all five. A book's heading weakened for anything else (a
    how-to's topic, a work's name, a question, prose under it) stays the book's."""
    shown = read.heading if read.heading is not None else read.clause
    mine = book.heading
    if shown is None or shown.place is not Place.HEADING or not shown.plain:
        return None
    if mine is None or mine.plain or not _SHARE_ONLY.fullmatch(mine.note):
        return None
    if shown.kind is Kind.DIRECT:
        return replace(book, heading=shown, prose=max(book.prose, read.prose))
    return replace(book, heading=None, clause=shown, prose=max(book.prose, read.prose))


def _unread_headline(book: GoneFacts, read: GoneFacts) -> GoneFacts | None:
    """The clause's plain reading of the title or heading where the book read neither, only a
    weaker statement in the text: "This show is no longer available" over "The creator of this
    podcast has removed it" (the book's "has removed", inside a longer sentence). The book's
    text statement is another sentence and stays as it was; the headline it did not read is the
    page's notice, as it would be on a page where the book read nothing at all."""
    if book.title is not None or book.heading is not None:
        return None
    title = read.title if read.title is not None and read.title.plain else None
    heading = read.heading if read.heading is not None and read.heading.plain else None
    if title is None and heading is None:
        return None
    return replace(book, title=title, heading=heading, prose=max(book.prose, read.prose))


def _within(words: str, sentence: str) -> bool:
    """Whether ``words`` stand inside ``sentence``, spaces and case aside."""
    return " ".join(words.split()).casefold() in " ".join(sentence.split()).casefold()


def _langs(found: list[clauses.Clause]) -> list[str]:
    return [c.lang for c in found if c.item]
