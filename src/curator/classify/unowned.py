"""What a short page has of its own, set beside what its site shows at a made-up address.

A site whose unknown addresses answer 200 with its not-found page drawn afresh for each path
(the rails of suggested items, a render stamp and the echoed path differ per draw) shows a dead
item's address the same way. When that page says next to nothing ("¡Ups!", "Hmm.", "Weg.", a
brand-voice line, an empty entry under the full template), the probe's whole-page sketch cannot
tell it from a live short page of the same site: the rails and menus are most of both pages'
words, and one short line of difference is below what a sketch of 64 word 4-grams sees (a live
thank-you page there is 77-80% alike the catch-all, the gone page drawn again 83-88%; sd-thin,
bench/README.md).

What tells them apart is what the page has of its own once the site's template is set aside:
the words of its main area and its heading (``classify.main_area``, chrome left out), numbers
and the page's own address set aside as the sketch sets them aside. A page titled as the
site's answer to a made-up address is titled, whose main area holds exactly that answer's
words, and nothing to look at, play, fill in or draw, has nothing of its own: it *is* that
answer. A live short page says something the catch-all does not ("Thanks! Your order is in.",
a heading "Coming soon", a one-line brief), or shows something (a video, a PDF, a gallery), or
leaves its main area to a script (an empty element with an id or data attributes, a
framework's mount point), and is not read.

A site whose made-up addresses answer an honest 404 with such a page, drawn for the path, may
still answer a dead item's own address 200 with it (a brand-voice "Lost? So are we.", one word
and a link home): the 404's words are read the same way, with the same guards (an app's shell
answering 404 at unknown routes and 200 at live ones has a mount point; a 404 body that is the
home page, canonical link and all, is no not-found page), and the reason names the 404.

A site whose every page is one layout table, or carries a jump-to-forum menu or a list of
topics under the message, puts a table or a form field in the main area of its not-found view
too: read alone, that looks like the page's own content. Where the made-up address's page holds
the same one (its tag, class and id), it is the site's template, and the words are compared as
on any page. And a view drawn for the address may add a line of its own to the made-up
address's words (a way back to the index, the slug named, a suggestion): a page that says all
of those words, and besides them no more than half as many, says the same thing under the same
title (``said_own``), where the whole-page sketch already finds the template alike (review 23's
board: 61% alike, 11 words said and 3 besides).

The words are kept as a few 32-bit hashes (``PageShape.own``, ``ProbeAnswer.own``), only for
pages that are short in words: a page with more to say is not this shape, and the hashes ride
with every link until its probe is in.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator import urls
from curator.classify.address import subject_words
from curator.classify.empty_main import ELSEWHERE_WORDS, render_target, words_elsewhere
from curator.classify.front import front_cannot_answer
from curator.classify.main_area import LINK_DENSE, MainArea, scope, walk
from curator.classify.mount import holds_mount
from curator.classify.page_sketch import HASH_CODE, address_phrases, packed_hashes
from curator.classify.probe_answer import ProbeAnswer, same_title
from curator.classify.scripts import CLOSE_SCRIPT
from curator.classify.signin import sign_in_route
from curator.classify.thin import main_scan
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Words a main area holds at most for its words to be kept: a line said to the reader, a render
# stamp and a rail's heading. A page that says more is not a page with nothing of its own.
OWN_WORDS = 32
# Measured values (a number with a percent or degree sign or a unit of measure) that make a main
# area's words its own: a not-found page states none (its render stamp is a time, a date or a
# request id, at most "in 0.12 s"); a page that states two ("12°C, wind 20 km/h", "99.98%,
# average response 212 ms") says something of its own, even where a made-up address shows the
# same labels with dashes (a review's weather and uptime pages, called gone without this).
STATED_VALUES = 2
_VALUE = re.compile(
    r"\d(?:[\d.,]*\d)?\s?(?:[%‰°]|(?:km/h|mph|kwh|hpa|km|cm|mm|kg|mg|ms|gb|mb|kb|tb|ml)\b)",
    re.IGNORECASE,
)
# What a main area may hold and still be read for its words, when the made-up address's page
# holds the same one at the same place: the site's template then (a forum whose every page is a
# layout table, a jump-to-forum menu, a list of topics under the message), never a player, an
# embed or a place a script draws into, which are what a page shows (``thin.main_scan``).
SHARED_CONTENT = frozenset({"table", "select", "input", "textarea", "dl"})
# Marks of held content are hashed from this up (the last 256 values of 32 bits), words'
# CRC-32s below it: a page's word count leaves the mark out. A panel's words, its heading's and
# its contents' (``_panels``), are kept from ``_PANEL_FROM`` up, 24 bits of each word's hash
# under 7 bits of its heading's, so two pages' panels are told apart by heading and compared as
# one each, the table or list it is (all 24 bits set) with them; the page's other words below
# it (their CRC-32s' low 31 bits).
_HASHES = 2**32
_MARKS_FROM = _HASHES - 256
_PANEL_FROM = 2**31
_PANEL_KEYS = 127
_PANEL_WORD = 2**24 - 1
# A page that says everything the made-up address's page says, and besides it no more than
# this share of those words (a way home, a search box's label, a suggested item or two), says
# the same thing: its own address's words set aside, as the sketch sets them aside.
EXTRA_SHARE = 0.5
# Words the made-up address's page must say for a page holding them to be read as saying it.
SAID_WORDS = 3
# Links a box holds for it to be a row of the site's links, when they are most of its words
# (``_in_menu``): a header's "Search · Members · Log in", never a line's "Log in or register".
MENU_LINKS = 3
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def own_words(root: etree._Element, main: MainArea, h1: str | None, url: str) -> bytes | None:
    """The hashes of the words a parsed page (``extract.Document.root``) at ``url`` has of its
    own: its heading's and its main area's (``main``), numbers and its quoted address set
    aside, sorted and packed. None when the page is not read so: its main area holds something
    to look at, play or fill in, a picture, a place a script draws into, more than a line, or
    measured values of its own (``STATED_VALUES``); or its text stands outside its main landmark."""
    if main.words > OWN_WORDS * 2:
        return None
    if len(_VALUE.findall(main.text)) >= STATED_VALUES:
        return None  # values of its own: the labels a made-up address shows, filled in
    start, inside = scope(root)
    pictures, held = main_scan(root)
    if pictures or (held is not None and held.tag not in SHARED_CONTENT):
        return None  # a player, a map, a document, a mount point, a picture
    if render_target(start) or holds_mount(start):
        return None  # the page's content is drawn by a script, not written in its words
    if inside and words_elsewhere(next(root.iter("body"), root), start) >= ELSEWHERE_WORDS:
        return None  # an article in a section after the main landmark
    panels = _panels(start, inside)
    if main.words - sum(len(contents.split()) for _, _, contents in panels) > OWN_WORDS:
        return None  # more than a line of its own beside the board's panels
    if _asks_to_sign_in(start, inside):
        return None  # the page may be there for members: not gone, whatever made-up URLs show
    plain = Counter(tokens(f"{h1 or ''} {main.text}", url))
    hashes: set[int] = set()
    for panel, heading, contents in panels:
        key = zlib.crc32(" ".join(tokens(heading, url)).encode()) % _PANEL_KEYS
        said = tokens(f"{heading} {contents}", url)  # its heading is the board's as well
        plain.subtract(said)
        hashes.update(_PANEL_FROM + (key << 24) + (_word_hash(word) & _PANEL_WORD) for word in said)
        if held is not None and (held is panel or panel in held.iterancestors()):
            hashes.add(_PANEL_FROM + (key << 24) + _PANEL_WORD)  # the panel's, kept with it
            held = None
    if sum(count for count in plain.values() if count > 0) > OWN_WORDS:
        return None
    hashes.update(_word_hash(word) for word, count in plain.items() if count > 0)
    if held is not None:  # a table or a form field: the page's own unless its site's template
        hashes.add(_held_mark(held))
    return packed_hashes(sorted(hashes))


def _panels(start: etree._Element, inside: bool) -> list[tuple[etree._Element, str, str]]:
    """The main area's panels, each as its element, its heading's words and its contents': a
    list of names or counts led by its own term (``<dl>`` whose first child is a ``<dt>``, each item
    after it a few words: "Online: ana · rui"), or a grid of its own, no table in it, headed
    by its first row (one cell across its columns, or header cells: "Who is online") over rows
    of two cells or more. A board draws them on every view, found or not, with what changes
    between any two of its pages (who is online, counts, times). A box of one column under a
    heading, or terms of a sentence each, is where a page says its message: never a panel."""
    found: list[tuple[etree._Element, str, str]] = []
    for out, element in walk(start, inside):
        if out:
            continue
        if element.tag == "dl":
            terms = [child for child in element if isinstance(child.tag, str)]
            items = terms[1:]
            if terms and terms[0].tag == "dt" and items and all(_listed(item) for item in items):
                found.append((element, all_text(terms[0]), _spaced(items)))
        elif element.tag == "table" and _grid(element):
            rows = list(element.iter("tr"))
            found.append((element, _spaced(_cells(rows[0])), _spaced(rows[1:])))
    return [panel for panel in found if panel[1].strip()]


# Words an item of a list of terms holds at most for the list to be a panel's: a name, a count
# ("ana_r", "12 guests"), never a sentence.
LISTED_WORDS = 3


# What parts a term's list of names runs in: "rui, kasia_b, tomek, hiro", "ana · rui".
_NAME_BREAKS = re.compile(r"\s*[,;·•|、，]\s*")


def _listed(item: etree._Element) -> bool:
    """A name or a count, or a run of them between commas (who is online: "rui, kasia_b,
    tomek, hiro"): each part a few words, where a sentence's clauses run longer."""
    return all(len(part.split()) <= LISTED_WORDS for part in _NAME_BREAKS.split(all_text(item)))


def _grid(table: etree._Element) -> bool:
    """Whether a table is a grid under its own heading row (``_panels``)."""
    if any(inner is not table for inner in table.iter("table")):
        return False
    rows = list(table.iter("tr"))
    if len(rows) < 2 or any(len(_cells(row)) < 2 for row in rows[1:]):
        return False
    head = _cells(rows[0])
    if len(head) == 1:
        return _span(head[0]) >= 2
    return bool(head) and all(cell.tag == "th" for cell in head)


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _span(cell: etree._Element) -> int:
    try:
        return int(cell.get("colspan") or 1)
    except ValueError:
        return 1


def _spaced(elements: list[etree._Element]) -> str:
    """The text of ``elements``, each of their cells and terms apart, as the main area reads
    them (a row's cells are blocks: "Newest member" and "ana_r" are two words, not one)."""
    return " ".join(
        " ".join(all_text(part) for part in element if isinstance(part.tag, str))
        or all_text(element)
        for element in elements
    )


def _word_hash(word: str) -> int:
    """A word's hash as the page's own words keep it: below ``_PANEL_FROM``."""
    return zlib.crc32(word.encode()) & (_PANEL_FROM - 1)


def _held_mark(element: etree._Element) -> int:
    """What a table or form field in the main area is kept as beside the words: its tag, class
    and id hashed into the last 256 values of 32 bits, so two pages' words are the same only
    where both hold the same one (a forum's layout table, a jump-to-forum menu), and the count
    of words leaves it out."""
    name = f"{element.tag}.{element.get('class') or ''}#{element.get('id') or ''}"
    return _MARKS_FROM + zlib.crc32(name.encode()) % (_HASHES - _MARKS_FROM)


def wanted(answer: ProbeAnswer | None, title: str | None) -> bool:
    """Whether a page titled ``title`` is read for its own words, given its shape's answer to
    made-up URLs when the worker holds it: only where that answer is a page under the same
    title whose own words were read (a catch-all, or a short not-found page served with 404;
    a bare 404, most hosts', makes the reading moot), or where the answer is not held yet. A
    page left unread while its answer changes later in the run gets no evidence from this
    sign, the harmless direction (as ``probe.reads_words``)."""
    if answer is None:
        return True
    if answer.not_found:
        return answer.own is not None and same_title(title, answer.title)
    return answer.catch_all and same_title(title, answer.title)


def tokens(text: str, url: str) -> list[str]:
    """The words of ``text`` as a page's own are compared: casefolded, the page's address (as
    its words run, ``probe.address_phrases``) and every word holding a digit (a render stamp's
    time, a request id, a date) set aside; Chinese, Japanese and Korean by pairs of characters,
    as they are written without spaces."""
    joined = " ".join(_WORD.findall(_DIGITS.sub("0", text.casefold())))
    for phrase in address_phrases(url):
        joined = f" {joined} ".replace(f" {phrase} ", " ")
    found: list[str] = []
    for word in joined.split():
        if _DIGIT.search(word):
            continue
        if CLOSE_SCRIPT.search(word):
            found.extend(word[at : at + 2] for at in range(max(1, len(word) - 1)))
        else:
            found.append(word)
    return found


def same_own(page: bytes | None, answer: bytes | None) -> int:
    """How many words the page has that the answer has too, when they are the same words, word
    for word (0 when either was not read, the words differ, or there are none): a page whose
    own words are the answer's, and the answer's no more than the page's."""
    if page is None or answer is None or not page:
        return 0
    if page == answer:
        return _word_count(set(array(HASH_CODE, page)))
    ours, theirs, aside = _set_aside(set(array(HASH_CODE, page)), set(array(HASH_CODE, answer)))
    if not aside or ours != theirs or _plain_count(theirs) < SAID_WORDS:
        return 0
    return _word_count(theirs)


def said_own(
    page: bytes | None, answer: bytes | None, page_url: str, answer_url: str
) -> tuple[int, int]:
    """How many words of the answer's the page says, and how many it says besides, when it
    says all of the answer's and few besides ((0, 0) otherwise): the site's not-found view
    drawn for this address with a way home, a search box or a suggestion of its own. Each
    page's own address is set aside, every segment of it: a view that names the missing page
    by its slug ("The note 'Bean Trellis' does not exist") echoes its path as the made-up
    address's page echoes its own. Both must hold the same table or form field, or neither.
    At an address naming one record (``_names_record``), a panel the answer holds none of
    under its heading is set aside too (``_lone_aside``); at a single word of an address, only
    the answer's words word for word are its words, none besides (a section's page saying the
    catch-all's welcome line over a grid of opening hours, DEV's pb25-l-old-it-hours)."""
    if not page or not answer:
        return 0, 0
    ours = set(array(HASH_CODE, page)) - _address_hashes(page_url)
    theirs = set(array(HASH_CODE, answer)) - _address_hashes(answer_url)
    if {h for h in ours if h >= _MARKS_FROM} != {h for h in theirs if h >= _MARKS_FROM}:
        return 0, 0
    ours, theirs, _ = _set_aside(ours, theirs)
    record = _names_record(page_url)
    if record:
        ours = _lone_aside(ours, theirs)
    elif any(_PANEL_WORD in words for words in _lone(ours, theirs).values()):
        return 0, 0  # a table or a list the answer lacks: as any held content, the page's
    said, besides = _word_count(theirs), _word_count(ours - theirs)
    if not theirs <= ours or _plain_count(theirs) < SAID_WORDS or besides > said * EXTRA_SHARE:
        return 0, 0
    if besides and not record:
        return 0, 0  # a section's page or a one-page site's: the catch-all's line and its own
    return said, besides


def panels_aside(page: bytes | None, answer: bytes | None) -> int:
    """How many panels the page and the answer both hold with other contents (``_set_aside``):
    what a reason names beside the words the two share."""
    if not page or not answer:
        return 0
    return _set_aside(set(array(HASH_CODE, page)), set(array(HASH_CODE, answer)))[2]


def _set_aside(ours: set[int], theirs: set[int]) -> tuple[set[int], set[int], int]:
    """Both pages' words with each panel both hold under one heading, its contents differing,
    set aside, and how many such panels: what changes between any two answers of the site (who
    is online, its counts) is the site's live chrome, whatever the address. A panel one page
    holds alone stays its words."""
    mine, yours = _by_panel(ours), _by_panel(theirs)
    differ = {key for key in mine.keys() & yours.keys() if mine[key] != yours[key]}
    if not differ:
        return ours, theirs, 0
    ours = ours.difference(*(mine[key] for key in differ))
    theirs = theirs.difference(*(yours[key] for key in differ))
    return ours, theirs, len(differ)


def lone_panels(page: bytes | None, answer: bytes | None, page_url: str) -> int:
    """How many panels the page at ``page_url`` holds under a heading the answer holds no
    panel under, set aside (``_lone_aside``): what a reason names beside the words it says."""
    if not page or not answer or not _names_record(page_url):
        return 0
    return len(_lone(set(array(HASH_CODE, page)), set(array(HASH_CODE, answer))))


def _names_record(url: str) -> bool:
    """Whether an address names one record, which a view saying the catch-all's words and a
    few of its own answers in its place: an identifier or a record's query, a subject below
    the site's top level (``front.front_cannot_answer``), or a slug of several subject words
    (``address.subject_words``: ``/hoopoe-sightings``). A single word of an address (``/menu``,
    ``/hours``, ``/stats.php``) names a section or a one-page site's part, whose page may say
    the catch-all's welcome line over content of its own."""
    return front_cannot_answer(url) or bool(subject_words(url))


def _lone(ours: set[int], theirs: set[int]) -> dict[int, set[int]]:
    """The page's panels under a heading the answer holds no panel under, by heading, each as
    its words' low 24 bits (``_PANEL_WORD`` the table or list it is kept as)."""
    mine, yours = _by_panel(ours), _by_panel(theirs)
    return {key: {v & _PANEL_WORD for v in mine[key]} for key in mine.keys() - yours.keys()}


def _lone_aside(ours: set[int], theirs: set[int]) -> set[int]:
    """The page's words with each panel the answer holds none of under its heading set aside,
    where the page says all of the answer's other words at a record's address (``said_own``):
    a board draws its "who is online" or statistics grid on some views and not on others (the
    made-up address's answer may leave it out), so a list of names or counts in a grid of its
    own is no more the page's than the panels both draw, its heading with it; a box of
    sentences or of one column is never a panel (``_panels``). Only where the address names
    one record: a section's page at a word of an address (``/hours``, ``/stats.php``) may say
    the catch-all's welcome line over a grid that is its content, which no two views tell
    from a panel drawn on some of them."""
    lone = _lone(ours, theirs)
    return {
        v for v in ours if not (_PANEL_FROM <= v < _MARKS_FROM and (v - _PANEL_FROM) >> 24 in lone)
    }


def _by_panel(hashes: set[int]) -> dict[int, set[int]]:
    panels: dict[int, set[int]] = {}
    for value in hashes:
        if _PANEL_FROM <= value < _MARKS_FROM:
            panels.setdefault((value - _PANEL_FROM) >> 24, set()).add(value)
    return panels


def _plain_count(hashes: set[int]) -> int:
    """The words outside panels: the message a page and the made-up address's page share."""
    return sum(1 for value in hashes if value < _PANEL_FROM)


def _word_count(hashes: set[int]) -> int:
    """The words among ``hashes``: neither a held content's mark nor a panel's."""
    return sum(
        1
        for value in hashes
        if value < _MARKS_FROM and (value < _PANEL_FROM or value & _PANEL_WORD != _PANEL_WORD)
    )


def _address_hashes(url: str) -> set[int]:
    """The hashes of the words of ``url``'s path, as ``tokens`` hashes a page's words."""
    try:
        path = unquote(urls.split(url).path)
    except ValueError:
        return set()
    return {_word_hash(word) for word in tokens(path.replace("/", " "), "")}


def _asks_to_sign_in(start: etree._Element, inside: bool) -> bool:
    """Whether the main area, chrome left out, links to a sign-in route ("This page is for
    members. Log in"): a site that asks every visitor to sign in before it routes answers a
    made-up address with the same words, and what is behind them is for members (DESIGN's
    ``blocked``), which no page here can tell from gone."""
    for out, element in walk(start, inside):
        if out or element.tag != "a":
            continue
        try:
            path = urlsplit(element.get("href") or "").path
        except ValueError:
            continue
        if path and sign_in_route(path) and not _in_menu(element, start):
            return True
    return False


def _in_menu(link: etree._Element, start: etree._Element) -> bool:
    """Whether a link stands in a row of the site's links: the first box around it that holds
    ``MENU_LINKS`` links or more (below the main area's start) is mostly their words
    (``LINK_DENSE``), as a board's header row ("FAQ · Search · Memberlist · Log in") or a
    wiki's header bar is. A site puts its sign-in link there on every page, found or not; a
    page asking its reader to sign in says so beside a lone link ("For members. Log in")."""
    box = link.getparent()
    while box is not None and box is not start:
        links = list(box.iter("a"))
        if len(links) >= MENU_LINKS:
            text = len(collapse(all_text(box)))
            linked = sum(len(collapse(all_text(a))) for a in links)
            return bool(text) and linked >= LINK_DENSE * text
        box = box.getparent()
    return False
