"""The site's front page at an item's address: a dead item a router answers with the front page.

Many sites send a removed article's old address to their front page with a 200 and no message
(a CMS mapping old IDs to ``/``, a catch-all that serves the front page for a retired
section), while made-up paths beside it answer an honest 404: the random-sibling probe sees
nothing, and the page, a front page of teasers under the site's name, says nothing of absence.
The editor's evidence is plain: the answer *is* the front page. So the host's front page is
learnt like a probe answer (``ProbeAnswer`` under the key ``(origin, FRONT_SHAPE)``, kept in the
store's probe answers for days) and a page is compared with it by its visible words, as
``classify.probe_answer`` compares a page with a made-up URL's answer: the same words is the
verdict, anything less says nothing.

It costs a request, so it is asked only for a page that looks like a front page where an item
should be (``front_like``): an item's address (an identifier in the path or query, or a slug
naming a subject) under a title that names only the site, a canonical link naming the home
page, or a title opening with the site's name and sharing none of the slug's words. At most
one front page per host and run, fetched through the run's Fetcher (it waits its turn and
counts against the host's politeness like any request), and none on a later run while the
stored one is young.

What must stay alive, and why the gate reads the address: the front page cited as a source
(``/``, ``/index.html``, ``/home``, ``/en/``, with a click id or a CMS's query:
``/?fbclid=…``, ``/index.php?id=1``), a section front (``/news/``), a one-page site whose few
addresses (``/menu``, ``/private-dining``, ``/2026/``) all show the page: none of these
addresses names an item. A listing of the front page's teasers under the site's name (a tag
page, 92-95% alike it) is not the front page either: only near-identity is read. A front page
with next to no words (an app's shell, which every route serves) is no evidence: the item may
be drawn by the script.

A router may also draw the front page afresh for the dead address: its lists of items empty, its
title a tagline, so that the sketch finds it 39-47% alike. What is read then is its words as a
set (``says_nothing_else``): a page like the front page that says no word the front page does
not, and names nothing its address names, is the front page without its items; a live item
under the site's name still says its own (its description, its price's words, its name).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from functools import cache
from urllib.parse import parse_qsl, unquote

from lxml import etree

from curator import urls
from curator.classify import address
from curator.classify.empty_main import a_trail
from curator.classify.main_area import scope
from curator.classify.page_sketch import HASH_CODE, PageShape, hash_count, similarity
from curator.classify.probe_address import ProbeKey, probe_applies, same_address, segment_kind
from curator.classify.probe_answer import ProbeAnswer, ProbeOutcome
from curator.classify.prose import word_count
from curator.classify.soft404 import at_home_path, is_home_page, tracks_visit
from curator.classify.title_segments import SITE_NAME_WORDS, TITLE_SEPARATORS
from curator.redact import redact_url

# The shape under which a host's front page is kept among its probe answers. Not "/": a link
# at the root with a query (``/?p=12``) has the path shape "/", and its made-up sibling's answer
# is kept under it.
FRONT_SHAPE = "<front page>"
# A front page with fewer word 4-grams than this (about a dozen visible words) is an app's
# shell or a splash: every route may serve it, and the item be drawn by its script.
FRONT_MIN_HASHES = 8
# The front page's words a page must share to *be* it: a catch-all serving the front page
# is the same page (100% on DEV, the rotating ones aside); a tag page or a category listing the
# front page's teasers under the site's name is 92-95% alike it (review 13), and live.
FRONT_SIMILARITY = 0.98
# Segment kinds that name one item. A year alone (``/2026/``) names an edition or an archive.
_ITEM_KINDS = frozenset({"num", "hex", "id", "date"})
_DIGIT = re.compile(r"\d")
# Keys numbering a menu position, not a record: Joomla's ``Itemid`` (its front page is
# ``/index.php?option=com_content&view=featured&Itemid=101``).
_MENU_KEYS = frozenset({"itemid"})
# A script that renders records from its query (``evento.php``, ``nieuws.asp``).
_SCRIPT = re.compile(r"\.(?:php|asp|aspx|jsp|cfm|cgi|pl)$", re.IGNORECASE)
# A query value naming the kind of page a script renders: a word of three letters or more
# (``events``, ``com_content``, ``article``); two letters are a language (``lang=fr``).
_ROUTE_WORD = re.compile(r"[^\W\d_][^\W\d]{2,}(?:[_-][^\W\d]+)*")
_LETTER = re.compile(r"[^\W\d_]")


def front_key(url: str) -> ProbeKey:
    """The key of ``url``'s host's front page among the probe answers."""
    parts = urls.split(url)
    return f"{parts.scheme}://{parts.netloc}".lower(), FRONT_SHAPE


def front_url(url: str) -> str:
    """The front page of ``url``'s host."""
    return front_key(url)[0] + "/"


