"""A page whose main content is a pointer elsewhere: "This page has moved to <link>".

A notice that the cited content now lives at another address says so in words the phrase book
may not know ("Diese Seite finden Sie jetzt unter ...", "Nous avons déménagé : ..."), but its
shape is the same in every language: a thin main content, a few words of its own, whose one
link leaves the page's address; or a refresh, or a script, that sends the reader on after a
delay a checker's fetch does not wait for. Only the shape is read here, with no phrase at all.

The shape is not decisive: a short stub with one "read more" link, a download page, a DOI
landing page have it too. One target is read more closely: another host's front page. A page
whose one way on is a site's root names no forwarding address for what its own address named
("We've moved, find us at newname.example"): the item is not there and its new home is not
said. Under a title and heading that are the site's name alone (``_names_site``), where an
ID in the address cannot tell whether the page names its subject, it counts in full
(``Pointer.root``); a live item page linking to a partner's or a maker's home page names its
item in its title or heading, and an article announcing a move has more words than a pointer.
``classify.evidence`` weighs the shape with the page's other signs (above all whether the page
names the subject its address names), and names the target in the verdict's reason so an
editor can repoint the source.

Only pages with little visible text are read (``inspect`` asks for ``THIN_PAGE_WORDS`` or
fewer), from the tree extraction already parsed: an article's page pays nothing.
"""

from __future__ import annotations

import contextlib
import html
import re
from dataclasses import dataclass
from typing import TypeGuard
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from curator import urls
from curator.classify import address, words
from curator.classify.clauses import names_search
from curator.classify.item_content import NO_PAGE
from curator.classify.page_state import awaited
from curator.classify.soft404 import is_home_page
from curator.classify.stand_in import SEARCH_WORDS
from curator.classify.thin import home_names
from curator.classify.title_segments import TITLE_SEPARATORS
from curator.extract.document import Document
from curator.fetch.redirects import META_REFRESH_MAX_DELAY, parse_refresh
from curator.redact import redact_url

