"""The hostile web: one host that tries to stop or poison a whole nightly run.

Each case serves one attack from a real local socket (fixtureweb) and checks what a user would
notice: the run ends, every source has a state, nothing private is fetched, no secret is shown.
The whole-run case at the end plants every attack at once.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cdp import Browser, require_chromium
from conftest import make_fast_settings
from curator.catalog.document import load_route_document, save_route_document
from curator.extract.charset_labels import CODEC_BY_LABEL
from curator.extract.decode import codec_for_label, decode_html, detect_encoding
from curator.fetch.client import Fetcher
from curator.fetch.resolve import StaticResolver
from curator.fetch.result import FetchResult
from curator.fetch.retry import parse_retry_after
from curator.fetch.watchdog import guarding, watch
from curator.inspect import Wants, inspect
from curator.redact import redact_url
from curator.settings import SettingsError, load_settings
from curator.states import ErrorKind
from curator.store.interface import RunRecord
from curator.store.sqlite import SqliteStore
from faultweb import FAULTS, guarded_web, healthy, plant, redirect_with_body, trickle_headers
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

FAST_TOML = (
    "[fetch]\nper_host_spacing = 0\nbackoff_base = 0.01\nretries = 0\n"
    "connect_timeout = 2\nread_timeout = 2\ntotal_timeout = 5\n"
)


def curator(*args: str, cwd: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "curator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def net(*hosts: str) -> list[str]:
    return ["--allow-private-networks", *(f"--resolve={h}:127.0.0.1" for h in hosts)]


def report_of(root: Path) -> dict[str, dict[str, object]]:
    """Each source of the report by URL."""
    report = json.loads((root / "reports" / "latest.json").read_text(encoding="utf-8"))
    return {s["url"]: s for r in report["routes"] for s in r["sources"]}


# -- 1. a charset label that is not a text encoding -----------------------------------------

NOT_TEXT_CODECS = ("rot13", "base64", "hex", "zlib", "bz2", "uu", "idna", "punycode",
                   "undefined", "quopri", "unicode_escape", "raw_unicode_escape", "utf-7",
                   "mbcs", "cp037", "utf-32", "latin-1", "x-rot13")  # fmt: skip


@pytest.mark.parametrize("label", NOT_TEXT_CODECS)
def test_a_label_outside_the_whatwg_list_is_unknown(label: str) -> None:
    assert codec_for_label(label) is None
    page = f"<meta charset='{label}'><title>Back pain</title>".encode()
    for headers in ({"Content-Type": f"text/html; charset={label}"}, {}):
        assert decode_html(page, headers) == page.decode()  # read as UTF-8 / windows-1252


def test_every_whatwg_label_names_a_text_codec_that_decodes_anything() -> None:
    noise = bytes(range(256)) * 4
    for label, codec in CODEC_BY_LABEL.items():
        assert codecs.lookup(codec)._is_text_encoding, label  # type: ignore[attr-defined]
        assert codec_for_label(label.upper()) == codec
        detect_encoding(noise, {"content-type": f"text/html; charset={label}"})
        noise.decode(codec, errors="replace")


def test_browser_meanings_of_labels_are_kept() -> None:
    assert codec_for_label("iso-8859-1") == "cp1252"
    assert codec_for_label("gb2312") == "gb18030"
    assert codec_for_label("shift_jis") == "cp932"
    assert codec_for_label("utf-16", from_meta=True) == "utf-8"
    assert codec_for_label(" 'UTF8' ") == "utf-8"


def _page_result(body: bytes, content_type: str = "text/html") -> FetchResult:
    return FetchResult(
        url="https://h.example/p",
        final_url="https://h.example/p",
        status=200,
        headers={"content-type": content_type},
        body=body,
    )


@pytest.mark.parametrize("label", ["rot13", "base64", "zlib", "idna", "undefined"])
def test_a_page_declaring_a_non_text_codec_is_read(label: str) -> None:
    body = html_page("Back pain explained", "<p>Back pain is common.</p>" * 20).encode()
    for result in (
        _page_result(body.replace(b"<head>", f"<head><meta charset='{label}'>".encode())),
        _page_result(body, f"text/html; charset={label}"),
    ):
        inspection = inspect(result, Wants(terms=("back pain",), fingerprint=True))
        assert inspection.result.error is None
        assert inspection.page is not None and inspection.page.title == "Back pain explained"


class _PoisonedBody(bytes):
    """A body whose reading fails inside a library, as the codec crash did."""

    def decode(self, *args: object, **kwargs: object) -> str:
        raise LookupError("a decoder crashed on this page")


def test_any_failure_reading_one_page_becomes_its_internal_error() -> None:
    body = _PoisonedBody(html_page("A page", "<p>Text.</p>").encode())
    inspection = inspect(_page_result(body), Wants(fingerprint=True))
    assert inspection.result.error is not None
    assert inspection.result.error.kind is ErrorKind.INTERNAL
    assert "a decoder crashed on this page" in inspection.result.error.message
    assert inspection.page is None and inspection.result.body == b""
    assert not ErrorKind.INTERNAL.is_network  # many such pages never make a run "offline"


def _charset_route(web: FixtureWeb, tmp_path: Path) -> list[str]:
    page = html_page("Back pain explained", "<p>Back pain is common and treatable.</p>" * 20)
    urls = [
        web.add("meta.example", "/rot13", body=page.replace("<head>", "<head><meta charset=x>")
                .replace("charset=x", "charset=rot13")),
        web.add("hdr.example", "/base64", body=page,
                headers={"Content-Type": "text/html; charset=base64"}),
        web.add("hdr.example", "/zlib", body=page,
                headers={"Content-Type": "text/html; charset=zlib"}),
        web.add("meta.example", "/idna", body=page.replace("<head>", "<head><meta charset=idna>")),
        web.add("ok.example", "/fine", body=page),
    ]  # fmt: skip
    write_route(tmp_path / "routes", "back-pain", urls)
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    return urls


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_non_text_charsets_do_not_stop_a_run(tmp_path: Path, web: FixtureWeb, workers: str) -> None:
    urls = _charset_route(web, tmp_path)
    proc = curator(
        "run", "--no-progress", "--workers", workers,
        *net("meta.example", "hdr.example", "ok.example"), cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    sources = report_of(tmp_path)
    assert [sources[url]["state"] for url in urls] == ["alive"] * 5
    assert {sources[url]["title"] for url in urls} == {"Back pain explained"}


@pytest.mark.slow
def test_non_text_charsets_do_not_stop_approve(tmp_path: Path, web: FixtureWeb) -> None:
    _charset_route(web, tmp_path)
    hosts = net("meta.example", "hdr.example", "ok.example")
    proc = curator("approve", "back-pain", *hosts, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    baseline = json.loads((tmp_path / "routes" / "baselines" / "back-pain.json").read_text())
    assert "Back pain explained" in json.dumps(baseline)


@pytest.mark.slow
def test_non_text_charsets_do_not_stop_the_gate(tmp_path: Path, web: FixtureWeb) -> None:
    import test_gate

    repo = test_gate.make_repo(tmp_path)
    urls = test_gate.serve(web, "back-pain")
    write_route(repo / "routes", "back-pain", urls)
    test_gate.commit(repo, "route")
    page = html_page("back-pain at www.cdc.gov", "<p>All about back-pain.</p>" * 30)
    added = web.add(test_gate.HOSTS[2], "/zlib", body=page,
                    headers={"Content-Type": "text/html; charset=zlib"})  # fmt: skip
    test_gate.replace_source(repo, "back-pain", urls[2], added)
    test_gate.commit(repo, "back-pain: a third source that declares charset=zlib")
    proc = test_gate.curator(repo, "gate", "--changed-since", "HEAD~1", *test_gate.net(web))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


# -- 2. robots.txt is read like a page: capped, deadlined, guarded, hop by hop ----------------


@pytest.mark.parametrize("body", ["endless", "bomb", "trickle"])
def test_a_hostile_robots_redirect_costs_little(
    web: FixtureWeb, make_fetcher: Callable[..., Fetcher], body: str
) -> None:
    robots_target = web.add("www.who.int", "/real-robots.txt", body="User-agent: *\nDisallow:\n")
    web.add("www.who.int", "/robots.txt", handler=redirect_with_body(robots_target, body))
    page = web.add("www.who.int", "/page", body=html_page("Back pain", "<p>Facts.</p>" * 20))
    settings = make_fast_settings(total_timeout=1.5, read_timeout=1.0, retries=0)
    fetcher = make_fetcher(settings)
    tracemalloc.start()
    began = time.monotonic()
    try:
        result = fetcher.fetch(page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - began < 4  # the page never waits long behind robots.txt
    assert result.status == 200 and result.error is None
    assert peak < 40 << 20  # 256 MiB of gzip bomb, endless bytes: none of it is held
    if body == "endless":  # read to the robots.txt cap, then followed like a page's redirect
        assert web.count("www.who.int", "/real-robots.txt") == 1


def test_every_robots_hop_passes_the_guard() -> None:
    with guarded_web() as gw:
        gw.private.add("metadata.internal", "/robots.txt", body="User-agent: *\nDisallow: /\n")
        gw.public.resolver.add("metadata.internal", "127.0.0.1")
        target = f"http://metadata.internal:{gw.private.port}/robots.txt"
        gw.public.redirect("www.who.int", "/robots.txt", to=target, status=302)
        page = gw.public.add("www.who.int", "/page", body=html_page("Back pain"))
        with gw.fetcher(make_fast_settings()) as fetcher:
            result = fetcher.fetch(page)
        assert gw.private.count() == 0  # the private robots.txt was never asked for
        assert result.status == 200  # and a robots.txt that cannot be read allows


# -- 3. the attempt deadline covers connect, TLS and headers --------------------------------


def test_a_server_trickling_header_bytes_is_cut_at_the_total_timeout(
    web: FixtureWeb, make_fetcher: Callable[..., Fetcher]
) -> None:
    url = web.add("slow-headers.example", "/page", handler=trickle_headers(0.2))
    settings = make_fast_settings(total_timeout=1.5, read_timeout=1.0, **NO_RETRY_NO_ROBOTS)
    began = time.monotonic()
    result = make_fetcher(settings).fetch(url)
    took = time.monotonic() - began
    assert result.error is not None and result.error.kind is ErrorKind.TIMEOUT
    assert result.error.message == (
        "gave up after 1.5s (total timeout) before the response headers were complete"
    )
    assert 1.3 < took < 2.5  # the message is true: it gave up at the deadline


NO_RETRY_NO_ROBOTS = {"retries": 0, "respect_robots": False}  # one attempt: timed alone


def test_the_watchdog_cuts_a_blocked_read_at_the_deadline() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        ours.settimeout(5)  # a socket timeout far beyond the deadline
        began = time.monotonic()
        with guarding(began + 0.3) as cut:
            watch(ours)
            assert ours.recv(10) == b""  # woken by the cut, not by data or the timeout
        assert cut.happened and 0.25 < time.monotonic() - began < 2


def test_a_socket_outlives_the_deadline_of_a_block_that_ended() -> None:
    """A kept-alive connection is reused by later requests: the watch of the request that made
    it must be over when that request is."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        with guarding(time.monotonic() + 0.2) as cut:
            watch(ours)
        time.sleep(0.4)
        theirs.sendall(b"still here")
        ours.settimeout(2)
        assert ours.recv(10) == b"still here" and not cut.happened