def front_cannot_answer(url: str) -> bool:
    """Whether the site's front page (or a one-page site's page, ``every_path``) cannot be
    what ``url`` asks for: an identifier in its path (an article number, a hash, a date; a year
    alone is an edition) or in its query (``?id=12``), or a last segment whose words name a
    subject (``address.subject_words``) or that ends in a record's token (``_ends_in_token``:
    ``/products/old-mill-4c0a``) below the site's top level. The front page, a section
    front (``/news/``) and a one-page site's few words (``/menu``) may be answered by it; so
    may the root or an index document with a query (``/?fbclid=…``, ``/index.php?id=1``,
    ``/?cat=12``: the front page cited with a click id, a TYPO3 home, a listing), and a single
    top-level slug (``/private-dining``, ``/preise-und-buchung``): a one-page site's routes all
    serve its page there, where a CMS's items sit under a section, a date or an identifier. The
    exception to both is a query routing a script to one record (``_routes_to_record``:
    ``/index.php?page=events&id=2018``, ``/evento.php?id=30118``). When unsure, the front page
    stays alive.

    Not ``empty_main.promises_item``, which asks another question (whether a page with nothing
    of an item breaks the address's promise) and answers the other way at a single top-level
    segment: a slug of subject words there promises an item, a bare number does not."""
    if not probe_applies(url):
        return False
    parts = urls.split(url)
    segments = [segment for segment in parts.path.split("/") if segment]
    if at_home_path(url):
        return _routes_to_record(parts.query, True)
    if len(segments) == 1 and not _identifies(segments[0]):
        return _SCRIPT.search(segments[0]) is not None and _routes_to_record(parts.query, False)
    if any(_identifies(segment) for segment in segments):
        return True
    if len(segments) > 1 and _ends_in_token(segments[-1]):
        return True
    if any(_identifies(value) for _, value in parse_qsl(parts.query)):
        return True
    return bool(address.subject_words(url))


# Subject words a single top-level slug must hold to name an item the front page cannot answer
# for: a one-page site's routes name a section in a word or two (``/menu``, ``/private-dining``,
# ``/preise-und-buchung``), a shop's or a CMS's item at the top level its subject in three or more
# (``/camiseta-lino-azul/``, ``/linen-shirt-navy-blue``).
TOP_SLUG_WORDS = 3


def _names_item_at_top(url: str) -> bool:
    """Whether a single top-level slug names an item by several subject words
    (``TOP_SLUG_WORDS``): the front page served there (a catch-all's 200 at a dead product) is
    worth a request. Kept out of ``front_cannot_answer``, which the one-page site's reading
    (``every_path``) and the panels' (``unowned``) share: a one-page site's page at such an
    address is still read as the site, and set aside there (``compare_front``)."""
    segments = [segment for segment in urls.split(url).path.split("/") if segment]
    if len(segments) != 1 or _SCRIPT.search(segments[0]) or not probe_applies(url):
        return False
    return len(address.subject_words(url)) >= TOP_SLUG_WORDS


