"""What a page says about itself being gone, and how loudly it says it.

A "page not found" that answers 200 tells the visitor so in words: in its title, in its main
heading, or in a short message amid the site's chrome. An article about fixing 404 errors, or a
paragraph that quotes such an error, uses the same words as one part of a longer story. So every
statement found here carries a *strength*: how much of its title or heading it fills, or how
early and how alone it stands in the visible text. ``curator.classify.evidence`` weighs these
facts with the page's other signs; this module only reads them, while the page text is at hand
(``inspect`` drops the text straight after).

The wordings, in many languages, live in ``gone_phrases.json`` beside this module. This module
assembles the facts (``classify.gone_facts``); each question it asks has a module of its own:
where the phrase book's statements stand (``phrases``), how loudly one says it in a title,
heading or picture (``headline``, ``title_segments``) or in the text (``in_text``, with
``sentence``, ``framing``, ``quotation`` and ``scripts``), the prose around it (``prose``,
``window``), a how-to about the error (``howto``), the page's own content under its heading
(``own_content``) and a clause of absence (``clause_statements``), read where the phrase book
finds nothing or says it less plainly, the stronger of the two kept. The main area's message
(``main_message``) is read afterwards, only where the text says the page is gone less loudly.
"""

from __future__ import annotations

import re
from dataclasses import replace

from curator.classify import address
from curator.classify.address import Unanswered
from curator.classify.clause_statements import said_plainly, stronger, with_clause
from curator.classify.declared import declared_work
from curator.classify.gone_facts import BLANK_WORDS, GoneFacts
from curator.classify.headline import beside_prose, in_title, measure, named_work, unless_repeated
from curator.classify.howto import asks_code, is_howto, under_howto
from curator.classify.in_text import found_in_text, said_in_text
from curator.classify.own_content import after_own
from curator.classify.phrases import find, gated_both
from curator.classify.picture_item import picture_statement
from curator.classify.prose import prose_words, status_codes
from curator.classify.quotation import quoted
from curator.classify.sentence import Blocks
from curator.classify.soft404 import script_home, search_terms
from curator.classify.statement import Kind, Place, Statement
from curator.classify.thin import Thin
from curator.classify.window import TEXT_WINDOW, prose_around, without
from curator.classify.withheld import alone, withheld
from curator.extract import PageMeta


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
        return replace(
            facts, parked_prose=_parked_prose(page), parked_quoted=_parked_quoted(page, parked)
        )
    return _with_withheld(_statements(page, url, html_head, blocks), page, blocks)


def _with_withheld(facts: GoneFacts, page: PageMeta, blocks: Blocks | None) -> GoneFacts:
    """``facts`` with the text's claim that the item cannot be seen, removed or shown only to
    a few (``classify.withheld``), measured where it stands, where nothing else read says the
    page is gone plainly."""
    if facts.direct is not None or said_plainly(facts) or not page.text:
        return facts
    window = without(page.text[:TEXT_WINDOW], page.h1, page.title)
    found = withheld(window, blocks)
    if found is None:
        return facts
    prose, linked = prose_around(page.text, page.h1, found.start, blocks)
    if not alone(window, found, prose):
        return facts  # a comment or an embedded post withdrawn inside the page's own content
    said = said_in_text(
        window, Kind.DIRECT, found.lang, found.start, found.stop, prose, blocks=blocks
    )
    note = f"a claim it cannot be seen, removed or shown only to a few, {said.note}"
    return replace(facts, titled=True, prose=prose, linked=linked, direct=replace(said, note=note))


