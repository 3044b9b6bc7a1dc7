"""The gate's verdict as SARIF, through the one SARIF writer (:mod:`curator.report.sarif`).

Each gate finding is a result of its gate rule (``added-broken``, ``confirmed-broken`` ...) at the
offending route file and line; failures are errors and warnings warnings, as the annotations
say. Route files that failed validation are ``invalid-route`` errors at their line. An
inconclusive or stopped gate has no result to place on a line, so its log is empty: code
scanning then closes nothing and opens nothing.
"""

from __future__ import annotations

from pathlib import Path

from curator.gate.outcome import GateOutcome
from curator.report import sarif
from curator.report.files import write_atomic


def results(outcome: GateOutcome) -> list[sarif.Result]:
    found = [
        sarif.Result("invalid-route", "error", problem.message, problem.path, problem.line)
        for problem in outcome.problems
    ]
    found += [
        sarif.Result(
            rule=finding.rule.value,
            level="error" if finding.fails else "warning",
            message=f"{finding.message}\nWhat to do: {finding.advice}",
            path=finding.path,
            line=finding.line,
            url=finding.url,
        )
        for finding in outcome.findings
    ]
    return found


def write(outcome: GateOutcome, path: Path) -> None:
    write_atomic(path, sarif.render(results(outcome), tool="curator gate"))
