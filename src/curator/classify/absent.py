"""The item the address names, absent from the page: what an editor sees on a not-found page
that carries no word of absence.

A link's last segment names its item in words (``/recipes/lemon-drizzle-traybake``,
``/news/2020/11/ferry-timetable-cut``), and a live page at that address names its item too: in
its title, its heading, its text, a description or a picture's alt text, almost always. Sites
that answer a removed item without saying so show something else there: the site's front-page
content (a hero, a few featured links, the site's name as title, "X – tagline"), or a line in
the brand's voice and a link home ("This cake got eaten. Back to the kitchen."). Neither names
the item, and neither has an item of its own: the main area's own words (``main_area``: rails
of teasers, menus and link lists left out) are a line at most.

The sign holds when, read in order of cost:

- the address names an item: a slug of subject words (``address.subject_words``) below the
  site's top level (a one-page site's ``/gift-vouchers`` shows its one page), in the letters
  the title and heading use;
- nothing on the page names it: not the title, the heading, the meta description, any of the
  visible text (menus and footers included: a section, a tag or a category is named in the
  site's menus or the listing's teasers; a removed item is not), nor a picture's alt text;
- the title is the site's: the page's front-page look (``front.front_like``) or a title naming
  only the site (``thin.names_nothing``), under at most a short heading of its own;
- the main area holds nothing of an item: at most a line of its own;
- what the page offers instead is either **other items** or **only a way out**. Other items:
  under the front page's look and no heading but the site's (none, the title again, a greeting
  in the site's name), the main landmark links to three or more other pages of the site below
  its top level (teasers, featured products, cards), its header, menus, footer and asides left
  out and so are rails that call themselves additions to an item ("product-recommendations",
  "related", "read-next": a template puts them under every item, a live one's too, and under a
  heading-less thank-you line they would convict it), and links to files (a portfolio's
  full-size pictures); and it shows nothing of its own outside those links (a picture, a
  player, a table, a custom element: a meme's, a webcomic's or a video's page). Those pages
  must be items, not what a listing offers: a tag, an author, a collection, a campaign or a
  show is a live page under the site's name whose items are of another kind than its address
  (``/tag/…`` to ``/2026/03/…``, ``/collections/…`` to ``/products/…``), naming its subject
  perhaps only in a banner's picture (review 14: eleven such pages convicted). So an address
  with a number above its slug (a date, an ID: an item's by its shape) counts every page
  offered, and any other counts only the named item's siblings (as deep, in the same section:
  ``/products/oak-board`` at ``/products/walnut-tea-tray``), and only when they are all the
  main area offers (a score page links its teams' crests beside a rail of other matches).
  Three or more pages offered that are not items are a listing's: no sign at all, not a way out.
  Only a way out: every link of the main area leads home, to a search or to a
  section (``stand_in.links_out``), and its pictures show nothing. A heading said to the reader
  ("High five!", "Soon.") over a shop's product rail is a message page's: a thank-you or a
  teaser has one (DEV ``live-absent-lookalike``), so it is read as a line and a way out.

Its strength says what it may decide. Other items in place of the one named is the front page
or a catch-all's teasers standing at the item's address: full strength. A line and a way out is
also what a thank-you page, a "coming soon" teaser, an about page in jest or a poem show at an
address they never repeat (DEV ``live-voice-lookalike``: 15 of its 20 pages have that shape),
so it is half strength: never a verdict alone, and weighed only beside a statement the page
makes (a heading, a clause or a label, however weak: "Sorry, this product is no longer
available" at 0.9). Beside the probe's nearness or the address sign it would count the same
emptiness twice: a thank-you line on a catch-all site has all three (DEV
``live-absent-catchall``; ``evidence._absent``).

Earlier readings withdrawn for false alarms stay out of its reach: a page titled with its item
over an emptied body names the item (not this sign); a slug whose words share a stem with the
site's name is named by the chrome; a Latin slug under a Japanese or Russian page is not
comparable, nor is one over Russian or Japanese text under a Latin site name; a picture,
meme or webcomic page shows a picture outside links. A page that names
its item only in its heading, a description or a picture's alt text names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree

from curator.classify import address
from curator.classify.item_content import NO_PAGE
from curator.classify.main_area import Block, MainArea, left_out, reads_past, scope
from curator.classify.stand_in import links_out
from curator.classify.thin import home_names, main_pictures, names_nothing, word_count
from curator.classify.title_segments import TITLE_SEPARATORS

# Words of the main area's own (its heading aside) up to which it holds a line, not an item: a
# hero's tagline or a brand-voice sentence or two.
LINE_WORDS = 30
# A heading longer than this is a headline: the page's own item, whatever it names.
HEADING_WORDS = 12
# Links to this many other pages of the site, beyond its sections, are other items offered in
# the named one's place: a front page's teasers, featured products, a catch-all's rail.
OTHER_ITEMS = 3
# Strength of a line and a way out: never a verdict alone (see the module's docstring).
WAY_OUT = 0.5
# Tags whose links are the site's chrome by structure, wherever they stand.
_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
_CHROME_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary", "search"})
# Class and id words of a rail that offers other items beside the page's own: what a template
# adds to an item page (and to its not-found page), not what a front page is made of (teasers,
# cards, the latest stories). One whole word of a class or id, as ``main_area`` reads chrome.
_BESIDE_ITEM = re.compile(
    r"(?:^|[\s_-])(?:related|recommended|recommendations?|recirc|upsell|cross-sell|similar"
    r"|also|read-next|next-read|more|most-read|mostread|most-popular|popular|trending"
    r"|you-may-like)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Extensions a page's address may carry; any other names a file (a picture, a PDF, an archive).
_PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm"})
# What a main area shows of its own: pictures, players, maps, embedded documents, tables.
_SHOWN = frozenset(
    {"img", "svg", "picture", "video", "audio", "iframe", "frame", "embed", "object", "canvas",
     "table"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Absent:
    """The address's item, named nowhere, with a line and other items or a way out instead."""

    words: tuple[str, ...]  # the slug's subject words, as folded
    own_words: int  # words of the main area's own, its heading aside
    others: int  # distinct links to other pages of the site beyond its sections
    exits: int  # links out of the main area (home, a search, a section), where only those

    @property
    def strength(self) -> float:
        return 1.0 if self.others >= OTHER_ITEMS else WAY_OUT

    @property
    def says(self) -> str:
        offered = (
            f"links to {self.others} other pages of the site"
            if self.others >= OTHER_ITEMS
            else f"{self.exits} link{'s' if self.exits != 1 else ''} out (home, a search, a "
            "section)"
        )
        line = f"a {self.own_words}-word line" if self.own_words else "no words of its own"
        return (
            f"the address names “{' '.join(self.words)}”; nothing on the page names it (title, "
            f"heading, text, description, pictures); the page's own words are {line} and "
            f"{offered}, under a title that is the site's"
        )


