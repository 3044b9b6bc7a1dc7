"""A main area that holds only ways elsewhere, at an item's address on a site that says 404.

A removed record often still resolves in a site's router: the template is drawn, and where the
item stood the main area holds only what every page of the site offers a reader on the way
somewhere else: a breadcrumb ("Home › Services"), a search form, a link home, or one line in
the brand's voice above them ("Lost? So are we."). The title is the site's name or a section's
("Events | Agenda Norte"), as the template titles a page with nothing to name. Nothing on it is
the item's: no words the address names, no subject, nothing to look at, play, fill in or
download, no place a script draws into.

That shape alone is no verdict: a thank-you page, a teaser or a page drawn by a script has it
too (sd-thin, sd-voice: "a thank-you page has the same"). What this sign weighs it with is what
the site itself answers at a made-up address beside it: an honest 404 (or 410), bare or with a
not-found page unlike this one (``probe.ProbeOutcome.honest``). Such a site tells a reader when
there is nothing at an address; here it answers 200 with nothing of an item, at an address
shaped like an item's (``empty_main.promises_item``). The evidence reads, in order of cost:

- the address names one item (a slug of subject words, or an ID or hash below a section), and
  if it names it in words, nothing on the page does (``address``);
- no heading names anything, and every segment of the title is the site's name, a section's
  name (the words of a link to a top-level section: "Abteilungen", linked as
  ``/abteilungen/``), the heading again or a sentence said to the reader (``thin.names_nothing``);
- the page has a main landmark, and inside it, its chrome (breadcrumb, navigation, a search
  form, rails of other items: ``main_area``) and a template's prompt about the page ("Was this
  page useful?") aside, no form to fill in (a field beyond a search box's one), no picture,
  player, table, embed or custom element (``thin.main_pictures``), no place a script draws into
  (``empty_main.render_target``, ``mount``), no prose outside it (``empty_main.words_elsewhere``);
- every link it holds leads out (home, a search, a section: ``stand_in.links_out``; a file's
  link is the item's download, and leads nowhere out), and it links to no other page of the
  site below a section, in a list or a rail of its own (``absent.other_pages``: search results,
  a category's or a tag's items; a rail that calls itself an addition to an item, "related",
  "recommendations", is the template's and is left out), but for the pages its navigation
  offers on every page (``site_ways``: a block of the site's sections is the site's ways), and
  a heading over a rail the walk leaves out ("Categorie") names that rail, not an item;
- its words of its own are none, or one short line holding a word of absence and no figure
  (``phrases.absence_word``, read as ``stand_in`` reads it) above at least one link out: a
  thank-you line, a status line or a note says nothing of anything missing. A line weighs
  half (``absent.WAY_OUT``), and only beside a statement the page makes: a live event
  series' "Nothing planned yet.", an empty basket or a sold-out bakery's "All gone for
  today." have the shape and a word of absence too;
- and it offers a way: a breadcrumb or menu, a search form, or a link out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from curator.classify import address
from curator.classify.absent import WAY_OUT, other_pages
from curator.classify.empty_main import (
    ELSEWHERE_WORDS,
    promises_item,
    render_target,
    words_elsewhere,
)
from curator.classify.item_content import FILE
from curator.classify.main_area import left_out, scope
from curator.classify.mount import holds_mount
from curator.classify.phrases import absence_word
from curator.classify.site_ways import navigation_paths
from curator.classify.stand_in import links_out
from curator.classify.thin import (
    home_names,
    main_pictures,
    names_nothing,
    section_names,
    word_count,
)
from curator.extract.clean import collapse

# Words of its own up to which the main area holds one line said to the reader ("Lost? So are
# we.", "Nothing to see here."), not an item's words.
LINE_WORDS = 8
# A figure in the line, an error code aside: a date or a count reports a fact (a closure, a
# year), not a loss (as ``stand_in`` reads it).
_FIGURE = re.compile(r"\d")
_ERROR_CODE = re.compile(r"\b[45]\d\d\b")
# Form fields a reader types into; a search box has one.
_TYPED = frozenset({"text", "search", "email", "tel", "number", "date", "password", "url", ""})
_BREADCRUMB = re.compile(r"crumb", re.IGNORECASE)
_RAIL_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True, slots=True)
class Wayfinding:
    """A main area with nothing of an item's, only ways elsewhere and at most a line."""

    line: str  # the main area's words of its own ("" when none)
    absence: str | None  # the word of absence its line holds, when it has a line
    ways: tuple[str, ...]  # what it offers instead: "a breadcrumb", "a search form", "1 link out"

    @property
    def strength(self) -> float:
        """Full with no words of its own; a line is what a live page says too ("Nothing planned
        yet.", "Your basket is empty."): half, weighed only beside a statement (``evidence``)."""
        return WAY_OUT if self.line else 1.0

    @property
    def says(self) -> str:
        held = (
            f"one line, “{self.line}” (saying “{self.absence}”),"
            if self.line
            else "no words of its own,"
        )
        return (
            f"its main area holds {held} and only ways elsewhere ({', '.join(self.ways)}), "
            "nothing of an item, under a title that names only the site or a section, at an "
            "address that names one item"
        )