def _opens_with_name(url: str, names: list[str]) -> bool:
    """Whether the address's slug opens with one of the title's names word for word (accents
    folded or spelled out, words under ``address.WORD_LETTERS`` letters aside): the front page
    at "/borse-cuoio-artigianali-firenze" under "Borse di Cuoio" is at an alias named for the
    site, not at an item's address. Word for word, not by stems: a shop named for what it sells
    ("Lana y Lino") shares a stem with its items' slugs ("camisa-lino-natural")."""
    segment = unquote(urls.split(url).path.strip("/"))
    slug = [word for word in _WORDS.split(address.fold(segment)) if _counted(word)]
    for name in names:
        for form in {address.fold(name), address.fold(address.spelled_out(name))}:
            words = [word for word in _WORDS.split(form) if _counted(word)]
            if words and slug[: len(words)] == words:
                return True
    return False


def _counted(word: str) -> bool:
    return len(word) >= address.WORD_LETTERS


_WORDS = re.compile(r"[\W_]+")


def _routes_to_record(query: str, index: bool) -> bool:
    """Whether a query routes a script to one record: an identifier (``_identifies``, or any
    number under a key naming an id: ``id=2018`` is no year there) beside, at the site's index
    document, a word naming the kind of page it renders (``/index.php?page=events&id=2018``,
    ``?option=com_content&view=article&id=1174``, ``?controller=product&id_product=4410``);
    a script named for its records (``/evento.php?id=30118``) needs the identifier alone. A
    lone number at the index document (``/index.php?id=1``, a TYPO3 home; ``/?p=2``, a page
    of the front's listing), a date (a campaign's, a filter's) and the parameters saying how a
    visitor arrived (``soft404.tracks_visit``: ``utm_source``, ``fbclid``) name no record."""
    pairs = [(key, value) for key, value in parse_qsl(query) if not tracks_visit(key)]
    identified = any(
        key.lower() not in _MENU_KEYS
        and not segment_kind(value).startswith("date")
        and (_identifies(value) or (value.isdigit() and "id" in key.lower()))
        for key, value in pairs
    )
    if not identified or not index:
        return identified
    return any(_ROUTE_WORD.fullmatch(value) is not None for _, value in pairs)


# A slug's last word that is a record's token: letters and digits mixed, four or more
# ("old-mill-4c0a", "lampa-8k2m"), as shops append to a product's few words.
_TOKEN = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,}", re.IGNORECASE)


def _ends_in_token(segment: str) -> bool:
    """Whether a slug of words ends in a record's token (``_TOKEN``): the record is named by
    it, whatever few words come before ("tea-pot-9f2c", where no word is long enough for
    ``address.subject_words`` to read a subject)."""
    words = re.split(r"[-_]", segment)
    return len(words) > 1 and _TOKEN.fullmatch(words[-1]) is not None


def _identifies(value: str) -> bool:
    kind = segment_kind(value).split(".", 1)[0]
    if kind == "text":  # digits and separators alone are an identifier too: 20220514-0012
        return _DIGIT.search(value) is not None and _LETTER.search(value) is None
    if kind not in _ITEM_KINDS:
        return False
    return not (kind == "num" and len(value) == 4 and value[:2] in ("19", "20"))