# A page with more visible words than this (chrome included) carries an article or a listing
# of its own: its main content is not read for a pointer.
THIN_PAGE_WORDS = 400
# Words of the main content's own text (outside its links) up to which it is a bare pointer,
# at full strength; the strength fades to nothing at THIN_OWN_WORDS.
BARE_OWN_WORDS = 30
THIN_OWN_WORDS = 70
# How much a pointer counts when the slug cannot tell whether the page names its subject (an
# ID, one word, a slug in another script than the title): half, never enough alone.
UNKNOWN_SUBJECT = 0.5
# Elements that are the site's chrome, not the page's content, whatever the tag: menus,
# breadcrumbs, related-article rails, sidebars, headers and footers built from <div>s.
_CHROME_TAGS = frozenset(
    {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template",
     "select", "button", "svg", "iframe"}
)  # fmt: skip
_CHROME_NAMES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|related|sidebar|footer|header|"
    r"masthead|share|sharing|social|cookies?|banner|promo|widget|comments?|skip|toolbar|"
    r"pagination|tags|newsletter|ad|ads|advert)(?:$|[\s_-])",
    re.IGNORECASE,
)
_MAIN_PATHS = (".//main", ".//*[@role='main']")
# A script that sends the reader on after a delay: ``setTimeout(() => location.href = "...")``.
_DELAYED_SCRIPT = re.compile(
    r"""setTimeout\s*\([^;]{0,120}?\blocation(?:\.href)?\s*=\s*(["'])([^"'<>\s]{1,300})\1"""
    r"""|setTimeout\s*\([^;]{0,120}?\blocation\.(?:replace|assign)\(\s*(["'])([^"'<>\s]{1,300})\3""",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Pointer:
    """Where a thin page sends its reader, and how plainly that is all it does."""

    target: str  # absolute, credentials redacted
    via: str  # "link", "refresh" (a meta refresh after a delay) or "script" (after a delay)
    own_words: int  # words of the main content outside its links
    links: int  # distinct pages the main content links to (the home page and itself aside)
    # 1 when the address's slug names a subject that neither the title nor the heading names,
    # 0 when they name it (a stub, a download or landing page is the cited page), and
    # UNKNOWN_SUBJECT when the slug cannot tell
    unnamed: float = UNKNOWN_SUBJECT
    # the one link is the site's own search: a way to look for the content, not its new address
    # (``evidence`` weighs it only beside a statement of the page's)
    searches: bool = False
    # the other host whose front page is the one link, on a page naming nothing but its site:
    # a move with no forwarding address for the item (``_root_elsewhere``), or ""
    root: str = ""

    @property
    def strength(self) -> float:
        """1 for a bare pointer on a page that does not name its own subject, fading to 0 as
        the main content's own words grow; 0 on a page that names what its address names."""
        thin = 1.0
        if self.own_words > BARE_OWN_WORDS:
            span = THIN_OWN_WORDS - BARE_OWN_WORDS
            thin = max(0.0, 1 - (self.own_words - BARE_OWN_WORDS) / span)
        return thin * self.unnamed

    @property
    def says(self) -> str:
        how = {"link": "", "refresh": " (a refresh after a delay)",
               "script": " (a script, after a delay)"}[self.via]  # fmt: skip
        if self.searches:
            return (
                f"the page's main content is a line and a way to the site's search "
                f"({self.target}), with {self.own_words} words of its own"
            )
        if self.root:
            return (
                f"the page's main content is a pointer to another site's front page "
                f"({self.root}: {self.target}), with {self.own_words} words of its own, under a "
                "title naming only the site: a move with no forwarding address for the item"
            )
        return (
            f"the page's main content is a pointer to {self.target}{how}, "
            f"with {self.own_words} words of its own"
        )


def read_pointer(
    document: Document,
    url: str,
    title: str | None = None,
    h1: str | None = None,
    text: str = "",
    refresh: str | None = None,
) -> Pointer | None:
    """The pointer a thin page's main content is, if it is one. ``title``, ``h1`` and ``text``
    (its visible words) are the page's own, which a notice does not share with its address;
    ``refresh`` is the response's ``Refresh:`` header, read as the page's refresh tag is."""
    main = _main(document.root)
    if main is None:
        return None
    delayed = _delayed(document, url, refresh)
    base = _base(document, url)
    targets, own_words, said = _links_and_words(main, base, url, whole=delayed is not None)
    unnamed = _unnamed(url, title, h1, text[:_NAMING_CHARS])
    if delayed is not None:
        target, via = delayed
        return Pointer(redact_url(target), via, own_words, len(targets), unnamed)
    if len(targets) != 1 or own_words > THIN_OWN_WORDS:
        return None
    if awaited(" ".join(said)) is not None:
        return None  # "for members: log in", "in our app": a condition to meet here, not a move
    searches = _to_search(targets[0], url)
    root = ""
    if unnamed == UNKNOWN_SUBJECT and _names_site(title, h1, home_names(document.root)):
        root = _root_elsewhere(targets[0], url)
    if root:
        unnamed = 1.0
    return Pointer(redact_url(targets[0]), "link", own_words, 1, unnamed, searches, root)


def _names_site(title: str | None, h1: str | None, names: frozenset[str]) -> bool:
    """Whether the title is the site's name and nothing else: every part of it is what the
    page's links home call the site (``thin.home_names``), and the heading, if any, is the
    title again. Stricter than ``thin.names_nothing``, which lets a heading stand for a title
    part it repeats: an item page titled and headed with the item's name ("Camarero/a de sala
    en Cádiz") names its item, whatever its address says."""
    if not title or not title.strip():
        return False
    parts = [part.strip().casefold() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    if not parts or any(part not in names for part in parts):
        return False
    return not h1 or not h1.strip() or h1.strip().casefold() in names


def _root_elsewhere(target: str, url: str) -> str:
    """The other host, when a link goes to another host's front page (``www.`` aside: the same
    site's other name is no other host), else "". A root is where a site starts, not where one
    item of another site moved to: a pointer there names no new address for the cited page."""
    try:
        there, here = urls.split(target), urls.split(url)
    except ValueError:
        return ""
    other = (there.hostname or "").lower().removeprefix("www.")
    if not other or other == (here.hostname or "").lower().removeprefix("www."):
        return ""
    return other if is_home_page(target) else ""


def _to_search(target: str, url: str) -> bool:
    """Whether a link goes to the site's own search page: on the page's host, a path segment
    that is a search word (``/search``, ``/suche``, ``/sök``, ``/검색``), not one holding it
    ("research"). A not-found view offers it as the way to look for what is missing."""
    try:
        there, here = urls.split(target), urls.split(url)
    except ValueError:
        return False
    if (there.hostname or "").lower() != (here.hostname or "").lower():
        return False
    segments = [unquote(s).casefold() for s in there.path.split("/") if s]
    stems = [segment.split(".", 1)[0] for segment in segments]
    return any(stem in SEARCH_WORDS or stem.startswith("search") for stem in stems) or any(
        names_search(stem.replace("-", " ")) for stem in stems
    )


def main_links(document: Document, url: str) -> tuple[list[str], int]:
    """Every distinct page the main content links to (the home page and the page itself aside)
    and the words of its own outside links: what tells a listing from one item's page
    (``classify.listing``)."""
    main = _main(document.root)
    if main is None:
        return [], 0
    targets, own, _ = _links_and_words(main, _base(document, url), url, whole=True)
    return targets, own


# A session's own pages: a script that signs an idle reader out, or a link to sign in, sends the
# reader to them from any page, live or not.
_SESSION_PAGE = re.compile(
    r"(?:^|/)(?:log[-_]?(?:out|off|in|on)|sign[-_]?(?:out|off|in|on)|session|sessions|auth|sso)"
    r"(?:/|\.|$)",
    re.IGNORECASE,
)
# How much of the page's text is read for its subject's words: a pointer page is short, and a
# longer one names its subject early.
_NAMING_CHARS = 2000


def _unnamed(url: str, title: str | None, h1: str | None, text: str = "") -> float:
    """Whether the page leaves its own subject unnamed: a notice carries the site's name and a
    sentence, a stub or a download page a heading that names what it is, a short project page
    its subject in its own words."""
    if address.own_heading(h1, title):
        return 0.0
    subject = address.subject_words(url)
    if not subject or not address.comparable(subject, title, h1):
        return UNKNOWN_SUBJECT
    spelled = [
        address.spelled_out(name) for name in (title, h1, text) if name
    ]  # "Rückenschule": rueck
    named = address.shares_none(subject, title, h1, text) and address.shares_none(subject, *spelled)
    return 1.0 if named else 0.0


def _main(root: etree._Element) -> etree._Element | None:
    """The page's main content: its <main> (or role=main), its one <article>, else its body."""
    for path in _MAIN_PATHS:
        found = root.find(path)
        if found is not None:
            return found
    articles = root.findall(".//article")
    if len(articles) == 1:
        return articles[0]
    return root.find(".//body")


def _base(document: Document, url: str) -> str:
    for base in document.elements("base"):
        if base.get("href"):
            with contextlib.suppress(ValueError):  # a malformed base ("http://[::1") is ignored
                return urljoin(url, base.get("href", "").strip())
    return url


def _links_and_words(
    main: etree._Element, base: str, url: str, *, whole: bool = False
) -> tuple[list[str], int, list[str]]:
    """The distinct pages the content links to, in order (the home page and the page itself
    aside: "back to the home page" is on every notice), and the words outside its links: how
    many, and the text they are in.
    Unless ``whole`` is asked for, the walk stops at a second target or at more words than a
    pointer has: a thin page that is no pointer (a listing, a gallery) costs a few elements."""
    targets: list[str] = []
    own = 0
    said: list[str] = []
    here = _same_page_key(url)
    walker = etree.iterwalk(main, events=("start", "end"))
    depth_in_link = 0
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            if event == "start":
                walker.skip_subtree()
            continue
        if event == "start":
            if element is not main and _is_chrome(element, tag):
                walker.skip_subtree()  # its end event still comes: its tail is counted there
                continue
            if tag == "a":
                depth_in_link += 1
                target = _target(element.get("href"), base)
                if _elsewhere(target, here, url) and target not in targets:
                    targets.append(target)
                    if len(targets) > 1 and not whole:
                        break
            elif depth_in_link == 0:
                own += _words(element.text)
                said.append(element.text or "")
                if own > THIN_OWN_WORDS and not whole:
                    break
        else:
            if tag == "a":
                depth_in_link = max(0, depth_in_link - 1)
            if element is not main and depth_in_link == 0:
                own += _words(element.tail)
                said.append(element.tail or "")
    return targets, own, said


def _is_chrome(element: etree._Element, tag: str) -> bool:
    if tag in _CHROME_TAGS:
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return names.strip() != "" and _CHROME_NAMES.search(names) is not None


def _target(href: str | None, base: str) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(NO_PAGE):
        return None
    try:
        target = urljoin(base, href)
    except ValueError:  # a malformed address ("http://[::1") is no link, not a failed page
        return None
    if _SESSION_PAGE.search(urlsplit(target).path):
        return None  # a timeout's sign-out or sign-in page is not where the content went
    return target if target.startswith(("http://", "https://")) else None


def _same_page_key(url: str) -> str:
    """A page's address without its fragment, query or trailing slash: a link to it with a
    different query ("?page=2", "?continue=1") is the same page, an interstitial's own link."""
    try:
        parts = urls.split(url)
    except ValueError:
        return url
    return f"{(parts.hostname or '').lower()}{parts.path.rstrip('/')}"


def _elsewhere(target: str | None, here: str, url: str) -> TypeGuard[str]:
    """Whether a link target is another page than this one and than the site's home page."""
    return target is not None and _same_page_key(target) != here and not _home(target, url)


def _home(target: str, url: str) -> bool:
    try:
        same_host = urls.split(target).hostname == urls.split(url).hostname
    except ValueError:
        return False
    return same_host and is_home_page(target)


def _words(text: str | None) -> int:
    return words.count(text) if text else 0


def _delayed(document: Document, url: str, header: str | None) -> tuple[str, str] | None:
    """A refresh (the ``Refresh:`` header, else the page's tag) or a script that sends the
    reader to another page after a delay (an immediate one is a redirect, which the fetch
    already followed)."""
    here = _same_page_key(url)
    tag = document.meta.get("http-equiv:refresh")
    written = header if header is not None else tag and html.unescape(tag)
    refresh = parse_refresh(written) if written else None
    if refresh is not None and refresh.target and refresh.delay > META_REFRESH_MAX_DELAY:
        target = _target(refresh.target, url)
        if target is not None and _same_page_key(target) != here:
            return target, "refresh"
    for script in document.elements("script"):
        code = script.text
        if not code or "setTimeout" not in code:
            continue
        for found in _DELAYED_SCRIPT.finditer(code):
            written = found.group(2) if found.group(2) is not None else found.group(4)
            target = _target(written, url)
            if _elsewhere(target, here, url):
                return target, "script"
    return None
