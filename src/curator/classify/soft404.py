"""Signs that a page answering 200 is really gone.

Servers often answer a missing page with a friendly 200, redirect it to the home page, or the
domain lapses and a parking company serves ads on it. Each sign here is cheap and explainable,
so a report can say *why* curator believes a page is gone.
"""

from __future__ import annotations

import re

from curator import urls

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


def parked_marker(title: str | None, text: str, html_head: str) -> str | None:
    """The phrase that betrays a parked or for-sale domain page, if present.

    ``html_head`` is the start of the raw HTML: parking services show up in script URLs
    before any visible text does.
    """
    for haystack in (title or "", text[:5000], html_head[:20000]):
        match = _PARKED.search(haystack) if _may_be_parked(haystack) else None
        if match:
            return match.group(0)
    return None


# What any phrase of ``_PARKED`` must contain: a parking service's name, "parked", or "domain"
# beside one of its other words. Plain substring tests run at memchr speed; the
# case-insensitive regex is far slower over a page's HTML, so it only runs on text that could
# match. Under IGNORECASE a few non-ASCII letters also match ASCII ones (U+0130 and
# U+0131 match "i", U+017F "s", U+212A "k"); text holding one of them goes to the regex.
_PARKING_NAMES = ("parked", "sedoparking", "parkingcrew", "bodis", "above.com", "hugedomains",
                  "afternic", "dan.com", "undeveloped.com")  # fmt: skip
_BESIDE_DOMAIN = ("sale", "buy", "registered", "parking")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_be_parked(text: str) -> bool:
    lowered = text.lower()
    return (
        any(name in lowered for name in _PARKING_NAMES)
        or ("domain" in lowered and any(word in lowered for word in _BESIDE_DOMAIN))
        or any(letter in text for letter in _FOLDS_TO_ASCII)
    )


def redirected_home(url: str, final_url: str) -> bool:
    """A deep link that lands on a site's front page: the page it named is gone."""
    start, end = urls.split(url), urls.split(final_url)
    if _is_home(start.path) and not start.query:
        return False
    if url == final_url:
        return False
    return _is_home(end.path) and not end.query


def _is_home(path: str) -> bool:
    return re.fullmatch(r"/*(?:(?:index|default|home)\.\w{2,5})?/*", path or "/") is not None


def is_home_page(url: str) -> bool:
    """A site's front page (no path beyond an index file, no query): it has no sibling."""
    parts = urls.split(url)
    return _is_home(parts.path) and not parts.query
