"""A server may close a kept-alive connection at the moment the next request goes out on it (its
idle timeout ran out, it restarted). The request most likely never reached it, so the fetcher
sends it again once, on another connection, as browsers do, instead of calling a live page dead;
a new connection that closes without answering is still an error."""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from curator.fetch.client import Validators
from curator.states import ErrorKind
from fixtureweb import FixtureRequest, FixtureWeb, Handler, html_page, raw_response

PAGE = html_page("Low back pain", "<p>Most low back pain gets better within weeks.</p>").encode()


class _OneAnswerPerConnection(socketserver.StreamRequestHandler):
    """Answers a connection's first request and keeps it open (HTTP/1.1, Content-Length, no
    ``Connection: close``); hangs up on the next request on it without a word, after reading
    it, so the client has certainly sent it on the reused connection."""

    server: _Server

    def handle(self) -> None:
        answered = False
        while True:
            request = self._read_request()
            if request is None:
                return
            with self.server.lock:
                self.server.requests.append(request)
            if answered:
                if self.server.reset:
                    linger = struct.pack("ii", 1, 0)  # close with a TCP RST
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                return  # the socket is closed without an answer
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(PAGE)}\r\n"
            self.wfile.write(head.encode() + b"\r\n" + PAGE)
            self.wfile.flush()
            answered = True

    def _read_request(self) -> str | None:
        """The request line of the next GET (it has no body), or None when the client left."""
        try:
            line = self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass
        except OSError:
            return None
        return line.decode("latin-1").strip() or None


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, reset: bool) -> None:
        self.reset = reset
        self.requests: list[str] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _OneAnswerPerConnection)


@contextmanager
def _hanging_up_server(*, reset: bool) -> Iterator[_Server]:
    server = _Server(reset)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_kept_alive_connection_closed_under_the_request_is_not_a_dead_page(
    web: FixtureWeb, make_fetcher, fast_settings, reset: bool
) -> None:
    with _hanging_up_server(reset=reset) as server:
        web.resolver.add("www.nhs.uk", "127.0.0.1")
        port = server.server_address[1]
        urls = [f"http://www.nhs.uk:{port}/conditions/back-pain/{n}" for n in range(3)]
        # One at a time, so every request after the first goes out on the kept-alive connection.
        settings = fast_settings(
            retries=0, concurrency=1, per_host_concurrency=1, respect_robots=False
        )
        fetcher = make_fetcher(settings)
        results = [fetcher.fetch(url) for url in urls]
    assert [(r.status, r.error) for r in results] == [(200, None)] * 3
    assert [r.attempts for r in results] == [1, 1, 1]  # no retry of its own was spent on it
    assert b"Most low back pain" in results[2].body
    # Each later page was asked twice: on the connection that was gone, then on a new one.
    assert [line.split()[1] for line in server.requests] == [
        "/conditions/back-pain/0",
        "/conditions/back-pain/1",
        "/conditions/back-pain/1",
        "/conditions/back-pain/2",
        "/conditions/back-pain/2",
    ]


