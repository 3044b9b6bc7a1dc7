"""Report files are never seen half-written, even by a reader polling while they are rewritten."""

from __future__ import annotations

import json
import os
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

from conftest import make_fast_settings
from curator.report.formats import outputs
from curator.report.model import Report
from curator.report.outputs import FILES, UnsafeReportPath, write_all
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario


def _big(report: Report, copies: int) -> Report:
    """The report with its routes repeated under new slugs: large files widen any torn-write gap."""
    routes = [
        route.model_copy(update={"slug": f"{route.slug}-{n}"})
        for n in range(copies)
        for route in report.routes
    ]
    return report.model_copy(update={"routes": routes})


def _whole(path: Path, text: str) -> bool:
    if path.suffix == ".json":
        json.loads(text)
        return True
    if path.suffix == ".xml":
        ET.fromstring(text)
        return True
    if path.suffix == ".html":
        return text.rstrip().endswith("</html>")
    return text.endswith("\n") and text.startswith("# ")


def test_readers_never_see_a_torn_report(web: FixtureWeb, tmp_path: Path) -> None:
    report = _big(ReportScenario(web, tmp_path, make_fast_settings()).run(0), copies=10)
    reports = tmp_path / "reports"
    write_all(report, reports)
    watched = [reports / name for name in ("latest.json", "latest.md", "index.html", "junit.xml")]
    watched.append(reports / "routes" / "back-pain-7.html")
    done = threading.Event()
    errors: list[BaseException] = []

    def rewrite() -> None:
        try:
            for _ in range(5):
                write_all(report, reports)
        except BaseException as exc:
            errors.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=rewrite)
    writer.start()
    reads = torn = 0
    while not done.is_set():
        for path in watched:
            text = path.read_text(encoding="utf-8")
            reads += 1
            try:
                whole = _whole(path, text)
            except (ValueError, ET.ParseError):
                whole = False
            torn += not whole
    writer.join()
    assert not errors, errors
    assert reads > 20 and torn == 0
    assert not list(reports.rglob("*.tmp")), "no temporary files are left behind"


def test_a_failure_partway_through_leaves_every_old_file_in_place(
    web: FixtureWeb, tmp_path: Path
) -> None:
    scenario = ReportScenario(web, tmp_path, make_fast_settings())
    first, second = scenario.run(0), scenario.run(1)
    reports = tmp_path / "reports"
    write_all(first, reports)
    before = {p: p.read_bytes() for p in reports.rglob("*") if p.is_file()}
    # The route pages' folder now leads out of reports/: the index and the JSON are already
    # rendered and staged when the first route page is refused.
    routes = reports / "routes"
    routes.rename(tmp_path / "old-routes")
    (tmp_path / "elsewhere").mkdir()
    routes.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(UnsafeReportPath):
        write_all(second, reports)
    after = {p: p.read_bytes() for p in reports.rglob("*") if p.is_file()}
    assert after == {p: b for p, b in before.items() if p.parent == reports}
    assert not list(tmp_path.rglob("*.tmp")), "staged files are removed, not left behind"


def test_temporaries_left_by_a_killed_writer_are_swept_later(
    web: FixtureWeb, tmp_path: Path
) -> None:
    report = ReportScenario(web, tmp_path, make_fast_settings()).run(0)
    reports = tmp_path / "reports"
    write_all(report, reports)
    old = reports / ".latest.json.k1ll3d.tmp"
    old_page = reports / "routes" / ".back-pain.html.k1ll3d.tmp"
    fresh = reports / ".index.html.1nuse.tmp"  # perhaps another writer's, at work right now
    for path in (old, old_page, fresh):
        path.write_text("{half", encoding="utf-8")
    two_hours_ago = time.time() - 7200
    for path in (old, old_page):
        os.utime(path, (two_hours_ago, two_hours_ago))
    write_all(report, reports)
    assert not old.exists() and not old_page.exists()
    assert fresh.exists()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_reports_get_the_umask_modes(
    tmp_path: Path, web: FixtureWeb, umask: int, mode: int
) -> None:
    """A web server running as another user can serve the dashboard (0644 under umask 022)."""
    from clirun import curator
    from test_cli import _serve_route

    resolve = _serve_route(web, tmp_path)
    proc = curator("run", "--allow-private-networks", *resolve, cwd=tmp_path, umask=umask)
    assert proc.returncode == 0, proc.stderr
    reports = tmp_path / "reports"
    written = [*reports.glob("*.*"), *(reports / "routes").glob("*.html")]
    assert len(written) >= 6
    assert {oct(p.stat().st_mode & 0o777) for p in written} == {oct(mode)}


def test_every_registered_output_is_written_and_named(web: FixtureWeb, tmp_path: Path) -> None:
    """The registry is the one list of outputs: what is written is what FILES names."""
    names = [output.name for output in outputs()]
    assert names == sorted(set(names))  # one module each, found by listing the package
    assert {"json", "markdown", "html", "digest", "junit", "sarif"} <= set(names)
    report = ReportScenario(web, tmp_path, make_fast_settings()).run(0)
    written = write_all(report, tmp_path / "reports")
    relative = {path.relative_to(tmp_path / "reports").as_posix() for path in written}
    assert {name for name in FILES if "*" not in name} <= relative
    assert all(any(PurePosixPath(path).match(name) for name in FILES) for path in relative), (
        relative
    )
