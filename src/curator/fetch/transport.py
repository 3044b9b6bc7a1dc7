"""Requests that reach only addresses the guard allowed, built on requests' adapter seams.

requests/urllib3 normally resolve a name inside the connection, where no check can see the
answer. Here ``GuardedAdapter.send`` picks an address the ``AddressGuard`` allowed for the
request's host and has urllib3 dial it: the pool is keyed by that address and the host name
(``build_connection_pool_key_attributes``), TLS keeps the host name for SNI and the certificate
check (urllib3's ``server_hostname`` pool key) and the Host header names the host. Every request
goes through ``send``, so redirect hops (each its own exchange), retries and robots.txt are all
covered; when one allowed address cannot be connected to, the next is tried.

The name is resolved and checked once per new connection, as a connection that resolved by
itself would: a request that reuses a kept-alive connection goes where that connection was
checked to go, and a request that opens one asks the ``Resolver`` again (the connection's
public ``connect``), so a DNS answer that changes afterwards (rebinding) cannot slip in. The
last answer for a name only picks which pool a request goes to; when the name's answer at
connect time no longer holds the pool's address, the request starts over from that answer.

A server may close a kept-alive connection just as the next request goes out on it (its idle
timeout ran out at that moment, it restarted). When a reused connection is closed or reset before
any answer, the request most likely never reached the server (one that read it and hung up
gets it once more): ``send`` sends it again once, as browsers do, on another connection, without
spending one of the fetch's retries. The same holds when what a reused connection answers does
not open with a status line: those are bytes the previous answer left behind (a body sent after
a 304, which has none, or more than its Content-Length said), not this page's answer. A second
failure, and a new connection that closes without answering, are failures, which
``fetch.retry`` tries again after its backoff and the host's spacing.
"""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from http.cookiejar import DefaultCookiePolicy
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError

from curator.fetch.body import ACCEPT_ENCODING
from curator.fetch.guard import AddressGuard
from curator.fetch.resolve import Resolver
from curator.fetch.watchdog import has_cut, watch

_DEFAULT_PORTS = {"http": 80, "https": 443}


class GuardedConnector:
    """Resolve and filter through the guard: the only way curator picks an address to dial.

    Keeps each name's last allowed answer (``remember`` names at most) for ``GuardedAdapter``
    to pick a pool by; only ``addresses`` asks the resolver.
    """

    def __init__(self, resolver: Resolver, guard: AddressGuard, *, remember: int = 256) -> None:
        self.resolver = resolver
        self.guard = guard
        self._remember = remember
        self._answers: dict[tuple[str, int], list[str]] = {}
        self._lock = threading.Lock()

    def addresses(self, host: str, port: int) -> list[str]:
        """The addresses ``host`` may be dialled at, in the resolver's order. Raises
        ``socket.gaierror`` (no answer) or ``ForbiddenAddressError`` (none allowed)."""
        name = host.strip("[]").rstrip(".")
        allowed = self.guard.permitted(name, self.resolver.resolve(name, port))
        key = (host, port)
        with self._lock:
            # A name asked again becomes the newest; only a new name makes room, by
            # forgetting the name whose answer is the oldest.
            if self._answers.pop(key, None) is None and len(self._answers) >= self._remember:
                del self._answers[next(iter(self._answers))]
            self._answers[key] = allowed
        return allowed

    def last_answer(self, host: str, port: int) -> list[str] | None:
        """What ``addresses`` last allowed for ``host``, without asking anyone."""
        return self._answers.get((host, port))


@dataclass(frozen=True)
class _Dial:
    """What ``GuardedAdapter.send`` is dialling, read back by the seams requests and urllib3
    call inside it: the pool key (``address``) and a new connection's ``connect``."""

    connector: GuardedConnector
    host: str
    port: int
    address: str
    fresh: bool  # the address comes from an answer asked for by this very request


_DIALLING: ContextVar[_Dial | None] = ContextVar("curator_dialling", default=None)


class _AnswerMoved(Exception):
    """A new connection's fresh answer no longer holds the address its pool was picked by."""


