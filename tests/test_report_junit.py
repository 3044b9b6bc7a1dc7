"""junit.xml as a CI dashboard reads it: valid XML, one case per route, honest counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import make_fast_settings
from curator.report import junit
from curator.report.model import Report
from curator.report.outputs import write_all
from curator.states import Flag, RouteStatus
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in root.iter("testcase")}


def test_broken_fail_others_pass_and_counts_match(web: FixtureWeb, tmp_path: Path) -> None:
    s = ReportScenario(web, tmp_path, make_fast_settings())
    s.run(0)
    report = s.run(1.5)
    write_all(report, tmp_path / "reports")
    root = ET.parse(tmp_path / "reports" / "junit.xml").getroot()
    (suite,) = root.iter("testsuite")
    assert {k: suite.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "5",
        "failures": "2",
        "errors": "0",
        "skipped": "0",
    }
    by_slug = cases(root)
    assert set(by_slug) == {"back-pain", "leg-pain", "sciatica", "neck-pain", "arthritis"}
    assert {case.get("classname") for case in by_slug.values()} == {"curator.routes"}
    failure = by_slug["leg-pain"].find("failure")
    assert failure is not None
    assert "#3 Source 3: the page is gone (HTTP 404)" in failure.get("message", "")
    assert "[dead] #3 Source 3" in (failure.text or "")
    assert by_slug["back-pain"].find("failure") is None
    assert by_slug["back-pain"].find("skipped") is None
    # A blocked source is worth a note in the log, not a red build.
    out = by_slug["arthritis"].find("system-out")
    assert out is not None and "[blocked] #5 Source 5" in (out.text or "")


def _with(report: Report, slug: str, **changes: object) -> Report:
    routes = [r.model_copy(update=changes) if r.slug == slug else r for r in report.routes]
    return report.model_copy(update={"routes": routes})


def test_stale_passes_with_its_reasons_unknown_is_skipped_and_hostile_text_survives(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = ReportScenario(web, tmp_path, make_fast_settings())
    report = s.run(0)
    back = next(r for r in report.routes if r.slug == "back-pain")
    hostile = back.sources[1].model_copy(
        update={"flags": [Flag.RETITLED], "name": 'Bad <x> & "quotes" \x07\x1b[31m ]]>'}
    )
    report = _with(
        report,
        "back-pain",
        status=RouteStatus.STALE,
        sources=[back.sources[0], hostile, *back.sources[2:]],
        title="Back </testcase> Pain \ud800",
    )
    report = _with(report, "leg-pain", status=RouteStatus.UNKNOWN)
    text = junit.render(report)
    root = ET.fromstring(text)  # parses: control characters and surrogates were removed
    (suite,) = root.iter("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "0", "1")
    by_slug = cases(root)
    stale = by_slug["back-pain"]
    assert stale.find("failure") is None and stale.find("skipped") is None
    out = stale.find("system-out")
    assert out is not None and out.text is not None
    assert "stale: Back </testcase> Pain" in out.text
    assert '#2 Bad <x> & "quotes" [31m ]]>: retitled' in out.text
    assert by_slug["leg-pain"].find("skipped") is not None
