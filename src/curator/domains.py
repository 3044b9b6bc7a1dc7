"""Registered-domain logic (``who.int`` for ``www.who.int``), offline.

tldextract is built with its bundled Public Suffix List snapshot and no cache directory: curator
must never reach out to the internet for the list at run time, and CI machines have no network.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=65536)
def registered_domain(host_or_url: str) -> str:
    """``example.co.uk`` for ``https://www.example.co.uk/x``; the bare host when it has no suffix
    (``localhost``, an IP address), so that comparisons still work in tests and intranets."""
    host = urlsplit(host_or_url).hostname if "://" in host_or_url else host_or_url
    host = (host or "").lower().rstrip(".")
    result = _EXTRACT(host)
    return result.top_domain_under_public_suffix or host


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
