"""Why a request failed, as one ErrorKind: the error taxonomy in one function.

requests wraps urllib3, which wraps http.client, ssl and socket errors, so the telling
exception is usually several links down. ``classify_error`` walks the whole chain (``__cause__``,
``__context__``, urllib3's ``reason``, requests' wrapped argument) and decides with
``isinstance``, most specific first. It never looks at message text.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Iterator
from typing import TypeVar

import requests
import urllib3.exceptions as u3

from curator.fetch.guard import ForbiddenAddressError
from curator.fetch.result import FetchError
from curator.states import ErrorKind


class DeadlineExceededError(Exception):
    """The attempt used up ``total_timeout`` (e.g. a server trickling its body)."""

    def __init__(self, seconds: float, phase: str = "while reading the body") -> None:
        self.seconds = seconds
        super().__init__(f"gave up after {_secs(seconds)} (total timeout) {phase}")


class BodyTooLargeError(Exception):
    """More bytes arrived on the wire than ``max_raw_bytes`` allows."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(f"response larger than {limit:,} bytes on the wire")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """Every exception reachable from ``exc``, outermost first, each once."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException)]
        todo.extend(item for item in linked if isinstance(item, BaseException))


E = TypeVar("E", bound=BaseException)


def _first(chain: list[BaseException], kind: type[E] | tuple[type[E], ...]) -> E | None:
    for item in chain:
        if isinstance(item, kind):
            return item
    return None


def classify_error(
    exc: BaseException, *, host: str, connect_timeout: float, read_timeout: float
) -> FetchError:
    """One FetchError for a failed request, with a short message an editor can read."""
    chain = list(_chain(exc))
    if (forbidden := _first(chain, ForbiddenAddressError)) is not None:
        return FetchError(ErrorKind.FORBIDDEN_ADDRESS, str(forbidden))
    if (big := _first(chain, BodyTooLargeError)) is not None:
        return FetchError(ErrorKind.TOO_LARGE, str(big))
    if (late := _first(chain, DeadlineExceededError)) is not None:
        return FetchError(ErrorKind.TIMEOUT, str(late))
    if _first(chain, (socket.gaierror, u3.NameResolutionError)) is not None:
        return FetchError(ErrorKind.DNS, f"DNS lookup failed for {host}")
    if _first(chain, (u3.LocationParseError, requests.exceptions.InvalidURL)) is not None:
        return FetchError(ErrorKind.INVALID_URL, f"not a valid URL host: {host}")
    if (tls := _tls_message(chain)) is not None:
        return FetchError(ErrorKind.TLS, tls)
    if _first(chain, ConnectionRefusedError) is not None:
        return FetchError(ErrorKind.REFUSED, "connection refused")
    if (timeout := _timeout_message(chain, connect_timeout, read_timeout)) is not None:
        return FetchError(ErrorKind.TIMEOUT, timeout)
    if (reset := _reset_message(chain)) is not None:
        return FetchError(ErrorKind.RESET, reset)
    if (bad := _first(chain, (http.client.HTTPException, u3.HeaderParsingError))) is not None:
        return FetchError(ErrorKind.PROTOCOL, f"malformed HTTP response: {_describe(bad)}")
    if (bad_decode := _first(chain, u3.DecodeError)) is not None:
        return FetchError(ErrorKind.PROTOCOL, f"undecodable body: {_describe(bad_decode)}")
    return FetchError(ErrorKind.CONNECTION, f"connection failed: {_describe(chain[-1])}")


def _tls_message(chain: list[BaseException]) -> str | None:
    verify = _first(chain, ssl.SSLCertVerificationError)
    if verify is not None:
        return f"certificate verify failed: {verify.verify_message}"
    other = _first(chain, (ssl.SSLError, ssl.CertificateError, u3.SSLError))
    if other is None:
        return None
    reason = getattr(other, "reason", None)
    return f"TLS handshake failed: {reason or _describe(other)}"


def _timeout_message(
    chain: list[BaseException], connect_timeout: float, read_timeout: float
) -> str | None:
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2.x; it is not a timeout.
    for item in chain:
        if isinstance(item, u3.ConnectTimeoutError) and not isinstance(item, u3.NewConnectionError):
            return f"connect timed out after {_secs(connect_timeout)}"
        if isinstance(item, requests.exceptions.ConnectTimeout):
            return f"connect timed out after {_secs(connect_timeout)}"
    if _first(chain, (u3.ReadTimeoutError, requests.exceptions.ReadTimeout, TimeoutError)):
        return f"read timed out after {_secs(read_timeout)}"
    return None


def _reset_message(chain: list[BaseException]) -> str | None:
    """Connection dropped by the peer: reset, closed without a response, or cut mid-body."""
    if _first(chain, http.client.RemoteDisconnected) is not None:
        return "server closed the connection without answering"
    if _first(chain, (http.client.IncompleteRead, u3.IncompleteRead)) is not None:
        return "connection closed in the middle of the body"
    dropped = (
        ConnectionResetError,
        ConnectionAbortedError,
        BrokenPipeError,
        requests.exceptions.ChunkedEncodingError,
    )
    if _first(chain, dropped) is not None:
        return "connection reset by the server"
    # urllib3 reports a body cut short as ProtocolError("Connection broken: ...") wrapping one of
    # the above; a bare ProtocolError with an HTTPException inside is a malformed response.
    protocol = _first(chain, u3.ProtocolError)
    if protocol is not None and _first(chain, http.client.HTTPException) is None:
        return "connection reset by the server"
    return None


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _secs(seconds: float) -> str:
    return f"{seconds:g}s"
