"""Registered-domain logic (``who.int`` for ``www.who.int``), offline.

tldextract is built with its bundled Public Suffix List snapshot and no cache directory: curator
must never reach out to the internet for the list at run time, and CI machines have no network.
"""

from __future__ import annotations

from functools import lru_cache

import tldextract

from curator import urls

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(host_or_url: str) -> str:
    """``example.co.uk`` for ``https://www.example.co.uk/x``; the bare host when it has no suffix
    (``localhost``, an IP address), so that comparisons still work in tests and intranets."""
    host = urls.host(host_or_url) if "://" in host_or_url else host_or_url.lower().rstrip(".")
    return _domain_of(host)


@lru_cache(maxsize=65536)
def _domain_of(host: str) -> str:
    """Cached by host, not by URL: a run has far fewer hosts than links, and the suffix-list
    lookup, once per link, was a large share of building a report."""
    return _EXTRACT(host).top_domain_under_public_suffix or host
