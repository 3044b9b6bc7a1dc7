"""Redirects are followed by hand and every hop is recorded, meta refreshes included."""

from __future__ import annotations

import requests

from curator.fetch.redirects import header_refresh_target, meta_refresh_target, parse_refresh
from curator.fetch.result import FetchResult, Hop, hash_body
from curator.states import ErrorKind
from fixtureweb import FixtureRequest, FixtureWeb, html_page


def test_redirect_chain_is_recorded_hop_by_hop(web: FixtureWeb, make_fetcher):
    final = web.add("www.who.int", "/news/low-back-pain", body=html_page("Low back pain"))
    web.redirect("www.who.int", "/step2", to="/news/low-back-pain", status=302)  # relative
    start = web.redirect("who.int", "/old", to=web.url("www.who.int", "/step2"), status=301)
    result = make_fetcher().fetch(start)
    assert result.error is None
    assert result.status == 200
    assert result.final_url == final
    assert result.hops == (
        Hop(start, 301, web.url("www.who.int", "/step2")),
        Hop(web.url("www.who.int", "/step2"), 302, final),
    )
    assert result.hops[0].permanent and not result.hops[1].permanent
    assert b"Low back pain" in result.body


def test_redirect_loop_is_detected(web: FixtureWeb, make_fetcher):
    a = web.redirect("www.who.int", "/a", to="/b")
    web.redirect("www.who.int", "/b", to="/a")
    result = make_fetcher().fetch(a)
    assert result.error is not None
    assert result.error.kind == ErrorKind.REDIRECT_LOOP
    assert [hop.status for hop in result.hops] == [301, 301]
    assert web.count("www.who.int", "/a") == 1  # stopped before asking /a again


def test_too_many_redirects(web: FixtureWeb, make_fetcher, fast_settings):
    for i in range(10):
        web.redirect("www.who.int", f"/r{i}", to=f"/r{i + 1}", status=307)
    result = make_fetcher(fast_settings(max_redirects=3)).fetch(web.url("www.who.int", "/r0"))
    assert result.error is not None
    assert result.error.kind == ErrorKind.TOO_MANY_REDIRECTS
    assert len(result.hops) == 4
    assert web.count("www.who.int", "/r4") == 0


def test_redirect_to_a_non_web_scheme_is_invalid(web: FixtureWeb, make_fetcher):
    url = web.redirect("www.who.int", "/mail", to="mailto:someone@who.int")
    result = make_fetcher().fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.INVALID_URL
    assert result.hops[0].location == "mailto:someone@who.int"


def test_immediate_meta_refresh_is_a_hop(web: FixtureWeb, make_fetcher):
    target = web.add("www.who.int", "/new-home", body=html_page("New home"))
    refresh = '<meta http-equiv="refresh" content="0; url=/new-home">'
    start = web.add("www.who.int", "/moved", body=html_page("Moved", head=refresh))
    result = make_fetcher().fetch(start)
    assert result.final_url == target
    assert result.hops == (Hop(start, 200, target, via="meta-refresh"),)
    assert not result.hops[0].permanent
    assert b"New home" in result.body


def test_the_last_live_look_s_own_bytes_are_not_scanned_for_a_refresh_again(
    web: FixtureWeb, make_fetcher
):
    """Bytes a last live look found at this very address held no refresh the fetch followed
    (it would have ended elsewhere), so the same bytes answered first, whole, are not scanned
    again; other bytes, or those bytes after a hop, are."""
    target = web.add("www.who.int", "/new-home", body=html_page("New home"))
    body = html_page("Moved", head='<meta http-equiv="refresh" content="0; url=/new-home">')
    start = web.add("www.who.int", "/moved", body=body)
    via = web.redirect("www.who.int", "/old", "/moved", status=302)
    fetcher = make_fetcher()

    def fetched(url: str, known: str) -> FetchResult:
        return next(iter(fetcher.fetch_many([url], known_body=lambda _: known)))

    assert fetched(start, hash_body(body.encode())).final_url == start  # as the last look found
    assert fetched(start, hash_body(b"other bytes")).final_url == target
    assert fetched(via, hash_body(body.encode())).final_url == target


