"""An error's wording that fills a page's heading: the name of what the page is about, or the
page's message, told apart by what follows it.

A band called "Error 404" heads its tour page with its name over a table of dates; a lyrics
site heads the song "Page Not Found" over its lines and credits; a film "Page introuvable"
over its cast and running time; a type foundry its font "404" over its styles and a specimen;
an exhibition "Nothing to See Here" over its dates and artists. A not-found page is headed with
the same words ("Page Not Found", "Fehler 404", "ページが見つかりません") and the title repeats
them beside the site's name, just as these do. The words alone cannot tell the two apart, and
no list of names could: what follows them does. A page that goes on to treat the words as the
subject of content of its own (rows, a description list, figures, lines, credits, files,
paragraphs: ``item_notice.beside``, the one measure of what of an item stands under its
heading) is about what they name; a page that offers only the site's chrome, a search box and
a link home under them says them as its message.

So here the heading's statement, the title's when it says the same words, and the text's when
they are the same words again (a tracklist naming the title song, the heading read in the text)
become mentions (``QUOTED_SHARE``, never said plainly) where, and only where:

- the whole heading is the statement (not a sentence: "Sorry, this page is gone!" is said to
  the reader) and it is no direct sentence of the phrase book ("The page you requested could
  not be found" is a message, whatever follows it) unless the page's structured data names a
  thing by those very words (below);
- a clause read by its structure names no page ("Nothing to See Here" may be a name, "This
  page has moved" says it of the page: ``said_of``);
- the title says nothing else plainly, and the text says nothing else plainly: a page that
  also says "The page you are looking for does not exist" is telling its reader;
- and the page declares the thing by that name in its structured data (``declared_thing``:
  a ``MusicGroup`` "Error 404", a ``DefinedTerm`` "404", a ``CollectionPage`` "Lost and
  found", wherever it stands in the JSON-LD; a not-found page's names its page, its
  breadcrumb or a site-wide band by the band's name), or the content of its own in the
  element the heading heads (``headed``: not the rails or the other comments a template sets
  after it, nor a hero header's tagline alone) reaches what keeps an item under a notice on
  its state (``item_notice.Beside.kept``), a song's verses counted as a section of its own
  beside their credits. What is the site's is not the name's (``_own``): a forum's topic
  list under "Latest", rows and terms that are ways to other pages (a "Recently updated"
  table of dates beside linked articles, a list of useful links), and a lone stanza naming
  nobody (a rhyme about being lost, a help box broken into lines).

Nothing here convicts: a page whose made-up sibling answers alike is judged on that.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from curator.classify.declared import declared_thing
from curator.classify.headed import headed
from curator.classify.item_content import (
    ITEM_CONTENT,
    SECTION_WORDS,
    Item,
    section_words,
    teaser_headings,
)
from curator.classify.item_notice import Beside, beside
from curator.classify.main_area import read_main, scope, walk
from curator.classify.name_context import (
    Reading,
    listed,
    paired,
    says_named,
    series_name,
    way_on,
)
from curator.classify.said_of import said_of_item
from curator.classify.site_help import without_help
from curator.classify.statement import QUOTED_SHARE, Kind, Place, Statement
from curator.classify.thin import document_title
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from lxml import etree

    from curator.classify.gone_facts import GoneFacts
    from curator.classify.main_area import Block

# ``item_content.count``'s names for table rows and description terms, and for media.
ROWS = ("rows", "media")
# What a section of the item's own weighs in ``item_content.count``: a song's verses are one.
SECTION_WEIGHT = 2.0
# Lines of a stanza (``_verses``): a song's or a poem's verse runs to four and more; a help
# box broken into lines says two or three ("Try the search box above<br>or go home").
STANZA_LINES = 4
# A credit: a label of up to three words without figures, a colon, then what follows it
# (``_credited`` asks two capitalised words of it: names).
_CREDIT = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\s*[:：]\s*(\S.{0,160})$")
# A byline: a dash, then who wrote it ("— Mara Keel, 2024", "– Lucía Ortega"), as poems and
# lyrics sign themselves under their lines (``_credited`` asks the same two capitalised words).
_BYLINE = re.compile(r"^[—–―-]\s*(\S.{0,160})$")
# The statements of the text read beside the heading's.
_TEXT = ("direct", "label", "main")
# Readings that together say a heading names a thing (``name_context``, content of its own).
NAMING = 2


def as_name(
    facts: GoneFacts,
    title: str | None,
    heading: str | None,
    url: str,
    root: etree._Element,
    blocks: tuple[Block, ...],
    is_state: Callable[[str], object],
    asked: str | None = None,
) -> GoneFacts:
    """``facts`` with an error's wording that fills the heading turned into a mention, with
    why, where the page goes on to give content of its own under it or says around it that
    it names a thing (``name_context``). ``is_state`` tells a sentence that states an item's
    state (``retired.state``), as ``item_notice`` reads it; ``asked`` is the link's own
    address (``url`` where no redirect led away from it): a not-found page a dead link is
    sent to stands at an address of its own ("/errors/404"), which names nothing asked for."""
    name = (heading or "").strip()
    if not name or name.endswith(SENTENCE_ENDS):
        return facts
    folded = name.casefold()
    # the heading's statement, or the title's where the heading repeats it (``gone`` keeps the
    # title's alone then: one statement the template makes twice), said plainly or already
    # taken for a name by another reader ("the title's name") while the text says it plainly;
    # a heading numbering the words in a series ("Folge 77: Fehler 404") names them as well
    names = {folded, series_name(name).casefold()} - {""}
    filling = [
        s
        for s in (facts.heading, facts.title, facts.clause)
        if s is not None
        and s.place in (Place.HEADING, Place.TITLE)
        and s.words.strip().casefold() in names
    ]
    if not filling:
        return facts
    # a thing the page's structured data declares by these very words: a sentence may be a
    # name then too ("ページが見つかりません" an album's), as where the page says so around it
    thing = declared_thing(root, folded)
    heading_element = _heading(root, folded)
    container = None if heading_element is None else headed(heading_element)
    context = (
        []
        if thing is not None or heading_element is None or container is None
        else says_named(
            folded, document_title(root) or title, asked or url, heading_element, container
        )
    )
    # a sentence, or words only the text says plainly, ask the page around them too
    strict = any(s.kind is Kind.DIRECT for s in filling) or not any(s.plain for s in filling)
    if thing is None and strict and not context:
        return facts  # "The page you requested could not be found": a message
    texts = [block.text for block in blocks]
    if any(s.kind is Kind.CLAUSE and not said_of_item(s, texts) for s in filling):
        return facts  # "This page has moved": said of the page, not a name
    same: list[Statement] = list(filling)
    text = (getattr(facts, field) for field in _TEXT)
    for statement in (facts.title, facts.heading, facts.clause, *text):
        if statement is None or not statement.plain or statement in same:
            continue
        words = statement.words.strip().casefold()
        if words != folded and not (statement.place is Place.TITLE and folded in words and context):
            # one row of a list under the name (a track "Page Not Found" on an album "404
            # Not Found") is the named thing's where the page names the heading by its
            # address or title; anything else the page says plainly is its message
            named_so = any(reading.strong for reading in context) or paired(context)
            if not (named_so and statement.place is Place.TEXT and _listed(words, root, folded)):
                return facts
        same.append(statement)
    if thing is not None:
        why = f"the name of the {thing} the page's structured data declares"
    else:
        if container is None:
            return facts
        # a line crediting people under the name (a play's director and cast, a song's
        # writers) bears the name out beside a player or the thing's own rows
        under = read_main(container).blocks
        credits = any(reading.source == "credits" for reading in context)
        if not credits and _credited(under, document_title(root) or title or ""):
            context.append(Reading("a line credits people under it", False, "credits"))
        # the site's help is not the name's, but where the page names the heading by its
        # address or title, or its content twice over, the rows under it are what it names (a
        # category's objects, an album's tracks), whatever their links lead to
        members = any(reading.strong for reading in context) or paired(context)
        if not members:
            container = without_help(container, url, folded)
            under = read_main(container).blocks
        found = beside(container, under, name, url, [folded], is_state, members)
        own = _own(found, teaser_headings(container, Item.of(name, url)), container, under)
        # content of its own names it (not under a sentence: that is a message over the
        # item's content), as two readings of the page around it do, or one beside such
        # content: one of them what the page is named at or by, or that content
        strong = own or any(reading.strong for reading in context) or paired(context)
        if (len(context) + own < NAMING or not strong) and (strict or not own):
            return facts
        readings = [reading.why for reading in context]
        readings += [f"its own content under it ({found.shown})"] if own else []
        why = f"the name of what the page is about: {'; '.join(readings)}"
    changes = {
        field: _mention(getattr(facts, field), same, why)
        for field in ("title", "heading", "clause", *_TEXT)
    }
    return replace(facts, **changes)  # type: ignore[arg-type]


def _listed(words: str, root: etree._Element, name: str) -> bool:
    """Whether ``words`` are one row of a list under the heading reading ``name``."""
    heading = _heading(root, name)
    container = None if heading is None else headed(heading)
    return heading is not None and container is not None and listed(words, container, heading)


def _heading(root: etree._Element, name: str) -> etree._Element | None:
    """The first main heading reading ``name`` (casefolded); what it heads is ``headed``'s."""
    return next((h for h in root.iter("h1") if collapse(all_text(h)).casefold() == name), None)