def _statements(
    page: PageMeta, url: str | None, html_head: str, blocks: Blocks | None
) -> GoneFacts:
    """The title's, heading's and text's statements of ``read_facts``, as the phrase book and
    the clauses read them."""
    text = page.text
    words = text.count(" ") + 1 if text else 0
    titled = bool(page.title or page.h1)
    unanswered = _unanswered(page, url, words)
    listed = _listed(page.text, url)
    home = script_home(url, html_head) if url and html_head and words < BLANK_WORDS else None
    window = without(text[:TEXT_WINDOW], page.h1, page.title)
    among, absences = gated_both(f"{page.title or ''}\n{page.h1 or ''}\n{window}")
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
        return with_clause(says_nothing, page, window, absences, html_head, blocks)
    title = in_title(page.title, among)
    heading = measure(page.h1[:300], Place.HEADING, among) if page.h1 else None
    if (title is not None or heading is not None) and page.declared:
        work = declared_work(page.declared)
        if work is not None:
            title, heading = named_work(title, work), named_work(heading, work)
    direct = find(window, (Kind.DIRECT,), among) if window else None
    label = find(window, (Kind.LABEL,), among) if window else None
    if not (title or heading or direct or label):
        return with_clause(says_nothing, page, window, absences, html_head, blocks)
    prose, linked = prose_around(text, page.h1, _start(direct or label), blocks)
    said = [found[2].span() for found in (direct, label) if found is not None]
    howto = is_howto(title, heading) or asks_code((page.title, page.h1), window, said, blocks)
    book = GoneFacts(
        empty=False,
        titled=True,
        words=words,
        prose=prose,
        linked=linked,
        codes=status_codes(window),
        title=under_howto(beside_prose(title, prose), howto),
        heading=beside_prose(unless_repeated(heading, title), prose),
        direct=under_howto(
            after_own(
                text,
                page,
                title or heading,
                found_in_text(window, direct, prose, blocks=blocks),
                _start(direct),
            ),
            howto,
        ),
        label=under_howto(
            after_own(
                text,
                page,
                title or heading,
                found_in_text(window, label, prose, among, blocks),
                _start(label),
            ),
            howto,
        ),
        unanswered=unanswered,
        listed=listed,
        script_home=home,
    )
    # the page's statement is its strongest reading, not the first reader's: a clause on the
    # item ("このプランは予約受付を終了しました") may say plainly what the book's words in it
    # say as part of a longer sentence; a how-to about the error says its words as its topic
    if not absences or howto or said_plainly(book):
        return book
    return stronger(book, with_clause(says_nothing, page, window, absences, html_head, blocks))


def _start(found: tuple[Kind, str, re.Match[str]] | None) -> int | None:
    return found[2].start() if found is not None else None


def _parked_prose(page: PageMeta) -> int:
    """The prose at the start of a page that carries a parking phrase. A lander says its line
    or two ("This domain is for sale. Make an offer."); an article on domain parking or on link
    rot goes on in paragraphs, whatever its title asks ("What is domain parking?")."""
    return prose_words(page.text[:TEXT_WINDOW])


def _parked_quoted(page: PageMeta, parked: str) -> bool:
    """Whether the parking phrase stands in the title and text only inside quotation marks: a
    lander says its line as its own; a news report or a forum post quotes it as what someone
    found. A phrase the visible words never show (a parking service's script) is no quote."""
    found = False
    for text in (page.title or "", page.text[:TEXT_WINDOW]):
        for match in re.finditer(re.escape(parked), text, re.IGNORECASE):
            if not quoted(text, match.start(), match.end()):
                return False
            found = True
    return found


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
    prose = prose_words(without(page.text[:TEXT_WINDOW], page.h1, page.title))
    return address.read(subject, page.text, prose)


def with_thin(facts: GoneFacts, thin: Thin | None) -> GoneFacts:
    """``facts`` with the thin shape of the page (``classify.thin``) and what its pictures'
    words say, each read as a heading's words are. A picture whose words say nothing of the
    kind, or nothing at all (a photo's caption, ``IMG_2041.jpg``), is the page's content: the
    page is not thin then."""
    if thin is None:
        return facts
    pictured: Statement | None = None
    for words in thin.pictures:
        said = picture_statement(words)
        if said is None:
            return facts
        if pictured is None or said.strength > pictured.strength:
            pictured = said
    return replace(facts, thin=thin, pictured=pictured)
