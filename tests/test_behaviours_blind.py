"""The blind behaviour set loads and serves what it says (bench/behaviours.py scores it).

Only the set's own sanity is tested here: unique ids, labels from the state vocabulary, at least
100 links, and a few behaviours answering on the wire as described. What curator calls them is
the benchmark's business, not a test's.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from urllib.parse import urlsplit

import pytest

from behaviours.blind import BEHAVIOURS, Webs, families, serve
from curator.states import Flag, LinkState


def test_the_set_is_large_labelled_and_unique() -> None:
    ids = [b.id for b in BEHAVIOURS]
    assert len(ids) >= 100
    assert len(set(ids)) == len(ids)
    assert {b.state for b in BEHAVIOURS} <= {s.value for s in LinkState}
    assert {flag for b in BEHAVIOURS for flag in b.flags} <= {f.value for f in Flag}
    assert len(families()) >= 15
    assert all(b.note for b in BEHAVIOURS)


def _get(url: str, method: str = "GET") -> http.client.HTTPResponse:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=5)
    connection.request(method, parts.path or "/", headers={"Host": parts.netloc})
    return connection.getresponse()


def test_the_set_serves_its_behaviours() -> None:
    with Webs() as webs:
        links = serve(webs)
        assert set(links) == {b.id for b in BEHAVIOURS}
        assert _get(links["ok-200"].url).status == 200
        assert _get(links["c410"].url).status == 410
        wall = _get(links["wall-cf-403"].url)
        assert (wall.status, wall.getheader("cf-mitigated")) == (403, "challenge")
        assert b"Just a moment..." in wall.read()
        hop = _get(links["r301x3"].url)
        assert hop.status == 301 and hop.getheader("Location", "").endswith("/hop1")
        assert _get(links["head-405"].url, "HEAD").status == 405
        assert _get(links["head-405"].url).status == 200
        robots = _get(links["robots-disallow"].url.replace("/guide/page", "/robots.txt"))
        assert robots.read() == b"User-agent: *\nDisallow: /\n"
        assert links["r301-offsite"].final is not None
        assert ".com:" in links["r301-offsite"].final
        with pytest.raises(socket.gaierror):
            webs.resolver.resolve(urlsplit(links["t-dns"].url).hostname or "", 80)


def test_the_expired_site_presents_a_trusted_but_expired_certificate() -> None:
    with Webs() as webs:
        url = serve(webs)["tls-expired"].url
        context = ssl.create_default_context(cafile=webs.ca_bundle)
        address = ("127.0.0.1", urlsplit(url).port or 443)
        with (
            socket.create_connection(address, timeout=5) as raw,
            pytest.raises(ssl.SSLCertVerificationError, match="expired"),
        ):
            context.wrap_socket(raw, server_hostname=urlsplit(url).hostname)
