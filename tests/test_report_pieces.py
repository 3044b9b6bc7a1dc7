"""latest.json and curator.sarif are written a route (a result) at a time, and read byte for
byte as the whole document rendered at once would."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from conftest import make_fast_settings
from curator.report import json_report, junit, markdown, sarif
from curator.report.model import Finding, Report, RouteReport, RunInfo, SourceReport
from curator.report.outputs import write_all
from curator.states import LinkState, RouteStatus
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario

NOW = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
# Text that looks like the document's own layout, and text beyond ASCII.
TRICKY = '\n  "routes": [] "results":[]}]} Ünïcödé — 日本'


def _report(routes: int, problems: list[str] | None = None) -> Report:
    def source(rank: int, slug: str) -> SourceReport:
        return SourceReport(
            rank=rank, name=f"Source {rank}", url=f"http://s{rank}.example.org/{slug}",
            state=LinkState.DEAD if rank == 2 else LinkState.ALIVE, http_status=200,
            final_url=None, title=TRICKY, description=TRICKY, flags=[], error=None,
            checked_at=NOW, consecutive_failures=0, confirmed=rank == 2, line=rank * 3,
        )  # fmt: skip

    return Report(
        run=RunInfo(id="r1", started_at=NOW, finished_at=NOW, inconclusive=False, reason=TRICKY),
        routes=[
            RouteReport(
                slug=f"route-{n}",
                title=TRICKY,
                status=RouteStatus.BROKEN,
                findings=[Finding(code="dead", message=f"#2 Source 2: {TRICKY}", rank=2)],
                sources=[source(rank, f"route-{n}") for rank in range(1, 6)],
                path=f"routes/route-{n}.yaml",
            )
            for n in range(routes)
        ],
        problems=problems or [],
    )


def test_json_in_pieces_reads_as_the_whole_document() -> None:
    for report in (_report(0), _report(1), _report(3, problems=[f"routes/x.yaml:2: {TRICKY}"])):
        pieces = list(json_report.pieces(report))
        assert "".join(pieces) == report.to_json() + "\n"
        assert len(pieces) == (1 if not report.routes else len(report.routes) + 2)
        assert (
            json.loads("".join(pieces))["routes"][-1:]
            == json.loads(report.to_json())["routes"][-1:]
        )


def test_sarif_in_pieces_reads_as_one_dump() -> None:
    for report in (_report(0), _report(2, problems=[f"routes/x.yaml:2: {TRICKY}"])):
        results = sarif.from_report(report)
        text = "".join(sarif.pieces(results))
        log = json.loads(text)
        assert text == json.dumps(log, ensure_ascii=False, separators=(",", ":")) + "\n"
        assert len(log["runs"][0]["results"]) == len(results)


def test_written_files_are_the_whole_documents(web: FixtureWeb, tmp_path: Path) -> None:
    s = ReportScenario(web, tmp_path / "site", make_fast_settings())
    report = s.run(0)
    write_all(report, tmp_path / "reports")
    written = (tmp_path / "reports" / "latest.json").read_text(encoding="utf-8")
    assert written == report.to_json() + "\n"
    log = (tmp_path / "reports" / "curator.sarif").read_text(encoding="utf-8")
    assert log == sarif.render(sarif.from_report(report))
    assert json.loads(log)["runs"][0]["results"]


def test_markdown_written_is_the_whole_document(web: FixtureWeb, tmp_path: Path) -> None:
    s = ReportScenario(web, tmp_path / "site", make_fast_settings())
    report = s.run(0)
    write_all(report, tmp_path / "reports")
    written = (tmp_path / "reports" / "latest.md").read_text(encoding="utf-8")
    assert written == markdown.render(report)
    assert written.startswith("# Link health") and written.count("\n## ") == len(report.routes)
    pieces = list(markdown.pieces(report))
    assert len(pieces) == len(report.routes) + 2


def test_junit_in_pieces_reads_as_one_tree() -> None:
    """The cases laid out one by one read as ElementTree lays out the whole tree, for the run's
    one suite and for the gate's several (one without cases)."""
    case = junit.Case
    suites = [
        junit.Suite(
            "a",
            [case("c", "x", "failure", "m<", "k", f"d {TRICKY}", "o", "f.yaml", 3, "0"),
             case("c", "y", "skipped", "s")],
            properties=(("k", "v"),),
            errors_text="err",
        ),
        junit.Suite("b", []),
        junit.Suite("c", [case("c", "z", output=f"out {TRICKY}")], time="1.0", timestamp="2026"),
    ]  # fmt: skip
    for chosen in (suites, suites[:1], suites[1:2], suites[2:], []):
        text = junit.render_suites("g", chosen)
        root = ET.fromstring(text.encode())
        ET.indent(root)
        whole = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
        assert text == whole
        assert len(root.findall("testsuite/testcase")) == sum(len(s.cases) for s in chosen)
    report = _report(3)
    assert "".join(junit.pieces(report)) == junit.render(report)
    assert len(ET.fromstring(junit.render(report).encode()).findall(".//testcase")) == 3
