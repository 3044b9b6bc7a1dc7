"""The fetcher answers every URL it is given, once, as a well-behaved client."""

from __future__ import annotations

from curator.fetch.client import Fetcher, Validators
from curator.states import ErrorKind
from fixtureweb import FixtureWeb, html_page


def test_live_page_comes_back_with_status_headers_and_body(web: FixtureWeb, make_fetcher) -> None:
    url = web.add(
        "www.who.int",
        "/low-back-pain",
        body=html_page("Low back pain"),
        headers={"ETag": '"v1"', "X-Custom": "yes"},
    )
    result = make_fetcher().fetch(url)
    assert result.error is None
    assert result.status == 200
    assert result.final_url == url
    assert result.hops == ()
    assert b"<title>Low back pain</title>" in result.body
    assert not result.truncated
    assert result.headers["etag"] == '"v1"'  # names lower-cased, plain dict
    assert result.headers["x-custom"] == "yes"
    assert isinstance(result.headers, dict)
    assert result.content_type == "text/html"
    assert result.attempts == 1
    assert result.elapsed > 0


def test_missing_and_gone_pages_report_their_status(web: FixtureWeb, make_fetcher) -> None:
    missing = web.url("www.who.int", "/nothing-here")
    gone = web.add("www.who.int", "/gone", status=410, body="gone")
    results = {r.url: r for r in make_fetcher().fetch_many([missing, gone])}
    assert results[missing].status == 404
    assert results[gone].status == 410
    assert results[missing].error is None  # an HTTP answer, judged later by the classifier


def test_user_agent_names_curator_on_every_request(web: FixtureWeb, make_fetcher) -> None:
    url = web.redirect("example-health.org", "/a", to=web.add("www.who.int", "/b", body="b"))
    make_fetcher().fetch(url)
    agents = {entry.path: entry.headers["user-agent"] for entry in web.log}
    assert set(agents) == {"/robots.txt", "/a", "/b"}
    for agent in agents.values():
        assert "curator" in agent and "https://" in agent


def test_each_url_is_fetched_once_per_run(web: FixtureWeb, make_fetcher) -> None:
    url = web.add("www.who.int", "/page", body="x")
    given = [url, url, url + "#section", web.url("www.who.int", "/other"), url]
    results = list(make_fetcher().fetch_many(given))
    assert sorted(r.url for r in results) == sorted(set(given))  # every spelling answered
    assert web.count("www.who.int", "/page") == 1
    assert all(r.status == 200 for r in results if r.url != web.url("www.who.int", "/other"))


def test_non_web_urls_are_invalid_without_any_request(web: FixtureWeb, make_fetcher) -> None:
    results = {
        r.url: r
        for r in make_fetcher().fetch_many(["ftp://files.example/x", "mailto:a@b.c", "http:///x"])
    }
    assert {r.error.kind for r in results.values() if r.error} == {ErrorKind.INVALID_URL}
    assert len(results) == 3
    assert web.log == []


def test_conditional_request_gets_not_modified(web: FixtureWeb, make_fetcher) -> None:
    def handler(req) -> None:
        if req.headers.get("If-None-Match") == '"v7"':
            req.respond(304, b"", {"ETag": '"v7"'})
        else:
            req.respond(200, html_page("Fresh"), {"ETag": '"v7"'})

    url = web.add("www.who.int", "/cached", handler=handler)
    fetcher = make_fetcher()
    first = fetcher.fetch(url)
    again = fetcher.fetch(
        url, Validators(etag='"v7"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    )
    assert (first.status, first.not_modified) == (200, False)
    assert (again.status, again.not_modified, again.body) == (304, True, b"")
    assert again.error is None
    sent = web.requests("www.who.int", "/cached")[-1].headers
    assert sent["if-none-match"] == '"v7"'
    assert sent["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_validators_in_fetch_many_apply_per_url(web: FixtureWeb, make_fetcher) -> None:
    plain = web.add("www.who.int", "/plain", body="p")
    tagged = web.add("www.who.int", "/tagged", body="t")
    list(make_fetcher().fetch_many([plain, tagged], {tagged: Validators(etag='"abc"')}))
    assert "if-none-match" not in web.requests(path="/plain")[0].headers
    assert web.requests(path="/tagged")[0].headers["if-none-match"] == '"abc"'


def test_pdf_is_only_peeked_at(web: FixtureWeb, make_fetcher) -> None:
    url = web.add(
        "www.who.int",
        "/report.pdf",
        body=b"%PDF-1.7" + b"\0" * 500_000,
        headers={"Content-Type": "application/pdf"},
    )
    result = make_fetcher().fetch(url)
    assert result.status == 200
    assert result.body.startswith(b"%PDF")
    assert len(result.body) <= 64 * 1024
    assert result.truncated


def test_fetcher_is_a_context_manager_and_refuses_work_after_close(
    web: FixtureWeb, fast_settings
) -> None:
    url = web.add("www.who.int", "/", body="home")
    with Fetcher(fast_settings(), web.resolver) as fetcher:
        assert fetcher.fetch(url).status == 200
    try:
        fetcher.fetch(url)
    except RuntimeError as exc:
        assert "closed" in str(exc)
    else:
        raise AssertionError("a closed Fetcher accepted work")


def test_a_content_type_is_read_by_its_media_type_whatever_its_case_or_parameters(
    web: FixtureWeb, make_fetcher
) -> None:
    # What a body is kept for (whole text, or a peek of anything else) and what a result says
    # it is are one reading of the header: a text type in capitals with a charset is kept whole
    # and reads "text/plain"; a PDF with a parameter is peeked at and reads "application/pdf".
    notes = web.add("www.example.org", "/notes", body="x" * 40_000,
                    headers={"Content-Type": "Text/Plain ; charset=UTF-8"})  # fmt: skip
    report = web.add("www.example.org", "/report", body=b"%PDF-1.7" + b"0" * 40_000,
                     headers={"Content-Type": "Application/PDF; name=report"})  # fmt: skip
    fetcher = make_fetcher()
    text, pdf = fetcher.fetch(notes), fetcher.fetch(report)
    assert text.content_type == "text/plain"
    assert len(text.body) == 40_000 and not text.truncated
    assert pdf.content_type == "application/pdf"
    assert len(pdf.body) < 40_000