def front_like(
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
    canonical: str | None,
    home_names: Callable[[], frozenset[str]],
) -> bool:
    """Whether a page at ``url`` looks like its site's front page where an item should be, so
    that the front page is worth a request. At an address the front page cannot answer for
    (``front_cannot_answer``), or at a single top-level slug of several subject words
    (``_names_item_at_top``) that shares none with the title or heading (an address naming the
    site, "/borse-cuoio-artigianali-firenze" under "Borse di Cuoio", is its front page's own,
    and no canonical link is read there: an alias of the front page names it), any of:

    - a canonical link naming the site's home page;
    - a title naming only the site: each of its segments a name the page's links to its home
      page carry, or one its chrome repeats besides the heading (logo, breadcrumbs, copyright
      line), at least one of them the first kind, and no heading of its own (one greeting the
      reader in the site's name, "Welcome to …", or repeating it, names nothing more);
    - a title that opens with the site's name ("Le Carnet — Journal d'une cuisinière": front
      pages put the name first, articles after their own name) and shares none of the slug's
      subject words, under no heading of its own.

    Read in order of cost; ``home_names`` (a walk of the page's links) last."""
    item = front_cannot_answer(url)
    if not (item or _names_item_at_top(url)):
        return False
    if item and canonical and is_home_page(canonical) and same_host(canonical, url):
        return True
    if not title:
        return False
    heading = h1
    if h1 and _greets(h1, title):
        h1 = None  # it names nothing but the site
    words = address.subject_words(url)
    segments = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    if not item and _opens_with_name(url, segments):
        return False  # a top-level address naming the site ("/borse-cuoio-firenze") is its own
    # segments that may be the site's name: a few words, repeated by the chrome or not
    names = [part for part in segments if word_count(part) <= SITE_NAME_WORDS]
    short = [part for part in names if _repeated(part, heading, text)]
    named = [part for part in segments if part not in short] + ([h1] if h1 else [])
    # a heading of its own names something, unless it is the site's name again (a title segment)
    own = address.own_heading(h1, title) and not any(
        address.fold(part) == address.fold(h1 or "") for part in segments
    )
    # the site's name, then a tagline sharing none of the slug's words; at an identifier, where
    # there are no such words to share (``/s-anzeige/waschmaschine-miele-w1/2281193``), under a
    # heading that is that name again: a board's "Club :: Topic" names the topic, not a tagline
    tagline = (
        (bool(words) or (item and _heads_with(heading, segments[0])))
        and len(segments) > 1
        and segments[0] in names
        and not own
    )
    only_site = len(names) == len(segments) and not own
    if not (tagline or only_site):
        return False  # a headline of its own: decided without walking the page's links
    home = cache(home_names)  # the walk of the page's links, once at most
    if _names_item(words, named, home):
        return False  # the title or heading names the item the address names
    # a short name the chrome repeats but no link home carries, naming the address's words, is
    # the item's ("The Wubi Effect"); the site's ("Lumbar Store" selling lumbar rolls) is not
    if words and any(
        not _names_none(words, [part]) and part.casefold() not in home() for part in short
    ):
        return False
    if tagline and segments[0].casefold() in home():
        return True  # the site's name first, then a tagline: no item's name
    # every segment the site's name, one of them as a link home calls it (a logo, "Home"): a
    # short title the text merely repeats ("remoteStorage") may be the document's own name
    return (
        only_site
        and all(part in short or part.casefold() in home() for part in segments)
        and any(part.casefold() in home() for part in segments)
    )


def _names_item(
    words: tuple[str, ...], named: list[str], home: Callable[[], frozenset[str]]
) -> bool:
    """Whether the title's segments or the heading (``named``) name the address's subject
    words, leaving aside what names the site as its links home call it (``home``): a shop
    named "Werkzeugprofi" shares the stem of the "werkstatt" in its items' slugs by chance,
    and a title of its name alone names no item. The links are walked only when a name shares
    a word."""
    if not (words and named) or _names_none(words, named):
        return False
    theirs = [part for part in named if part.casefold() not in home()]
    return bool(theirs) and not _names_none(words, theirs)


def _heads_with(heading: str | None, name: str) -> bool:
    """The page's heading is ``name``, the title's first segment, and says no more."""
    return heading is not None and address.fold(heading.strip()) == address.fold(name)


def _greets(h1: str, title: str) -> bool:
    """The heading holds the whole title and more: it greets the reader in the site's name
    ("Bienvenido a Tienda Lumbar" under "Tienda Lumbar")."""
    name, said = address.fold(title.strip()), address.fold(h1.strip())
    return name != said and name in said


def _repeated(segment: str, h1: str | None, text: str) -> bool:
    """A title's segment may be the site's name: a name of a few words that the chrome repeats
    besides the heading (logo, breadcrumbs, the copyright line). An article's headline is
    repeated too (breadcrumbs, share boxes), but is rarely as short."""
    repeats = text.count(segment) - (1 if h1 and segment in h1 else 0)
    return repeats >= address.SITE_NAME_REPEATS


