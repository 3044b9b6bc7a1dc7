"""Reading a response body without trusting the server about its size or its pace.

Bodies are read in small ``read1`` steps (return as soon as any data is there), so that a
server trickling one byte a second is still cut at the attempt's deadline; before each step
the socket timeout is narrowed to what is left of it. Decompression is capped by urllib3
(it never inflates more than asked per read), so a gzip bomb costs at most ``max_body_bytes``
of memory and ends as a truncated body.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import requests

from curator.fetch.errors import BodyTooLargeError, DeadlineExceededError

_STEP = 64 * 1024

# Only these are worth keeping whole; for anything else (PDF, images, video) a peek is enough
# to know the link works, and later stages only read HTML and text.
_TEXT_TYPES = frozenset(
    {
        "application/xhtml+xml",
        "application/xml",
        "application/json",
        "application/ld+json",
        "application/rss+xml",
        "application/atom+xml",
        "application/javascript",
    }
)
NON_TEXT_PEEK = 16 * 1024


def is_texty(content_type: str) -> bool:
    """True for HTML/text-ish types; an absent type counts, since many servers omit it."""
    media = content_type.split(";")[0].strip().lower()
    return (
        not media
        or media.startswith("text/")
        or media in _TEXT_TYPES
        or media.endswith(("+xml", "+json"))
    )


@dataclass(frozen=True)
class Body:
    data: bytes
    truncated: bool


@dataclass(frozen=True)
class Deadline:
    """A monotonic point in time an attempt must finish by, with the total it came from."""

    at: float
    total: float

    def remaining(self) -> float:
        return self.at - time.monotonic()


def read_body(
    response: requests.Response,
    *,
    keep: int,
    max_raw: int,
    deadline: Deadline,
    read_timeout: float,
) -> Body:
    """Up to ``keep`` decoded bytes; ``truncated`` when more was there.

    Raises ``DeadlineExceededError`` past the deadline and ``BodyTooLargeError`` when more than
    ``max_raw`` bytes came off the wire without filling ``keep`` (a body that compresses
    *up*, or an endless stream of nothing).
    """
    raw = response.raw
    parts: list[bytes] = []
    kept = 0
    while True:
        left = deadline.remaining()
        if left <= 0:
            raise DeadlineExceededError(deadline.total)
        _narrow_socket_timeout(response, min(read_timeout, left))
        try:
            chunk = raw.read1(min(_STEP, keep - kept + 1), decode_content=True)
        except Exception as exc:
            if deadline.remaining() <= 0:
                raise DeadlineExceededError(deadline.total) from exc
            raise
        if not chunk:
            return Body(b"".join(parts), truncated=False)
        parts.append(chunk)
        kept += len(chunk)
        if kept > keep:
            data = b"".join(parts)
            return Body(data[:keep], truncated=True)
        if raw.tell() > max_raw:
            raise BodyTooLargeError(max_raw)


def _narrow_socket_timeout(response: requests.Response, seconds: float) -> None:
    """Make the next blocking read give up when the deadline does, not a full read timeout
    later. urllib3 resets the timeout when it reuses the connection."""
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))