@pytest.fixture
def tls_trickler() -> Iterator[int]:
    """A TCP server that answers a TLS ClientHello with a handshake record dripped a byte at a
    time: every read gets something, no read timeout ever fires."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(4096)
                for byte in b"\x16\x03\x03\x40\x00" + b"\x02" * 5000:
                    if stop.wait(0.2):
                        break
                    try:
                        conn.sendall(bytes([byte]))
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(5)
    server.close()


def test_a_tls_handshake_dripped_a_byte_at_a_time_is_cut_at_the_total_timeout(
    tls_trickler: int,
) -> None:
    settings = make_fast_settings(total_timeout=1.5, read_timeout=5.0, connect_timeout=5.0)
    resolver = StaticResolver({"slow-tls.example": "127.0.0.1"})
    began = time.monotonic()
    with Fetcher(settings.model_copy(update=NO_RETRY_NO_ROBOTS), resolver) as fetcher:
        result = fetcher.fetch(f"https://slow-tls.example:{tls_trickler}/page")
    assert time.monotonic() - began < 2.5
    assert result.error is not None and result.error.kind is ErrorKind.TIMEOUT
    assert "total timeout" in result.error.message


# -- 4. secrets are redacted before a URL is formatted into text ----------------------------

SIGNATURE = "sig-b7e1c0ffee"
SESSION = "JSESS-5eC2E7"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://h.example/app;jsessionid=ABC?x=1", "https://h.example/app;jsessionid=***?x=1"),
        ("https://h.example/a;JSESSIONID=abc/b;type=a", "https://h.example/a;JSESSIONID=***/b;type=a"),
        ("http://h.example/new report.pdf?X-Amz-Signature=S",
         "http://h.example/new report.pdf?X-Amz-Signature=***"),
        ("https://u:p@h.example/x;jsessionid=1", "https://***@h.example/x;jsessionid=***"),
        ("https://h.example/p;v=1;type=pdf", "https://h.example/p;v=1;type=pdf"),
    ],
)  # fmt: skip
def test_path_parameters_and_spaces_are_redacted(url: str, shown: str) -> None:
    assert redact_url(url) == shown
    assert redact_url(shown) == shown


@pytest.mark.slow
def test_a_redirect_to_a_signed_address_leaks_nowhere(tmp_path: Path, web: FixtureWeb) -> None:
    page = html_page("The report", "<p>Back pain report.</p>" * 30)
    web.add("files.example", "/new%20report.pdf", body=page)
    urls = [
        web.redirect("files.example", "/old.pdf", f"/new report.pdf?X-Amz-Signature={SIGNATURE}"),
        web.add("java.example", f"/app;jsessionid={SESSION}", body=page),
        web.redirect("java.example", "/gone", f"/home;jsessionid={SESSION}?a=1"),
        web.redirect("elsewhere.example", "/moved", web.url("files.example", "/new report.pdf")
                     + f"?X-Amz-Signature={SIGNATURE}"),
        web.add("ok.example", "/fine", body=page),
    ]  # fmt: skip
    web.add("java.example", "/home;jsessionid=" + SESSION, body=page)
    write_route(tmp_path / "routes", "signed", urls)
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    hosts = net("files.example", "java.example", "elsewhere.example", "ok.example")
    proc = curator("run", "--no-progress", *hosts, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    sources = report_of(tmp_path)
    assert len(sources) == 5 and all(s["state"] for s in sources.values())
    assert any(s["state"] == "moved" for s in sources.values())
    outputs = {p: p.read_text(encoding="utf-8") for p in (tmp_path / "reports").rglob("*.*")}
    outputs[Path("stdout")], outputs[Path("stderr")] = proc.stdout, proc.stderr
    assert {p.name for p in outputs} >= {"latest.json", "latest.md", "index.html", "junit.xml"}
    for where, text in outputs.items():
        assert SIGNATURE not in text, where
        assert SESSION not in text, where
    assert "X-Amz-Signature=***" in outputs[tmp_path / "reports" / "latest.json"]


# -- 6. bad settings and a hostile environment: a sentence and an exit code ------------------


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[fetch]\nper_host_spacing = inf", "fetch.per_host_spacing"),
        ("[fetch]\nper_host_spacing = nan", "fetch.per_host_spacing"),
        ("[fetch]\nper_host_spacing = 1e12", "fetch.per_host_spacing"),
        ("[fetch]\nper_host_concurrency = 1e9", "fetch.per_host_concurrency"),
        ("[fetch]\ntotal_timeout = inf", "fetch.total_timeout"),
        ("[fetch]\nretries = 1000000", "fetch.retries"),
        ("[history]\nconfirm_hours = inf", "history.confirm_hours"),
        ("[schedule]\nlock_wait_seconds = 1e300", "schedule.lock_wait_seconds"),
    ],
)
def test_an_unusable_setting_is_named_with_its_file(tmp_path: Path, line: str, key: str) -> None:
    config = tmp_path / "curator.toml"
    config.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(config)
    assert str(caught.value).startswith(f"{config}:2: {key}: ")  # the file, its line, the key


def _one_route(tmp_path: Path, web: FixtureWeb) -> list[str]:
    urls = [web.add("ok.example", f"/p{n}", body=html_page(f"Page {n}")) for n in range(5)]
    write_route(tmp_path / "routes", "back-pain", urls)
    return net("ok.example")


@pytest.mark.slow
def test_infinite_spacing_exits_2_at_once(tmp_path: Path, web: FixtureWeb) -> None:
    hosts = _one_route(tmp_path, web)
    (tmp_path / "curator.toml").write_text("[fetch]\nper_host_spacing = inf\n")
    proc = curator("run", "--no-progress", *hosts, cwd=tmp_path, timeout=30)
    assert proc.returncode == 2
    assert "curator.toml:2: fetch.per_host_spacing: Input should be a finite number" in proc.stderr
    assert web.log == []


@pytest.mark.slow
def test_an_unreachable_postgresql_store_exits_3_without_a_traceback(
    tmp_path: Path, web: FixtureWeb
) -> None:
    hosts = _one_route(tmp_path, web)
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    store = f"postgresql://editor:pg-s3cret@127.0.0.1:{port}/curator"
    (tmp_path / "curator.toml").write_text(f'store = "{store}"\n')
    for command in (["run", "--no-progress", *hosts], ["report"]):
        proc = curator(*command, cwd=tmp_path)
        assert proc.returncode == 3, proc.stderr
        assert f"postgresql://***@127.0.0.1:{port}/curator: cannot connect" in proc.stderr
        assert "Traceback" not in proc.stderr and "pg-s3cret" not in proc.stderr + proc.stdout


@pytest.mark.slow
def test_a_store_path_that_is_a_folder_exits_2(tmp_path: Path, web: FixtureWeb) -> None:
    hosts = _one_route(tmp_path, web)
    (tmp_path / "state-dir").mkdir()
    (tmp_path / "curator.toml").write_text('store = "state-dir"\n')
    proc = curator("run", "--no-progress", *hosts, cwd=tmp_path)
    assert proc.returncode == 2
    assert "state-dir: is a folder, not a state store file" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("every", ["99999999999999999999h", "1e400s", "400d", ".inf"])
def test_an_absurd_interval_in_schedules_yaml_is_a_line_problem(tmp_path: Path, every: str) -> None:
    (tmp_path / "routes").mkdir()
    (tmp_path / "schedules.yaml").write_text(
        f"jobs:\n  nightly:\n    kind: full\n    cron: '0 2 * * *'\n"
        f"  often:\n    kind: full\n    every: {every}\n"
    )
    proc = curator("schedule", "--list", cwd=tmp_path, timeout=30)
    assert proc.returncode == 2
    assert "schedules.yaml:7: job 'often': every: " in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_a_route_file_linked_to_itself_is_a_problem_and_the_rest_is_checked(
    tmp_path: Path, web: FixtureWeb
) -> None:
    hosts = _one_route(tmp_path, web)
    (tmp_path / "routes" / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    checked = curator("validate", cwd=tmp_path)
    assert checked.returncode == 2
    shown = checked.stdout + checked.stderr
    assert "routes/loop.yaml:1: symlink loops back on itself; not read" in shown
    ran = curator("run", "--no-progress", *hosts, cwd=tmp_path)
    assert ran.returncode in (0, 2), ran.stderr
    assert "Traceback" not in ran.stderr
    assert {s["state"] for s in report_of(tmp_path).values()} == {"alive"}


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs (root only: skipped otherwise)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_full_disk_ends_in_a_sentence_and_loses_nothing(
    tmp_path: Path, web: FixtureWeb, tiny_disk: Path
) -> None:
    hosts = _one_route(tmp_path, web)
    store = tiny_disk / "state.sqlite"
    (tmp_path / "curator.toml").write_text(f'store = "{store}"\n' + FAST_TOML, encoding="utf-8")
    reports = tiny_disk / "reports"
    first = curator("run", "--no-progress", "--reports", str(reports), *hosts, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert oct(store.stat().st_mode & 0o777) == "0o600"
    before = {p: p.read_bytes() for p in reports.rglob("*") if p.is_file()}
    with contextlib.suppress(OSError), (tiny_disk / "filler").open("wb") as filler:
        while True:  # fill the disk to its last byte
            filler.write(b"\0" * 4096)
            filler.flush()
    full = curator("run", "--no-progress", "--reports", str(reports), *hosts, cwd=tmp_path)
    assert full.returncode == 2
    assert "Traceback" not in full.stderr
    assert f"{store}: " in full.stderr and "the disk is full" in full.stderr
    assert {p: p.read_bytes() for p in reports.rglob("*") if p.is_file()} == before
    (tiny_disk / "filler").unlink()
    with contextlib.closing(sqlite3.connect(store)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM runs").fetchone() == (1,)


# -- 8. two runs on one PostgreSQL store never interleave -----------------------------------


def _slow_route(tmp_path: Path, web: FixtureWeb, seconds: float | threading.Event) -> list[str]:
    """A route whose first source answers after ``seconds`` (or once the event is set): a run
    that takes that long."""
    slow = web.add("slow.example", "/page", handler=stall_before_headers_then_page(seconds))
    urls = [slow] + [web.add("ok.example", f"/p{n}", body=html_page(f"Page {n}")) for n in range(4)]
    write_route(tmp_path / "routes", "back-pain", urls)
    return net("slow.example", "ok.example")


def stall_before_headers_then_page(
    seconds: float | threading.Event,
) -> Callable[[FixtureRequest], None]:
    def handler(req: FixtureRequest) -> None:
        if isinstance(seconds, threading.Event):
            seconds.wait(60)
        else:
            req.wait(seconds)
        req.respond(200, html_page("Slow but fine"))

    return handler


def _toml(store: str, lock_wait: float, timeout: float = 10) -> str:
    return (
        f'store = "{store}"\n'
        + FAST_TOML.replace(
            "total_timeout = 5", f"total_timeout = {timeout}\nread_timeout = {timeout}"
        ).replace("read_timeout = 2\n", "")
        + f"[schedule]\nlock_wait_seconds = {lock_wait}\n"
    )


def _start(tmp_path: Path, hosts: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "curator", "run", "--no-progress", *hosts],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _wait_for_lock(pg_url: str) -> None:
    import psycopg

    from curator.store.postgres import RUN_LOCK_KEY

    deadline = time.monotonic() + 30
    with psycopg.connect(pg_url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            held = conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND objid = %s",
                (RUN_LOCK_KEY & 0xFFFFFFFF,),
            ).fetchone()
            if held and held[0]:
                return
            time.sleep(0.05)
    raise AssertionError("the first run never took the lock")


@pytest.mark.slow
def test_a_second_run_on_a_busy_postgresql_store_exits_3(
    tmp_path: Path, web: FixtureWeb, pg_url: str
) -> None:
    # The first run holds the lock until the second has been turned away, however long a
    # loaded machine takes to start the second: its slow page answers only then.
    turned_away = threading.Event()
    hosts = _slow_route(tmp_path, web, turned_away)
    (tmp_path / "curator.toml").write_text(_toml(pg_url, 0, timeout=60))
    first = _start(tmp_path, hosts)
    try:
        _wait_for_lock(pg_url)
        second = curator("run", "--no-progress", *hosts, cwd=tmp_path)
    finally:
        turned_away.set()
        _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert second.returncode == 3, second.stderr
    assert "another run is using the state store postgresql://" in second.stderr
    assert "held by curator run (pid" in second.stderr
    assert web.count("slow.example", "/page") == 1  # the second run fetched nothing


@pytest.mark.slow
def test_a_second_run_on_a_postgresql_store_waits_its_turn(
    tmp_path: Path, web: FixtureWeb, pg_url: str
) -> None:
    import psycopg

    hosts = _slow_route(tmp_path, web, 3.0)
    (tmp_path / "curator.toml").write_text(_toml(pg_url, 60))
    first = _start(tmp_path, hosts)
    try:
        _wait_for_lock(pg_url)
        second = _start(tmp_path, hosts)
        assert second.wait(timeout=90) == 0, second.stderr.read() if second.stderr else ""
    finally:
        first.communicate(timeout=60)
    assert first.returncode == 0
    with psycopg.connect(pg_url) as conn:
        runs = conn.execute(
            "SELECT started_at, finished_at FROM runs ORDER BY started_at"
        ).fetchall()
    assert len(runs) == 2
    (_, first_end), (second_start, _) = runs
    assert second_start >= first_end  # one after the other, never interleaved


# -- 7. smaller holes -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["²", "٣", "１０", "1²", "⁵"])
def test_a_retry_after_of_unicode_digits_is_ignored(value: str) -> None:
    assert parse_retry_after(value) is None


def test_a_503_with_a_unicode_digit_retry_after_is_not_called_dead(
    web: FixtureWeb, make_fetcher: Callable[..., Fetcher]
) -> None:
    url = web.add("busy.example", "/page", status=503, headers={"Retry-After": "²"})
    result = make_fetcher(make_fast_settings(retries=1)).fetch(url)
    assert result.error is None and result.status == 503  # an answer, retried once, not a crash
    assert web.count("busy.example", "/page") == 2


def test_a_utf8_idn_host_in_a_location_header_is_followed(
    web: FixtureWeb, make_fetcher: Callable[..., Fetcher]
) -> None:
    web.resolver.add("xn--bcher-kva.example", "127.0.0.1")
    target = web.add("xn--bcher-kva.example", "/buch", body=html_page("Bücher"))
    utf8_location = target.replace("xn--bcher-kva", "bücher")

    def redirect(req: FixtureRequest) -> None:  # the raw UTF-8 bytes, as such servers send them
        location = b"Location: " + utf8_location.encode()
        req.write(b"HTTP/1.1 301 Moved\r\n" + location + b"\r\nContent-Length: 0\r\n\r\n")

    start = web.add("books.example", "/old", handler=redirect)
    result = make_fetcher().fetch(start)
    assert result.error is None and result.status == 200, result.error
    assert result.final_url == utf8_location
    assert web.count("xn--bcher-kva.example", "/buch") == 1


BIDI_TITLE = "Back pain \u202etxt.exe\u202c \u2066isolated\u2069 \x07bell\x1b[2J"


@pytest.mark.slow
def test_bidi_and_control_characters_of_a_title_reach_no_output(
    tmp_path: Path, web: FixtureWeb
) -> None:
    page = html_page(BIDI_TITLE, "<p>Back pain is common.</p>" * 20)
    urls = [web.add("bidi.example", "/p", body=page)]
    urls += [web.add("ok.example", f"/p{n}", body=html_page(f"Page {n}")) for n in range(4)]
    write_route(tmp_path / "routes", "bidi", urls)
    (tmp_path / "curator.toml").write_text(FAST_TOML, encoding="utf-8")
    proc = curator("run", *net("bidi.example", "ok.example"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert report_of(tmp_path)[urls[0]]["title"]  # the title is kept, as data, in the JSON
    shown = {p: p.read_text(encoding="utf-8") for p in (tmp_path / "reports").rglob("*.html")}
    shown[Path("stdout")], shown[Path("stderr")] = proc.stdout, proc.stderr
    assert any("txt.exe" in text for text in shown.values())
    for where, text in shown.items():
        for char in "\u202e\u202c\u2066\u2069\x07\x1b":
            assert char not in text, (where, repr(char))
    _open_with_a_malformed_hash(tmp_path / "reports" / "index.html", tmp_path)


def _open_with_a_malformed_hash(index: Path, workdir: Path) -> None:
    """The dashboard opened at ``#status=%`` (not valid percent-encoding) in headless Chromium:
    no script error, and the filters still work."""
    executable = require_chromium()
    with Browser.start(workdir, executable) as browser:
        page = browser.new_page(1280, 900)
        page.navigate(index.as_uri() + "#status=%")
        page.click("[data-filter-status='healthy']")
        assert page.evaluate("location.hash") == "#status=healthy"
        errors = [e for e in browser.events if e["method"] == "Runtime.exceptionThrown"]
    assert errors == []


def test_the_state_store_and_its_journal_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask: files would be 0644
    try:
        path = tmp_path / "fresh" / "state.sqlite"
        with SqliteStore(path) as store:
            store.start_run(RunRecord("r1", datetime.now(UTC)))
            made = sorted(p.name for p in path.parent.iterdir())
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
    finally:
        os.umask(old)
    assert made == ["state.sqlite", "state.sqlite-shm", "state.sqlite-wal"]
    assert set(modes.values()) == {0o600}
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600])
def test_a_rewritten_route_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    path = write_route(
        tmp_path / "routes", "back-pain", [f"https://h{n}.example/" for n in range(5)]
    )
    path.chmod(mode)
    document = load_route_document(path)
    document["reviewed"] = date(2026, 12, 5)
    save_route_document(document, path)
    assert "reviewed: 2026-12-05" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == mode


# -- all of it at once ------------------------------------------------------------------------

# Runs a command and writes the peak RSS (KiB) of its largest process to the file named first.
MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[2:]).returncode\n"
    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
    "sys.exit(code)\n"
)
NIGHT_TOML = (
    "[fetch]\nper_host_spacing = 0\nbackoff_base = 0.1\nbackoff_max = 0.5\nretries = 1\n"
    "connect_timeout = 5\nread_timeout = 10\ntotal_timeout = 15\n"
)
NIGHT_SECRETS = ("night-pw-7f3a", SIGNATURE, SESSION)


def _plant_the_hostile_web(web: FixtureWeb) -> list[str]:
    """One URL per attack of issue 14 (and faultweb's older faults), each on a host of its own."""
    page = html_page("Back pain explained", "<p>Back pain is common and treatable.</p>" * 20)
    rot13 = page.replace("<head>", "<head><meta charset=x>").replace("charset=x", "charset=rot13")
    base64 = {"Content-Type": "text/html; charset=base64"}
    urls = [plant(web, name) for name in FAULTS]
    urls.append(web.add("rot13.example", "/p", body=rot13))
    urls.append(web.add("b64.example", "/p", body=page, headers=base64))
    for body in ("endless", "bomb", "trickle"):
        host = f"robots-{body}.example"
        web.add(host, "/robots.txt", handler=redirect_with_body(web.url(host, "/r.txt"), body))
        web.add(host, "/r.txt", body="User-agent: *\nDisallow:\n")
        urls.append(web.add(host, "/p", body=page))
    urls.append(web.add("slow-headers.example", "/p", handler=trickle_headers(0.5)))
    web.add("signed.example", "/new%20report.pdf", body=page)
    signed = f"/new report.pdf?X-Amz-Signature={SIGNATURE}"
    urls.append(web.redirect("signed.example", "/old", signed))
    urls.append(web.add("java.example", f"/app;jsessionid={SESSION}", body=page))
    with_password = web.add("auth.example", "/p", body=page)
    urls.append(with_password.replace("http://", "http://ed:night-pw-7f3a@"))
    urls.append(web.add("busy.example", "/p", status=503, headers={"Retry-After": "²"}))
    utf8 = web.add("xn--bcher-kva.example", "/b", body=page).replace("xn--bcher-kva", "bücher")
    moved = b"HTTP/1.1 301 Moved\r\nLocation: " + utf8.encode() + b"\r\nContent-Length: 0\r\n\r\n"
    urls.append(web.add("idn.example", "/old", handler=lambda req: req.write(moved)))
    bidi = html_page(BIDI_TITLE, "<p>Back pain.</p>" * 20)
    urls.append(web.add("bidi.example", "/p", body=bidi))
    return urls


def _host(url: str) -> str:
    return url.split("//")[-1].split("/")[0].split("@")[-1].split(":")[0]


@pytest.mark.slow
def test_one_night_against_every_hostile_host_at_once(tmp_path: Path, web: FixtureWeb) -> None:
    urls = _plant_the_hostile_web(web)
    urls += healthy(web, -len(urls) % 5)
    for n in range(0, len(urls), 5):
        write_route(tmp_path / "routes", f"hostile-{n // 5}", urls[n : n + 5])
    (tmp_path / "curator.toml").write_text(NIGHT_TOML, encoding="utf-8")
    hosts = sorted({_host(url) for url in urls} | {"xn--bcher-kva.example"})
    rss_file = tmp_path / "rss"
    began = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(rss_file), sys.executable, "-m", "curator", "run",
         "--no-progress", *net(*hosts)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    took = time.monotonic() - began
    peak_mib = int(rss_file.read_text()) / 1024
    print(f"hostile night: {len(urls)} sources, {took:.1f} s, peak RSS {peak_mib:.0f} MiB")
    assert proc.returncode in (0, 1), proc.stderr  # 1: routes with dead sources are broken
    assert "Traceback" not in proc.stderr
    assert took < 60, took  # one 15 s attempt and one retry per hostile host, hosts in parallel
    assert peak_mib < 400, peak_mib
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    states = [s["state"] for r in report["routes"] for s in r["sources"]]
    assert len(states) == len(urls) and all(states)
    outputs = {p: p.read_text(encoding="utf-8") for p in (tmp_path / "reports").rglob("*.*")}
    outputs[Path("stdout")], outputs[Path("stderr")] = proc.stdout, proc.stderr
    for where, text in outputs.items():
        for secret in NIGHT_SECRETS:
            assert secret not in text, (where, secret)
    by_host = {_host(s["url"]): s for r in report["routes"] for s in r["sources"]}
    assert by_host["rot13.example"]["state"] == by_host["b64.example"]["state"] == "alive"
    for body in ("endless", "bomb", "trickle"):
        assert by_host[f"robots-{body}.example"]["state"] == "alive"
    slow = by_host["slow-headers.example"]
    assert slow["state"] == "dead" and "before the response headers" in slow["error"]["message"]
    assert by_host["idn.example"]["state"] == "moved", by_host["idn.example"]["error"]
    busy = by_host["busy.example"]  # a 503 answered twice: judged on its status, not a crash
    assert busy["http_status"] == 503 and busy["error"]["kind"] == "http-status"
