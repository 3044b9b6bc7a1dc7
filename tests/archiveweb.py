"""A local web archive for tests: the Wayback availability API and Save Page Now on 127.0.0.1.

    with LocalArchive() as archive:
        archive.capture("https://site.test/page", "20261015120000")
        settings = ArchiveSettings(availability_url=archive.availability_url, ...)

It answers like the real one: ``/wayback/available?url=U&timestamp=T`` names the capture of U
*closest* to T on either side (with the status the page had then), or ``{"archived_snapshots":
{}}``; ``/save/U`` captures U now and redirects to the new snapshot (or names it in
Content-Location with ``save_mode="content-location"``); ``/web/T/U`` serves a snapshot page.
``fail_with`` (a status, with an optional Retry-After), ``delay`` and ``trickle`` (an answer a
byte at a time) make it misbehave;
``asked`` lists every request it got.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        archive = self.server.archive
        archive.asked.append(self.path)
        if archive.delay and archive.stopping.wait(archive.delay):
            return
        if archive.trickle:  # headers at once, then a byte at a time, never finishing in time
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                if archive.stopping.wait(0.05):
                    return
                self.wfile.write(b" ")
                self.wfile.flush()
            return
        if archive.fail_with is not None:
            headers = {"Retry-After": archive.retry_after} if archive.retry_after else {}
            self._send(archive.fail_with, b"busy", headers)
            return
        parts = urlsplit(self.path)
        if parts.path == "/wayback/available":
            query = parse_qs(parts.query)
            body = archive.available(query.get("url", [""])[0], query.get("timestamp", [""])[0])
            data, headers = json.dumps(body).encode(), {"Content-Type": "application/json"}
            if archive.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
                data, headers = gzip.compress(data), {**headers, "Content-Encoding": "gzip"}
            self._send(200, data, headers)
        elif parts.path.startswith("/save/"):
            url = self.path[len("/save/") :]
            stamp = archive.capture(url, archive.now())
            where = f"/web/{stamp}/{url}"
            if archive.save_mode == "content-location":
                self._send(200, b"<p>Saved.</p>", {"Content-Location": where})
            else:
                self._send(302, b"", {"Location": where})
        elif parts.path.startswith("/web/"):
            self._send(200, b"<!doctype html><title>Archived copy</title><p>The page.</p>")
        else:
            self._send(404, b"no such endpoint")

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def handle(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, archive: LocalArchive) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.archive = archive


class LocalArchive:
    def __init__(self) -> None:
        self.captures: dict[str, list[tuple[str, str]]] = {}  # url -> [(timestamp, status)]
        self.asked: list[str] = []
        self.fail_with: int | None = None
        self.retry_after: str | None = None
        self.delay = 0.0
        self.trickle = False
        self.gzip = False  # compress the availability answers, as a CDN in front may
        self.save_mode = "redirect"
        self.now = lambda: datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.stopping = threading.Event()
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def availability_url(self) -> str:
        return f"{self.base}/wayback/available"

    @property
    def save_url(self) -> str:
        return f"{self.base}/save/"

    def snapshot_url(self, url: str, stamp: str) -> str:
        return f"{self.base}/web/{stamp}/{url}"

    def capture(self, url: str, stamp: str, status: str = "200") -> str:
        self.captures.setdefault(url, []).append((stamp, status))
        return stamp

    def lookups(self) -> list[str]:
        return [path for path in self.asked if path.startswith("/wayback/available")]

    def available(self, url: str, timestamp: str) -> dict[str, Any]:
        """The real API's answer: the capture closest to ``timestamp``, either side."""
        captures = self.captures.get(url, [])
        if not captures:
            return {"archived_snapshots": {}}
        wanted = _seconds(timestamp) if timestamp else time.time()
        stamp, status = min(captures, key=lambda c: abs(_seconds(c[0]) - wanted))
        closest = {
            "available": True,
            "url": self.snapshot_url(url, stamp),
            "timestamp": stamp,
            "status": status,
        }
        return {"url": url, "archived_snapshots": {"closest": closest}}

    def __enter__(self) -> LocalArchive:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()


def _seconds(stamp: str) -> float:
    return datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC).timestamp()
