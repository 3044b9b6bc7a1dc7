"""A short line standing where the item would be: a not-found page in the site's own voice.

A shop, a blog or a recipe site often answers a removed item with a line in its brand's voice
("This trail goes cold", "Il piatto è vuoto", "GAME OVER") and a way back. No phrase book lists
those lines, and no list could: each site writes its own. What an editor reads instead holds in
any language, and is what a live page the address names cannot lack:

- the address names an item: its last segment is a slug of subject words
  (``address.subject_words``), written in the letters the page uses;
- nothing on the page names it: not the title, which is the site's name or a line said to the
  reader (``thin.names_nothing``), not the heading, not the visible text, chrome and rails
  included (a page naming one of its slug's words anywhere is left alone);
- the main area (``main_area``) holds a line or two of its own and nothing of an item's: no
  picture with words, player, map, table, form or embedded document (``thin.main_pictures``);
- every link in it leads out: to the home page, a search, or a section one step deep;
- its line (the main area's words besides its heading) holds a word of absence from the clause
  book's gate, in any of its languages ("no longer", "wandered off", "rien", "entfernt",
  "perdido"): the line is about something missing, where a thank-you note, a teaser or a poem
  of the same shape is not. A heading alone is not enough: a pun there ("Gone fishing!" over a
  shop's holiday hours, "All gone!" over a sold-out night) is the site's play on words, and
  the line under it says what the page is.

A line that dates or counts something (a shop shut "from 22 December to 5 January", an object
"lost at sea in 1921") reports a fact, and a block set in verse is a poem: neither is a site's
line where its item would be (review 12: a holiday notice, a museum record, a short poem).

The shape alone is no verdict: a thank-you page, a "coming soon" teaser, an about page in jest
or a short poem whose heading does not repeat its slug has it too (DEV ``live-voice-lookalike``
convicted 8 of 15 such pages on the shape alone). A word of absence alone is no verdict either
(``classify.clauses`` reads such words only inside a clause about the page). Together they say
what an editor reads off such a page: here, where the item should be, the site says something is
missing and shows the way out.

A live page's title or heading names what its address names, or its main area carries it (a
photo with its caption, a form, a list, a paragraph of its own). A page with an opaque address
(``/p/30912``), a one-word slug or a title in another script than its slug says nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

from lxml import etree

from curator.classify import address
from curator.classify.main_area import CHROME_CHARS, Block, MainArea, reads_past, scope, walk
from curator.classify.page_state import awaited, blocked_here
from curator.classify.phrases import absence_word
from curator.classify.thin import (
    home_names,
    main_pictures,
    names_nothing,
    shown_title,
    word_count,
)
from curator.classify.window import TEXT_WINDOW
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Words of its own in the main area (its heading aside) up to which it holds a line said to the
# reader and a way back, not an item: a brand-voice sentence or two is 5-30 words.
LINE_WORDS = 30
# A heading longer than this is a headline or a name, not a line said to the reader.
HEADING_WORDS = 12
# Words of a main area up to which it is a line among a heavy template's rails, not an article
# (``awaited_line``): a corpus news template's rails read as its main area come to 110.
AWAITED_AREA_WORDS = 150
# Path segments up to which a link leads out of the item: the home page, a section.
SECTION_DEPTH = 1
# Line breaks in one block from which it is set as verse or an address: three lines or more.
VERSE_BREAKS = 2
# A figure in the line, an error code aside ("404: this trail goes cold").
_FIGURE = re.compile(r"\d")
_ERROR_CODE = re.compile(r"\b[45]\d\d\b")
# What a search page's address holds, in the languages the sets use.
SEARCH_WORDS = ("search", "suche", "recherche", "buscar", "busca", "cerca", "zoeken", "sok")


@dataclass(frozen=True, slots=True)
class StandIn:
    """A line and a way out where the item the address names would be, named nowhere."""

    words: tuple[str, ...]  # the slug's subject words, as folded
    absence: str  # the word of absence its line holds
    own_words: int  # words of the main area, its heading aside
    exits: int  # links in the main area, each leading out

    @property
    def says(self) -> str:
        return (
            f"{unnamed(self.words)}; its main area holds a line of {self.own_words} words "
            f"saying “{self.absence}” and {links_said(self.exits)}, under a title that is the "
            "site's name"
        )


def unnamed(words: tuple[str, ...]) -> str:
    """What the reason says of the address's item, named nowhere on the page."""
    return f"the address names “{'-'.join(words)}”, which nothing on the page names"


def links_said(exits: int) -> str:
    return f"{exits} link{'s' if exits != 1 else ''} out"


def read_stand_in(
    root: etree._Element,
    main: Callable[[], MainArea],
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
) -> StandIn | None:
    """The stand-in shape of a parsed page (``extract.Document.root``) at ``url``, or None.
    ``main`` gives its main area, read once a page (``inspect``). Read in order of cost: the
    slug, the title and heading, the text, the main area, then the tree."""
    shape = read_line(root, main, url, title, h1, text, lambda line, _: absence_word(line))
    if shape is None:
        return None
    return StandIn(shape.words, shape.said, shape.own_words, shape.exits)


@dataclass(frozen=True, slots=True)
class Line:
    """A line and a way out at an address naming an item that nothing on the page names."""

    words: tuple[str, ...]  # the slug's subject words, as folded
    line: str  # the main area's words besides its heading
    said: str  # what ``says`` found in the line or heading
    own_words: int  # words of the main area, its heading aside
    exits: int  # links in the main area, each leading out


