"""Which addresses the soft-404 probe asks about, and which made-up ones it asks.

A site answers unknown paths of one shape the same way: ``/p/3/17/a-slug`` and ``/p/9/42/other``
have the same shape (the section ``p``, two numbers, a slug), so the host's answer is learnt
once per origin and path shape (``probe_key``), not per directory. A made-up sibling replaces
the last segment with random letters (``probe_url``); where the site ignores that segment (news
and forum sites serve article 17 whatever slug follows its number), a second one replaces the
identifying segment too (``id_probe_url``, see ``probe_learning``).
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlunsplit

from curator import urls
from curator.classify.soft404 import is_home_page

if TYPE_CHECKING:
    from curator.classify.page_sketch import PageShape

ProbeKey = tuple[str, str]
"""(origin, path shape): the pages that share one learnt answer to unknown paths."""

_NUMBER = re.compile(r"\d+")
_DATE = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?|\d{8}")
_HEX = re.compile(r"[0-9a-f]{8,}", re.IGNORECASE)
_ID = re.compile(r"(?=[a-z0-9_]*\d)(?=[a-z0-9_]*[a-z])[a-z0-9_]{4,}", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# Segment kinds that name one item (an article number, a hash): changing one reaches another
# item, or none. "date" is a kind of its own but not an identifier: many items share a day.
_IDENTIFYING = frozenset({"num", "hex", "id"})


def segment_kind(segment: str) -> str:
    """What kind of value a path segment holds: num, date, hex, id or text (words, slugs),
    with its file extension kept (``17.html`` is ``num.html``)."""
    extension = _EXTENSION.search(segment)
    stem = segment[: extension.start()] if extension else segment
    suffix = extension.group(0).lower() if extension else ""
    if _DATE.fullmatch(stem):
        kind = "date"
    elif _NUMBER.fullmatch(stem):
        kind = "num"
    elif _HEX.fullmatch(stem) and not stem.isalpha():
        kind = "hex"
    elif _ID.fullmatch(stem):
        kind = "id"
    else:
        kind = "text"
    return kind + suffix


def path_shape(path: str) -> str:
    """The shape of a URL path: its section (first segment, when the path goes deeper) as
    written, then the kind of each further segment. Sections of one site often behave apart
    (``/news/...`` vs ``/forum/...``); pages within one section answer alike."""
    segments = (path or "/").split("/")[1:]
    kinds = [segment_kind(s) if s else "" for s in segments]
    if len(segments) > 1 and kinds[0] == "text":
        kinds[0] = segments[0].lower()
    return "/" + "/".join(kinds)


@lru_cache(maxsize=urls.CACHED_URLS)
def probe_key(url: str) -> ProbeKey:
    """(origin, path shape): links that share it share one learnt answer. Remembered, as
    ``urls.split`` is: a page's key is asked a few times on its way through a run."""
    parts = urls.split(url)
    return f"{parts.scheme}://{parts.netloc}".lower(), path_shape(parts.path)


def probe_keys(urls: Iterable[str]) -> set[ProbeKey]:
    """The keys of every URL that a probe could apply to (the store is asked for these)."""
    return {probe_key(url) for url in urls if probe_applies(url)}


def probe_applies(url: str) -> bool:
    """The home page has no sibling to compare with: its probe would say nothing."""
    return not is_home_page(url)


def needs_probe(url: str, shape: PageShape | None, parked: str | None) -> bool:
    """Whether a page is judged against its host's answer to unknown paths: a 200 HTML page
    (it has a shape), not parked (that verdict stands alone), not a home page."""
    return shape is not None and not parked and probe_applies(url)


def probe_url(url: str, rng: random.Random | None = None) -> str:
    """A sibling of ``url`` that surely does not exist: the last segment replaced by 25 random
    letters (its file extension kept, as a real sibling would have it), no query."""
    rng = rng or random.SystemRandom()
    parts = urls.split(url)
    segments = (parts.path or "/").split("/")
    segments[-1] = _random_letters(rng) + _extension(segments[-1])
    return urlunsplit((parts.scheme, parts.netloc, "/".join(segments), "", ""))


def id_probe_url(url: str, rng: random.Random | None = None) -> str | None:
    """Like ``probe_url``, with the identifying segment before the last (an article number,
    a hash) replaced too, by a made-up value of its kind; None when the path has none."""
    rng = rng or random.SystemRandom()
    parts = urls.split(url)
    segments = (parts.path or "/").split("/")
    for index in range(len(segments) - 2, 0, -1):
        kind = segment_kind(segments[index])
        stem = kind.split(".", 1)[0]
        if stem in _IDENTIFYING:
            segments[index] = _made_up(stem, segments[index], rng)
            segments[-1] = _random_letters(rng) + _extension(segments[-1])
            return urlunsplit((parts.scheme, parts.netloc, "/".join(segments), "", ""))
    return None


def _random_letters(rng: random.Random, count: int = 25) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(count))


def _extension(segment: str) -> str:
    found = _EXTENSION.search(segment)
    return found.group(0) if found else ""


def _made_up(kind: str, segment: str, rng: random.Random) -> str:
    """A value of ``kind`` no site is likely to hold: numbers far past any real counter."""
    extension = _extension(segment)
    if kind == "num":
        return str(rng.randrange(9 * 10**11, 10**12)) + extension
    alphabet = "0123456789abcdef" if kind == "hex" else string.ascii_lowercase + string.digits
    stem_length = len(segment) - len(extension)
    return "".join(rng.choice(alphabet) for _ in range(max(stem_length, 12))) + extension


def same_address(a: str, b: str) -> bool:
    """The same host, path (bar a last slash) and query: equal hosts are one site, so there is
    no suffix list to read (``curator.domains``)."""
    pa, pb = urls.split(a), urls.split(b)
    return (
        (pa.hostname or "") == (pb.hostname or "")
        and pa.path.rstrip("/") == pb.path.rstrip("/")
        and pa.query == pb.query
    )
