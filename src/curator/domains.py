"""Registered-domain logic (``who.int`` for ``www.who.int``), offline.

tldextract is built with its bundled Public Suffix List snapshot and no cache directory: curator
must never reach out to the internet for the list at run time, and CI machines have no network.

The list is read on the first lookup, not at import: read, it is some 17,000 trie nodes (5.6 MiB
in every process that reads it), and a worker process mostly asks whether two addresses on the
same host share a site, which ``same_site`` answers without it.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from curator import urls

if TYPE_CHECKING:
    import tldextract


def registered_domain(host_or_url: str) -> str:
    """``example.co.uk`` for ``https://www.example.co.uk/x``; the bare host when it has no suffix
    (``localhost``, an IP address), so that comparisons still work in tests and intranets."""
    return _domain_of(_host(host_or_url))


def same_site(one: str, other: str) -> bool:
    """Whether two hosts or URLs have the same registered domain (``registered_domain``).

    Equal hosts always do, so the suffix list is read only for two different hosts."""
    host, other_host = _host(one), _host(other)
    return host == other_host or _domain_of(host) == _domain_of(other_host)


def _host(host_or_url: str) -> str:
    return urls.host(host_or_url) if "://" in host_or_url else host_or_url.lower().rstrip(".")


@lru_cache(maxsize=65536)
def _domain_of(host: str) -> str:
    """Cached by host, not by URL: a run has far fewer hosts than links, and the suffix-list
    lookup, once per link, was a large share of building a report."""
    return _suffix_list()(host).top_domain_under_public_suffix or host


_read: list[tldextract.TLDExtract] = []  # the list once read
_reading = threading.Lock()  # fetch and probe threads may ask first at the same time


def _suffix_list() -> tldextract.TLDExtract:
    with _reading:
        if not _read:
            import tldextract  # here, not at the top: see the module's docstring

            extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
            extract("example.org")  # read the list now, once, under the lock
            _read.append(extract)
        return _read[0]
