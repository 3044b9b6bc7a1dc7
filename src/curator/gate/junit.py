"""The gate's verdict as JUnit XML, which every CI system can show as a test report.

One test suite per gated route file, one test case per gate rule that fired (failures as
``<failure>``, warnings as passing cases with the warning in ``<system-out>``), plus one passing
case per route with nothing to say, so a green run still lists what was gated. Invalid route
files are ``<error>`` cases; an inconclusive gate marks its cases ``<skipped>``.
The XML is built with ElementTree, which escapes markup; characters XML cannot carry at all
(control characters) are dropped first, since ElementTree would write them and break parsers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from curator.gate.evaluate import GateFinding
from curator.gate.outcome import GateOutcome
from curator.gate.output import display_path
from curator.report.files import write_atomic

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(outcome: GateOutcome) -> str:
    root = ET.Element("testsuites", name="curator gate")
    by_file: dict[Path, list[GateFinding]] = defaultdict(list)
    for finding in outcome.findings:
        by_file[finding.path].append(finding)
    problems_by_file = defaultdict(list)
    for problem in outcome.problems:
        problems_by_file[problem.path].append(problem)

    for path in sorted({*outcome.touched, *problems_by_file}):
        name = display_path(path)
        suite = ET.SubElement(root, "testsuite", name=name)
        cases = 0
        failures = errors = skipped = 0
        for problem in problems_by_file.get(path, []):
            case = _case(suite, name, f"valid route file (line {problem.line})", path, problem.line)
            ET.SubElement(case, "error", message=_x(problem.message), type="invalid-route")
            cases, errors = cases + 1, errors + 1
        if outcome.inconclusive and path in outcome.touched:
            case = _case(suite, name, "sources checked", path, 0)
            ET.SubElement(case, "skipped", message=_x(outcome.inconclusive))
            cases, skipped = cases + 1, skipped + 1
        for finding in by_file.get(path, []):
            case = _case(suite, name, f"{finding.rule}: {finding.title}", path, finding.line)
            text = _x(f"{finding.message}\nWhat to do: {finding.advice}")
            if finding.fails:
                element = ET.SubElement(
                    case, "failure", message=_x(finding.message), type=finding.rule
                )
                element.text = text
                failures += 1
            else:
                ET.SubElement(case, "system-out").text = f"warning: {text}"
            cases += 1
        if cases == 0:
            _case(suite, name, "gate", path, 0)
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", str(skipped))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write(outcome: GateOutcome, path: Path) -> None:
    write_atomic(path, render(outcome))


def _case(suite: ET.Element, classname: str, name: str, path: Path, line: int) -> ET.Element:
    attributes = {"classname": _x(classname), "name": _x(name), "file": _x(display_path(path))}
    if line > 0:
        attributes["line"] = str(line)
    return ET.SubElement(suite, "testcase", attributes)


def _x(text: str) -> str:
    return _NOT_XML.sub("", text)
