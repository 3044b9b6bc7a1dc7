"""Turn a raw fetch into what the rest of a run keeps of it.

This is where page bodies die: extraction reads the body once, and what survives is small
(metadata, a body hash, a shingle sketch for the soft-404 comparison). A run over 50,000 links
therefore holds kilobytes per link, never the pages themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from curator.classify.soft404 import PageShape, parked_marker
from curator.extract import PageMeta, extract
from curator.fetch.result import FetchResult

_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml", "text/plain"})


@dataclass(frozen=True)
class Inspection:
    result: FetchResult  # body emptied
    page: PageMeta | None  # text emptied
    shape: PageShape | None
    body_hash: str | None
    parked: str | None = None  # the phrase that betrays a parked domain, read off the full page


def inspect(result: FetchResult, terms: Sequence[str] = ()) -> Inspection:
    """Extract what later stages need from a fetched page, then drop the page."""
    page: PageMeta | None = None
    shape: PageShape | None = None
    body_hash: str | None = None
    parked: str | None = None
    ok = result.status is not None and 200 <= result.status < 300
    if ok and result.body:
        body_hash = hashlib.blake2b(result.body, digest_size=16).hexdigest()
        if result.content_type in _HTML_TYPES:
            page = extract(result.body, result.final_url, result.headers)
            shape = PageShape.of(result.status, result.final_url, page.text)
            parked = parked_marker(page.title, page.text, result.body[:20000].decode("latin-1"))
    return Inspection(
        result=replace(result, body=b""),
        page=replace(page, text="") if page is not None else None,
        shape=shape,
        body_hash=body_hash,
        parked=parked,
    )
