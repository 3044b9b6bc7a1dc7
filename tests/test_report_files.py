"""Report files are never seen half-written, even by a reader polling while they are rewritten."""

from __future__ import annotations

import json
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import make_fast_settings
from curator.report.model import Report
from curator.report.outputs import write_all
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