def test_slow_meta_refresh_is_just_a_page(web: FixtureWeb, make_fetcher):
    refresh = '<meta http-equiv="refresh" content="30; url=/elsewhere">'
    url = web.add("www.who.int", "/news", body=html_page("News", head=refresh))
    result = make_fetcher().fetch(url)
    assert result.hops == () and result.final_url == url


# -- Refresh: response headers, read as the meta tag is --------------------------------------


def _refreshing(web: FixtureWeb, host: str, path: str, refresh: str, body: str = "…") -> str:
    """A 200 whose page says nothing, with a ``Refresh:`` header."""
    return web.add(host, path, body=html_page(body), headers={"Refresh": refresh})


def test_immediate_refresh_header_is_a_hop(web: FixtureWeb, make_fetcher):
    home = web.add("www.gazette.example", "/", body=html_page("Front page"))
    start = _refreshing(web, "www.gazette.example", "/2019/05/budget-vote", "0; url=/")
    result = make_fetcher().fetch(start)
    assert result.error is None and result.final_url == home
    assert result.hops == (Hop(start, 200, home, via="refresh-header"),)
    assert not result.hops[0].permanent
    assert b"Front page" in result.body


def test_refresh_header_on_a_page_of_any_type_and_across_hosts(web: FixtureWeb, make_fetcher):
    """A browser follows the header whatever the page is, to another host as a redirect goes."""
    there = web.add("files.example", "/gone", body=html_page("Gone"))
    start = web.add(
        "share.example", "/s/abc", body="moved", headers={"Content-Type": "text/plain",
        "Refresh": f"0;URL='{there}'"},
    )  # fmt: skip
    result = make_fetcher().fetch(start)
    assert result.final_url == there and [hop.via for hop in result.hops] == ["refresh-header"]


def test_slow_refresh_header_is_just_a_page(web: FixtureWeb, make_fetcher):
    """A live blog that reloads itself, or sends its reader on after minutes: not a redirect."""
    for path, refresh in [("/live", "300"), ("/live2", "300; url=/"), ("/live3", "5; url=/x")]:
        url = _refreshing(web, "www.gazette.example", path, refresh, "Live updates")
        result = make_fetcher().fetch(url)
        assert result.hops == () and result.final_url == url, refresh
        assert result.headers["refresh"] == refresh


def test_refresh_header_to_the_page_itself_is_a_reload(web: FixtureWeb, make_fetcher):
    url = _refreshing(web, "www.gazette.example", "/scores", "0; url=/scores", "Scores")
    result = make_fetcher().fetch(url)
    assert result.hops == () and result.status == 200
    assert web.count("www.gazette.example", "/scores") == 1


def test_refresh_header_loop_is_stopped(web: FixtureWeb, make_fetcher):
    a = _refreshing(web, "www.gazette.example", "/a", "0; url=/b")
    _refreshing(web, "www.gazette.example", "/b", "0; url=/a")
    result = make_fetcher().fetch(a)
    assert result.error is not None and result.error.kind == ErrorKind.REDIRECT_LOOP
    assert [hop.via for hop in result.hops] == ["refresh-header", "refresh-header"]
    assert web.count("www.gazette.example", "/a") == 1


def test_refresh_headers_count_against_the_redirect_limit(
    web: FixtureWeb, make_fetcher, fast_settings
):
    for i in range(10):
        _refreshing(web, "www.gazette.example", f"/r{i}", f"0; url=/r{i + 1}")
    result = make_fetcher(fast_settings(max_redirects=3)).fetch(
        web.url("www.gazette.example", "/r0")
    )
    assert result.error is not None and result.error.kind == ErrorKind.TOO_MANY_REDIRECTS
    assert web.count("www.gazette.example", "/r4") == 0


def test_refresh_header_into_a_disallowed_path_is_stopped(web: FixtureWeb, make_fetcher):
    web.add("www.gazette.example", "/robots.txt", body="User-agent: *\nDisallow: /private/\n")
    url = _refreshing(web, "www.gazette.example", "/start", "0; url=/private/x")
    result = make_fetcher().fetch(url)
    assert result.error is not None and result.error.kind == ErrorKind.ROBOTS
    assert web.count("www.gazette.example", "/private/x") == 0


