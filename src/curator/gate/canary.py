"""Is the network up? Asked only when every live check of a change failed at the network level.

A change that adds one URL on a mistyped domain, in a route whose other sources are fresh in the
store, fetches exactly one URL, and it fails with a DNS error: on its own that looks just like a
CI runner without a network. Fetching a couple of the route's other sources (known to have
answered recently) tells the two apart: if they answer, the network works and the added source
is simply dead; if they fail too, the gate is inconclusive.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from curator.fetch.client import Fetcher

CANARIES = 3
"""Sources fetched to test the network: enough that one unlucky host does not decide it."""


def network_works(fetcher: Fetcher, candidates: Iterable[str], failed: Iterable[str]) -> bool:
    """Whether any candidate on a host other than the failed ones answers at all."""
    bad_hosts = {urlsplit(url).hostname for url in failed}
    picked: dict[str | None, str] = {}
    for url in candidates:
        host = urlsplit(url).hostname
        if host not in bad_hosts and host not in picked:
            picked[host] = url
        if len(picked) == CANARIES:
            break
    if not picked:
        return False
    return any(
        result.error is None or not result.error.kind.is_network
        for result in fetcher.fetch_many(picked.values())
    )
