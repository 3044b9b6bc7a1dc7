"""Each way a request can fail ends as the right ErrorKind with a message an editor can read."""

from __future__ import annotations

import socket
import time

from curator.fetch.client import Fetcher
from curator.states import ErrorKind
from fixtureweb import (
    FixtureWeb,
    html_page,
    raw_response,
    reset_mid_body,
    stall_after_headers,
    stall_before_headers,
    trickle,
)


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_refused_connection(web: FixtureWeb, make_fetcher, fast_settings):
    web.resolver.add("down.example", "127.0.0.1")
    result = make_fetcher(fast_settings(retries=3)).fetch(f"http://down.example:{unused_port()}/")
    assert result.error is not None
    assert result.error.kind == ErrorKind.REFUSED
    assert result.error.message == "connection refused"
    assert result.status is None
    assert result.attempts == 2  # refused gets exactly one more try


def test_dns_failure(make_fetcher):
    result = make_fetcher().fetch("http://www.exmple.invalid/page")
    assert result.error is not None
    assert result.error.kind == ErrorKind.DNS
    assert result.error.message == "DNS lookup failed for www.exmple.invalid"
    assert result.attempts == 1  # not worth retrying


def test_server_silent_after_headers_times_out(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/stall", handler=stall_after_headers(10))
    settings = fast_settings(read_timeout=0.3, total_timeout=5, retries=0)
    began = time.monotonic()
    result = make_fetcher(settings).fetch(url)
    assert time.monotonic() - began < 2
    assert result.error is not None
    assert result.error.kind == ErrorKind.TIMEOUT
    assert result.error.message == "read timed out after 0.3s"


def test_server_silent_before_headers_times_out(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/slow", handler=stall_before_headers(10))
    settings = fast_settings(read_timeout=0.3, retries=1, backoff_base=0.01)
    result = make_fetcher(settings).fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.TIMEOUT
    assert result.attempts == 2  # timeouts are transient: retried
    assert web.count("www.who.int", "/slow") == 2


def test_trickling_server_is_cut_at_the_total_timeout(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/trickle", handler=trickle(b"x" * 1000, interval=0.1))
    settings = fast_settings(read_timeout=1.0, total_timeout=0.8, retries=0)
    began = time.monotonic()
    result = make_fetcher(settings).fetch(url)
    took = time.monotonic() - began
    assert result.error is not None
    assert result.error.kind == ErrorKind.TIMEOUT
    assert "total timeout" in result.error.message
    assert 0.7 < took < 1.3  # never silent for a read timeout, still cut at 0.8 s


def test_connection_reset_mid_body(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/reset", handler=reset_mid_body())
    result = make_fetcher(fast_settings(retries=1)).fetch(url)
    assert result.error is not None
    assert result.error.kind == ErrorKind.RESET
    assert web.count("www.who.int", "/reset") == 2  # retried once, same answer


def test_body_shorter_than_promised_is_a_reset(web: FixtureWeb, make_fetcher, fast_settings):
    def short(req) -> None:
        req.send_head(200, {"Content-Length": "5000"})
        req.write(b"only a little")
        req.close_connection = True

    url = web.add("www.who.int", "/short", handler=short)
    result = make_fetcher(fast_settings(retries=0)).fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.RESET


def test_garbage_status_line_is_a_protocol_error(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/garbage", handler=raw_response(b"SPDY/9 banana\r\n\r\n"))
    # No robots.txt first, so the page's request opens the connection (garbage on a reused one
    # is asked once more: see test_fetch_keepalive.py).
    result = make_fetcher(fast_settings(retries=2, respect_robots=False)).fetch(url)
    assert result.error is not None
    assert result.error.kind == ErrorKind.PROTOCOL
    assert result.error.message.startswith("malformed HTTP response")
    assert web.count("www.who.int", "/garbage") == 1  # not worth a retry


def test_malformed_header_line_is_a_protocol_error(web: FixtureWeb, make_fetcher, fast_settings):
    line = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X" * 70_000 + b"\r\n\r\n"
    url = web.add("www.who.int", "/badheader", handler=raw_response(line))
    result = make_fetcher(fast_settings(retries=0)).fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.PROTOCOL


def test_closed_without_answer_is_a_reset(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/hangup", handler=raw_response(b""))
    result = make_fetcher(fast_settings(retries=0)).fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.RESET


# -- TLS -----------------------------------------------------------------------------------


def test_https_with_a_trusted_certificate_works(tls_web: FixtureWeb, fast_settings):
    url = tls_web.add("www.who.int", "/secure", body=html_page("Secure"))
    with Fetcher(fast_settings(), tls_web.resolver, ca_bundle=tls_web.ca_bundle) as fetcher:
        result = fetcher.fetch(url)
    assert result.status == 200 and result.error is None
    assert tls_web.requests("www.who.int", "/secure")[0].headers["host"].startswith("www.who.int")


def test_untrusted_certificate_is_a_tls_error(tls_web: FixtureWeb, fast_settings):
    url = tls_web.add("www.who.int", "/secure", body="x")
    with Fetcher(fast_settings(retries=2), tls_web.resolver) as fetcher:  # system CAs only
        result = fetcher.fetch(url)
    assert result.error is not None
    assert result.error.kind == ErrorKind.TLS
    assert result.error.message.startswith("certificate verify failed: ")
    assert tls_web.count() == 0  # no request ever went over the failed handshake


def test_certificate_for_another_name_is_a_tls_error(tls_web: FixtureWeb, fast_settings):
    url = tls_web.add("www.who.int", "/secure", body="x")
    tls_web.wrong_cert("www.who.int")
    with Fetcher(fast_settings(), tls_web.resolver, ca_bundle=tls_web.ca_bundle) as fetcher:
        result = fetcher.fetch(url)
    assert result.error is not None
    assert result.error.kind == ErrorKind.TLS
    assert "www.who.int" in result.error.message  # "Hostname mismatch ... 'www.who.int'"