def _names_none(words: tuple[str, ...], names: list[str]) -> bool:
    """None of the address's subject words is named (a name in another script says nothing)."""
    return address.comparable(words, *names) and address.shares_none(words, *names)


def names_nothing_of(url: str, text: str) -> bool:
    """Whether a page's text names none of its address's subject words (an address naming
    no subject, an identifier's, passes): the words a page like its front page must lack for
    its every word being the front page's to mean the item left none. A live item the front
    page features says no word its teaser there does not, but says the item's name, which its
    address spells (``/products/talerz-deserowy-kwiaty`` under "Talerz deserowy w kwiaty");
    text in a script the address does not use counts as naming it (``address.shares_none``)."""
    words = address.subject_words(url)
    return not words or address.shares_none(words, text)


def same_host(one: str, other: str) -> bool:
    return (urls.split(one).hostname or "") == (urls.split(other).hostname or "")


def needs_front(url: str, shape: PageShape | None, parked: str | None) -> bool:
    """Whether a page is compared with its host's front page (``front_like``, read by
    ``inspect``), on the same terms as the probe: a 200 HTML page, not parked."""
    return shape is not None and shape.front_like and not parked and probe_applies(url)


def front_answer(url: str, seen: PageShape) -> ProbeAnswer:
    """The host's front page, as fetched for a page at ``url``, kept as a probe answer."""
    return ProbeAnswer.of(front_key(url), seen, made_up=False)


def learn_front(look: Callable[[str], PageShape], url: str) -> ProbeAnswer:
    """Fetch ``url``'s host's front page through ``look`` (the run's Fetcher) and keep it."""
    return front_answer(url, look(front_url(url)))


def compare_front(
    page: PageShape, front: ProbeAnswer | None, threshold: float
) -> ProbeOutcome | None:
    """What the host's front page says of ``page``: the same words (``FRONT_SIMILARITY``, or
    the probe's ``probe_similarity`` when stricter) is the verdict; anything less says
    nothing, and the page's own signs decide. None too when there is no front page of words to
    compare with (an error, a redirect to another host, an app's shell, bare or in its site's
    chrome, or a one-page site's page at a route naming one of its sections: ``every_path``)
    or the page ended on the front page itself (a redirect home, judged as one).

    A page merely sharing the front page's title and chrome (a not-found page, a tag page or a
    photo post under the site's name) is 30-55% alike it on DEV, as is a front page whose
    teasers rotate per visit, and a listing of the front page's teasers 92-95% (review 13):
    nothing under the threshold is read (bench/README.md)."""
    if front is None or front.status is None or not 200 <= front.status < 300:
        return None
    if page.whole is not None:
        return None  # the same page at every address: the front page's twin proves nothing
    if hash_count(front.sketch) < FRONT_MIN_HASHES or not page.sketch:
        return None
    if is_home_page(page.final_url) or same_address(page.final_url, front.final_url):
        return None
    if not same_host(page.final_url, front.final_url):
        return None  # the front page moved to another host: not this site's front page
    alike = similarity(page.sketch, front.sketch)
    if alike >= max(threshold, FRONT_SIMILARITY):
        reason = (
            f"answers with the site's front page ({redact_url(front.final_url)}), {alike:.0%} "
            "alike; the item is not there"
        )
        return ProbeOutcome(True, reason, alike)
    said = says_nothing_else(page.words, front.own, every=page.named)
    if page.emptied is None or (alike < FRONT_DRAWN and not page.emptied) or said is None:
        return None  # a script's mount point waits, or too little of the front page is left
    if page.named:
        reason = (
            f"says every word its site's front page ({redact_url(front.final_url)}) says and no "
            f"other ({said} words, {alike:.0%} alike in order): the front page with its rails "
            "drawn afresh, naming the item only where the front page lists it"
        )
    else:
        lists = f", {page.emptied} of its lists drawn empty" if alike < FRONT_DRAWN else ""
        reason = (
            f"says nothing its site's front page ({redact_url(front.final_url)}) does not: its "
            f"{said} words are all the front page's ({alike:.0%} alike in order{lists}), where "
            "the item would have words of its own; the front page drawn without its items"
        )
    return ProbeOutcome(True, reason, alike)


