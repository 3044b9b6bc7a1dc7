"""The fixture web: one asyncio process serving every bench site by its Host header.

A separate process, so its work is not charged to the tool being measured, and asyncio, so
holding hundreds of connections through 20-80 ms of simulated latency costs a sleeping
coroutine each rather than a thread (the machine has two cores, shared by server and tool).
It speaks just enough HTTP/1.1 for link checkers: GET and HEAD, keep-alive, origin-form or
absolute-form request targets, no request bodies.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import multiprocessing
import socket
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from urllib.parse import urlsplit

from bench.peers import realpages
from bench.peers.sites import PerfSpec, Reply, Site, html_page

_REASONS = {
    200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
    307: "Temporary Redirect", 308: "Permanent Redirect", 401: "Unauthorized", 403: "Forbidden",
    404: "Not Found", 405: "Method Not Allowed", 410: "Gone", 429: "Too Many Requests",
    500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
}  # fmt: skip
STATS_PATH = "/__bench_stats"  # on any host: counts since the last call, then reset
_NOT_FOUND = Reply(404, html_page("404 Not Found", "The requested page was not found."))
_CHUNK = b"<p>" + b"Padding paragraph of a very long page. " * 1600 + b"</p>\n"


@dataclass(frozen=True)
class _Request:
    method: str
    host: str
    path: str
    agent: str
    keep_alive: bool
    if_none_match: str = ""
    if_modified_since: str = ""


class _Web:
    def __init__(self, sites: list[Site], bomb: bytes = b"") -> None:
        self.sites = {s.host.lower(): s for s in sites}
        self.seen: set[tuple[str, str, str]] = set()  # (agent, host, path) of first requests
        self.perf_pages: dict[str, tuple[bytes, bytes]] = {}
        self.bomb = bomb  # packed before the server starts (see fixture_web)
        # Per User-Agent: requests answered and the most in flight at once. A tool's figures
        # mean little if it skipped links or ran more requests at once than it was told.
        self.requests: dict[str, int] = {}
        self.in_flight: dict[str, int] = {}
        self.peak: dict[str, int] = {}

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                request = _parse(head)
                if request is None:
                    return
                if not await self.answer(request, writer):
                    return
                if not request.keep_alive:
                    return
        except (ConnectionError, OSError, asyncio.CancelledError):
            return  # a client gone, or the bench shutting down under a hanging reply
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def answer(self, request: _Request, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection must not be reused."""
        if request.path == STATS_PATH:
            body = json.dumps({"requests": self.requests, "peak": self.peak}).encode()
            self.requests, self.peak = {}, {}
            await _send(writer, request, Reply(200, body, (("Content-Type", "text/json"),)))
            return True
        agent = request.agent
        self.requests[agent] = self.requests.get(agent, 0) + 1
        self.in_flight[agent] = self.in_flight.get(agent, 0) + 1
        self.peak[agent] = max(self.peak.get(agent, 0), self.in_flight[agent])
        try:
            return await self.dispatch(request, writer)
        finally:
            self.in_flight[agent] -= 1

    async def dispatch(self, request: _Request, writer: asyncio.StreamWriter) -> bool:
        site = self.sites.get(request.host)
        if site is None:
            await _send(writer, request, _NOT_FOUND)
            return True
        reply = self.reply_for(site, request)
        if reply.delay and reply.action != "hang":
            await asyncio.sleep(reply.delay)
        if reply.action == "hang":
            await asyncio.sleep(reply.delay)
            writer.transport.abort()
            return False
        if reply.action == "reset":
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if reply.action == "stream":
            await self.stream(writer, request, reply)
            return True
        if reply.action == "gzip_bomb":
            headers = (*reply.headers, ("Content-Encoding", "gzip"))
            await _send(writer, request, Reply(200, self.bomb or _gzip_bomb(), headers))
            return True
        await _send(writer, request, reply)
        return True

    def reply_for(self, site: Site, request: _Request) -> Reply:
        path = urlsplit(request.path).path or "/"
        reply = site.pages.get(path)
        if reply is None and site.perf is not None and site.perf.real:
            reply = self.real_reply(site, site.perf, path, request)
        if reply is None and site.perf is not None:
            reply = self.perf_reply(site, site.perf, path)
        if reply is None:
            reply = site.fallback or _NOT_FOUND
        if request.method == "HEAD" and reply.head_status is not None:
            return Reply(reply.head_status, b"", reply.headers)
        if reply.first is not None:
            key = (request.agent, site.host, path)
            if key not in self.seen:
                self.seen.add(key)
                return reply.first
        return reply

    def perf_reply(self, site: Site, spec: PerfSpec, path: str) -> Reply:
        delay = spec.latency(site.host, path)
        number = spec.number(path)
        # LinkChecker lifts its own 10-requests-per-second-per-host cap only for servers that
        # send this header; a bench site may opt in, as its owner would.
        headers = (("Content-Type", "text/html; charset=utf-8"), ("LinkChecker", "ok"))
        if number is None or number >= spec.count:
            return Reply(404, _NOT_FOUND.body, headers, delay=delay)
        template = self.perf_pages.get(site.host)
        if template is None:
            template = _perf_template(site.host)
            self.perf_pages[site.host] = template
        body = template[0] + str(number).encode() + template[1]
        if spec.slugs:  # the page names its real address, whatever slug was asked for
            canonical = f'<link rel="canonical" href="http://{site.host}{spec.path(number)}">\n'
            body = body.replace(b"</head>", canonical.encode() + b"</head>", 1)
        return Reply(200, body, headers, delay=delay)

    def real_reply(self, site: Site, spec: PerfSpec, path: str, request: _Request) -> Reply:
        """A real captured page, with the validators a real server sends and honours."""
        delay = spec.latency(site.host, path)
        number = spec.number(path)
        if number is None or number >= spec.count:
            return Reply(404, _NOT_FOUND.body, delay=delay)
        tag = realpages.etag(site.host, number)
        validators: tuple[tuple[str, str], ...] = ()
        if spec.validators:
            validators = (("ETag", tag), ("Last-Modified", realpages.LAST_MODIFIED))
            if request.if_none_match == tag or (
                not request.if_none_match and request.if_modified_since == realpages.LAST_MODIFIED
            ):
                return Reply(304, b"", validators, delay=delay)
        page = realpages.article(site.host, spec.real, number)
        # No charset: as captured, the page declares its own (or is sniffed).
        headers = (("Content-Type", "text/html"), ("LinkChecker", "ok"), *validators)
        return Reply(200, page.body, headers, delay=delay)

    async def stream(self, writer: asyncio.StreamWriter, request: _Request, reply: Reply) -> None:
        size = reply.stream_bytes
        head = _head(reply.status, reply.headers, size)
        writer.write(head)
        if request.method == "HEAD":
            await writer.drain()
            return
        sent = 0
        while sent < size:
            part = _CHUNK[: size - sent]
            writer.write(part)
            sent += len(part)
            await writer.drain()


