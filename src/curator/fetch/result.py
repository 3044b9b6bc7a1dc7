"""What a fetch produced, as plain values for the later stages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from curator.states import ErrorKind


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

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()