def test_a_new_connection_closed_without_an_answer_is_still_an_error(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    url = web.add("www.who.int", "/hangup", handler=raw_response(b""))
    result = make_fetcher(fast_settings(retries=0, respect_robots=False)).fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.RESET
    assert result.error.message == "server closed the connection without answering"
    assert web.count("www.who.int", "/hangup") == 1  # a new connection is not sent twice


def test_a_kept_alive_connection_cut_at_the_deadline_is_not_sent_again(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    first = web.add("www.who.int", "/news", body=html_page("News"))
    slow = web.add("www.who.int", "/slow", body=html_page("Slow"), delay=30)
    settings = fast_settings(
        retries=0, per_host_concurrency=1, respect_robots=False, read_timeout=20, total_timeout=1
    )
    fetcher = make_fetcher(settings)
    assert fetcher.fetch(first).status == 200
    result = fetcher.fetch(slow)
    assert result.error is not None and result.error.kind == ErrorKind.TIMEOUT
    assert web.count("www.who.int", "/slow") == 1
    assert web.connections() == 1  # the deadline's cut is not a server letting a connection go


def _unchanged(etag: str, stray: bytes = b"") -> Handler:
    """A page that answers a matching If-None-Match with a 304 on a kept-alive connection, then
    sends ``stray`` bytes after it (a broken server's body, though a 304 has none)."""

    def handler(req: FixtureRequest) -> None:
        req.close_connection = False
        if req.headers.get("If-None-Match") != etag:
            req.respond(200, PAGE, {"ETag": etag})
            return
        req.send_head(304, {"ETag": etag, "Content-Length": str(len(stray))})
        if stray:
            req.wait(0.05)  # after the client has read the head: the bytes wait in its socket
            req.write(stray)

    return handler


def test_pages_answered_not_modified_keep_their_connection(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    urls = [web.add("www.nhs.uk", f"/conditions/{n}", handler=_unchanged('"v1"')) for n in range(3)]
    settings = fast_settings(concurrency=1, per_host_concurrency=1, respect_robots=False)
    fetcher = make_fetcher(settings)
    results = [fetcher.fetch(url, Validators(etag='"v1"')) for url in urls]
    assert [(r.status, r.not_modified, r.error) for r in results] == [(304, True, None)] * 3
    # A second run over unchanged pages costs no new connection (on https, no handshake) a page.
    assert web.connections() == 1


def test_a_body_sent_after_a_not_modified_does_not_fail_the_next_page(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    unchanged = web.add("www.nhs.uk", "/old", handler=_unchanged('"v1"', stray=b"<p>stale</p>"))
    page = web.add("www.nhs.uk", "/new", handler=_unchanged('"v2"'))
    settings = fast_settings(retries=0, concurrency=1, per_host_concurrency=1, respect_robots=False)
    fetcher = make_fetcher(settings)
    assert fetcher.fetch(unchanged, Validators(etag='"v1"')).not_modified
    result = fetcher.fetch(page)  # on the connection the stray bytes arrived on
    assert (result.status, result.error, result.attempts) == (200, None, 1)
    assert b"Most low back pain" in result.body
    # Asked twice: on the connection holding the stray bytes, then on a new one.
    assert web.count("www.nhs.uk", "/new") == 2
    assert web.connections() == 2


def test_garbage_on_a_reused_connection_is_asked_once_more_and_stays_an_error(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    first = web.add("www.who.int", "/news", body=html_page("News"))
    garbage = web.add("www.who.int", "/garbage", handler=raw_response(b"SPDY/9 banana\r\n\r\n"))
    settings = fast_settings(retries=2, per_host_concurrency=1, respect_robots=False)
    fetcher = make_fetcher(settings)
    assert fetcher.fetch(first).status == 200
    result = fetcher.fetch(garbage)
    assert result.error is not None and result.error.kind == ErrorKind.PROTOCOL
    assert result.attempts == 1  # no retry of its own
    # Once on the kept-alive connection, once on a new one, where garbage is the answer.
    assert web.count("www.who.int", "/garbage") == 2


def test_a_not_modified_naming_a_transfer_coding_is_not_waited_on(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    # RFC 9112 §6.1 lets a 304 name the coding its body would have had; no chunk follows.
    def handler(req: FixtureRequest) -> None:
        req.close_connection = False
        req.send_head(304, {"ETag": '"v1"', "Transfer-Encoding": "chunked"})

    unchanged = web.add("www.nhs.uk", "/old", handler=handler)
    page = web.add("www.nhs.uk", "/new", handler=_unchanged('"v2"'))
    settings = fast_settings(
        retries=0, per_host_concurrency=1, respect_robots=False, read_timeout=10, total_timeout=20
    )
    fetcher = make_fetcher(settings)
    result = fetcher.fetch(unchanged, Validators(etag='"v1"'))
    assert (result.status, result.not_modified, result.error) == (304, True, None)
    assert result.elapsed < 5  # not the read timeout spent waiting for a chunk
    assert fetcher.fetch(page).status == 200