def _own(found: Beside, teasers: set[str], root: etree._Element, blocks: tuple[Block, ...]) -> bool:
    """Whether the content under the name is its own, weighed as ``item_notice`` keeps an item
    (``Beside.kept``), with two readings of rows and lines:

    - rows: where a subheading of that element stands over teasers of other pages (a forum's
      "Latest" over its topic list), the rows after it are those pages' (``item_content.count``
      counts every row after the heading), so rows do not count for the name there; nor does a
      row (or a term with its descriptions) that is a way to another page (``way_on``: a
      table of the site's sections, a "Recently updated" table of dates beside linked
      articles, a list of useful links);
    - lines: a stanza, ``STANZA_LINES`` lines or more set apart by line breaks with no link
      among them, read as the item's own lines are (``item_content.section_words``), is a
      section of the name's (a song's verses, a poem) beside a second stanza or a credit
      (``_credited``: who wrote or sang it); alone it weighs one, as a list of lines does in
      ``item_content``: a not-found page's rhyme about being lost, or its help box broken into
      lines, is one stanza over a link home, and names nobody.

    The lead's words alone do not count: a not-found page's help paragraph ("Try the search
    box above, or browse the categories…") runs as long as a work's description."""
    rows = sum(found.content.get(kind, 0.0) for kind in ROWS)
    own_rows = 0.0 if teasers else max(0.0, rows - _linked_rows(root))
    weight = found.weight - rows + own_rows
    verses = _verses(root)
    sung = SECTION_WEIGHT * verses if verses > 1 or _credited(blocks) else float(verses)
    return weight + sung >= ITEM_CONTENT


