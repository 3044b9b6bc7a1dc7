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
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify.empty_main import ELSEWHERE_WORDS, render_target, words_elsewhere
from curator.classify.main_area import MainArea, scope, walk
from curator.classify.mount import holds_mount
from curator.classify.page_sketch import HASH_CODE, address_phrases, packed_hashes
from curator.classify.probe_answer import ProbeAnswer, same_title
from curator.classify.scripts import CLOSE_SCRIPT
from curator.classify.signin import sign_in_route
from curator.classify.thin import main_scan

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
# CRC-32s below it but for one in 16 million: a page's word count leaves the mark out.
_HASHES = 2**32
_MARKS_FROM = _HASHES - 256
# A page that says everything the made-up address's page says, and besides it no more than
# this share of those words (a way home, a search box's label, a suggested item or two), says
# the same thing: its own address's words set aside, as the sketch sets them aside.
EXTRA_SHARE = 0.5
# Words the made-up address's page must say for a page holding them to be read as saying it.
SAID_WORDS = 3
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def own_words(root: etree._Element, main: MainArea, h1: str | None, url: str) -> bytes | None:
    """The hashes of the words a parsed page (``extract.Document.root``) at ``url`` has of its
    own: its heading's and its main area's (``main``), numbers and its quoted address set
    aside, sorted and packed. None when the page is not read so: its main area holds something
    to look at, play or fill in, a picture, a place a script draws into, more than a line, or
    measured values of its own (``STATED_VALUES``); or its text stands outside its main landmark."""
    if main.words > OWN_WORDS:
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
    if _asks_to_sign_in(start, inside):
        return None  # the page may be there for members: not gone, whatever made-up URLs show
    words = tokens(f"{h1 or ''} {main.text}", url)
    if len(words) > OWN_WORDS:
        return None
    hashes = {zlib.crc32(word.encode()) for word in words}
    if held is not None:  # a table or a form field: the page's own unless its site's template
        hashes.add(_held_mark(held))
    return packed_hashes(sorted(hashes))


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
    if page is None or answer is None or not page or page != answer:
        return 0
    return _word_count(set(array(HASH_CODE, page)))


def said_own(
    page: bytes | None, answer: bytes | None, page_url: str, answer_url: str
) -> tuple[int, int]:
    """How many words of the answer's the page says, and how many it says besides, when it
    says all of the answer's and few besides ((0, 0) otherwise): the site's not-found view
    drawn for this address with a way home, a search box or a suggestion of its own. Each
    page's own address is set aside, every segment of it: a view that names the missing page
    by its slug ("The note 'Bean Trellis' does not exist") echoes its path as the made-up
    address's page echoes its own. Both must hold the same table or form field, or neither."""
    if not page or not answer:
        return 0, 0
    ours = set(array(HASH_CODE, page)) - _address_hashes(page_url)
    theirs = set(array(HASH_CODE, answer)) - _address_hashes(answer_url)
    if {h for h in ours if h >= _MARKS_FROM} != {h for h in theirs if h >= _MARKS_FROM}:
        return 0, 0
    said, besides = _word_count(theirs), _word_count(ours - theirs)
    if not theirs <= ours or said < SAID_WORDS or besides > said * EXTRA_SHARE:
        return 0, 0
    return said, besides


def _word_count(hashes: set[int]) -> int:
    return sum(1 for value in hashes if value < _MARKS_FROM)


def _address_hashes(url: str) -> set[int]:
    """The hashes of the words of ``url``'s path, as ``tokens`` hashes a page's words."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return set()
    return {zlib.crc32(word.encode()) for word in tokens(path.replace("/", " "), "")}


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
        if path and sign_in_route(path):
            return True
    return False
