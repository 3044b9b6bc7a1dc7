"""Signs that a page answering 200 is really gone.

Servers often answer a missing page with a friendly 200, redirect it to the home page, or the
domain lapses and a parking company serves ads on it. Each sign here is cheap and explainable,
so a report can say *why* curator believes a page is gone.
"""

from __future__ import annotations

import heapq
import random
import re
import string
import zlib
from array import array
from dataclasses import dataclass
from posixpath import dirname
from urllib.parse import urlunsplit

from curator import urls
from curator.domains import registered_domain
from curator.redact import redact_url

# "Not found" wording in a title or main heading, in the languages the corpus and the sites we
# check use. Each pattern needs a phrase, not a lone word: "404" alone appears in real article
# titles ("Why 404 errors hurt..."), so it only counts beside "error", "page" or "not found".
_NOT_FOUND = re.compile(
    r"""
    \b(?:page|file|document|article|content|resource|url)\s+(?:was\s+)?not\s+found\b
    | ^\s*(?:error\s*)?404\b | \b404\s*(?:[-:|–—]\s*)?(?:error|not\s+found|page)\b
    | \berror\s+404\b
    | ^\s*not\s+found\s*$ | ^\s*not\s+found\s*[-:|–—]
    | \b(?:page|this\s+page|the\s+page\s+you\s+requested)\s+(?:(?:does\s+not|doesn['’]t)\s+exist
        |(?:is\s+)?no\s+longer\s+(?:available|exists)|(?:could\s+not|couldn['’]t|cannot|can['’]t)\s+be\s+found)
    | \bwe\s+(?:could\s+not|couldn['’]t|can['’]t|cannot)\s+find\s+(?:that|this|the)\s+page\b
    | \boops[!.,]?\s+(?:that\s+page|page)\b
    | \bseite\s+nicht\s+gefunden\b | \bp[áa]gina\s+no\s+encontrada\b | \bpage\s+introuvable\b
    | \bpagina\s+non\s+trovata\b | \bpagina\s+niet\s+gevonden\b
    | \bp[áa]gina\s+n[ãa]o\s+encontrada\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

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


def not_found_wording(title: str | None, h1: str | None) -> str | None:
    """The title or heading that says the page is missing, if one does."""
    for text in (title, h1):
        if text and _may_say_missing(text[:300]) and _NOT_FOUND.search(text[:300]):
            return text.strip()[:120]
    return None


# A word every phrase of ``_NOT_FOUND`` contains; titles without any (nearly all) skip the
# regex, which costs about 7 us a title, 0.3 s over a 20,000-link run. Non-ASCII letters that
# fold to ASCII under IGNORECASE send the text to the regex, as for ``_may_be_parked``.
_MISSING_WORDS = ("found", "404", "exist", "longer", "find", "oops", "gefunden", "encontrada",
                  "introuvable", "trovata", "gevonden")  # fmt: skip


def _may_say_missing(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _MISSING_WORDS) or any(
        letter in text for letter in _FOLDS_TO_ASCII
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
# case-insensitive regex costs about 1.5 ms per 20 KB of ordinary HTML, so it only runs on text
# that could match. Under IGNORECASE a few non-ASCII letters also match ASCII ones (U+0130 and
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


def probe_url(url: str, rng: random.Random | None = None) -> str:
    """A sibling of ``url`` that surely does not exist: its directory plus 25 random letters."""
    rng = rng or random.SystemRandom()
    parts = urls.split(url)
    name = "".join(rng.choice(string.ascii_lowercase) for _ in range(25))
    directory = probe_key(url)[1]
    return urlunsplit((parts.scheme, parts.netloc, directory + name, "", ""))


def probe_key(url: str) -> tuple[str, str]:
    """(origin, directory): links that share it share one probe per run."""
    parts = urls.split(url)
    path = parts.path or "/"
    directory = path if path.endswith("/") else dirname(path)
    if not directory.endswith("/"):
        directory += "/"
    return f"{parts.scheme}://{parts.netloc}".lower(), directory


def probe_applies(url: str) -> bool:
    """The home page has no sibling to compare with: its probe would say nothing."""
    parts = urls.split(url)
    return not (_is_home(parts.path) and not parts.query)


@dataclass(frozen=True)
class PageShape:
    """What a soft-404 comparison needs of a page, without keeping the page: its status, where
    it ended, and a bottom-k sketch of its word shingles (256 bytes per page, so a run of 50,000
    links can hold one per link until its probes are in)."""

    status: int | None
    final_url: str
    sketch: bytes  # up to SKETCH_SIZE 32-bit hashes, ascending, packed (see shingle_sketch)

    @classmethod
    def of(cls, status: int | None, final_url: str, text: str) -> PageShape:
        return cls(status=status, final_url=final_url, sketch=shingle_sketch(text))


SKETCH_SIZE = 64
# An array typecode wide enough for a CRC-32 ("I" is 4 bytes wherever curator runs; C only
# promises 2).
_HASH_CODE = "I" if array("I").itemsize >= 4 else "L"


def shingle_sketch(text: str, size: int = 4, limit: int = 3000) -> bytes:
    """The smallest hashes of the page's word 4-grams (first ``limit`` words): enough to tell
    two different error pages apart from one error page echoing two different paths.

    Every 200 page of a run is sketched, so the hash is CRC-32 (C, no object per call; a
    blake2b per 4-gram was most of this function's cost). It must be stable across processes
    (a page and its probe may be read by different workers), which rules out ``hash()``; a
    sketch is only ever compared with another of the same run, never stored, and 32 bits make
    a collision among a page's few thousand 4-grams negligible. The hashes are packed as
    32-bit words: a tuple of 64 ints cost 2.5 KB a link (an int object each), this 256 bytes.
    """
    words = _WORD.findall(text.lower())[:limit]
    if len(words) < size:
        words = [*words, *[""] * (size - len(words))]
    # The 4-grams as lists zipped at offsets 0..size-1, joined, encoded and hashed by C-level
    # map calls: the same strings as slicing, without a bytecode loop per 4-gram.
    grams = map(" ".join, zip(*(words[i:] for i in range(size)), strict=False))
    hashes = set(map(zlib.crc32, map(str.encode, grams)))
    return array(_HASH_CODE, heapq.nsmallest(SKETCH_SIZE, hashes)).tobytes()


_WORD = re.compile(r"\w+")


def similarity(a: bytes, b: bytes) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a and not b:
        return 1.0
    one, other = set(array(_HASH_CODE, a)), set(array(_HASH_CODE, b))
    k = min(SKETCH_SIZE, len(one | other))
    union_smallest = sorted(one | other)[:k]
    both = one & other
    return sum(1 for h in union_smallest if h in both) / k


def matches_probe(page: PageShape, probe: PageShape, threshold: float) -> str | None:
    """Why the link looks like the answer for a page that does not exist, if it does.

    A probe that answers 404 means the site reports missing pages honestly, so the link's 200
    stands. A probe that answers 200 (or redirects) is the site's catch-all: a link that ends at
    the same address, or shows near-identical content, is that catch-all too.
    """
    if probe.status is None or not 200 <= probe.status < 300:
        return None
    if _same_address(page.final_url, probe.final_url):
        shown = redact_url(probe.final_url)
        return f"ends at the same address as a made-up URL on this site ({shown})"
    alike = similarity(page.sketch, probe.sketch)
    if alike >= threshold:
        return f"shows the same page as a made-up URL on this site ({alike:.0%} alike)"
    return None


def _same_address(a: str, b: str) -> bool:
    pa, pb = urls.split(a), urls.split(b)
    return (
        registered_domain(a) == registered_domain(b)
        and (pa.hostname or "") == (pb.hostname or "")
        and pa.path.rstrip("/") == pb.path.rstrip("/")
        and pa.query == pb.query
    )