def _elements(root: etree._Element) -> Iterator[etree._Element]:
    """The main area's elements after its first heading, as ``item_content.count`` walks it."""
    start, inside = scope(root, fallback=root)
    seen_h1 = inside and next(start.iter("h1"), None) is None
    for out, element in walk(start, inside):
        if out or not isinstance(element.tag, str):
            continue
        if seen_h1:
            yield element
        seen_h1 = seen_h1 or element.tag == "h1"


def _linked_rows(root: etree._Element) -> int:
    """Rows and terms that are ways to other pages (``way_on``): a table of teasers."""
    return sum(1 for element in _elements(root) if element.tag in ("tr", "dt") and way_on(element))


def _credited(blocks: tuple[Block, ...], title: str = "") -> bool:
    """Whether a line of the element credits people (``_CREDIT``: "Songwriters: J. Okafor, M.
    Reyes.", "Composição: R. Lima."; ``_BYLINE``: "— Mara Keel"): a label of a few words or a
    dash, then names; not the names ``title`` holds ("Listen live: Harbour FM" names the
    station the title does, its site)."""
    for block in blocks:
        line = block.text.strip()
        found = _CREDIT.match(line) or _BYLINE.match(line)
        if not found or sum(1 for word in found.group(1).split() if word[:1].isupper()) < 2:
            continue
        if title and found.group(1).strip(" .").casefold() in title.casefold():
            continue
        return True
    return False


def _verses(root: etree._Element) -> int:
    """Stanzas: in elements of the main area (a paragraph, or the ``div`` many lyrics sites set
    verses in) with no link, runs of ``STANZA_LINES`` lines or more set apart by their own line
    breaks, whose lines read as the item's own (``section_words``). A blank line (two breaks)
    ends a stanza: many lyrics sites set a whole song in one ``div``, its verses so apart."""
    found = 0
    for element in _elements(root):
        if sum(1 for child in element if child.tag == "br") + 1 < STANZA_LINES:
            continue
        if next(element.iter("a"), None) is not None:
            continue  # a line that links is a way on ("or go back to the home page")
        stanza: list[str] = []
        for line in [*map(collapse, _broken(element)), ""]:
            if line:
                stanza.append(line)
                continue
            if len(stanza) >= STANZA_LINES and section_words(stanza) >= SECTION_WORDS:
                found += 1
            stanza = []
    return found


def _broken(element: etree._Element) -> list[str]:
    """The text of ``element`` cut at its line breaks."""
    lines, current = [], [element.text or ""]
    for child in element:
        if child.tag == "br":
            lines.append("".join(current))
            current = [child.tail or ""]
        else:
            current.append(all_text(child) + (child.tail or ""))
    lines.append("".join(current))
    return lines


def _mention(statement: Statement | None, same: list[Statement], why: str) -> Statement | None:
    if statement is None or statement not in same or not statement.plain:
        return statement
    return statement.mentioned(QUOTED_SHARE, why)
