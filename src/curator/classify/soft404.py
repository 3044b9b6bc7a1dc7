"""Signs that a page answering 200 is really gone.

Servers often answer a missing page with a friendly 200, redirect it to the home page, or the
domain lapses and a parking company serves ads on it. Each sign here is cheap and explainable,
so a report can say *why* curator believes a page is gone.
"""

from __future__ import annotations

import locale
import re
from typing import TYPE_CHECKING, AnyStr
from urllib.parse import parse_qsl, urljoin

from curator import urls
from curator.domains import same_site
from curator.extract.text import all_text
from curator.redact import redact_url

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml import etree

# Phrases parking and domain-sale pages use, and the services that serve them.
_PARKED = re.compile(
    r"""
    \bthis\s+domain\s+(?:name\s+)?(?:is|may\s+be)\s+for\s+sale\b
    | \bbuy\s+this\s+domain\b | \bdomain\s+(?:name\s+)?is\s+for\s+sale\b
    | \bthe\s+domain\s+\S+\s+(?:is|may\s+be)\s+for\s+sale\b
    | \bthis\s+domain\s+(?:has\s+been|is)\s+(?:registered|parked)\b
    | \bparked\s+(?:free|domain)\b | \bdomain\s+parking\b
    | \b(?:sedoparking|parkingcrew|bodis|above\.com|hugedomains|afternic)\b
    | \b(?:dan\.com|undeveloped\.com)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def parked_marker(
    title: str | None, text: str, html_head: str, terms: Callable[[], str] | None = None
) -> str | None:
    """The phrase that betrays a parked or for-sale domain page, if present.

    ``html_head`` is the start of the raw HTML: parking services show up in script URLs
    before any visible text does. ``terms`` gives the terms the page defines (``defined``):
    a glossary that defines "Parked domain" names the practice (``_PRACTICE``), which is no
    sign then; a lander's statement of its own domain ("This domain is parked", "Buy this
    domain") or a parking service's name still is.
    """
    haystacks = (title or "", text[:5000], html_head[:20000])
    for haystack in haystacks:
        found = _parked_in(haystack)
        if found:
            if terms is not None and _PRACTICE.fullmatch(found) and _PRACTICE.search(terms()):
                title, text, html_head = (_PRACTICE.sub(" ", part) for part in haystacks)
                return parked_marker(title, text, html_head)
            return found
    return None


# The names of the practice itself, which glossaries and help pages define as a term.
_PRACTICE = re.compile(r"parked\s+domain|domain\s+parking", re.IGNORECASE)


def defined(root: etree._Element) -> str:
    """The terms a page defines: its description terms and its ``<dfn>`` elements."""
    return " ".join(all_text(element) for element in root.iter("dt", "dfn"))


# What any phrase of ``_PARKED`` must contain: a parking service's name, "parked", or "domain"
# beside one of its other words. Plain substring tests run at memchr speed; the
# case-insensitive regex is far slower over a page's HTML, so it only runs on text that could
# match. Under IGNORECASE a few non-ASCII letters also match ASCII ones (U+0130 and
# U+0131 match "i", U+017F "s", U+212A "k"); text holding one of them goes to the regex.
_PARKING_NAMES = ("parked", "sedoparking", "parkingcrew", "bodis", "above.com", "hugedomains",
                  "afternic", "dan.com", "undeveloped.com")  # fmt: skip
_BESIDE_DOMAIN = ("sale", "buy", "registered", "parking")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_PARKING_NAMES_BYTES = tuple(name.encode("ascii") for name in _PARKING_NAMES)
_BESIDE_DOMAIN_BYTES = tuple(word.encode("ascii") for word in _BESIDE_DOMAIN)


# ``_PARKED`` without IGNORECASE, for a text lower-cased first: its letters are all lower-case.
# Outside the letters above, ``str.lower`` turns one character into one, and the lowered one
# matches each of the pattern's letters, ``.``, ``\s`` and ``\w`` exactly where the character
# matches them case-insensitively (tested for every code point): the same match at the same
# place, for half the regex's time over a page's HTML.
_PARKED_LOWERED = re.compile(_PARKED.pattern, re.VERBOSE)


def _parked_in(text: str) -> str | None:
    """The first ``_PARKED`` phrase in ``text``, as the text writes it."""
    if any(letter in text for letter in _FOLDS_TO_ASCII):
        match = _PARKED.search(text)
        return match.group(0) if match else None
    if not _gate_passes(text):
        return None
    lowered = text.lower()
    match = _PARKED_LOWERED.search(lowered)
    return text[match.start() : match.end()] if match else None


def _gate_passes(text: str) -> bool:
    """Whether ``text`` holds one of the words any ``_PARKED`` phrase must contain, in any case.

    A text of Latin-1 characters only (the HTML's start, decoded as Latin-1 by ``inspect``) is
    lowered as bytes: ``str.lower`` turns no character above ASCII into an ASCII letter, and
    ``bytes.lower`` lowers ASCII letters alone, so the ASCII words are found at the same places,
    for a fifth of the time ``str.lower`` takes over characters beyond ASCII."""
    try:
        raw = text.encode("latin-1").lower()
    except UnicodeEncodeError:
        return _holds_gate(text.lower(), _PARKING_NAMES, "domain", _BESIDE_DOMAIN)
    return _holds_gate(raw, _PARKING_NAMES_BYTES, b"domain", _BESIDE_DOMAIN_BYTES)


def _holds_gate(
    lowered: AnyStr, names: tuple[AnyStr, ...], domain: AnyStr, beside: tuple[AnyStr, ...]
) -> bool:
    return any(name in lowered for name in names) or (
        domain in lowered and any(word in lowered for word in beside)
    )


def redirected_home(url: str, final_url: str) -> bool:
    """A deep link that lands on a site's front page: the page it named is gone. Tracking
    parameters on the landing (``/?utm_source=legacy``) name no page, so they do not count."""
    redirect = urls.redirect(url, final_url)
    if redirect is None:
        return False
    start, end = redirect
    if _is_home(start.path) and not start.query:
        return False
    return _is_home(end.path) and not _meaningful_query(end.query)


def lost_landing(url: str, final_url: str) -> str | None:
    """Where a redirected link landed when that says its page is gone, language aside: the
    site's error page (``/404.html``, ``/error?aspxerrorpath=...``) or a search for the link's
    own name (``/?s=old-post-slug``). None for any other landing."""
    redirect = urls.redirect(url, final_url)
    if redirect is None:
        return None
    start, end = redirect
    if start.path == end.path:
        return None
    last = end.path.rstrip("/").rsplit("/", 1)[-1].lower()
    if _ERROR_PAGE.fullmatch(last) or "aspxerrorpath=" in end.query.lower():
        return "the site's error page"
    slug = _words(start.path.rstrip("/").rsplit("/", 1)[-1])
    if len(slug) >= 2:
        for name, value in parse_qsl(end.query):
            if name.lower() in _SEARCH_PARAMS and _searched_for(slug, _words(value)):
                return f"a search for the page's own name (“{value[:80]}”)"
    return None


def _searched_for(slug: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether a search for ``terms`` asks for the page its slug names: every word of the slug,
    or at least two and at least half of them, and nothing else. A site that turns a dead
    address into a search drops what it cannot search for (a suffix such as "old" or "2", an
    ID), and a search made only of the address's own words was made from the address, not
    chosen by an editor."""
    if slug <= terms:
        return True
    return len(terms) >= 2 and terms <= slug and len(terms) * 2 >= len(slug)


# A script that sends the reader elsewhere as the page loads: ``location.href = "/"``,
# ``window.location.replace('/')``, ``location.assign("https://site/")``.
_SCRIPT_LOCATION = re.compile(
    r"""\blocation(?:\.href)?\s*=\s*(["'])([^"'<>\s]{0,200})\1"""
    r"""|\blocation\.(?:replace|assign)\(\s*(["'])([^"'<>\s]{0,200})\3\s*\)"""
)


def script_home(url: str, html_head: str) -> str | None:
    """The home page a script on a page sends the reader to, if it does: a page with no text
    whose only act is ``location.replace('/')`` is a redirect to the home page a browser follows
    and a checker's fetch does not. The caller asks only for pages with no text of their own."""
    if "location" not in html_head:
        return None
    for match in _SCRIPT_LOCATION.finditer(html_head):
        written: str = match.group(2) if match.group(2) is not None else match.group(4)
        try:
            target = urljoin(url, written)
        except ValueError:  # a malformed address ("http://[bad") sends the reader nowhere
            continue
        if redirected_home(url, target) and same_site(target, url):
            return redact_url(target)
    return None


def search_terms(url: str) -> str | None:
    """What a search page's address asks for (``/search?q=heart+disease``), if it is one."""
    try:
        query = urls.split(url).query
    except ValueError:
        return None
    for name, value in parse_qsl(query):
        if name.lower() in _SEARCH_PARAMS and value.strip():
            return value.strip()
    return None


# The last path segment of an error page: 404, 404.html, error, not-found, pagenotfound...
# Not 403: a redirect to an access-denied page is a block (a bot or region rule turned the
# checker away), and the page behind it may well be there.
_ERROR_PAGE = re.compile(
    r"(?:404|410|error|error-?page|not-?found|page-?not-?found|pagenotfound|notfound)"
    r"(?:[-_]?page)?(?:\.\w{2,5})?"
)
_SEARCH_PARAMS = frozenset({"s", "q", "query", "search", "k", "keyword", "keywords", "term"})
# Parameters that say how a visitor arrived, not which page they asked for.
_TRACKING = re.compile(r"utm_\w+|gclid|fbclid|msclkid|mc_[ce]id|ref|source|from", re.IGNORECASE)


def tracks_visit(name: str) -> bool:
    """Whether a query parameter says how a visitor arrived (``utm_source``, ``fbclid``), not
    which page they asked for."""
    return _TRACKING.fullmatch(name) is not None


def _meaningful_query(query: str) -> bool:
    return any(not tracks_visit(name) for name, _ in parse_qsl(query, keep_blank_values=True))


def _words(text: str) -> frozenset[str]:
    return frozenset(word for word in re.split(r"[\W_]+", text.lower()) if len(word) > 1)


# The root, an index document, or a language's edition of either (``/en/``, ``/pt-br/index.html``,
# ``/de/home``): sites put each language's front page under its code.
_HOME = re.compile(
    r"/*(?:(?P<language>[A-Za-z]{2})(?:[-_][A-Za-z]{2,4})?(?:/+|$))?"
    r"(?:(?:index|default|home)(?:\.\w{2,5})?)?/*"
)


def _is_home(path: str) -> bool:
    """Whether ``path`` is a front page's. A two-letter segment counts only when it is a
    language code the C library knows (``locale.locale_alias``): ``/tv/`` and ``/go/`` are a
    site's sections, not editions."""
    found = _HOME.fullmatch(path or "/")
    if found is None:
        return False
    language = found.group("language")
    return language is None or language.lower() in locale.locale_alias


def at_home_path(url: str) -> bool:
    """Whether ``url``'s path is the site's root or an index document, whatever its query: the
    front page with a click id (``/?fbclid=…``), a TYPO3 home (``/index.php?id=1``)."""
    return _is_home(urls.split(url).path)


def is_home_page(url: str) -> bool:
    """A site's front page (no path beyond an index file, no query): it has no sibling."""
    parts = urls.split(url)
    return _is_home(parts.path) and not parts.query
