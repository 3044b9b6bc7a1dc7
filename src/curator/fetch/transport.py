"""Connections that resolve through our Resolver and pass the guard before dialling.

requests/urllib3 normally resolve a name inside ``create_connection``. Here the urllib3
connection classes override ``_new_conn`` so that the address we check is the address we
connect to: resolve with the ``Resolver``, keep only addresses the ``AddressGuard`` allows,
connect to one of those. The connection keeps the original host name, so the Host header,
TLS SNI and certificate checks still use it. Pools are per (scheme, host, port) and every new
connection goes through here, so redirects, retries and robots.txt are all covered.
"""

from __future__ import annotations

import socket
import sys
from http.cookiejar import DefaultCookiePolicy
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.poolmanager import PoolManager

from curator.fetch.body import ACCEPT_ENCODING
from curator.fetch.guard import AddressGuard
from curator.fetch.resolve import Resolver
from curator.fetch.watchdog import watch


class GuardedConnector:
    """Resolve, filter through the guard, connect: the only way curator opens a socket."""

    def __init__(self, resolver: Resolver, guard: AddressGuard) -> None:
        self.resolver = resolver
        self.guard = guard

    def open(
        self,
        host: str,
        port: int,
        timeout: float | None,
        socket_options: Any = None,
    ) -> socket.socket:
        name = host.strip("[]").rstrip(".")
        addresses = self.guard.permitted(name, self.resolver.resolve(name, port))
        error: OSError | None = None
        for address in addresses:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                for option in socket_options or ():
                    sock.setsockopt(*option)
                sock.settimeout(timeout)
                sock.connect((address, port))
                return sock
            except OSError as exc:
                sock.close()
                error = exc
        assert error is not None  # permitted() never returns an empty list
        raise error


def _guarded_new_conn(conn: HTTPConnection, connector: GuardedConnector) -> socket.socket:
    """urllib3's ``_new_conn`` with our connector, raising the same exception types."""
    timeout = conn.timeout if isinstance(conn.timeout, int | float) else None
    try:
        sock = connector.open(conn._dns_host, conn.port, timeout, conn.socket_options)
    except socket.gaierror as exc:
        raise NameResolutionError(conn.host, conn, exc) from exc
    except TimeoutError as exc:
        raise ConnectTimeoutError(
            conn, f"Connection to {conn.host} timed out. (connect timeout={conn.timeout})"
        ) from exc
    except OSError as exc:
        raise NewConnectionError(conn, f"Failed to establish a new connection: {exc}") from exc
    sys.audit("http.client.connect", conn, conn.host, conn.port)
    watch(sock)  # connect is done; the TLS handshake and the headers are still to come
    return sock


class _GuardedHTTPConnection(HTTPConnection):
    def __init__(self, *args: Any, connector: GuardedConnector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connector = connector

    def _new_conn(self) -> socket.socket:
        return _guarded_new_conn(self, self._connector)

    def getresponse(self) -> Any:
        watch(self.sock)  # a reused connection's socket was made under an earlier deadline
        return super().getresponse()


class _GuardedHTTPSConnection(HTTPSConnection):
    def __init__(self, *args: Any, connector: GuardedConnector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connector = connector

    def _new_conn(self) -> socket.socket:
        return _guarded_new_conn(self, self._connector)

    def getresponse(self) -> Any:
        watch(self.sock)  # a reused connection's socket was made under an earlier deadline
        return super().getresponse()


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class _GuardedPoolManager(PoolManager):
    def __init__(self, *args: Any, connector: GuardedConnector, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connector = connector
        self.pool_classes_by_scheme = {"http": _GuardedHTTPPool, "https": _GuardedHTTPSPool}

    def _new_pool(
        self,
        scheme: str,
        host: str,
        port: int,
        request_context: dict[str, Any] | None = None,
    ) -> HTTPConnectionPool:
        pool = super()._new_pool(scheme, host, port, request_context)
        # Passed per pool rather than via connection_pool_kw: the pool key cannot hold it.
        pool.conn_kw["connector"] = self._connector
        return pool


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose every connection is opened by a ``GuardedConnector``."""

    def __init__(self, connector: GuardedConnector, **kwargs: Any) -> None:
        self._connector = connector  # set first: HTTPAdapter.__init__ builds the pool manager
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        self._pool_connections = connections
        self._pool_maxsize = maxsize
        self._pool_block = block
        self.poolmanager = _GuardedPoolManager(
            num_pools=connections,
            maxsize=maxsize,
            block=block,
            connector=self._connector,
            **pool_kwargs,
        )

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        raise requests.exceptions.InvalidSchema("curator does not fetch through proxies")


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