def read_line(
    root: etree._Element,
    main: Callable[[], MainArea],
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
    says: Callable[[str, str], str | None],
) -> Line | None:
    """The shape ``read_stand_in`` reads, with what the line or heading says that it asks of
    them: ``says(line, heading)`` gives the words that support it, or None (read after the
    address, the title, the heading and the line, before the tree)."""
    site = home_names(root)
    # a slug's words that the site's own name holds name no item: a sock shop's addresses all
    # say "socks", as its logo does on every page
    words = tuple(
        word for word in address.subject_words(url) if address.shares_none((word,), *site)
    )
    if not words or not address.comparable(words, title, h1):
        return None
    if not address.shares_none(words, title, h1) or address.read(words, text, 0).in_text:
        return None
    if h1 and word_count(h1) > HEADING_WORDS:
        return None
    heading, line = _main_line(main, h1)
    own = word_count(line)
    if own > LINE_WORDS:
        return None
    if not address.comparable(words, line):
        return None  # a line in another script than the slug's may name the item in its own
    if _FIGURE.search(_ERROR_CODE.sub("", line)):
        return None  # a date or a count: the line reports a fact (a closure, a year), not a loss
    plain = unlinked(root, line)
    if awaited(heading, plain) is not None or blocked_here(heading, plain) is not None:
        return None  # the page is there for a reader who logs in, later or elsewhere
    said = says(line, heading)
    if said is None:
        return None
    shown = shown_title(root, title, h1)
    if not names_nothing(title, None, text, site, url) and (
        shown == title or not names_nothing(shown, None, text, site, url)
    ):
        return None  # the title names something: extraction's, or the document's own
    pictures = main_pictures(root)
    if pictures is None or any(any(ch.isalpha() for ch in shown) for shown in pictures):
        return None  # something to play, read or fill in, or a picture that shows something
    if _verse(root):
        return None  # a poem's or an address's lines, not a sentence said to the reader
    exits = links_out(root, url)
    if exits is None:
        return None
    return Line(words, line, said, own, exits)


def awaited_line(
    root: etree._Element, main: Callable[[], MainArea], h1: str | None, text: str
) -> str | None:
    """What a short page's heading or one of its lines says of the page being there for a
    reader who meets a condition (an account, a subscription, an age, a consent), at a time
    to come or in another region (``page_state``), or None. Such a page is its site's chrome
    around a line, and on a heavy template the main area's reading keeps some of the chrome's
    rails beside it (dates, "Sur le même sujet"); a main area of more than
    ``AWAITED_AREA_WORDS`` is an article's, read for its content. Nearly all of such a page is
    alike its site's answer to a made-up address, and that likeness is all the chrome's
    (``probe_answer``). ``main`` gives the main area, read once a page; read in order of cost:
    the text's length, a sentence of it saying so, the main area's first blocks, then the
    whole area's lines."""
    if len(text) > CHROME_CHARS:
        return None  # an article's text
    start = text[:TEXT_WINDOW]
    if awaited(start) is None and blocked_here(start) is None:
        return None  # nothing on the page says so; the main area's lines are read only if it does
    words = 0

    def long(block: Block) -> bool:
        nonlocal words
        words += block.words
        return words > AWAITED_AREA_WORDS

    if reads_past(root, long):
        return None
    heading = (h1 or "").strip()
    short = (b.text for b in main().blocks if b.words <= LINE_WORDS and b.text != heading)
    lines = unlinked(root, "\n".join(short)).split("\n")  # one walk of the area's links
    return awaited(heading, *lines) or blocked_here(heading, *lines)


def _main_line(main: Callable[[], MainArea], h1: str | None) -> tuple[str, str]:
    """The page's heading and its main area's words besides it."""
    heading = (h1 or "").strip()
    return heading, " ".join(b.text for b in main().blocks if not (heading and b.text == heading))


def unlinked(root: etree._Element, line: str) -> str:
    """``line`` without the words of the main area's links: "Back to the home page" and "Log
    in" are ways out, not what the line says."""
    start, inside = scope(root)
    for out, element in walk(start, inside):
        if not out and element.tag == "a":
            words = collapse(all_text(element))
            if words:
                line = line.replace(words, " ", 1)
    return line


def _verse(root: etree._Element) -> bool:
    """Whether a block of the main area is set in lines (``VERSE_BREAKS`` breaks or more)."""
    start, _ = scope(root)
    return any(
        sum(1 for child in block if child.tag == "br") >= VERSE_BREAKS
        for block in start.iter("p", "div", "blockquote")
    )


def links_out(root: etree._Element, url: str) -> int | None:
    """How many links the main area holds, when each leads out of the item (the home page, a
    search, a section one step deep); None when one leads to another item or page."""
    return links_leading(root, url, _leads_out)


def links_leading(
    root: etree._Element, url: str, leads: Callable[[SplitResult], bool]
) -> int | None:
    """How many links the main area of the page at ``url`` holds (anchors on the page aside),
    when each stays on its site and ``leads`` takes where it goes; None when one does not."""
    start, inside = scope(root)
    host = urlsplit(url).netloc.lower()
    count = 0
    for out, element in walk(start, inside):
        if out or element.tag != "a":
            continue
        href = (element.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        target = urlsplit(urljoin(url, href))
        if target.netloc.lower() != host or not leads(target):
            return None
        count += 1
    return count


def _leads_out(target: SplitResult) -> bool:
    segments = [segment for segment in target.path.split("/") if segment]
    if len(segments) <= SECTION_DEPTH and not target.query:
        return True
    folded = target.path.casefold()
    return any(word in folded for word in SEARCH_WORDS)
