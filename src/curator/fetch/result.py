"""What a fetch produced, as plain values for the later stages."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from curator.states import ErrorKind

# The statuses by which a server says nothing is at the address (Not Found, Gone): a link's
# verdict, a site's answer to made-up URLs and a framework's own error state read them alike.
GONE_STATUSES = frozenset({404, 410})


def media_type(content_type: str) -> str:
    """The media type of a Content-Type value: before its parameters, trimmed, in lower case
    (`` Text/HTML; charset=UTF-8`` is ``text/html``). One home, since what a body is kept for
    (``body.is_texty``) and what reads it (``inspect``) must agree on what type it is."""
    return content_type.split(";")[0].strip().lower()


@dataclass(frozen=True)
class Hop:
    """One response that sent us elsewhere: an HTTP redirect, or an immediate refresh (a meta
    tag or a ``Refresh:`` header)."""

    url: str
    status: int
    location: str
    via: Literal["http", "meta-refresh", "refresh-header"] = "http"

    @property
    def permanent(self) -> bool:
        return self.via == "http" and self.status in (301, 308)


@dataclass(frozen=True)
class FetchError:
    kind: ErrorKind
    message: str


@dataclass(frozen=True)
class FetchResult:
    """Everything the classifier and extractor may need from one URL, and nothing live.

    ``status`` and ``headers`` are the final response's (``None``/empty when no response
    arrived). ``body`` is capped; ``truncated`` says the cap was hit. ``hops`` lists every
    redirect followed, in order; ``final_url`` is where the chain ended (or failed).
    """

    url: str
    final_url: str
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-cased names
    body: bytes = b""
    truncated: bool = False
    hops: tuple[Hop, ...] = ()
    error: FetchError | None = None
    attempts: int = 1
    elapsed: float = 0.0
    not_modified: bool = False  # answered 304 to a conditional request
    # ``hash_body(body)`` of a 2xx body, taken by the fetch thread as the body came in, so the
    # reader (``inspect``) need not read the bytes again to tell they are the last look's.
    body_hash: str | None = None

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))


def body_hasher() -> hashlib.blake2b:
    """A hash of a page's bytes, fed as they arrive: the body hash a look records, by which the
    next run tells the same bytes again (``inspect``, ``history.found_unchanged``). One home,
    since a stored hash is only ever compared with one taken the same way."""
    return hashlib.blake2b(digest_size=16)


def hash_body(data: bytes) -> str:
    """``body_hasher``'s hash of ``data`` at once."""
    hasher = body_hasher()
    hasher.update(data)
    return hasher.hexdigest()
