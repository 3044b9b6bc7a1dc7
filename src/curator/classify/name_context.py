"""What the page around a heading says of it: that the heading names a thing.

A music blog's tag page "404", a museum's collection category "Not Found", a forum's label
"Gone", an episode "Nothing Here", a dictionary's entry "introuvable": the heading is an error's
wording, no structured data declares the thing (``declared``), and what follows it may be other
pages' (a tag's posts, a collection's objects) or short (a definition's senses), so the content
of its own that ``named`` weighs does not free it. A not-found page is headed with the same
words. What tells them apart is what the page says around the heading, each a reading of its
own, written for the editor:

- **the link's address names it** below a collection ("/tag/404/", "/collections/404",
  "/define/404", "/the-static-lanes/page-not-found-lyrics"): the page stands at the name's own
  address; a not-found page answers at the address of what is missing, or at its own
  ("/errors/404") where a redirect sent the link, which is why the link's address is read;
- **the title gives it beside words of its own** that say no error: a kind or a series in the
  same segment ("404 Archives", "Episode 41: 404 Not Found", "introuvable : définition"), or
  who or what the page links under it in a segment before the site's name ("Page Not Found –
  The Static Lanes | LyricBay"); a not-found page's title is the words and the site's name,
  perhaps a section's ("Page not found | Help | Site"), an apology or the word "error";
- **the set's members follow it**, ``MEMBERS`` or more alike, each a link to its own page
  with content of its own beside the link (a post's date and excerpt, an object's date and
  materials, a product's price), under no subheading of their own: a not-found page sets the
  site's "Recent posts" or "Popular tags" under such a subheading;
- **a player under it** (an episode's audio, a film's video).

None is proof alone: a not-found page may be served at "/errors/404", play the station's live
stream in its main area, list the help centre's articles under a link to it named in its title.
``named`` asks two, one of them ``strong``: what the page is named by or at (its address, its
title's own words) or content of its own under it; the members, the player and the one credited
under it only bear that out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote, urlsplit

from curator.classify.item_content import to_other_page
from curator.classify.phrases import find
from curator.classify.statement import Kind
from curator.classify.title_segments import ERROR_WORD, SENTENCE_ENDS, TITLE_SEPARATORS
from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from lxml import etree

# A set's members: this many alike (one tag, one parent), each a link with content beside it.
MEMBERS = 5
# Words of a title beside the name count when they hold this many letters ("Tag", "歌詞").
TITLE_LETTERS = 2
_WORD = re.compile(r"[^\W_]+")
_ERROR_CODE = re.compile(r"(?<!\d)[45]\d\d(?!\d)")
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_PLAYERS = ("audio", "video")


class Reading(NamedTuple):
    """One reading by which the page says its heading names a thing."""

    why: str  # as the editor reads it
    strong: bool  # what the page is named by or at, not what bears it out


def says_named(
    name: str, title: str | None, url: str, heading: etree._Element, container: etree._Element
) -> list[Reading]:
    """The readings by which the page says ``name`` (its heading's words, casefolded) names a
    thing; empty when none does. ``url`` is the link's own address, before any redirect."""
    found = [
        _addressed(name, url),
        _titled(name, title or "", url, container, heading),
        _members(container, heading),
        _played(container),
    ]
    return [reading for reading in found if reading is not None]


def _addressed(name: str, url: str) -> Reading | None:
    """The address's last segment is the name's words, below another segment ("/tag/404/");
    holding them beside words of its own ("/page-not-found-lyrics"), it bears a name out but
    does not give it: a dead post's address may quote an error ("/404-page-ideas/")."""
    path = _path(url)
    segments = [segment for segment in path.casefold().split("/") if segment]
    words = _WORD.findall(name)
    if len(segments) < 2 or not words:
        return None
    last = _WORD.findall(segments[-1].removesuffix(".html").removesuffix(".htm"))
    width = len(words)
    at = next((i for i in range(len(last) - width + 1) if last[i : i + width] == words), None)
    if at is None:
        return None
    rest = " ".join(last[:at] + last[at + width :])
    if rest and not _own_words(rest):
        return None
    return Reading(f"the address names it ({path})", strong=not rest)


def _path(url: str) -> str:
    try:
        return unquote(urlsplit(url).path)
    except ValueError:  # a stranger's malformed address names nothing
        return ""


def _titled(
    name: str, title: str, url: str, container: etree._Element, heading: etree._Element
) -> Reading | None:
    """The title gives the name beside words of its own: a kind or a series in the name's own
    segment that say no error and no sentence ("404 Archives", "Episode 41: 404 Not Found", not
    "Oops! Page not found", "Page Not Found Error"), or, in a segment other than the site's
    name, who or what the page credits right under the heading, by a link its first words are
    (the artist of "Page Not Found – The Static Lanes | LyricBay"). A segment of words alone
    between the name and the site's name is not enough: a not-found page's title may name the
    section it stands in ("Page not found | Help Centre | Acme"), and link to it in its help."""
    segments = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    at = next((i for i, part in enumerate(segments) if name in part.casefold()), None)
    if at is None:
        return None
    own = segments[at]
    start = own.casefold().find(name)
    if _own_words(own[:start] + " " + own[start + len(name) :]):
        return Reading(
            f"the title gives it beside words of its own (“{collapse(title)[:60]}”)", True
        )
    others = [part.casefold() for i, part in enumerate(segments) if i != at]
    beside = others[:-1] if at == 0 else others[1:]  # the site's name at the far end
    link = _credited(container, heading) if beside else None
    if link is None:
        return None
    words = collapse(all_text(link))
    if len(words) < TITLE_LETTERS or name in words.casefold():
        return None
    if not any(words.casefold() in part for part in beside):
        return None
    # the address placing the name under the one credited ("/the-static-lanes/page-not-found")
    # says what the title does: a not-found page's help links to a section, not its address's
    segments = [segment for segment in _path(url).casefold().split("/") if segment]
    placed = len(segments) > 1 and _WORD.findall(segments[-2]) == _WORD.findall(words.casefold())
    where = ", and the address places it under them" if placed else ""
    return Reading(f"the title names it beside “{words}”, linked right under it{where}", placed)


def _credited(container: etree._Element, heading: etree._Element) -> etree._Element | None:
    """The link to another page the first words after the heading are (a song's artist, a
    book's author), if they are one."""
    if heading.tail and heading.tail.strip():
        return None
    after = False
    for element in container.iter():
        if element is heading:
            after = True
            continue
        if not after or not isinstance(element.tag, str) or heading in element.iterancestors():
            continue
        if element.tag == "a":
            return element if to_other_page(element) and all_text(element).strip() else None
        if (element.text and element.text.strip()) or (element.tail and element.tail.strip()):
            return None
    return None


def _own_words(words: str) -> bool:
    """Words beside the name in its title segment that are of their own: letters, no sentence
    or list punctuation, no error's code or word, no statement of the phrase book."""
    letters = sum(1 for ch in words if ch.isalpha())
    if letters < TITLE_LETTERS or any(mark in words for mark in (*SENTENCE_ENDS, ",", "，", "、")):
        return False
    if _ERROR_CODE.search(words) or ERROR_WORD.search(words):
        return False
    return find(words, (Kind.DIRECT, Kind.LABEL, Kind.CODE)) is None


def _members(container: etree._Element, heading: etree._Element) -> Reading | None:
    """The most members alike under one parent after the heading, each a link to another page
    with content beside it, if they reach ``MEMBERS`` with no subheading over them."""
    best = 0
    for parent in container.iter():
        if not isinstance(parent.tag, str):
            continue
        alike: dict[str, list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and _member(child):
                alike.setdefault(child.tag, []).append(child)
        for group in alike.values():
            if len(group) > best and not _subheaded(container, heading, group[0]):
                best = len(group)
    if best < MEMBERS:
        return None
    return Reading(f"{best} members follow it, each with content of its own beside its link", False)


def _member(element: etree._Element) -> bool:
    """A link to another page with content of its own beside it: a figure (a date, a price, a
    count) or two words (an excerpt, an author)."""
    links = [link for link in element.iter("a") if to_other_page(link)]
    if not links:
        return False
    linked = sum(len(all_text(link)) for link in links)
    whole = all_text(element)
    if len(whole) <= linked:
        return False
    beside = whole
    for link in links:
        beside = beside.replace(all_text(link), " ", 1)
    return any(ch.isdigit() for ch in beside) or len(_WORD.findall(beside)) >= 2


def _subheaded(container: etree._Element, heading: etree._Element, first: etree._Element) -> bool:
    """Whether a subheading of words (not a member's linked title) stands between the heading
    and the first member: the members are then a section of their own ("Recent posts")."""
    after = False
    for element in container.iter():
        if element is first:
            return False
        if element is heading:
            after = True
        elif after and element.tag in _SUBHEADINGS and next(element.iter("a"), None) is None:
            return True
    return False


def _played(container: etree._Element) -> Reading | None:
    """A player under the heading: the thing's own recording or film."""
    player = next(container.iter(*_PLAYERS), None)
    return None if player is None else Reading(f"a player under it ({player.tag})", strong=False)
