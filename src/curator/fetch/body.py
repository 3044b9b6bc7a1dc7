"""Reading a response body without trusting the server about its size or its pace.

Bodies are read in ``read1`` steps (return as soon as any data is there), so that a server
trickling one byte a second is still cut at the attempt's deadline; before each step the
socket timeout is narrowed to what is left of it. Decompression never produces more than we
still want, so a gzip bomb costs at most ``max_body_bytes`` of memory and ends as a truncated
body; bytes off the wire are capped separately.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from typing import Any

import requests

from curator.fetch.errors import BodyTooLargeError, DeadlineExceededError
from curator.fetch.result import body_hasher, hash_body, media_type

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
    media = media_type(content_type)
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
    digest: str | None = None  # ``result.hash_body(data)``, when asked for


@dataclass(frozen=True)
class Deadline:
    """A monotonic point in time an attempt must finish by, with the total it came from."""

    at: float
    total: float

    def remaining(self) -> float:
        return self.at - time.monotonic()


ACCEPT_ENCODING = "gzip, deflate"  # the encodings _Inflater decodes; we ask for no others


class _Inflater:
    """Decompresses with a bound on output per call, keeping the rest of the input for later.

    Decoding ourselves (rather than letting urllib3 do it) keeps every loop in ``read_body``:
    urllib3's ``read1`` keeps reading the wire until *some* decoded byte appears, so a stream
    that inflates to nothing would never come back to check the deadline or the raw cap.
    """

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding.strip().lower()
        self._pending = b""
        self._z: Any = None
        if self._encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        self._raw_deflate_tried = False

    def push(self, data: bytes) -> None:
        self._pending += data

    def pull(self, limit: int) -> bytes:
        """Up to ``limit`` decoded bytes from what has been pushed so far."""
        if self._z is None:
            out, self._pending = self._pending[:limit], self._pending[limit:]
            return out
        out = b""
        while self._pending and len(out) < limit:
            data, self._pending = self._pending, b""
            try:
                out += self._z.decompress(data, limit - len(out))
            except zlib.error:
                if self._encoding != "deflate" or self._raw_deflate_tried:
                    raise
                # "deflate" is often sent without its zlib header; start over as raw deflate
                self._raw_deflate_tried = True
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._pending = data
                continue
            self._pending = self._z.unconsumed_tail
            if self._z.eof and self._z.unused_data:  # another gzip member follows
                self._pending = self._z.unused_data + self._pending
                self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return out


def read_body(
    response: requests.Response,
    *,
    keep: int,
    max_raw: int,
    deadline: Deadline,
    read_timeout: float,
    digest: bool = False,
) -> Body:
    """Up to ``keep`` decoded bytes; ``truncated`` when more was there. With ``digest``, their
    body hash too, taken piece by piece as they come (each piece is in the cache then, and the
    bytes are not walked again).

    Raises ``DeadlineExceededError`` past the deadline and ``BodyTooLargeError`` when more than
    ``max_raw`` bytes came off the wire without filling ``keep`` (a body that inflates to
    almost nothing, or an endless stream of it).
    """
    raw = response.raw
    inflater = _Inflater(response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    hasher = body_hasher() if digest else None
    kept = 0
    wire = 0
    while True:
        decoded = inflater.pull(keep - kept + 1)
        if decoded:
            parts.append(decoded)
            kept += len(decoded)
            if kept > keep:
                data = b"".join(parts)[:keep]
                return Body(data, truncated=True, digest=hash_body(data) if digest else None)
            if hasher is not None:
                hasher.update(decoded)
            continue
        left = deadline.remaining()
        if left <= 0:
            raise DeadlineExceededError(deadline.total)
        _narrow_socket_timeout(response, min(read_timeout, left))
        try:
            chunk = raw.read1(_STEP, decode_content=False)
        except Exception as exc:
            if deadline.remaining() <= 0:
                raise DeadlineExceededError(deadline.total) from exc
            raise
        if not chunk:
            return Body(
                b"".join(parts),
                truncated=False,
                digest=None if hasher is None else hasher.hexdigest(),
            )
        wire += len(chunk)
        if wire > max_raw:
            raise BodyTooLargeError(max_raw)
        inflater.push(chunk)


def _narrow_socket_timeout(response: requests.Response, seconds: float) -> None:
    """Make the next blocking read give up when the deadline does, not a full read timeout
    later. urllib3 resets the timeout when it reuses the connection."""
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        seconds = max(seconds, 0.001)
        if sock.gettimeout() != seconds:  # setting it is a system call; usually it is unchanged
            sock.settimeout(seconds)
