"""``curator report`` and ``curator run`` as a user runs them: real processes, real store."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html

from conftest import make_fast_settings
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario
from test_cli import _serve_route, curator

ALL_FILES = ("latest.json", "latest.md", "index.html", "digest.md", "junit.xml")


def test_report_rerenders_every_file_from_the_store_without_fetching(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = ReportScenario(web, tmp_path, make_fast_settings())
    s.run(0)
    s.move()
    last = s.run(1.5)
    requests_before = web.count()

    proc = curator("report", "--reports", "out", "--store", str(s.store_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert web.count() == requests_before  # not one request during `curator report`
    assert f"reports for run {last.run.id} written to out/" in proc.stderr

    out = tmp_path / "out"
    assert all((out / name).is_file() for name in ALL_FILES)
    assert sorted(p.name for p in (out / "routes").iterdir()) == [
        f"{slug}.html" for slug in sorted(s.urls)
    ]
    assert json.loads((out / "latest.json").read_text())["run"]["id"] == last.run.id
    index = lxml.html.fromstring((out / "index.html").read_bytes())
    assert index.get_element_by_id("count-broken").find_class("num")[0].text == "2"
    assert len(index.xpath("//*[local-name()='polyline'][@class='line broken']")) == 1
    digest = (out / "digest.md").read_text()
    assert "2 newly broken, 1 moved" in digest  # compared with the run before it
    assert ET.parse(out / "junit.xml").getroot().find("testsuite") is not None


def test_report_with_no_runs_or_no_store_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    SqliteStore(empty).close()
    proc = curator("report", "--store", str(empty), cwd=tmp_path)
    assert proc.returncode == 2
    assert "no finished run to report on; run `curator run` first" in proc.stderr
    assert not (tmp_path / "reports").exists()

    proc = curator("report", "--store", "missing.sqlite", cwd=tmp_path)
    assert proc.returncode == 2 and "missing.sqlite: no state store there" in proc.stderr
    assert not (tmp_path / "missing.sqlite").exists()


def test_run_writes_the_dashboard_digest_and_junit(tmp_path: Path, web: FixtureWeb) -> None:
    resolve = _serve_route(web, tmp_path, dead=True)
    for _ in range(2):
        proc = curator("run", "--allow-private-networks", "--no-progress", *resolve, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    reports = tmp_path / "reports"
    assert all((reports / name).is_file() for name in ALL_FILES)
    assert (reports / "routes" / "back-pain.html").is_file()
    said = proc.stderr.split("reports written to reports/ (")[1].split(")")[0].split(", ")
    assert set(said) == {*ALL_FILES, "curator.sarif", "routes/*.html"}  # what was written
    assert "No changes since the previous run" in (reports / "digest.md").read_text()
    index = lxml.html.fromstring((reports / "index.html").read_bytes())
    assert "dead" in [o.get("value") for o in index.xpath("//select[@id='flag-filter']/option")]
