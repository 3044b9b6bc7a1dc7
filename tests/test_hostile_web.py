"""The hostile web: one host that tries to stop or poison a whole nightly run.

Each case serves one attack from a real local socket (fixtureweb) and checks what a user would
notice: the run ends, every source has a state, nothing private is fetched, no secret is shown.
The whole-run case at the end plants every attack at once.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from curator.extract.charset_labels import CODEC_BY_LABEL
from curator.extract.decode import codec_for_label, decode_html, detect_encoding
from curator.fetch.result import FetchResult
from curator.inspect import Wants, inspect
from curator.states import ErrorKind
from fixtureweb import FixtureWeb, html_page
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
