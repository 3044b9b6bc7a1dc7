"""The gate's pieces on their own: what counts as changed, how the policy judges, escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from curator.catalog import load_route
from curator.exitcodes import Exit
from curator.gate import junit
from curator.gate.changes import RouteChange, base_text, changed_route_files, describe
from curator.gate.evaluate import GateFinding, evaluate, inconclusive_reason
from curator.gate.outcome import GateOutcome
from curator.gate.output import annotation, escape_data, escape_property
from curator.gate.policy import GateRule
from curator.report.model import ErrorInfo, Report, RouteReport, RunInfo, SourceReport
from curator.settings import GatePolicy
from curator.states import ErrorKind, Flag, LinkState, RouteStatus
from routefiles import write_route
from test_gate import commit, make_repo

TODAY = date(2026, 11, 23)
URLS = [f"https://s{i}.example.org/page" for i in range(5)]


def _route_file(repo: Path, **kwargs: str) -> Path:
    return write_route(repo / "routes", "back-pain", URLS, **kwargs)


def _change(repo: Path, rev: str = "HEAD") -> RouteChange:
    route, problems = load_route(repo / "routes" / "back-pain.yaml", today=TODAY)
    assert route is not None and not problems
    return describe(route, base_text(route.path, rev), compared=True, today=TODAY)


def test_changed_sources_are_new_urls_and_new_blurbs_not_reorderings(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    path = _route_file(repo)
    commit(repo, "route")
    text = path.read_text()
    text = text.replace(URLS[0], "https://new.example.org/page")  # a new URL
    text = text.replace("What source 2 says", "What source 2 now says")  # an altered blurb
    text = text.replace("name: Source 4", "name: Source Four")  # an altered name
    path.write_text(text)
    change = _change(repo)
    assert change.changed_urls == {"https://new.example.org/page", URLS[1], URLS[3]}
    assert not change.reviewed_moved and not change.new_file
    assert change.reviewed_line == 3

    commit(repo, "edits")
    swapped = path.read_text().replace(URLS[2], "SWAP").replace(URLS[4], URLS[2])
    swapped = swapped.replace("SWAP", URLS[4]).replace(
        "reviewed: 2026-11-01", "reviewed: 2026-11-20"
    )
    path.write_text(swapped)
    change = _change(repo)
    # Swapping two URLs gives each a new name and blurb: both count as altered.
    assert change.changed_urls == {URLS[2], URLS[4]}
    assert change.reviewed_moved


def test_new_file_counts_every_source_as_added(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write_route(repo / "routes", "other", URLS)
    commit(repo, "another route")
    _route_file(repo)  # untracked: git diff alone would not list it
    touched = changed_route_files(repo / "routes", "HEAD")
    assert [p.name for p in touched.present] == ["back-pain.yaml"]
    change = _change(repo)
    assert change.new_file and change.changed_urls == set(URLS) and change.reviewed_moved


def _source(rank: int, **overrides: object) -> SourceReport:
    values: dict[str, object] = {
        "rank": rank, "name": f"Source {rank}", "url": URLS[rank - 1], "state": LinkState.ALIVE,
        "http_status": 200, "final_url": None, "title": None, "description": None, "flags": [],
        "error": None, "checked_at": datetime(2026, 11, 23, tzinfo=UTC),
        "consecutive_failures": 0, "confirmed": False, "line": 4 + 3 * rank,
    }  # fmt: skip
    return SourceReport.model_validate({**values, **overrides})


def _report(*sources: SourceReport) -> Report:
    now = datetime(2026, 11, 23, tzinfo=UTC)
    return Report(
        run=RunInfo(id="r1", started_at=now, finished_at=now, inconclusive=False),
        routes=[
            RouteReport(
                slug="back-pain",
                title="Back Pain",
                status=RouteStatus.STALE,
                findings=[],
                sources=[*sources, *(_source(rank) for rank in range(len(sources) + 1, 6))],
            )
        ],
    )


@pytest.mark.parametrize("flag", [Flag.CHANGED, Flag.UNSUPPORTED])
def test_drift_fails_unless_the_change_moves_the_reviewed_date(tmp_path: Path, flag: Flag) -> None:
    repo = make_repo(tmp_path)
    path = _route_file(repo)
    commit(repo, "route")
    report = _report(_source(1, flags=[flag]))
    path.write_text(path.read_text().replace("A summary", "A reworded summary"))
    (finding,) = evaluate(
        report, {"back-pain": _change(repo)}, GatePolicy(), review_max_age_days=365, today=TODAY
    )
    assert finding.rule is GateRule.STALE_UNREVIEWED and finding.fails
    assert finding.line == 7 and flag.value in finding.message
    assert "curator approve back-pain" in finding.advice and "line 3" in finding.advice

    as_warning = GatePolicy(stale_unreviewed="warn")
    (finding,) = evaluate(
        report, {"back-pain": _change(repo)}, as_warning, review_max_age_days=365, today=TODAY
    )
    assert not finding.fails

    path.write_text(path.read_text().replace("reviewed: 2026-11-01", "reviewed: 2026-11-23"))
    findings = evaluate(
        report, {"back-pain": _change(repo)}, GatePolicy(), review_max_age_days=365, today=TODAY
    )
    assert findings == []  # the editor says they checked: drift is excused


def test_untouched_offsite_redirect_only_warns_and_ignore_silences(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    _route_file(repo)
    commit(repo, "route")
    path = repo / "routes" / "back-pain.yaml"
    path.write_text(path.read_text().replace("A summary", "Another summary"))
    report = _report(_source(1, flags=[Flag.OFFSITE_REDIRECT], final_url="https://x.example.net/"))
    (finding,) = evaluate(
        report, {"back-pain": _change(repo)}, GatePolicy(), review_max_age_days=365, today=TODAY
    )
    assert finding.rule is GateRule.OFFSITE_REDIRECT and not finding.fails
    silenced = GatePolicy(offsite_redirect="ignore")
    assert (
        evaluate(
            report, {"back-pain": _change(repo)}, silenced, review_max_age_days=365, today=TODAY
        )
        == []
    )


def test_inconclusive_only_when_every_live_check_failed_at_network_level() -> None:
    down = ErrorInfo(kind=ErrorKind.DNS, message="no such host")
    gone = ErrorInfo(kind=ErrorKind.HTTP_STATUS, message="HTTP 404")
    offline = _report(_source(1, state=LinkState.DEAD, error=down))
    reason = inconclusive_reason(offline, frozenset({URLS[0]}))
    assert reason is not None and "network level (dns)" in reason
    # One network failure among answers that came back: the network works, the host does not.
    assert inconclusive_reason(offline, frozenset(URLS[:2])) is None
    dead = _report(_source(1, state=LinkState.DEAD, error=gone))
    assert inconclusive_reason(dead, frozenset({URLS[0]})) is None
    assert inconclusive_reason(dead, frozenset()) is None  # nothing fetched: all from the store


def test_workflow_command_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = annotation("error", "bad: x, y\nz", file=Path("routes/a,b.yaml"), line=4, title="t: 1")
    assert line == "::error file=routes/a%2Cb.yaml,line=4,title=t%3A 1::bad: x, y%0Az"
    assert annotation("warning", "plain") == "::warning::plain"


def test_junit_survives_control_characters() -> None:
    path = Path("routes/back-pain.yaml")
    finding = GateFinding(
        rule=GateRule.ADDED_BROKEN, fails=True, path=path, line=7, slug="back-pain",
        title="dead source added", message="#1 Evil\x1b[2J <tag> & co\x00", advice="replace it",
    )  # fmt: skip
    xml = junit.render(GateOutcome(Exit.FAILED, findings=(finding,), touched=(path,)))
    failure = ET.fromstring(xml).find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "#1 Evil[2J <tag> & co"
    assert failure.get("type") == "added-broken"


def test_gate_junit_counts_add_up_like_the_reports() -> None:
    """One JUnit writer for the run and the gate: the gate's suites and root carry the counts
    CI dashboards read, computed from the cases as the run's junit.xml computes them."""
    path, other = Path("routes/back-pain.yaml"), Path("routes/neck-pain.yaml")
    fails = GateFinding(
        rule=GateRule.ADDED_BROKEN, fails=True, path=path, line=7, slug="back-pain",
        title="dead source added", message="#1 gone", advice="replace it",
    )  # fmt: skip
    warns = replace(fails, rule=GateRule.WATCHING, fails=False, message="#2 failing once")
    outcome = GateOutcome(Exit.FAILED, findings=(fails, warns), touched=(path, other))
    root = ET.fromstring(junit.render(outcome))
    counts = {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")}
    assert counts == {"tests": "3", "failures": "1", "errors": "0", "skipped": "0"}
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert suites["routes/neck-pain.yaml"].get("tests") == "1"  # a green route is still listed
    assert suites["routes/back-pain.yaml"].get("failures") == "1"
    (warning,) = [c for c in root.iter("testcase") if c.find("system-out") is not None]
    assert (warning.findtext("system-out") or "").startswith("warning: #2 failing once")
