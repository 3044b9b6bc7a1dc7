"""A small local web for tests: virtual hosts on 127.0.0.1, canned and misbehaving servers.

    with FixtureWeb() as web:
        web.add("www.who.int", "/fact-sheet", body=html_page(title="Low back pain"))
        web.redirect("example-health.org", "/old", to=web.url("www.who.int", "/fact-sheet"))
        web.add("slow.example", "/", handler=trickle(b"x" * 100, interval=1.0))
        fetcher = Fetcher(settings, resolver=web.resolver)
        ...
        assert web.count("www.who.int", "/fact-sheet") == 1

Every host name used with ``add``/``redirect``/``url`` resolves to the server's address through
``web.resolver`` (a StaticResolver); any other name fails like a DNS miss, so nothing reaches
the real network. Unregistered paths answer 404. ``web.log`` records every request with its
start and end (monotonic) so tests can measure concurrency and spacing per host.

``FixtureWeb(tls=True)`` serves HTTPS with certificates from a throwaway trustme CA, issued on
the fly for whatever name the client asks for (SNI); pass ``ca_bundle=web.ca_bundle`` to the
Fetcher to trust it, or leave it out to get an untrusted certificate.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import itertools
import socket
import ssl
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

import trustme

from curator.fetch.resolve import StaticResolver

Handler = Callable[["FixtureRequest"], None]


@dataclass
class LoggedRequest:
    host: str
    path: str
    method: str
    headers: dict[str, str]
    start: float
    end: float | None = None


@dataclass(frozen=True)
class Route:
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    handler: Handler | None = None
    delay: float = 0.0


def html_page(title: str = "A page", body: str = "<p>Some content.</p>", head: str = "") -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><h1>{title}</h1>{body}</body></html>"
    )


class FixtureRequest(BaseHTTPRequestHandler):
    """The request a custom handler gets: ``http.server``'s handler plus a few helpers.

    ``vhost`` is the Host header without its port; ``wfile``/``connection`` give raw access.
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server: _Server
    vhost: str = ""
    entry: LoggedRequest | None = None

    @property
    def web(self) -> FixtureWeb:
        return self.server.web

    # -- helpers for handlers --------------------------------------------------------------

    def respond(
        self, status: int = 200, body: bytes | str = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        """A complete response with Content-Length."""
        data = body.encode() if isinstance(body, str) else body
        self.send_head(status, {"Content-Length": str(len(data)), **(headers or {})})
        self.mark_end()
        self.wfile.write(data)

    def send_head(self, status: int, headers: Mapping[str, str] | None = None) -> None:
        """Status line and headers (Content-Type defaults to HTML), flushed at once."""
        self.send_response(status)
        given = {name.lower() for name in headers or {}}
        if "content-type" not in given:
            self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection and "connection" not in given:
            # Say so, as a real server does: a client that reused this connection for its next
            # request would race our close and read "closed without answering" under load.
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()

    def write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def wait(self, seconds: float) -> bool:
        """Sleep, but return False at once when the web is shutting down."""
        return not self.web.stopping.wait(seconds)

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), like a crashed server."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def mark_end(self) -> None:
        """Record the request as answered (done before the last write, so a client can never
        start its next request before this one counts as finished)."""
        if self.entry is not None and self.entry.end is None:
            self.entry.end = time.monotonic()

    # -- plumbing --------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        self.vhost = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        entry = LoggedRequest(
            self.vhost,
            self.path,
            self.command,
            {name.lower(): value for name, value in self.headers.items()},
            time.monotonic(),
        )
        self.entry = entry
        self.web._record(entry)
        route = self.web._route(self.vhost, self.path)
        try:
            if route is None:
                self.respond(404, html_page("Not Found", "<p>No such page.</p>"))
            elif route.handler is not None:
                self.close_connection = True  # custom handlers may leave the stream unusable
                route.handler(self)
            else:
                if route.delay and not self.wait(route.delay):
                    return
                self.respond(route.status, route.body, route.headers)
        finally:
            self.mark_end()

    def handle(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # the client went away: many tests do that
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # The default backlog of 5 makes a burst of parallel connections stall for a second in
    # the kernel's SYN retry; tests open dozens at once.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], web: FixtureWeb) -> None:
        self.web = web
        super().__init__(address, FixtureRequest)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        self.web._track(request, thread)
        thread.start()

    def finish_request(self, request: Any, client_address: Any) -> None:
        if self.web._tls is not None:
            request.settimeout(5)
            try:
                request = self.web._tls.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError):
                return  # e.g. the client rejected our certificate
            request.settimeout(None)
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class FixtureWeb:
    """A threaded local HTTP(S) server with virtual hosts; use as a context manager."""

    def __init__(self, *, tls: bool = False, bind: str = "127.0.0.1", port: int = 0) -> None:
        self.bind = bind
        self.resolver = StaticResolver({})
        self.log: list[LoggedRequest] = []
        self.stopping = threading.Event()
        self._routes: dict[tuple[str, str], Route] = {}
        self._lock = threading.Lock()
        self._connections: list[tuple[Any, threading.Thread]] = []
        self._tls: ssl.SSLContext | None = None
        self._wrong_cert: set[str] = set()
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.ca_bundle: str | None = None
        if tls:
            self._setup_tls()
        self._server = _Server((bind, port), self)
        self.port: int = self._server.server_address[1]
        self.scheme = "https" if tls else "http"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FixtureWeb:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            connections = list(self._connections)
        for sock, _ in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for _, thread in connections:
            thread.join(timeout=5)
        self._thread.join(timeout=5)
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> FixtureWeb:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- content ---------------------------------------------------------------------------

    def add(
        self,
        host: str,
        path: str,
        status: int = 200,
        body: bytes | str = b"",
        headers: Mapping[str, str] | None = None,
        handler: Handler | None = None,
        delay: float = 0.0,
    ) -> str:
        """Serve ``path`` on ``host`` (path may include a query); returns its URL."""
        data = body.encode() if isinstance(body, str) else body
        self._routes[(host.lower(), path)] = Route(
            status, data, dict(headers or {}), handler, delay
        )
        return self.url(host, path)

    def fallback(self, host: str, status: int = 200, body: bytes | str = b"") -> None:
        """Answer every unregistered path on ``host`` like this: a catch-all "soft 404" site."""
        self.add(host, "*", status=status, body=body)

    def redirect(self, host: str, path: str, to: str, status: int = 301) -> str:
        return self.add(host, path, status=status, headers={"Location": to})

    def url(self, host: str, path: str = "/") -> str:
        """The URL of ``path`` on ``host``; also makes ``host`` resolvable to this server."""
        self.resolver.add(host, self.bind)
        return f"{self.scheme}://{host}:{self.port}{path}"

    def wrong_cert(self, host: str) -> None:
        """Present a certificate for a different name when a client asks for ``host``."""
        self._wrong_cert.add(host.lower())

    # -- what happened ---------------------------------------------------------------------

    def requests(self, host: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            entries = list(self.log)
        return [
            e
            for e in entries
            if (host is None or e.host == host.lower()) and (path is None or e.path == path)
        ]

    def count(self, host: str | None = None, path: str | None = None) -> int:
        return len(self.requests(host, path))

    def connections(self) -> int:
        """How many connections the web has accepted (a client reusing one opens no new one)."""
        with self._lock:
            return len(self._connections)

    def max_in_flight(self, host: str | None = None) -> int:
        """Most requests (to ``host``, or overall) being served at the same moment."""
        events: list[tuple[float, int]] = []
        for entry in self.requests(host):
            events.append((entry.start, 1))
            events.append((entry.end if entry.end is not None else entry.start, -1))
        current = peak = 0
        for _, change in sorted(events, key=lambda e: (e[0], e[1])):
            current += change
            peak = max(peak, current)
        return peak

    def start_gaps(self, host: str) -> list[float]:
        """Seconds between consecutive request starts on ``host``."""
        starts = sorted(entry.start for entry in self.requests(host))
        return [later - earlier for earlier, later in itertools.pairwise(starts)]

    # -- internals -------------------------------------------------------------------------

    def _record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.log.append(entry)

    def _route(self, host: str, path: str) -> Route | None:
        return (
            self._routes.get((host, path))
            or self._routes.get((host, path.split("?")[0]))
            or self._routes.get((host, "*"))
        )

    def _track(self, sock: Any, thread: threading.Thread) -> None:
        with self._lock:
            self._connections.append((sock, thread))

    def _setup_tls(self) -> None:
        self.ca = trustme.CA()
        self._tmp = tempfile.TemporaryDirectory(prefix="fixtureweb-")
        bundle = Path(self._tmp.name) / "ca.pem"
        self.ca.cert_pem.write_to_path(str(bundle))
        self.ca_bundle = str(bundle)
        self._tls = self._context_for("localhost")
        self._tls.sni_callback = self._pick_certificate

    def _context_for(self, name: str) -> ssl.SSLContext:
        with self._lock:
            context = self._contexts.get(name)
            if context is None:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                self.ca.issue_cert(name).configure_cert(context)
                self._contexts[name] = context
            return context

    def _pick_certificate(self, sock: ssl.SSLObject, name: str | None, _: ssl.SSLContext) -> None:
        wanted = (name or "localhost").lower()
        if wanted in self._wrong_cert:
            wanted = "someone-else.example"
        sock.context = self._context_for(wanted)


# -- misbehaving servers, as handlers ----------------------------------------------------------


def stall_after_headers(seconds: float) -> Handler:
    """Send headers promising a body, then say nothing for ``seconds``."""

    def handler(req: FixtureRequest) -> None:
        req.send_head(200, {"Content-Length": "1000"})
        req.wait(seconds)

    return handler


def stall_before_headers(seconds: float) -> Handler:
    def handler(req: FixtureRequest) -> None:
        req.wait(seconds)

    return handler


def trickle(body: bytes, interval: float) -> Handler:
    """Send the body one byte every ``interval`` seconds (never silent long enough for a
    read timeout)."""

    def handler(req: FixtureRequest) -> None:
        req.send_head(200, {"Content-Length": str(len(body))})
        for byte in body:
            req.write(bytes([byte]))
            if not req.wait(interval):
                return

    return handler


def reset_mid_body(promised: int = 100_000, sent: int = 1000) -> Handler:
    """Promise ``promised`` bytes, send ``sent``, then reset the connection."""

    def handler(req: FixtureRequest) -> None:
        req.send_head(200, {"Content-Length": str(promised)})
        req.write(b"x" * sent)
        req.wait(0.05)
        req.reset()

    return handler


def raw_response(data: bytes) -> Handler:
    """Write ``data`` as the whole response (e.g. a garbage status line), then close."""

    def handler(req: FixtureRequest) -> None:
        req.write(data)
        req.close_connection = True

    return handler


def endless_chunked(chunk: bytes = b"<p>" + b"x" * 4093 + b"</p>") -> Handler:
    """A chunked HTML body that never ends (until the client hangs up or the web stops)."""

    def handler(req: FixtureRequest) -> None:
        req.send_head(200, {"Transfer-Encoding": "chunked"})
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        while not req.web.stopping.is_set():
            req.write(frame)

    return handler


@functools.lru_cache(maxsize=4)
def gzip_bomb_bytes(decoded_size: int) -> bytes:
    """``decoded_size`` zero bytes, gzipped (about 1000:1)."""
    zeros = b"\0" * (1 << 20)
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as packer:
        for _ in range(decoded_size >> 20):
            packer.write(zeros)
    return out.getvalue()


def gzip_bomb(decoded_size: int = 256 << 20) -> Handler:
    """A small gzip response that inflates to ``decoded_size`` bytes of HTML-typed zeros."""

    def handler(req: FixtureRequest) -> None:
        data = gzip_bomb_bytes(decoded_size)
        req.respond(200, data, {"Content-Encoding": "gzip"})

    return handler
