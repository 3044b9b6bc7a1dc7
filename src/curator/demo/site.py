"""The demo's snapshot web: many virtual hosts on one local port, answering from a Snapshot.

One ThreadingHTTPServer on 127.0.0.1 (an ephemeral port) plays every source's site: a request
is answered by its ``Host`` header and path. The demo resolves the sources' host names to
127.0.0.1 itself (a StaticResolver), so no name ever reaches a real DNS server and the demo runs
with no network at all. ``show`` swaps the whole web to the next moment of the story at once.

The demo web speaks HTTPS with a certificate for the sources' host names (see ``tls/README.md``)
that only the demo's own Fetcher trusts, so the report shows what a real run would.

A browser cannot resolve ``www.who.int`` to this server, so a plain-http site showing the same
snapshot also answers as itself (``http://127.0.0.1:PORT/``): an index of the hosts' pages,
each readable under ``/HOST/PATH`` there.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import as_file, files
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlsplit

LOOPBACK = "127.0.0.1"
_SELF_NAMES = frozenset({LOOPBACK, "localhost"})


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """What every address of the demo web answers at one moment of the story."""

    answers: Mapping[tuple[str, str], Response] = field(default_factory=dict)  # (host, path)
    missing: Mapping[str, Response] = field(default_factory=dict)  # a host's answer elsewhere
    fallback: Response = Response(404, b"Not Found", (("Content-Type", "text/plain"),))

    def answer(self, host: str, path: str) -> Response:
        found = self.answers.get((host, path))
        if found is not None:
            return found
        return self.missing.get(host, self.fallback)


@contextlib.contextmanager
def demo_tls() -> Iterator[tuple[ssl.SSLContext, str]]:
    """The demo web's server TLS context, and the CA bundle a client needs to trust it."""
    tls = files("curator.demo").joinpath("tls")
    with (
        as_file(tls.joinpath("ca.pem")) as ca,
        as_file(tls.joinpath("site.pem")) as cert,
        as_file(tls.joinpath("site.key")) as key,
    ):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        yield context, str(ca)


class SnapshotSite:
    """The server; use as a context manager. ``url(host, path)`` is a page's demo address.

    With ``tls`` it serves HTTPS, without it plain http (the browsable view).
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._snapshot = Snapshot()
        self._server = _Server((LOOPBACK, 0), self, tls)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="curator-demo-site",
            daemon=True,
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, host: str, path: str) -> str:
        scheme = "http" if self._server.tls is None else "https"
        return f"{scheme}://{host}:{self.port}{path}"

    def browse_url(self) -> str:
        """Where a browser on this machine sees the index of the demo web."""
        return f"http://{LOOPBACK}:{self.port}/"

    def show(self, snapshot: Snapshot) -> None:
        """From now on, answer as ``snapshot`` says (one assignment: no request sees a mix)."""
        self._snapshot = snapshot

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def start(self) -> SnapshotSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> SnapshotSite:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(
        self, address: tuple[str, int], site: SnapshotSite, tls: ssl.SSLContext | None
    ) -> None:
        self.site = site
        self.tls = tls
        super().__init__(address, _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """The TLS handshake happens here, in the connection's own thread, never in accept."""
        if self.tls is not None:
            request.settimeout(5)
            try:
                request = self.tls.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError):
                return  # a client that gave up or distrusts us: nothing to answer
            request.settimeout(None)
        super().finish_request(request, client_address)

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any
    ) -> None:
        """A client going away mid-answer is normal for a link checker; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    server_version = "curator-demo"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
        path = urlsplit(self.path).path or "/"
        site = self.server.site
        browsing = host in _SELF_NAMES
        response = _browse(site, path) if browsing else site.snapshot.answer(host, path)
        self.send_response(response.status)
        given = {name.lower() for name, _ in response.headers}
        if "content-type" not in given:
            self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the demo's output is the report, not an access log."""


def _browse(site: SnapshotSite, path: str) -> Response:
    """The demo web as a browser on this machine can reach it: an index, and ``/HOST/PATH``."""
    snapshot = site.snapshot
    if path == "/":
        return Response(200, _index(snapshot).encode("utf-8"))
    host, _, rest = path.lstrip("/").partition("/")
    response = snapshot.answer(host, "/" + rest)
    headers = []
    for name, value in response.headers:
        if name.lower() == "location":  # keep a redirect inside the browsable view
            target = urlsplit(value)
            value = f"/{target.hostname}{target.path}"
        headers.append((name, value))
    return Response(response.status, response.body, tuple(headers))


def _index(snapshot: Snapshot) -> str:
    rows = "\n".join(
        f'<li><a href="/{quote(host)}{quote(path)}">{escape(host)}{escape(path)}</a> '
        f"(answers {snapshot.answer(host, path).status})</li>"
        for host, path in sorted(snapshot.answers)
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>curator demo web</title>"
        "</head><body><h1>curator demo web</h1>"
        "<p>The snapshot pages as curator's last demo run saw them.</p>"
        f"<ul>{rows}</ul></body></html>"
    )
