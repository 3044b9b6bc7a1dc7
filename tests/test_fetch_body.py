"""Bodies are capped in memory and time, whatever the server sends."""

from __future__ import annotations

import gzip
import time
import zlib

from curator.fetch.result import hash_body
from curator.states import ErrorKind
from fixtureweb import FixtureWeb, endless_chunked, gzip_bomb, gzip_bomb_bytes, html_page


def test_big_page_is_truncated_but_still_a_success(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/big", body=html_page("Big", "<p>x</p>" * 50_000))
    result = make_fetcher(fast_settings(max_body_bytes=64 * 1024)).fetch(url)
    assert result.error is None and result.status == 200
    assert result.truncated
    assert len(result.body) == 64 * 1024
    assert result.body.startswith(b"<!doctype html>")


def test_gzip_bomb_is_bounded_and_fast(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/bomb", handler=gzip_bomb(256 << 20))  # 256 MiB inflated
    settings = fast_settings(max_body_bytes=1 << 20, max_raw_bytes=4 << 20)
    gzip_bomb_bytes(256 << 20)  # the server's own packing (cached) is not the fetcher's time
    began = time.monotonic()
    result = make_fetcher(settings).fetch(url)
    # The caps are what is guarded (below); the time only catches a read that inflates the
    # whole bomb, which takes far longer than this loose bound even on a busy machine.
    assert time.monotonic() - began < 10
    assert result.truncated or (result.error and result.error.kind == ErrorKind.TOO_LARGE)
    assert len(result.body) <= 1 << 20


def test_gzipped_page_is_decoded(web: FixtureWeb, make_fetcher):
    body = gzip.compress(html_page("Compressed").encode())
    url = web.add("www.who.int", "/gz", body=body, headers={"Content-Encoding": "gzip"})
    result = make_fetcher().fetch(url)
    assert b"<title>Compressed</title>" in result.body
    assert not result.truncated


def test_endless_stream_is_truncated(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/endless", handler=endless_chunked())
    result = make_fetcher(fast_settings(max_body_bytes=256 * 1024)).fetch(url)
    assert result.status == 200 and result.truncated
    assert len(result.body) == 256 * 1024


def test_too_many_raw_bytes_for_too_little_text_is_too_large(
    web: FixtureWeb, make_fetcher, fast_settings
):
    # a deflate stream that inflates to almost nothing: empty stored blocks keep arriving,
    # so the decoded cap is never reached and only the wire cap can stop it
    packer = zlib.compressobj(wbits=-15)
    stream = packer.compress(b"<p>") + packer.flush(zlib.Z_SYNC_FLUSH)
    stream += b"\x00\x00\x00\xff\xff" * 400_000  # ~2 MB of empty non-final stored blocks

    url = web.add("www.who.int", "/hollow", body=stream, headers={"Content-Encoding": "deflate"})
    settings = fast_settings(max_body_bytes=64 * 1024, max_raw_bytes=256 * 1024, retries=0)
    result = make_fetcher(settings).fetch(url)
    assert result.error is not None
    assert result.error.kind == ErrorKind.TOO_LARGE


def test_a_page_s_body_is_hashed_as_it_comes_and_only_a_page_s(
    web: FixtureWeb, make_fetcher, fast_settings
):
    """The fetch hashes a 2xx body as its pieces arrive, the hash the reader would take of the
    bytes it is handed (decoded, cut at the cap), so they are not walked twice; an error page's
    body is never compared with a last look, and is not hashed."""
    page = html_page("Hashed", "<p>words</p>" * 20_000).encode()
    plain = web.add("www.who.int", "/plain", body=page)
    packed = web.add("www.who.int", "/gz", body=gzip.compress(page), headers=GZIP)
    missing = web.add("www.who.int", "/gone", body=page, status=404)
    fetcher = make_fetcher(fast_settings(max_body_bytes=64 * 1024))
    whole = make_fetcher().fetch(plain)
    assert whole.body == page and whole.body_hash == hash_body(page)
    cut = fetcher.fetch(packed)
    assert cut.truncated and cut.body_hash == hash_body(cut.body) == hash_body(page[: 64 * 1024])
    assert fetcher.fetch(missing).body_hash is None


GZIP = {"Content-Encoding": "gzip"}
