"""How the gate speaks: GitHub Actions annotations in CI, a one-screen summary for people.

Annotations are workflow commands on stdout (``::error file=...,line=...,title=...::message``);
GitHub puts them on the offending line of the pull request's diff. The summary, the gate's
verdict, goes to stdout too, like every command's results: ``> file`` and ``| tee`` keep it.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from curator.exitcodes import Exit
from curator.gate.evaluate import GateFinding
from curator.gate.outcome import GateOutcome
from curator.report.text import md_cell, plain

SCREEN_FINDINGS = 15
"""Findings listed in the summary before it says "and N more": one screen, not a log to scroll."""

_VERDICT = {
    Exit.OK: "passed",
    Exit.FAILED: "FAILED",
    Exit.BAD_INPUT: "bad input",
    Exit.INCONCLUSIVE: "inconclusive",
}


def in_github_actions(environ: dict[str, str] | None = None) -> bool:
    return (os.environ if environ is None else environ).get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """GitHub's escaping for a workflow command's message (its toolkit's ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """GitHub's escaping for a property value (``escapeProperty``): data rules plus ``:`` ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(
    level: str, message: str, *, file: Path | None = None, line: int = 0, title: str = ""
) -> str:
    props = []
    if file is not None:
        props.append(f"file={escape_property(display_path(file))}")
        if line > 0:
            props.append(f"line={line}")
    if title:
        props.append(f"title={escape_property(title)}")
    head = f"::{level} {','.join(props)}" if props else f"::{level}"
    return f"{head}::{escape_data(message)}"


def write_annotations(outcome: GateOutcome, out: TextIO) -> None:
    for problem in outcome.problems:
        out.write(
            annotation(
                "error",
                problem.message,
                file=problem.path,
                line=problem.line,
                title="curator: invalid route file",
            )
            + "\n"
        )
    for finding in outcome.findings:
        level = "error" if finding.fails else "warning"
        message = f"{finding.message}\nWhat to do: {finding.advice}"
        title = f"curator gate: {finding.title}"
        out.write(annotation(level, message, file=finding.path, line=finding.line, title=title))
        out.write("\n")
    if outcome.inconclusive:
        out.write(annotation("warning", outcome.inconclusive, title="curator gate: inconclusive"))
        out.write("\n")
    if outcome.error:
        out.write(annotation("error", outcome.error, title="curator gate") + "\n")


def write_summary(outcome: GateOutcome, out: TextIO) -> None:
    """The one-screen summary: a headline, then each finding with what to do."""
    out.write(headline(outcome) + "\n")
    if outcome.error:
        out.write(f"  {outcome.error}\n")
    for problem in outcome.problems:
        out.write(f"{replace(problem, path=Path(display_path(problem.path)))}\n")
    if outcome.inconclusive:
        out.write(f"  {outcome.inconclusive}\n  nothing was judged; run the gate again later\n")
    shown = outcome.findings[:SCREEN_FINDINGS]
    for finding in shown:
        out.write(_finding_lines(finding))
    if len(outcome.findings) > len(shown):
        more = len(outcome.findings) - len(shown)
        out.write(f"... and {more} more (see the JUnit file or the annotations)\n")


def headline(outcome: GateOutcome) -> str:
    verdict = _VERDICT[outcome.exit]
    if outcome.error or outcome.problems:
        return f"curator gate: {verdict}"
    counts = (
        f"{_count(len(outcome.failures), 'failure')}, {_count(len(outcome.warnings), 'warning')}"
    )
    since = f" since {outcome.base}" if outcome.base else ""
    scope = f"{_count(len(outcome.touched), 'route file')} gated{since}"
    if outcome.deleted:
        scope += f", {len(outcome.deleted)} deleted"
    work = f"{outcome.live} URL(s) checked live, {outcome.reused} from fresh stored results"
    return f"curator gate: {verdict}: {counts} ({scope}; {work})"


def write_step_summary(outcome: GateOutcome, path: Path) -> None:
    """Append a Markdown table to ``$GITHUB_STEP_SUMMARY``, the job's summary page."""
    lines = [f"### {md_cell(headline(outcome), 300)}", ""]
    if outcome.findings:
        lines += ["| | where | what | what to do |", "|---|---|---|---|"]
        for f in outcome.findings:
            where = f"{display_path(f.path)}:{f.line}"
            lines.append(
                f"| {'❌' if f.fails else '⚠️'} | {md_cell(where)} | {md_cell(f.message, 300)} "
                f"| {md_cell(f.advice, 300)} |"
            )
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n\n")


def display_path(path: Path) -> str:
    """Relative to the working directory when possible: GitHub wants repository-relative paths,
    and the gate runs from the repository's root."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _finding_lines(finding: GateFinding) -> str:
    tag = "FAIL" if finding.fails else "warn"
    where = f"{display_path(finding.path)}:{finding.line}"
    # A skipped source says why it was skipped, not the rule's name ("blocked") it falls under.
    rule = finding.title if finding.title.startswith("skipped:") else finding.rule
    return (
        f"{tag} {where} [{rule}] {plain(finding.message, 300)}\n"
        f"     what to do: {plain(finding.advice, 300)}\n"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