# The share of the front page's word 4-grams a page saying none but its words must hold to be
# the front page drawn again: the front page with its lists emptied is 39-47% alike it (review
# 23's shops), 64-89% on DEV; a live item whose script draws it into the site's chrome says only
# the chrome's words too, and is 5-11% alike (review 25's client slots). A page whose lists are
# drawn empty (``emptied_lists``) is read below it: a front page of a hero and one grid, the
# grid empty, keeps few of its 4-grams (review 26's, 16-27%).
FRONT_DRAWN = 0.3
# Elements that hold a list of items, drawn empty when the router has none to put in them.
_LISTS = frozenset({"ul", "ol", "section"})
# Elements a script draws a page's item into, as the page loads.
_MOUNTS = frozenset({"div", "section", "main", "article", "ul", "ol"})


def emptied_lists(root: etree._Element) -> int | None:
    """How many lists in the page's main area are drawn with nothing in them: a ``ul``, ``ol``
    or ``section`` holding no element and no text (``<section class="grid"></section>``), the
    front page's lists of items drawn for an address that has none. The containers are counted,
    not the words, since an empty one says none. None when the area holds an empty script's
    mount point (a container with an ``id`` or a ``data-`` attribute): its item is drawn there
    as it loads (review 25's client slots draw a live item into ``<div class="pdp"
    data-product-id=…>``), so that its saying only the front page's words proves nothing.
    None as well when the area holds a breadcrumb trail: a trail says where under the front
    page the page stands ("Home › Services"), an inner page's template, never the front page
    drawn again, whose saying no word of its own is then no more than an empty item's pane
    (``empty_main`` and ``wayfinding`` read that)."""
    start, _ = scope(root)
    if any(isinstance(element.tag, str) and a_trail(element) for element in start.iter()):
        return None
    lists = 0
    for element in start.iter(*_MOUNTS):
        if len(element) or (element.text or "").strip():
            continue
        if any(str(name) == "id" or str(name).startswith("data-") for name in element.attrib):
            return None
        lists += element.tag in _LISTS
    return lists


# The distinct words a page must say for "none besides the front page's" to mean anything: a
# template's chrome alone (a menu, a cookie line, the footer) runs to a dozen or two, and a
# page of fewer is a shell or a splash whose item a script may draw (``every_path``).
FRONT_WORDS_MIN = 15


def says_nothing_else(page: bytes | None, front: bytes | None, every: bool = False) -> int | None:
    """How many distinct words a page says when each is one its site's front page says too,
    and it says at least ``FRONT_WORDS_MIN``; None otherwise. Read only of a page that looks
    like the front page where an item should be (``front_like``: its title names only the
    site), so what is measured is whether the address's item left any word there: a live
    item's page under its site's name still names, describes or prices it, in words the front
    page has not (review 23's live twins: 19-37 such words), while the front page served at a
    dead item's address with its lists of items drawn empty, a hero or a tagline title
    changed, says none (the sketch of 4-grams finds it 39-47% alike: the emptied lists join
    headings the full page keeps apart).

    ``every``: the page names its address's item (``PageShape.named``), as the front page may
    too, in a grid of its items or a "recently viewed" rail: a live item the front page features
    may say no word its teaser there does not, and names it, so then only the front page's every
    word, none missing, is the front page (review 26's shops at 88-89% alike, a rail of items
    added); a live item's page drawn in its site's chrome without the front's lists lacks
    their words."""
    if not page or not front:
        return None
    ours, theirs = set(array(HASH_CODE, page)), set(array(HASH_CODE, front))
    if len(ours) < FRONT_WORDS_MIN or not (ours == theirs if every else ours <= theirs):
        return None
    return len(ours)


def merged(probe: ProbeOutcome | None, front: ProbeOutcome | None) -> ProbeOutcome | None:
    """One outcome for the decision to weigh: the page answering like a made-up URL first,
    then like the front page."""
    if front is None or (probe is not None and probe.alike):
        return probe
    return front
