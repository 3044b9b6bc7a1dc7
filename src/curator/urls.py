"""A URL splitter with a cache.

``urllib.parse.urlsplit`` keeps an LRU cache of only 128 URLs (CPython 3.11), so a run of thousands
of distinct links misses it every time, while each link is split half a dozen times on its way
through a worker and the driver (host keys, probe keys, domains, classification). The results are
immutable named tuples, so sharing them is safe.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

# Every entry is held in the driver and in every worker. A link's splits come close together
# (a worker: queueing, dispatch, inspection; the driver: its arrival and judgement), so a few
# thousand entries catch them, where one entry per link grew with the run (bench/README.md).
CACHED_URLS = 1 << 12


@lru_cache(maxsize=CACHED_URLS)
def split(url: str) -> SplitResult:
    """``urlsplit(url)``, remembered; raises ValueError as urlsplit does (never cached)."""
    return urlsplit(url)


def redirect(url: str, final_url: str) -> tuple[SplitResult, SplitResult] | None:
    """The link and the page a fetch of it landed on, split, when the fetch was redirected:
    None when it landed where it started, or when either address will not split (there is no
    path or query to compare then), so every reader of a redirect asks the same question."""
    if url == final_url:
        return None
    try:
        return split(url), split(final_url)
    except ValueError:
        return None


@lru_cache(maxsize=CACHED_URLS)
def host(url: str) -> str:
    """The URL's host name, lower-case, without a trailing dot ('' if it has none)."""
    return (split(url).hostname or "").rstrip(".")
