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
- **a player under it** (an episode's audio, a film's video);
- **rows of its own facts** under it, ``FEW_MEMBERS`` or more alike, each with a figure and words
  of its own and no way to another page (a tour's dates and venues ending in "Tickets", an
  album's tracks and durations, an episode's chapters beneath its own address), read only where
  the address or the title names the heading, or each row links to a page of the item the
  address names: a not-found page's rows are other things' (its next events, its bestsellers
  and their prices, today's shows, its opening hours), and bear nothing out alone.

A set of members need not reach ``MEMBERS`` where each member carries two kinds of content of its
own beside its link (a date and an excerpt, a price and a picture): a tag of three posts is as
much a tag as one of thirty, and a not-found page sets its "Recent posts" under a subheading.

None is proof alone: a not-found page may be served at "/errors/404", play the station's live
stream in its main area, list the help centre's articles under a link to it named in its title,
or its latest posts right under its heading. ``named`` asks two, one of them ``strong``: what the
page is named by or at (its address, its title's own words) or content of its own under it; the
members, the player and the one credited under it only bear that out. Two readings of the
content that stand apart (``paired``: a player, rows of the thing's own facts, a line crediting
people) count as a strong one: where a page's title is only the name and the site's ("Not Found
| Saltmarsh Records") and its address an id ("/artists/4471"), they are all that names it, and a
not-found page offers other pages' cards beside its live stream, not rows linking to the pages
of the item its address names ("/shows/4471-0/tickets").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from curator.classify.address import fold
from curator.classify.item_content import to_other_page
from curator.classify.main_area import LINK_DENSE
from curator.classify.phrases import find
from curator.classify.price import priced_text
from curator.classify.statement import Kind
from curator.classify.title_segments import ERROR_WORD, SENTENCE_ENDS, TITLE_SEPARATORS
from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml import etree

# A set's members: this many alike (one tag, one parent), each a link with content beside it.
MEMBERS = 5
# ... or this many, where each carries two kinds of content of its own (``_kinds``).
FEW_MEMBERS = 2
KINDS = 2
# The readings of what stands under the heading that bear each other out (``paired``).
CONTENT = frozenset({"player", "rows", "credits"})
# Words of a title beside the name count when they hold this many letters ("Tag", "歌詞").
TITLE_LETTERS = 2
_WORD = re.compile(r"[^\W_]+")
_ERROR_CODE = re.compile(r"(?<!\d)[45]\d\d(?!\d)")
# A work's year of release in brackets right after its name, as film, book and album titles
# are written ("Page Not Found (2024)", "Seite nicht gefunden (2023)").
_RELEASE_YEAR = re.compile(r"^\s*[(（\[]\s*((?:1[89]|20)\d\d)\s*[)）\]]")
# A heading led by its number in a series: a word or a mark, then the number, then the name
# ("EP.55 404 Not Found", "#12 Page introuvable", "Folge 7: Nicht gefunden").
# A year in a line crediting a work's maker ("Ana Beltrán · 2005 · ★ 3.4").
_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,])")
# Words beside the maker's name in a byline's first part: a "by", a "di", a "作者".
BYLINE_WORDS = 1
# The word may run long ("Aflevering 7", "Épisode 3") or be a number's sign ("N° 8", "№ 12").
_NUMBERED = re.compile(r"^([^\W\d_]{0,12}[.#°º№]?\s?(\d{1,4}))(?!\d)[\s.:：|–—-]+\S")
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_PLAYERS = ("audio", "video")
# A line holding the thing's own price: a figure and its currency, perhaps a word or two.
PRICE_WORDS = 6
# Where other things' prices stand: in rows of a list or table (or a card linking elsewhere).
_SET_ROWS = ("li", "tr", "td", "dd")
# What may be a row of a thing's facts: a paragraph is prose, not a row.
_ROWS = frozenset({"tr", "li", "div", "article"})


class Reading(NamedTuple):
    """One reading by which the page says its heading names a thing."""

    why: str  # as the editor reads it
    strong: bool  # what the page is named by or at, not what bears it out
    source: str = "name"  # what it was read from: "player", "rows", "credits" are the content


def paired(readings: list[Reading]) -> bool:
    """Whether two readings of the content under the heading, of different kinds, bear each
    other out: a player and rows of the thing's own facts, or either beside its credits."""
    return len({reading.source for reading in readings} & CONTENT) >= 2


def says_named(
    name: str, title: str | None, url: str, heading: etree._Element, container: etree._Element
) -> list[Reading]:
    """The readings by which the page says ``name`` (its heading's words, casefolded) names a
    thing; empty when none does. ``url`` is the link's own address, before any redirect."""
    found = [
        _addressed(name, url),
        _titled(name, title or "", url, container, heading),
        *_bylined(name, title or "", container, heading),
        _members(container, heading, url),
        _played(container),
        _numbered(name),
    ]
    named = any(reading is not None and reading.strong for reading in found)
    found.append(_rows(container, heading, url, named))
    found.append(_priced(container, heading) if named else None)
    return [reading for reading in found if reading is not None]


def _addressed(name: str, url: str) -> Reading | None:
    """The address's last segment is the name's words, below another segment ("/tag/404/"),
    accents aside (a CMS writes "Não encontrado"'s address "/tag/nao-encontrado/");
    holding them beside words of its own ("/page-not-found-lyrics"), it bears a name out but
    does not give it: a dead post's address may quote an error ("/404-page-ideas/")."""
    rest = _address_beside(name, url)
    if rest is None:
        return None
    return Reading(f"the address names it ({_path(url)})", strong=not rest)


def _address_beside(name: str, url: str) -> list[str] | None:
    """The words of their own beside the name in the address's last segment, below another
    segment (none: the segment is the name), or None where it does not hold the name so."""
    segments = [segment for segment in fold(_path(url)).split("/") if segment]
    words = _WORD.findall(fold(name))
    if len(segments) < 2 or not words:
        return None
    last = _WORD.findall(segments[-1].removesuffix(".html").removesuffix(".htm"))
    width = len(words)
    at = next((i for i in range(len(last) - width + 1) if last[i : i + width] == words), None)
    if at is None:
        return None
    rest = last[:at] + last[at + width :]
    if rest and not _own_words(" ".join(rest)):
        return None
    return rest


def _numbered(name: str) -> Reading | None:
    """The heading leads with the thing's number in a series ("EP.55 404 Not Found"): an
    episode's, an issue's, a part's. Not an error's code ("404 Not Found", "Error 500 –"),
    which a not-found page's heading leads with."""
    match = _NUMBERED.match(name)
    if match is None or _ERROR_CODE.fullmatch(match.group(2)) or ERROR_WORD.match(match.group(1)):
        return None
    return Reading(f"the heading numbers it in a series (“{match.group(1)}”)", True)


def series_name(heading: str) -> str:
    """The name a heading numbers in a series ("Fehler 404" of "Folge 77: Fehler 404"), as
    ``_numbered`` reads it; empty where the heading leads with no such number."""
    match = _NUMBERED.match(heading)
    if match is None or _ERROR_CODE.fullmatch(match.group(2)) or ERROR_WORD.match(match.group(1)):
        return ""
    return heading[match.end(1) :].lstrip(" .:：|–—-")


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
    year = _RELEASE_YEAR.match(own[start + len(name) :])
    if year is not None and not own[:start].strip():
        # a not-found page never dates its message; a work is titled with its year
        return Reading(f"the title dates it as a work of {year.group(1)}", True)
    others = [part.casefold() for i, part in enumerate(segments) if i != at]
    beside = others[:-1] if at == 0 else others[1:]  # the site's name at the far end
    kind = _kind_beside(name, url, segments[at + 1] if at + 1 < len(segments) - 1 else "")
    if kind:
        return Reading(f"the title and the address give it beside “{kind}”", True)
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


def _bylined(
    name: str, title: str, container: etree._Element, heading: etree._Element
) -> list[Reading]:
    """A work's maker the title names beside it, credited with a year in the first line under
    the heading ("页面不存在 - Ana Beltrán | 新浪财经" over "Ana Beltrán · 2005 · ★ 3.4", "404 -
    하늘빛 | …" over "하늘빛 · 싱글 · 2023"): two readings, the title's and the byline's, for they
    are said in two places a not-found page fills otherwise. Its title is the message and the
    site's name, perhaps a section's ("Page not found | Help Centre | Acme"), and what stands
    under its heading is an apology or a way on, not who made the thing and when; a person's
    name in its rails ("Recommended: Ana Beltrán's latest") is neither in its title nor
    dated right under its heading."""
    segments = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    at = next((i for i, part in enumerate(segments) if part.casefold() == name), None)
    if at is None or len(segments) < 3:
        return []
    beside = segments[at + 1 : -1] if at < len(segments) - 1 else []
    line = _first_line(container, heading)
    if not beside or not line:
        return []
    who = beside[0]
    parts = [part for part in TITLE_SEPARATORS.split(line) if part.strip()]
    if len(parts) < 2 or not _own_words(who) or who.casefold() == name:
        return []
    first = parts[0].casefold()
    if who.casefold() not in first or len(_WORD.findall(first.replace(who.casefold(), " "))) > (
        BYLINE_WORDS
    ):
        return []
    if not any(_YEAR.search(part) for part in parts[1:]):
        return []
    return [
        Reading(f"the title names it beside “{who}”, its maker by the line under it", True),
        Reading(f"a line under it credits its maker with a year (“{line[:60]}”)", False, "credits"),
    ]


def _after(container: etree._Element, heading: etree._Element) -> Iterator[etree._Element]:
    """The elements of ``container`` after the heading, in document order, outside it."""
    after = False
    for element in container.iter():
        if element is heading:
            after = True
        elif after and isinstance(element.tag, str) and heading not in element.iterancestors():
            yield element


def _first_line(container: etree._Element, heading: etree._Element) -> str:
    """The first line of text after the heading: the text of the first element after it that
    opens with words of its own, or the heading's tail."""
    if heading.tail and heading.tail.strip():
        return collapse(heading.tail)
    for element in _after(container, heading):
        if element.text and element.text.strip():
            return collapse(all_text(element))
    return ""


def _kind_beside(name: str, url: str, next_segment: str) -> str:
    """The words of their own the address sets beside the name ("/product/404-not-found-lp"),
    where the title's next segment before the site's name holds them too ("404 Not Found –
    debut LP | 404 Records"): a kind, a format or an edition the page gives the name twice,
    as a shop or a catalogue writes a work's page. Either alone is weak: a dead post's address
    may quote an error ("/404-page-ideas/"), and a not-found page's title may name its section
    ("Page not found | Help | Site"); a not-found page has no reason to repeat in its title
    the words the address asked for beside the error's."""
    rest = _address_beside(name, url)
    if not rest or not next_segment:
        return ""
    shown = _WORD.findall(fold(next_segment))
    return " ".join(rest) if all(word in shown for word in rest) else ""


def _credited(container: etree._Element, heading: etree._Element) -> etree._Element | None:
    """The link to another page the first words after the heading are (a song's artist, a
    book's author), if they are one."""
    if heading.tail and heading.tail.strip():
        return None
    for element in _after(container, heading):
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


def _members(container: etree._Element, heading: etree._Element, here: str) -> Reading | None:
    """The most members alike under one parent after the heading, each a link to another page
    with content beside it, if they reach ``MEMBERS`` with no subheading over them, or
    ``FEW_MEMBERS`` where every child of their kind is one and each carries ``KINDS`` kinds of
    content of its own (``_kinds``): the same kinds in all of them. ``here`` is the page's
    address: a member's buttons that act on it are no way to another page."""
    best: tuple[int, frozenset[str]] = (0, frozenset())
    for parent in container.iter():
        if not isinstance(parent.tag, str):
            continue
        alike: dict[str, list[etree._Element]] = {}
        everyone: dict[str, int] = {}
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            everyone[child.tag] = everyone.get(child.tag, 0) + 1
            if _member(child, here):
                alike.setdefault(child.tag, []).append(child)
        for tag, group in alike.items():
            if len(group) <= best[0] or _subheaded(container, heading, group[0]):
                continue
            shared = frozenset.intersection(*(_kinds(member, here) for member in group))
            few = len(group) == everyone[tag] >= FEW_MEMBERS and len(shared) >= KINDS
            if len(group) >= MEMBERS or few:
                best = (len(group), shared)
    count, shared = best
    if count < FEW_MEMBERS:
        return None
    kinds = sorted(shared)
    each = " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)
    each = f"{each} of its own" if kinds else "content of its own"
    return Reading(f"{count} members follow it, each with {each} beside its link", False, "members")


def _member(element: etree._Element, here: str = "") -> bool:
    """A link to another page with content of its own beside it: a figure (a date, a price, a
    count) or two words (an excerpt, an author)."""
    return bool(_kinds(element, here) - {"a picture"})


def _kinds(element: etree._Element, here: str = "") -> frozenset[str]:
    """The kinds of content of its own a member carries beside its links to other pages: "a
    figure" (a date, a price, a count), "words" (two or more: an excerpt, an author), "a
    picture"; none where it holds no such link or nothing beside it. Its buttons that act on
    the page it stands on (``_acts_here``: an add to basket, "?add-to-cart=71") are neither a
    way to another page nor its content; a card with such a button is a product's, and its
    price is its figure wherever it stands, inside its link too (a shop's card links its
    picture, name and price as one)."""
    links = [link for link in element.iter("a") if to_other_page(link)]
    buttons = [link for link in links if _acts_here(link, here)]
    links = [link for link in links if link not in buttons]
    if not links:
        return frozenset()
    linked = sum(len(all_text(link)) for link in links)
    whole = all_text(element)
    for button in buttons:
        whole = whole.replace(all_text(button), "", 1)
    priced = bool(buttons) and priced_text(whole)
    if len(whole) <= linked and not priced:
        return frozenset()
    beside = whole
    for link in links:
        beside = beside.replace(all_text(link), " ", 1)
    kinds = {"a figure"} if priced or any(ch.isdigit() for ch in beside) else set()
    kinds |= {"words"} if len(_WORD.findall(beside)) >= 2 else set()
    kinds |= {"a picture"} if next(element.iter("img"), None) is not None else set()
    return frozenset(kinds)


def _acts_here(link: etree._Element, here: str) -> bool:
    """Whether a link leads back to the page ``here`` itself with a query: a button acting on
    it (an add to basket, a wishlist), not another page."""
    href = (link.get("href") or "").strip()
    if href.startswith("?"):
        return True
    if not here or "?" not in href:
        return False
    try:
        target, own = urlsplit(urljoin(here, href)), urlsplit(here)
    except ValueError:  # a stranger's malformed address leads nowhere known
        return False
    return (target.netloc, target.path.rstrip("/")) == (own.netloc, own.path.rstrip("/"))


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
    if player is None:
        return None
    return Reading(f"a player under it ({player.tag})", strong=False, source="player")


def _priced(container: etree._Element, heading: etree._Element) -> Reading | None:
    """A price under the heading in a line of its own (``PRICE_WORDS`` words at most) that
    links nowhere and stands in no row of a list or table, nor in a card that links elsewhere:
    the thing's own price, as a shop sets it under a book's or an album's name ("₪79", "24,90
    €"). It bears out what names the heading (read only where a strong reading does), never
    names it: a not-found page of a shop prices other products, each in a card linking to its
    page or in a table of bestsellers, and may say a shipping offer in a line of its own."""
    for element in _after(container, heading):
        text = collapse(all_text(element))
        if not text or len(_WORD.findall(text)) > PRICE_WORDS or not priced_text(text):
            continue
        if next(element.iter("a", *_SET_ROWS), None) is not None or _in_linked_row(
            element, container
        ):
            continue
        return Reading(f"its price stands under it (“{text[:40]}”)", False, "price")
    return None


def _in_linked_row(element: etree._Element, container: etree._Element) -> bool:
    """Whether ``element`` is or stands in a link, a row of a list or table, or a card that
    holds a link."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor is container:
            return False
        if ancestor.tag in ("a", *_SET_ROWS) or (
            ancestor.tag == "article" and next(ancestor.iter("a"), None) is not None
        ):
            return True
    return False


def _rows(
    container: etree._Element, heading: etree._Element, here: str, named: bool
) -> Reading | None:
    """Rows of the thing's own facts under the heading: ``FEW_MEMBERS`` or more rows of one tag
    under one parent (``_ROWS``: table rows, list items, blocks; not paragraphs), every one of
    them with a figure and words of its own and no way to another page (``_fact_row``; a link
    beneath the page's own address ``here`` stays on it), under no subheading of words: a
    tour's dates ending in "Tickets", an album's tracks with their durations, an episode's
    chapters.

    Whose facts they are, the rows cannot say alone: a not-found page sets other events' dates
    and rooms, the shop's bestsellers and prices, other ads, today's shows or its opening hours
    as rows of a figure and words too. So they are the thing's where the page is ``named`` at
    or by the heading (its address, its title's own words), or where each row links to a page
    of the item its address names (``_to_item``: a track's "/release/sr-041/listen/1", a date's
    "/entradas/117-0" for "/artistas/117"): a not-found page's rows are other things'."""
    for parent in container.iter():
        if not isinstance(parent.tag, str):
            continue
        alike: dict[str, list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in _ROWS:
                alike.setdefault(child.tag, []).append(child)
        for rows in alike.values():
            if len(rows) < FEW_MEMBERS or not all(_fact_row(row, here) for row in rows):
                continue
            linked = all(_to_item(row, here) for row in rows)
            if not (named or linked) or _subheaded(container, heading, rows[0]):
                continue
            where = ", each linking to the item's own pages" if linked and not named else ""
            return Reading(f"{len(rows)} rows of its own facts follow it{where}", False, "rows")
    return None


def _to_item(row: etree._Element, here: str) -> bool:
    """Whether a row links to a page of the item the address ``here`` names: beneath it
    ("/release/sr-041/listen/1"), or naming the item as the address's last segment does, alone
    or with a part of its own ("/entradas/117-0" for "/artistas/117"). Not this page with a
    query, nor a picture file: any row of a not-found page may carry those."""
    own = _path(here).rstrip("/")
    name = own.rpartition("/")[2]
    if not name:
        return False
    for link in row.iter("a"):
        path = _path(link.get("href") or "").rstrip("/")
        if not path or path == own or not to_other_page(link):
            continue
        if path.startswith(f"{own}/") or any(
            part == name or (part.startswith(name) and part[len(name)] in "-_.")
            for part in path.split("/")
        ):
            return True
    return False


def _fact_row(row: etree._Element, here: str) -> bool:
    """A row of the thing's own facts: a figure and words, no way to another page, and no link
    to a sibling of the page's own address ("/folge/58" beside "/folge/12"): that is another
    item of its kind, as a not-found page lists the site's latest episodes."""
    text = all_text(row)
    if not any(ch.isdigit() for ch in text) or len(_WORD.findall(text)) < 2:
        return False
    parent = _path(here).rstrip("/").rpartition("/")[0]
    for link in row.iter("a"):
        path = _path(link.get("href") or "").rstrip("/")
        if parent and path.rpartition("/")[0] == parent and path != _path(here).rstrip("/"):
            return False
    return not way_on(row, here)


def way_on(row: etree._Element, here: str = "") -> bool:
    """Whether a row, or a term with its descriptions, is a way to another page: its first
    words a link to one, or ``LINK_DENSE`` of its letters in such links (not to the item of the
    page at ``here``: ``item_content.on_item``). Letters, not characters: a date or a count
    beside a linked title ("4 Dec 2026 · Maren Holt") says nothing of its own, a tour date's
    city and venue beside "Tickets" do."""
    if _led_by_link(row, here):
        return True
    parts = [row]
    if row.tag == "dt":
        for sibling in row.itersiblings():
            if sibling.tag != "dd":
                break
            parts.append(sibling)
    letters = sum(_letters(all_text(part)) for part in parts)
    linked = sum(
        _letters(all_text(link))
        for part in parts
        for link in part.iter("a")
        if to_other_page(link, here)
    )
    return bool(letters) and linked >= LINK_DENSE * letters


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _led_by_link(element: etree._Element, here: str = "") -> bool:
    """Whether the first words of ``element`` are a link to another page (not a file, not a
    place on this one), as ``item_content`` reads a subheading over teasers."""
    for inner in element.iter():
        if not isinstance(inner.tag, str):
            continue
        if inner.tag == "a":
            return to_other_page(inner, here)
        if inner.text and inner.text.strip():
            return False
    return False


def listed(words: str, container: etree._Element, heading: etree._Element) -> bool:
    """Whether ``words`` (casefolded) stand in one of ``FEW_MEMBERS`` or more rows alike after
    the heading (a list's items, a table's rows), each row saying something else: a track of an
    album, a chapter of a book, named like an error. A not-found page says its message in a
    sentence or a line of its own, not as one item among others."""
    after = False
    for element in container.iter():
        if element is heading:
            after = True
            continue
        if not after or element.tag not in _ROWS or words not in all_text(element).casefold():
            continue
        parent = element.getparent()
        if parent is None:
            return False
        rows = [row for row in parent if row.tag == element.tag]
        return len(rows) >= FEW_MEMBERS and len({all_text(row) for row in rows}) == len(rows)
    return False