def _check_new_connection() -> None:
    """Resolve and check the name again for a new connection, unless the address was picked
    from an answer this very request asked for; fail closed outside ``GuardedAdapter.send``."""
    dial = _DIALLING.get()
    if dial is None:
        raise RuntimeError("GuardedAdapter dials only through send()")
    if dial.fresh:
        return
    if dial.address not in dial.connector.addresses(dial.host, dial.port):
        raise _AnswerMoved(dial.host)


class _GoneIdle(Exception):
    """A reused connection gave no answer of its own: it was closed or reset first (the server had
    most likely let it go before the request arrived), or it held the previous answer's leftover
    bytes where a status line belongs. Not an OSError, so urllib3 and requests let it through to
    ``GuardedAdapter`` (urllib3 discards the connection on the way)."""


# Whether a reused connection that was let go may raise _GoneIdle: off for the last send a
# request may make, so that one fails as any closed connection does.
_RESEND_IF_GONE: ContextVar[bool] = ContextVar("curator_resend_if_gone", default=False)


class _Watched:
    """Every socket the connection is given, by connect or by the TLS wrap, goes under the
    current attempt's deadline the moment it is assigned; a reused one when it next waits for
    a response (it was made under an earlier deadline)."""

    _sock: socket.socket | None = None
    _answered = False  # this socket has carried a response: the next request reuses it

    def connect(self) -> None:
        _check_new_connection()
        self._answered = False
        super().connect()  # type: ignore[misc]

    def _response(self, get: Callable[[], Any]) -> Any:
        watch(self.sock)
        reused = self._answered
        try:
            response = get()
        # BadStatusLine: RemoteDisconnected is one, and so is a leftover body's first line.
        except (http.client.BadStatusLine, ConnectionResetError) as exc:
            if reused and _RESEND_IF_GONE.get() and not has_cut():
                raise _GoneIdle from exc
            raise
        self._answered = True
        return response

    @property
    def sock(self) -> socket.socket | None:
        return self._sock

    @sock.setter
    def sock(self, value: socket.socket | None) -> None:
        self._sock = value
        watch(value)