def read_wayfinding(
    root: etree._Element, url: str, title: str | None, h1: str | None, text: str
) -> Wayfinding | None:
    """The shape on a parsed page (``extract.Document.root``) at ``url`` with visible text
    ``text``, or None. Read in order of cost: the address, title and heading, then the tree."""
    if not promises_item(url) or address.own_heading(h1, title):
        return None
    words = address.subject_words(url)
    if words and (not address.shares_none(words, title, h1) or address.names_in(words, text)):
        return None  # the page names what its address names
    start, inside = scope(root)
    if not inside:
        return None  # no main landmark: the body's words are the chrome's and the item's alike
    if not names_nothing(title, h1, text, home_names(root) | section_names(root, url), url):
        return None
    read = _own(start)
    if read is None:
        return None  # a form to fill in
    line, ways = read
    own = word_count(line)
    if own > LINE_WORDS:
        return None
    absence = absence_word(line) if own else None
    if own and (absence is None or _FIGURE.search(_ERROR_CODE.sub("", line))):
        return None  # a line of the item's: a thank-you, a status, a note, a date
    if main_pictures(root) != [] or render_target(start) or holds_mount(start):
        return None  # something to look at, play or fill in, or where a script draws it
    if words_elsewhere(next(root.iter("body"), root), start) >= ELSEWHERE_WORDS:
        return None  # the page's text stands outside its main landmark
    exits = links_out(root, url)
    if exits is None or (own and not exits):
        return None  # a link to another page or a file is the item's; a line needs a way out
    listed = other_pages(root, url)
    if listed:
        offered = navigation_paths(root, url, start)
        if listed - offered:
            return None  # a list of the site's pages in the main area: a listing's items, results
        ways.append("links its navigation offers on every page")
    if exits:
        ways.append(f"{exits} link{'s' if exits != 1 else ''} out")
    if not ways:
        return None  # nothing at all: ``empty_main``'s reading, not this one
    return Wayfinding(line, absence, tuple(dict.fromkeys(ways)))


def _own(start: etree._Element) -> tuple[str, list[str]] | None:
    """The main area's words outside links, chrome and a template's prompt, and the ways it
    offers (a breadcrumb, a search form); None when it holds a form to fill in or a file to
    download."""
    parts: list[str] = [start.text or ""]
    ways: list[str] = []
    walker = etree.iterwalk(start, events=("start", "end"))
    for event, element in walker:
        if element is start:
            continue
        if event == "end":
            parts.append(element.tail or "")
            continue
        tag = element.tag
        if isinstance(tag, str) and tag == "form" and _fills_in(element):
            return None
        if not isinstance(tag, str):
            walker.skip_subtree()  # a comment: its tail is read at its end
            continue
        if tag == "a" and FILE.search(element.get("href") or ""):
            return None  # a file to download is the item's
        if (
            left_out(element, start, True)  # the chrome, a prompt about the page among it
            or tag == "a"
            or _names_rail(element, start)
        ):
            way = _way(element)
            if way is not None:
                ways.append(way)
            walker.skip_subtree()  # (a link's words are where it leads: ``links_out`` reads it)
            continue
        parts.append(element.text or "")
    return collapse(" ".join(parts)), ways


def _names_rail(element: etree._Element, start: etree._Element) -> bool:
    """Whether ``element`` is a heading over a rail the walk leaves out ("Categorie" over the
    site's sections, "Browse by topic" over its menu): the heading names the links below it,
    as a portal's rail headings do, and is no words of an item."""
    if element.tag not in _RAIL_HEADINGS:
        return False
    rail = element.getnext()
    while rail is not None and not isinstance(rail.tag, str):
        rail = rail.getnext()  # a comment between them
    return rail is not None and left_out(rail, start, True)


def _way(element: etree._Element) -> str | None:
    """What a part of the main area left out offers a reader on the way elsewhere."""
    role = (element.get("role") or "").strip().lower()
    label = element.get("aria-label") or ""
    names = f"{element.get('class') or ''} {element.get('id') or ''} {label}"
    if element.tag == "form" or role == "search" or next(element.iter("form"), None) is not None:
        return "a search form"
    if element.tag == "nav" or role == "navigation" or _BREADCRUMB.search(names):
        return "a breadcrumb"
    return None


def _fills_in(form: etree._Element) -> bool:
    """Whether a form asks the reader for more than a search box's one line: a text area, a
    choice, or two typed fields or more (a contact form, a booking, a comment)."""
    typed = 0
    for field in form.iter("input", "textarea", "select"):
        if field.tag != "input":
            return True
        if (field.get("type") or "").strip().lower() in _TYPED:
            typed += 1
    return typed > 1