def read_absent(
    root: etree._Element,
    main: Callable[[], MainArea],
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
    description: str | None,
    front: bool,
) -> Absent | None:
    """The sign on a parsed page (``extract.Document.root``) at ``url``, or None. ``front`` is
    whether it has its site's front-page look (``front.front_like``); ``main`` gives its main
    area, read once a page. Read in order of cost: the address, the title, heading and
    description, the text, then the tree."""
    words = address.subject_words(url)
    if not words or not _below_top(url):
        return None
    if not address.shares_none(words, title, h1, description):
        return None
    if address.names_in(words, text):
        return None  # the most pages leave here: the text names the item
    # the text's start tells its script (a Latin slug over Russian or Japanese text under a
    # Latin site name): the whole of a 200 kB page folded letter by letter cost 2 ms a page
    if not address.comparable(words, title, h1, text[: address.TEXT_READ]):
        return None
    if h1 and word_count(h1) > HEADING_WORDS:
        return None
    if not front and not names_nothing(title, None, text, home_names(root), url):
        return None
    heading = (h1 or "").strip()
    if reads_past(root, _more_than_a_line(heading)):
        return None  # an item of its own, learnt from the main area's first blocks
    own = word_count(" ".join(b.text for b in main().blocks if not (heading and b.text == heading)))
    if own > LINE_WORDS:
        return None
    if _alt_names(root, words):
        return None  # a product shown in a picture named for it, wherever it stands
    others = 0
    if front and _site_heading(h1, title):
        offered = other_pages(root, url)
        others = _items(offered, url)
        if others >= OTHER_ITEMS:
            # a picture, a player or a table outside the teasers' links would be the item
            return None if shows(root) else Absent(words, own, others, 0)
        if len(offered) >= OTHER_ITEMS:
            return None  # a listing's items: neither the named item's siblings nor a way out
    pictures = main_pictures(root)
    if pictures is None or any(any(ch.isalpha() for ch in shown) for shown in pictures):
        return None  # something to play, read or fill in, or a picture that shows something
    exits = links_out(root, url)
    if exits is None:
        return None
    return Absent(words, own, others, exits)


def _more_than_a_line(heading: str) -> Callable[[Block], bool]:
    """Asked of the main area's blocks in order: whether those read so far, the heading aside,
    hold more than ``LINE_WORDS`` words. Each block's count is added up: the words of blocks
    joined are at least that (their ideographs are halved together, not one block's at a
    time), so an area this says more of has more, and one it does not is read whole."""
    counted = 0

    def more(block: Block) -> bool:
        nonlocal counted
        if not (heading and block.text == heading):
            counted += word_count(block.text)
        return counted > LINE_WORDS

    return more


