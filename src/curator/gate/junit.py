"""The gate's verdict as JUnit XML, through the one JUnit writer (:mod:`curator.report.junit`).

One test suite per gated route file, one test case per gate rule that fired (failures as
``<failure>``, warnings as passing cases with the warning in ``<system-out>``), plus one passing
case per route with nothing to say, so a green run still lists what was gated. Invalid route
files are ``<error>`` cases; an inconclusive gate marks its cases ``<skipped>``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from curator.catalog import Problem
from curator.gate.evaluate import GateFinding
from curator.gate.outcome import GateOutcome
from curator.gate.output import display_path
from curator.report.files import write_atomic
from curator.report.junit import Case, Suite, render_suites


def suites(outcome: GateOutcome) -> list[Suite]:
    by_file: dict[Path, list[GateFinding]] = defaultdict(list)
    for finding in outcome.findings:
        by_file[finding.path].append(finding)
    problems_by_file: dict[Path, list[Problem]] = defaultdict(list)
    for problem in outcome.problems:
        problems_by_file[problem.path].append(problem)
    found = []
    for path in sorted({*outcome.touched, *problems_by_file}):
        name = display_path(path)
        cases = [
            Case(
                name, f"valid route file (line {problem.line})", "error", problem.message,
                "invalid-route", file=name, line=problem.line,
            )
            for problem in problems_by_file.get(path, [])
        ]  # fmt: skip
        if outcome.inconclusive and path in outcome.touched:
            cases.append(Case(name, "sources checked", "skipped", outcome.inconclusive, file=name))
        cases += [_finding(name, finding) for finding in by_file.get(path, [])]
        found.append(Suite(name, cases or [Case(name, "gate", file=name)]))
    return found


def _finding(name: str, finding: GateFinding) -> Case:
    title = f"{finding.rule}: {finding.title}"
    text = f"{finding.message}\nWhat to do: {finding.advice}"
    if finding.fails:
        return Case(
            name, title, "failure", finding.message, finding.rule, text,
            file=name, line=finding.line,
        )  # fmt: skip
    return Case(name, title, output=f"warning: {text}", file=name, line=finding.line)


def render(outcome: GateOutcome) -> str:
    return render_suites("curator gate", suites(outcome))


def write(outcome: GateOutcome, path: Path) -> None:
    write_atomic(path, render(outcome))