def _perf_template(host: str) -> tuple[bytes, bytes]:
    """An article page split where its number goes: one template per host, no per-page work."""
    marker = "NUMBERMARK"
    page = html_page(
        f"Back pain article {marker} | {host}",
        f"What {host} says in article {marker} about back pain, its causes and treatment.",
    )
    first, _, rest = page.partition(marker.encode())
    return first, rest.replace(marker.encode(), b"")


def _gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    parts = [packer.compress(zeros) for _ in range(1024)]
    parts.append(packer.flush())
    return b"".join(parts)


def _parse(head: bytes) -> _Request | None:
    try:
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
    except ValueError:
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    if target.startswith(("http://", "https://")):
        parts = urlsplit(target)
        host, target = parts.netloc, parts.path or "/"
    else:
        host = headers.get("host", "")
    connection = headers.get("connection", "").lower()
    keep = (version == "HTTP/1.1" and connection != "close") or connection == "keep-alive"
    return _Request(
        method=method.upper(),
        host=host.split(":")[0].lower(),
        path=target,
        agent=headers.get("user-agent", ""),
        keep_alive=keep,
        if_none_match=headers.get("if-none-match", ""),
        if_modified_since=headers.get("if-modified-since", ""),
    )


def _head(status: int, headers: tuple[tuple[str, str], ...], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _send(writer: asyncio.StreamWriter, request: _Request, reply: Reply) -> None:
    writer.write(_head(reply.status, reply.headers, len(reply.body)))
    if request.method != "HEAD":
        writer.write(reply.body)
    await writer.drain()


def _serve(sites: list[Site], port: int, pipe: Connection, bomb: bytes) -> None:
    async def main() -> None:
        web = _Web(sites, bomb)
        server = await asyncio.start_server(
            web.handle, "127.0.0.1", port, backlog=4096, limit=65536
        )
        pipe.send("ready")
        async with server:
            await asyncio.get_running_loop().run_in_executor(None, pipe.recv)

    asyncio.run(main())


def pick_port(preferred: int = 80) -> int:
    """Port 80 when free (URLs then look like the real web's), else any free port.

    Chosen before the server starts because the link lists it serves contain the port.
    """
    for port in (preferred, 0):
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(probe.getsockname()[1])
    raise RuntimeError("no free port on 127.0.0.1")


@contextmanager
def fixture_web(sites: list[Site], port: int) -> Iterator[None]:
    """Serve ``sites`` on 127.0.0.1:``port`` from a child process until the block ends."""
    ours, theirs = multiprocessing.Pipe()
    # The gzip bomb is packed here, before serving: 3 s of CPU (a minute on a loaded machine)
    # inside the event loop stalled every other connection, and a tool being measured, until
    # plain pages timed out.
    replies = [r for s in sites for r in (*s.pages.values(), s.fallback) if r is not None]
    serves_bomb = any("gzip_bomb" in (r.action, r.first and r.first.action) for r in replies)
    bomb = _gzip_bomb() if serves_bomb else b""
    process = multiprocessing.get_context("fork").Process(
        target=_serve, args=(sites, port, theirs, bomb), daemon=True
    )
    process.start()
    try:
        if not ours.poll(30):
            raise RuntimeError(f"the fixture web did not start on port {port} within 30 s")
        ours.recv()
        yield
    finally:
        with contextlib.suppress(OSError):
            ours.send("stop")
        process.join(5)
        if process.is_alive():
            process.terminate()
            process.join()