def _site_heading(h1: str | None, title: str | None) -> bool:
    """Whether the page has no heading but the site's: none, the title again, or a greeting in
    the site's name ("Bienvenido a Tienda Lumbar"). A heading said to the reader ("High five!",
    "Soon.") over a rail of products is a message page's, and a thank-you or a teaser has one."""
    if not h1 or not h1.strip():
        return True
    heading = address.fold(h1.strip())
    return any(
        address.fold(part.strip()) in heading
        for part in TITLE_SEPARATORS.split(title or "")
        if part.strip()
    )


def _below_top(url: str) -> bool:
    """The slug stands below the site's top level: an item in a section, a date, an ID."""
    return len([s for s in urlsplit(url).path.split("/") if s]) >= 2


def _alt_names(root: etree._Element, words: tuple[str, ...]) -> bool:
    alts = " ".join(
        (image.get("alt") or "") + " " + (image.get("title") or "") for image in root.iter("img")
    )
    return address.names_in(words, alts)


def _beside_item(element: etree._Element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and _BESIDE_ITEM.search(names) is not None


def shows(root: etree._Element) -> bool:
    """Whether the main area (chrome left out) shows something of its own outside links: a
    picture (a meme, a webcomic's strip, a photo: the item, whatever its words), a player, a
    map, a table, or an element a script draws into (a custom element). A teaser's or a
    product tile's picture stands inside its link, and a front page's newsletter box and
    scripts show no item."""
    start, inside = scope(root)
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == "a":
            walker.skip_subtree()
            continue
        if tag in _SHOWN or "-" in tag or (element.get("role") or "").strip().lower() == "img":
            return True  # (before chrome: the text's walk hides an SVG, a frame, a canvas)
        if element is not start and left_out(element, start, inside):
            walker.skip_subtree()
    return False


def _items(pages: set[str], url: str) -> int:
    """How many of the pages offered are other items in the named one's place, as far as they tell
    a front page at an item's address from a listing at its own. A listing (a tag, an author, a
    collection, a show, a campaign) is a live page under the site's name that links to items of
    another kind than its address (``/tag/nhs-waiting-times`` to ``/2026/03/…``), and its
    subject may be named only in a banner's picture. So an address that is an item's by its
    shape (a date or a number in its path: ``/2019/04/…``, ``/recipes/8812/…``) counts every
    page offered, and any other counts only the named item's siblings (``/products/oak-board``
    beside ``/products/walnut-tea-tray``), and only when the main area offers nothing else (a
    score page's crests link to its teams beside a rail of other matches)."""
    if _dated(url):
        return len(pages)
    siblings = [page for page in pages if _sibling(page, url)]
    return len(siblings) if len(siblings) == len(pages) else 0


def _dated(url: str) -> bool:
    """Whether a segment above the slug is a number: a year, a month, an item's ID."""
    return any(segment.isdigit() for segment in _segments(urlsplit(url).path)[:-1])


def _sibling(path: str, url: str) -> bool:
    """Whether ``path`` is an item of the named one's kind: as deep, in the same section."""
    mine, theirs = _segments(urlsplit(url).path), _segments(path)
    return len(mine) == len(theirs) and mine[0] == theirs[0]


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def not_offered(element: etree._Element) -> bool:
    """Whether a main area's element, and all it holds, is not what the page offers: the site's
    chrome by structure (a header, a menu, a footer, an aside) or a rail that calls itself an
    addition to an item ("related", "you-may-like": ``_beside_item``)."""
    role = (element.get("role") or "").strip().lower()
    return element.tag in _CHROME_TAGS or role in _CHROME_ROLES or _beside_item(element)


def is_file(path: str) -> bool:
    """Whether the path names a file (a picture, a document, an archive), not a page: a
    portfolio's pictures link to their own full-size files."""
    last = path.rsplit("/", 1)[-1]
    stem, dot, extension = last.rpartition(".")
    return bool(dot and stem) and extension.lower() not in _PAGE_EXTENSIONS


def other_pages(root: etree._Element, url: str) -> set[str]:
    """Distinct pages of the site below its top level that the main area links to (the main
    landmark, else the body; header, nav, footer and asides left out, teasers and cards kept;
    links to files left out): the items offered instead. A template's rails beside the main
    landmark, and a rail inside it that calls itself an addition to an item
    ("product-recommendations", "related-posts", "read-next"), are on every page of the
    template, a live one's too, and are not counted."""
    here = urlsplit(url)
    host, path = here.netloc.lower(), here.path.rstrip("/")
    start, _ = scope(root)
    seen: set[str] = set()
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element is not start and not_offered(element):
            walker.skip_subtree()
            continue
        if tag != "a":
            continue
        href = (element.get("href") or "").strip()
        if not href or href.startswith("#") or href.lower().startswith(NO_PAGE):
            continue
        try:
            target = urlsplit(urljoin(url, href))
        except ValueError:
            continue
        target_path = target.path.rstrip("/")
        if target.netloc.lower() != host or target_path == path or is_file(target_path):
            continue
        if len(_segments(target_path)) >= 2:
            seen.add(target_path)
    return seen
