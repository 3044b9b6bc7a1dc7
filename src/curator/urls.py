"""A URL splitter with a cache the size of a run.

``urllib.parse.urlsplit`` keeps an LRU cache of only 128 URLs (CPython 3.11), so a run of
20,000 distinct links misses it every time, while each link is split half a dozen times on its
way through the driver (probe keys, domains, classification, the dashboard's links): about
10 us a split, a few hundred milliseconds of a large run's serial tail. The results are
immutable named tuples, so sharing them is safe.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

# Enough for the links of a large run; each entry is about 400 bytes.
CACHED_URLS = 1 << 15


@lru_cache(maxsize=CACHED_URLS)
def split(url: str) -> SplitResult:
    """``urlsplit(url)``, remembered; raises ValueError as urlsplit does (never cached)."""
    return urlsplit(url)


@lru_cache(maxsize=CACHED_URLS)
def host(url: str) -> str:
    """The URL's host name, lower-case, without a trailing dot ('' if it has none)."""
    return (split(url).hostname or "").rstrip(".")
