"""Hostile input: paths that try to leave routes/ or reports/, secrets in URLs, and pages that
try to inject markup into a report or escape sequences into a terminal.

(YAML bombs, aliases, huge files and escaping symlinks in routes/ are test_catalog_hostile.py's.)
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clirun import curator
from curator.redact import redact_text, redact_url
from curator.report.model import Report, RouteReport, RunInfo, SourceReport
from curator.report.outputs import UnsafeReportPath, write_all
from curator.report.redacted import redact_report
from curator.states import LinkState, RouteStatus
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

FAST_TOML = (
    "[fetch]\nper_host_spacing = 0\nbackoff_base = 0.01\nretries = 0\n"
    "connect_timeout = 2\nread_timeout = 2\ntotal_timeout = 5\n"
)


def net(*hosts: str) -> list[str]:
    return ["--allow-private-networks", *(f"--resolve={h}:127.0.0.1" for h in hosts)]


def every_report_text(reports: Path) -> dict[Path, str]:
    return {p: p.read_text(encoding="utf-8") for p in reports.rglob("*") if p.is_file()}


# -- redact_url ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:pass@www.who.int/page", "https://***@www.who.int/page"),
        ("https://token@api.example.org", "https://***@api.example.org"),
        ("http://a:b@c@host.example:8080/x@y", "http://***@host.example:8080/x@y"),
        ("https://h.example/p?token=abc&q=back+pain", "https://h.example/p?token=***&q=back+pain"),
        ("https://h.example/p?api_key=1&apiKey=2&X-Amz-Signature=3",
         "https://h.example/p?api_key=***&apiKey=***&X-Amz-Signature=***"),
        ("https://h.example/p?Password=x&client_secret=y&sig=z",
         "https://h.example/p?Password=***&client_secret=***&sig=***"),
        ("https://h.example/cb#access_token=abc&state=1", "https://h.example/cb#access_token=***&state=1"),
        ("https://h.example/p?api%5Fkey=s", "https://h.example/p?api%5Fkey=***"),
    ],
)  # fmt: skip
def test_secrets_in_a_url_are_masked(url: str, shown: str) -> None:
    assert redact_url(url) == shown
    assert redact_url(shown) == shown  # idempotent: a redacted report can be redacted again


@pytest.mark.parametrize(
    "url",
    [
        "https://www.who.int/news-room/fact-sheets/detail/low-back-pain",
        "https://h.example/search?keywords=back+pain&monkey=1&page=2#section-3",
        "https://medium.com/@author/a-post",  # an @ in the path is not userinfo
        "https://h.example/p?token=",  # nothing to hide
        "not a url at all",
        "http://[::1",  # malformed: returned as is, never an exception
    ],
)
def test_urls_without_secrets_come_back_unchanged(url: str) -> None:
    assert redact_url(url) == url


def test_urls_inside_text_are_redacted() -> None:
    text = "permanently moved to https://u:p@x.org/a?token=1 (see https://y.org/b)."
    assert (
        redact_text(text)
        == "permanently moved to https://***@x.org/a?token=*** (see https://y.org/b)."
    )


def test_a_report_without_secrets_is_returned_as_is() -> None:
    report = _report([_source("https://www.who.int/page")])
    assert redact_report(report) is report


# -- secrets never reach a report or the console -----------------------------------------------

SECRETS = ("s3cret-pw", "tok-abc123", "sig-xyz789")


def _serve_secret_route(web: FixtureWeb, tmp_path: Path) -> list[str]:
    page = html_page("A page behind basic auth", "<p>Back pain facts.</p>" * 20)
    web.add("www.who.int", "/page", body=page)
    web.add("www.nhs.uk", "/gone", status=404)
    web.redirect("www.cdc.gov", "/old", web.url("www.cdc.gov", "/new").replace(
        "http://", "http://mover:s3cret-pw@") + "?token=tok-abc123")  # fmt: skip
    web.add("www.cdc.gov", "/new", body=page)
    ok = [web.add(h, "/p", body=page) for h in ("medlineplus.gov", "www.niams.nih.gov")]
    urls = [
        web.url("www.who.int", "/page").replace("http://", "http://editor:s3cret-pw@"),
        web.url("www.nhs.uk", "/gone") + "?X-Amz-Signature=sig-xyz789",
        web.url("www.cdc.gov", "/old"),
        *ok,
    ]
    write_route(tmp_path / "routes", "back-pain", urls)
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    return net("www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "www.niams.nih.gov")


def assert_no_secret(where: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret} in {where}"


@pytest.mark.slow
def test_credentials_are_redacted_in_every_report_and_console_line(
    tmp_path: Path, web: FixtureWeb
) -> None:
    args = _serve_secret_route(web, tmp_path)
    proc = curator("run", "--no-progress", *args, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert web.requests("www.who.int", "/page")[0].headers["authorization"].startswith("Basic ")
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    sources = report["routes"][0]["sources"]
    assert sources[0]["url"].startswith("http://***@www.who.int:")
    assert sources[0]["state"] == "alive"  # redacted in the report, not in the request
    assert sources[1]["url"].endswith("/gone?X-Amz-Signature=***")
    assert sources[2]["state"] == "moved"
    assert sources[2]["final_url"].startswith("http://***@www.cdc.gov:")
    assert sources[2]["final_url"].endswith("/new?token=***")
    texts = every_report_text(tmp_path / "reports")
    assert {p.name for p in texts} >= {"latest.json", "latest.md", "index.html", "junit.xml"}
    for path, text in texts.items():
        assert_no_secret(str(path), text)
    assert_no_secret("stdout", proc.stdout)
    assert_no_secret("stderr", proc.stderr)
    # The run's report kept in the store (re-rendered later) is the redacted one too.
    import sqlite3

    with sqlite3.connect(tmp_path / ".curator" / "state.sqlite") as conn:
        (stored,) = conn.execute("SELECT report_json FROM runs").fetchone()
    assert_no_secret("the stored report", stored)


@pytest.mark.slow
def test_the_progress_bar_on_a_terminal_shows_no_secret(tmp_path: Path, web: FixtureWeb) -> None:
    args = _serve_secret_route(web, tmp_path)
    main, child = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "curator", "run", *args],
        cwd=tmp_path, stdin=child, stdout=child, stderr=child, env=env, close_fds=True,
    )  # fmt: skip
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            seen += chunk
        elif proc.poll() is not None:
            break
    os.close(main)
    assert proc.wait(10) == 0, seen.decode(errors="replace")
    assert b"checking" in seen  # the bar was drawn
    assert_no_secret("the terminal", seen.decode(errors="replace"))


@pytest.mark.slow
def test_the_gate_judges_a_credentialed_source_and_shows_no_secret(
    tmp_path: Path, web: FixtureWeb
) -> None:
    import test_gate

    repo = test_gate.make_repo(tmp_path)
    urls = test_gate.serve(web, "back-pain")
    write_route(repo / "routes", "back-pain", urls)
    test_gate.commit(repo, "route")
    dead = web.url("www.cdc.gov", "/gone").replace("http://", "http://editor:s3cret-pw@")
    test_gate.replace_source(repo, "back-pain", urls[2], dead)
    test_gate.commit(repo, "back-pain: a new third source, behind a password")
    proc = test_gate.curator(
        repo, "gate", "--changed-since", "HEAD~1", "--junit", "gate.xml",
        *test_gate.net(web), github=True,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # an added dead source fails, password or not
    assert "dead source added" in proc.stdout
    assert_no_secret("gate stdout", proc.stdout)
    assert_no_secret("gate stderr", proc.stderr)
    assert_no_secret("gate junit", (repo / "gate.xml").read_text(encoding="utf-8"))


# -- what a page says cannot inject markup or terminal escapes ----------------------------------

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ESCAPES = "\x1b[31mRED\x1b[0m \x1b]0;pwned-title\x07 \x1b[2J\x9b31m"


@pytest.mark.slow
def test_page_text_cannot_inject_markup_or_terminal_escapes(
    tmp_path: Path, web: FixtureWeb
) -> None:
    head = f"<meta name='description' content='{XSS.replace(chr(39), '')}'>"
    hostile = [
        web.add(
            "xss.example",
            "/a",
            body=html_page(XSS.replace("<", "&lt;").replace(">", "&gt;"), head=head),
        ),
        web.add("raw.example", "/b", body=f"<html><head><title>{XSS}</title></head></html>"),
        web.add("esc.example", "/c", body=html_page(f"Back pain {ESCAPES}")),
        web.redirect("js.example", "/d", "javascript:alert(document.cookie)"),
        web.add("esc.example", "/e", status=404, body=html_page(ESCAPES)),
    ]
    write_route(tmp_path / "routes", "hostile", hostile)
    # A route whose very file name carries an escape sequence and markup.
    fine = write_route(tmp_path / "routes", "fine", [web.add("ok.example", f"/{n}",
                       body=html_page(f"Page {n}")) for n in range(5)])  # fmt: skip
    fine.rename(fine.with_name("evil\x1b[31m<b>.yaml"))
    fine.with_name("evil\x1b[31m<b>.yaml").write_text(
        fine.with_name("evil\x1b[31m<b>.yaml").read_text().split("\n", 1)[1], encoding="utf-8"
    )
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    proc = curator(
        "run", "--no-progress",
        *net("xss.example", "raw.example", "esc.example", "js.example", "ok.example"),
        cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode in (0, 2), proc.stderr  # 2: the odd file name is reported as a problem
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    titles = [s["title"] for r in report["routes"] for s in r["sources"]]
    assert any(t and "<script>" in t for t in titles)  # the data is kept as data...
    for path, text in every_report_text(tmp_path / "reports").items():
        if path.suffix == ".html":  # ...but never becomes markup
            assert "<script>alert" not in text and "<img src=x" not in text, path
            assert "onerror=alert" not in text.replace("onerror=alert(1)&gt;", ""), path
            assert 'href="javascript:' not in text.lower(), path
            assert text.rstrip().endswith("</html>"), path
        elif path.suffix == ".md":
            assert "<script>" not in text and "<img" not in text, path
            assert "\x1b" not in text, path
        elif path.suffix == ".xml":
            ET.fromstring(text)  # well formed, whatever the page said
            assert "\x1b" not in text, path
    for stream in (proc.stdout, proc.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream
    assert "pwned-title" not in proc.stderr or "\x1b]0;" not in proc.stderr


# -- paths that try to leave routes/ or reports/ -------------------------------------------------


def test_only_with_a_path_outside_routes_reads_nothing_there(
    tmp_path: Path, web: FixtureWeb
) -> None:
    outside = web.add("outside.example", "/secret", body=html_page("Outside"))
    write_route(tmp_path, "escape", [outside] * 5)  # tmp_path/escape.yaml, beside routes/
    write_route(tmp_path / "routes", "inside", [web.add("in.example", "/p", body="x")] * 5)
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    for only in (
        "../escape",
        "../escape.yaml",
        str(tmp_path / "escape.yaml"),
        "routes/../../escape",
    ):
        proc = curator(
            "run", "--no-progress", "--only", only, *net("outside.example", "in.example"),
            cwd=tmp_path,
        )  # fmt: skip
        assert proc.returncode == 2, (only, proc.stderr)
        assert "no route file for slug" in proc.stderr or "escape" in proc.stderr
        assert "Traceback" not in proc.stderr
    assert web.count("outside.example") == 0


def _source(url: str, **extra: object) -> SourceReport:
    fields: dict[str, object] = dict(
        rank=1, name="Source", url=url, state=LinkState.ALIVE, http_status=200, final_url=url,
        title="T", description=None, flags=[], error=None, checked_at=None,
        consecutive_failures=0, confirmed=False,
    )  # fmt: skip
    fields.update(extra)
    return SourceReport.model_validate(fields)


def _report(sources: list[SourceReport], slug: str = "back-pain") -> Report:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    route = RouteReport(
        slug=slug, title="Back pain", status=RouteStatus.HEALTHY, findings=[], sources=sources
    )
    return Report(run=RunInfo(id="r1", started_at=now, finished_at=now, inconclusive=False),
                  routes=[route])  # fmt: skip


@pytest.mark.parametrize("slug", ["../../escaped", "..", "a/../../b", "/etc/passwd", "x\x00y"])
def test_a_slug_from_a_stored_report_cannot_write_outside_reports(
    tmp_path: Path, slug: str
) -> None:
    reports = tmp_path / "site" / "reports"
    written = write_all(_report([_source("https://www.who.int/p")], slug=slug), reports)
    assert all(p.resolve().is_relative_to(reports.resolve()) for p in written)
    inside = {p.resolve() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    everything = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    assert everything == inside
    assert not (tmp_path / "escaped.html").exists() and not (tmp_path / "b.html").exists()


def test_a_reports_routes_dir_that_links_outside_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    precious = elsewhere / "notes.html"
    precious.write_text("<html>mine</html>", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "routes").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UnsafeReportPath):
        write_all(_report([_source("https://www.who.int/p")]), reports)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["notes.html"]
    assert precious.read_text(encoding="utf-8") == "<html>mine</html>"


def test_a_reports_routes_link_is_left_alone_by_a_report_without_routes(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    lookalike = elsewhere / "back-pain.html"  # named like a route page
    lookalike.write_text("<html>not curator's</html>", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "routes").symlink_to(elsewhere, target_is_directory=True)
    now = datetime(2026, 11, 23, tzinfo=UTC)
    empty = Report(
        run=RunInfo(id="r", started_at=now, finished_at=now, inconclusive=False), routes=[]
    )
    write_all(empty, reports)
    assert lookalike.exists(), "orphan clean-up followed a link out of reports/ and deleted a file"


def test_cli_with_a_reports_dir_linking_outside_fails_cleanly(
    tmp_path: Path, web: FixtureWeb
) -> None:
    write_route(tmp_path / "routes", "back-pain", [web.add(f"s{n}.example", "/", body=html_page(
        f"Page {n}")) for n in range(5)])  # fmt: skip
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "routes").symlink_to(elsewhere, target_is_directory=True)
    proc = curator("run", "--no-progress", *net(*(f"s{n}.example" for n in range(5))), cwd=tmp_path)
    assert list(elsewhere.iterdir()) == []
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "outside" in proc.stderr