def test_refresh_header_on_an_error_or_a_redirect_is_not_followed(web: FixtureWeb, make_fetcher):
    """Only a page that answers is read for a refresh, as for the tag; a Location wins."""
    url = web.add(
        "www.gazette.example", "/missing", status=404, body=html_page("Not found"),
        headers={"Refresh": "0; url=/"},
    )  # fmt: skip
    result = make_fetcher().fetch(url)
    assert result.status == 404 and result.hops == ()
    web.add("www.gazette.example", "/new", body=html_page("New"))
    moved = web.add(
        "www.gazette.example",
        "/old",
        status=301,
        headers={"Location": "/new", "Refresh": "0; url=/"},
    )
    assert [hop.via for hop in make_fetcher().fetch(moved).hops] == ["http"]


def test_refresh_values_read_alike_in_a_header_and_a_tag():
    base = "https://example.org/dir/page"
    for value, target in [
        ("0;URL=../x", "https://example.org/x"),
        ("1, url='https://b.org/'", "https://b.org/"),
        ("0 url=/y", "https://example.org/y"),
        ("0; /z", "https://example.org/z"),
        ("5; url=/x", None),
        ("0", None),
        ("0; url=page", None),
        ("soon; url=/x", None),
    ]:
        assert header_refresh_target(base, value) == target, value
        tag = f'<meta http-equiv="refresh" content="{value}">'.encode()
        assert meta_refresh_target(base, tag) == target, value
    assert parse_refresh("300") == parse_refresh(" 300 ")
    refresh = parse_refresh("2.5; URL = /news/")
    assert refresh is not None and (refresh.delay, refresh.target) == (2.5, "/news/")


def test_cookie_handshake_is_not_a_loop(web: FixtureWeb, make_fetcher):
    def gate(req: FixtureRequest) -> None:
        if "seen=1" in (req.headers.get("Cookie") or ""):
            req.respond(200, html_page("Article"))
        else:
            req.respond(302, b"", {"Location": "/cookie-check"})

    def check(req: FixtureRequest) -> None:
        req.respond(302, b"", {"Location": "/article", "Set-Cookie": "seen=1; Path=/"})

    url = web.add("www.nytimes.example", "/article", handler=gate)
    web.add("www.nytimes.example", "/cookie-check", handler=check)
    result = make_fetcher().fetch(url)
    assert result.error is None
    assert result.status == 200
    assert len(result.hops) == 2


def test_meta_refresh_parsing_variants():
    base = "https://example.org/dir/page"
    assert meta_refresh_target(base, b"<META HTTP-EQUIV=Refresh CONTENT='0;URL=../x'>") == (
        "https://example.org/x"
    )
    assert meta_refresh_target(base, b'<meta content="1; url=https://b.org/" http-equiv="refresh">')
    assert meta_refresh_target(base, b'<meta http-equiv="refresh" content="5; url=/x">') is None
    assert meta_refresh_target(base, b'<meta http-equiv="refresh" content="0">') is None
    assert meta_refresh_target(base, b'<meta http-equiv="refresh" content="0; url=page">') is None
    assert meta_refresh_target(base, b'<meta name="refresh" content="0; url=/x">') is None
    # Any case and white space around "=", past many tags and dashes that are not a refresh.
    filler = b'<meta name="x-ua" content="a-b">\n<p class="page-equiv">-refresh-</p>' * 200
    odd = b"<Meta hTTp-eQuiV \t=\n ' REFResh' content='0;url=/y'>"
    assert meta_refresh_target(base, filler + odd) == "https://example.org/y"


REDIRECT_BODY = 4 << 20  # far over the scrap exchange keeps of a redirect's body


def test_requests_session_send_would_read_a_redirects_whole_body(web: FixtureWeb):
    # Why exchange hands its request to the adapter rather than Session.send: this pins the
    # requests behaviour that choice rests on. If it ever stops holding, Session.send will do.
    web.add("www.who.int", "/r", status=302, headers={"Location": "/x"}, body=b"x" * REDIRECT_BODY)
    request = requests.Request(
        "GET", f"http://127.0.0.1:{web.port}/r", headers={"Host": "www.who.int"}
    ).prepare()
    with requests.Session() as session:
        response = session.send(request, stream=True, allow_redirects=False)
        assert response.status_code == 302
        assert response.raw.tell() == REDIRECT_BODY  # read to the end, though stream=True
