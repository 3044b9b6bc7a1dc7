"""A thread's posts: blocks a forum, a comment section or a Q&A page is made of, each opened by
its author's name linked to the author's page and going on in words of its own, said here.

Led by a link to another page, a post looks like a teaser of that page (a card, a rail's item),
and read so a thread's own content was left out as links to other pages: a closed thread's
"Тема закрыта" stood over "3 cards of other items" (review 21), a reply list in ``<ol><li>``
was dropped as a rail. What tells a post from a teaser is the same in both places: its link is
a name (a handle, a name and surname), not a page's title, and words follow that are no link's.

The two readers ask it of different blocks, so there are two readings of the one thing:

- ``dated_post``: among the main area's blocks, where cards of other pages stand too, each led
  by a link and carrying a few words of their own (a price, a size, a line of summary). A
  post's byline is followed by a date, as a card's title is followed by its facts, and then a
  reply's shortest sentence (``POST_WORDS``) is enough. ``item_cards`` counts such posts as the
  thread's own content instead of taking them out as cards.
- ``replied``: a list's items already known to be led by a link, asked while the main area is
  told from the chrome (``main_area``'s rail test), where no page's address is at hand and a
  date is not looked for. There a reply is told from a teaser card by a paragraph of its own
  with no link in it (``REPLY_WORDS``: a teaser's summary is a line, a comment widget's
  buttons are no paragraph) under a link short enough to be a name (``NAME_LINK_WORDS``).

A post removed from a thread leaves its place behind: "[This post was deleted by a moderator]"
as one reply's body, under its byline, among replies that still say their words (review 27's
board, its posts' authors in bold with no link and no date). That notice is of the one entry,
not of the page (``removed_entry``, read by ``subject.reread`` through ``among_entries``): what
tells it is the thread's shape, entries of one shape each opened by a byline (or the notice set
off as a placeholder, bracketed or in italics), and others beside it that carry words. A thread
deleted whole leaves its notice alone, as its one entry or over other threads' links.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree

from curator.classify.prose import word_count
from curator.classify.statement import EMBEDDED_SHARE, Place
from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from curator.classify.gone_facts import GoneFacts

# A byline's name: a handle, a name and surname, a name with an initial ("Anna K."), not a title.
BYLINE_WORDS = 3
# A date line's words at most ("12 May 2024 —", "Sat 18 May", "2024年5月12日", "12.05.2024"):
# nothing the block says of its own.
DATE_WORDS = 4
# Words a post says of its own at least, besides its byline and date: a reply's shortest sentence.
POST_WORDS = 3
# A post's date written out: a day, month and year in figures ("2025-03-10", "10.03.2025",
# "3/10/25"), a time of day ("20:14"), a CJK date ("2025年3月10日"); a price or a size is none.
_DATED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d\s*[年月日]")
# A list item's first link of at most this many words is a name (a reply's author, "betta_sg",
# "Hoa Nguyen"), not a teaser's headline.
NAME_LINK_WORDS = 2
# Words of a paragraph of its own, with no link in it, from which a list's item says something:
# a reply's sentences, where a teaser card's summary is a line and a comment widget's buttons
# ("Responder", "Citar mensaje", "Denunciar") are labels with no paragraph at all.
REPLY_WORDS = 8
_REPLY_BLOCKS = ("p", "blockquote")


def dated_post(element: etree._Element, lead: etree._Element) -> bool:
    """Whether ``element``, led by ``lead`` (a link to another page, not set as a heading:
    ``item_cards`` reads which links leave the item), is a post: ``lead``'s words are a name
    (``BYLINE_WORDS`` at most, or a picture with its name linked beside it to the same page),
    then a date (a ``<time>``, or a few words holding a date in figures, ``_DATED``: a product
    tile's price after its name is no date), then ``POST_WORDS`` words or more in no link."""
    author = link_address(lead)
    runs = [run for run in _runs(element) if any(ch.isalnum() for ch in run[0])]
    byline = 0
    while byline < len(runs) and _by(runs[byline][1], author):
        byline += 1
    name = " ".join(text for text, _, _ in runs[:byline])
    if not 0 < word_count(name) <= BYLINE_WORDS or byline == len(runs):
        return False
    text, link, timed = runs[byline]
    if link is not None or not (timed or (word_count(text) <= DATE_WORDS and _DATED.search(text))):
        return False
    own = " ".join(text for text, link, _ in runs[byline + 1 :] if link is None)
    return word_count(own) >= POST_WORDS


def replied(item: etree._Element) -> bool:
    """Whether a list's item led by a link is a reply: its first link names its author
    (``NAME_LINK_WORDS``) and a paragraph of its own, with no link in it, says something
    (``REPLY_WORDS``): a thread written as ``<ol><li>``, each led by its author's profile link,
    a date and its sentences."""
    link = next(item.iter("a"), None)
    if link is None or word_count(collapse(all_text(link))) > NAME_LINK_WORDS:
        return False
    return any(
        next(block.iter("a"), None) is None and word_count(collapse(all_text(block))) >= REPLY_WORDS
        for block in item.iter(*_REPLY_BLOCKS)
    )


def link_address(link: etree._Element) -> str:
    """The address ``link`` leads to, without its fragment (a place on that page)."""
    return (link.get("href") or "").strip().split("#", 1)[0]


def _by(link: etree._Element | None, author: str) -> bool:
    """Whether ``link`` leads to the author's page (their name beside their picture)."""
    return link is not None and link_address(link) == author


def _runs(
    element: etree._Element,
) -> list[tuple[str, etree._Element | None, bool]]:
    """``element``'s words in reading order, each run with the link that holds it (or None)
    and whether a ``<time>`` holds it."""
    runs: list[tuple[str, etree._Element | None, bool]] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            text, holder = node.text, node
        elif node is not element:
            text, holder = node.tail, node.getparent()
        else:
            continue
        if text and text.strip() and holder is not None:
            link = enclosing(holder, "a", element)
            runs.append((collapse(text), link, enclosing(holder, "time", element) is not None))
    return runs


def enclosing(node: etree._Element, tag: str, block: etree._Element) -> etree._Element | None:
    """``node`` or its nearest ancestor within ``block`` of ``tag``, or None."""
    at: etree._Element | None = node
    while at is not None:
        if at.tag == tag:
            return at
        if at is block:
            return None
        at = at.getparent()
    return None


# -- an entry removed among entries that remain ----------------------------------------------
# Entries of one shape a thread, a comment list or a Q&A page repeats, at least: the one
# removed and two that remain, so that a thread deleted whole (its one post the notice) stays
# the notice's.
ENTRIES = 3
# Levels above the notice's words at which an entry is looked for: its body, the entry, and a
# wrapper or two a template sets between them.
ENTRY_LEVELS = 4
# Words of an entry's byline at most: a name and a date ("anna_k · 12 May 2024, 20:14").
ENTRY_BYLINE_WORDS = BYLINE_WORDS + DATE_WORDS
# Words of the removed entry's body at most, the notice's and a word or two more ("[This post
# was deleted by a moderator on 3 May]"): a placeholder, not a post that goes on.
PLACEHOLDER_WORDS = 12
# A placeholder set off as one: bracketed whole, or in italics, where the entry's words were.
_BRACKETED = re.compile(r"^\s*[\[(（［【〔<«].*[\])）］】〕>»]\s*$", re.DOTALL)
_ITALIC = frozenset({"i", "em"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The statements read in the text, as ``gone`` keeps them.
_TEXT_FIELDS = ("direct", "label", "main", "clause")


def among_entries(facts: GoneFacts, root: etree._Element) -> GoneFacts:
    """``facts`` with each statement of the text said plainly that stands as the body of one
    entry among a thread's, a comment list's or a Q&A page's (``removed_entry``) turned into a
    mention, with why: "[This post was deleted by a moderator]" in one reply of five is said of
    that reply, and the thread's others still carry their words."""
    changes = {}
    for field in _TEXT_FIELDS:
        statement = getattr(facts, field)
        if statement is None or not statement.plain or statement.place is Place.HEADING:
            continue
        entries = removed_entry(root, statement.words)
        if entries:
            why = (
                f"said in place of one of {entries} entries of one shape (a thread's posts, "
                "comments or answers), whose others carry words of their own"
            )
            changes[field] = statement.mentioned(EMBEDDED_SHARE, why)
    return replace(facts, **changes) if changes else facts


def removed_entry(root: etree._Element, words: str) -> int:
    """How many entries stand beside the one whose body says ``words``, or 0. An entry is one
    of ``ENTRIES`` siblings or more of one shape (the same tag and a class in common) within
    ``ENTRY_LEVELS`` of the words, whose body is the words and little more
    (``PLACEHOLDER_WORDS``), each entry opened by a byline of the same shape (an author, a date:
    a few words, no heading) or the words set off as a placeholder (bracketed, in italics);
    two entries besides it at least carry ``POST_WORDS`` of their own outside their byline. A
    not-found box among a template's panels has no byline in common with them, and a thread
    deleted whole has no entry left beside its notice."""
    holder = _holding(root, words)
    if holder is None:
        return 0
    placeholder = _placeholder(holder)
    body, entry = holder, holder.getparent()
    for _ in range(ENTRY_LEVELS):
        if entry is None or entry.getparent() is None:
            return 0
        count = _entries(entry, body, placeholder)
        if count:
            return count
        body, entry = entry, entry.getparent()
    return 0


def _entries(entry: etree._Element, body: etree._Element, placeholder: bool) -> int:
    """``removed_entry``'s reading of one ``entry`` holding the words in ``body``, one of its
    children."""
    parent = entry.getparent()
    assert parent is not None
    siblings = [child for child in parent if _same_shape(child, entry)]
    if len(siblings) < ENTRIES or word_count(collapse(all_text(body))) > PLACEHOLDER_WORDS:
        return 0
    byline = _byline(entry, body)
    if byline is None and not placeholder:
        return 0
    kept = 0
    for sibling in siblings:
        if sibling is entry:
            continue
        theirs = _byline(sibling, None)
        if byline is not None and (theirs is None or not _same_shape(theirs, byline)):
            return 0
        own = collapse(all_text(sibling))
        if theirs is not None:
            own = own.replace(collapse(all_text(theirs)), " ", 1)
        kept += word_count(own) >= POST_WORDS
    return len(siblings) if kept >= ENTRIES - 1 else 0


def _byline(entry: etree._Element, body: etree._Element | None) -> etree._Element | None:
    """The entry's first child with words, when it is not ``body`` and reads as a byline: a
    few words (``ENTRY_BYLINE_WORDS``), not a heading."""
    for child in entry:
        if not isinstance(child.tag, str) or child is body:
            return None
        said = collapse(all_text(child))
        if not said:
            continue
        if child.tag in _HEADINGS or word_count(said) > ENTRY_BYLINE_WORDS:
            return None
        return child
    return None


def _same_shape(one: etree._Element, other: etree._Element) -> bool:
    """The same tag and a class in common (phpBB's "post bg1" and "post bg2"), or none."""
    if one.tag != other.tag:
        return False
    ours, theirs = (one.get("class") or "").split(), (other.get("class") or "").split()
    return bool(set(ours) & set(theirs)) if ours or theirs else True


def _holding(root: etree._Element, words: str) -> etree._Element | None:
    """The element whose own text (or a child's tail) holds ``words``, first in the page."""
    folded = collapse(words).casefold()
    if not folded:
        return None
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if node.text and folded in collapse(node.text).casefold():
            return node
        if node.tail and folded in collapse(node.tail).casefold():
            return node.getparent()
    return None


def _placeholder(holder: etree._Element) -> bool:
    """Whether the words are set off as a placeholder: the holder's text bracketed whole, or
    the holder in italics."""
    return holder.tag in _ITALIC or _BRACKETED.match(collapse(all_text(holder))) is not None