class _WatchedHTTPConnection(_Watched, HTTPConnection):
    def getresponse(self) -> Any:
        return self._response(super().getresponse)


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    def getresponse(self) -> Any:
        return self._response(super().getresponse)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOL_CLASSES = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """A requests adapter that dials only addresses a ``GuardedConnector`` picked."""

    def __init__(self, connector: GuardedConnector, **kwargs: Any) -> None:
        self._connector = connector
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOL_CLASSES

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        parts = urlsplit(request.url or "")
        default = _DEFAULT_PORTS.get(parts.scheme.lower(), 80)
        host = parts.hostname or ""
        port = parts.port or default
        request.headers["Host"] = _host_header(host, parts.port, default)
        args = (stream, timeout, verify, cert, proxies)
        known = self._connector.last_answer(host, port)
        if known is not None:
            try:
                return self._send_to_one(host, port, known, False, request, args)
            except _AnswerMoved:
                pass  # the answer it asked for is remembered now: start over from it
        addresses = self._connector.addresses(host, port)
        return self._send_to_one(host, port, addresses, True, request, args)

    def _send_to_one(
        self,
        host: str,
        port: int,
        addresses: list[str],
        fresh: bool,
        request: requests.PreparedRequest,
        args: tuple[Any, ...],
    ) -> requests.Response:
        """Through the first of ``addresses`` that can be connected to."""
        for address in addresses[:-1]:
            try:
                return self._send_to(
                    _Dial(self._connector, host, port, address, fresh), request, args
                )
            except requests.exceptions.ConnectionError as exc:
                if not _never_connected(exc):
                    raise
        return self._send_to(
            _Dial(self._connector, host, port, addresses[-1], fresh), request, args
        )

    def _send_to(
        self, dial: _Dial, request: requests.PreparedRequest, args: tuple[Any, ...]
    ) -> requests.Response:
        token = _DIALLING.set(dial)
        try:
            resend = _RESEND_IF_GONE.set(True)
            try:
                return super().send(request, *args)
            except _GoneIdle:
                pass  # that idle connection is discarded: once more, on another one
            finally:
                _RESEND_IF_GONE.reset(resend)
            # Only once: a server that hangs up on every reused connection gets each request at
            # most twice back to back; anything more goes through the fetch's retries, which
            # wait their backoff and the host's spacing.
            return super().send(request, *args)
        finally:
            _DIALLING.reset(token)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: bool | str, cert: Any = None
    ) -> tuple[Any, Any]:
        params, kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        host_params: dict[str, Any] = dict(params)
        pool_kwargs: dict[str, Any] = dict(kwargs)
        dial = _DIALLING.get()
        if dial is None:  # a caller went round send(): it would dial an unchecked name
            raise RuntimeError("GuardedAdapter dials only through send()")
        if host_params["scheme"] == "https":
            pool_kwargs["server_hostname"] = host_params["host"]
        # One pool per host name even when names share an address (virtual hosting, CDNs), as
        # when pools were keyed by name: otherwise every plain-http host on one address would
        # share a single pool of ``connections_per_pool`` and churn its connections. The pool's
        # default headers are part of urllib3's pool key; requests always sends its own.
        pool_kwargs["headers"] = {"Host": request.headers["Host"]}
        host_params["host"] = dial.address
        return host_params, pool_kwargs

    # curator never fetches through a proxy: ``proxy_manager_for`` refuses one and
    # ``new_session`` ignores the environment's. So the two steps of ``HTTPAdapter.send`` that
    # look a proxy up for every request (``select_proxy``, a URL parse each, and one more parse
    # for the request target) are their no-proxy branches here; both methods are documented
    # for subclasses to override. ``build_response`` leaves out what no caller reads.

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: Mapping[str, str] | None = None,
        cert: Any = None,
    ) -> HTTPConnectionPool:
        if proxies:
            raise requests.exceptions.InvalidSchema("curator does not fetch through proxies")
        try:
            host_params, pool_kwargs = self.build_connection_pool_key_attributes(
                request, True if verify is None else verify, cert
            )
        except ValueError as exc:
            raise requests.exceptions.InvalidURL(exc, request=request) from exc
        pool: HTTPConnectionPool = self.poolmanager.connection_from_host(
            **host_params, pool_kwargs=pool_kwargs
        )
        return pool

    def request_url(self, request: requests.PreparedRequest, proxies: Any) -> str:
        """The origin-form target (path and query), as requests sends without a proxy."""
        return request.path_url

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        """requests' own, less two steps whose results nobody here reads: the text encoding
        guessed from Content-Type (``extract.decode`` reads the body's own) and a copy of the
        answer's cookies in ``Response.cookies`` (each fetch keeps its own jar: exchange)."""
        response = requests.Response()
        response.status_code = resp.status
        response.headers = CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url or ""
        response.request = req
        response.connection = self
        return response

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        raise requests.exceptions.InvalidSchema("curator does not fetch through proxies")


def _host_header(host: str, port: int | None, default: int) -> str:
    """The Host header http.client would have sent had it dialled ``host`` by name."""
    named = f"[{host}]" if ":" in host else host
    return named if port in (None, default) else f"{named}:{port}"


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """The request failed while connecting (nothing was sent), so another address may do."""
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, ConnectTimeoutError)  # NewConnectionError is one too


def new_session(
    connector: GuardedConnector,
    *,
    user_agent: str,
    pools: int,
    connections_per_pool: int,
    ca_bundle: str | None = None,
) -> requests.Session:
    """One Session shared by all workers: urllib3 pools are thread-safe and reusing them keeps
    keep-alive connections warm across URLs on the same host.

    Environment proxies and .netrc are ignored (``trust_env``), because a proxy would connect
    on our behalf to addresses the guard never saw. Cookies are not kept between URLs; each
    fetch carries its own jar through its redirect chain.
    """
    session = requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = user_agent
    session.headers["Accept-Encoding"] = ACCEPT_ENCODING
    session.cookies.set_policy(_NoCookies())
    if ca_bundle is not None:
        session.verify = ca_bundle
    adapter = GuardedAdapter(
        connector, pool_connections=pools, pool_maxsize=connections_per_pool, max_retries=0
    )
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class _NoCookies(DefaultCookiePolicy):
    """Refuse every cookie into the shared session jar (per-fetch jars are used instead)."""

    def set_ok(self, cookie: Any, request: Any) -> bool:
        return False
