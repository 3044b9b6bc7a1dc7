"""``junit.xml``: one test case per route, so CI dashboards show link health like test results.

broken -> ``<failure>`` (the findings are the message), unknown -> ``<skipped>`` (the run could
not judge it), stale -> a pass whose ``<system-out>`` lists what went stale, since a stale
summary needs an editor, not a red build. at-risk -> a pass whose ``<system-out>`` starts
"warning: at-risk" and says why, and the suite carries an ``at_risk`` count property: a failure
not yet confirmed is the history's to judge, and turning CI red on one bad night at somebody
else's host teaches people to ignore red (``curator run`` exits 0 for it too), yet it must not
read as a plain pass either.

This is also the one JUnit writer: the run's report and the gate's verdict
(:mod:`curator.gate.junit`) both become ``Suite`` values of ``Case`` values and are written by
``render_suites``, as SARIF has one writer for two callers. Built with ElementTree so attribute
and text escaping is the library's job; characters XML cannot carry at all (control characters
a page title may contain) are removed first, because ElementTree would write them and break
every parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from curator.report.digest import stale_reasons
from curator.report.model import Report, RouteReport
from curator.report.spooled import Mapped
from curator.report.status import at_risk_reasons
from curator.states import LinkState, RouteStatus

CLASSNAME = "curator.routes"
# Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, surrogates, FFFE/FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Outcome = Literal["pass", "failure", "error", "skipped"]


@dataclass(frozen=True)
class Case:
    """One test case: passed (with an optional ``output``), failed, errored or skipped."""

    classname: str
    name: str
    outcome: Outcome = "pass"
    message: str = ""  # the failure's, error's or skip's one-line message
    kind: str = ""  # the failure's or error's ``type``
    detail: str = ""  # the failure's text
    output: str = ""  # ``<system-out>``
    file: str | None = None
    line: int = 0
    time: str | None = None


@dataclass(frozen=True)
class Suite:
    name: str
    cases: Sequence[Case]
    time: str | None = None
    timestamp: str | None = None
    properties: Sequence[tuple[str, str]] = ()
    errors_text: str = ""  # ``<system-err>``


def xml_text(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def render_suites(name: str, suites: Sequence[Suite]) -> str:
    """The JUnit XML document of ``suites``, with their counts computed from their cases."""
    return "".join(suite_pieces(name, suites))


def suite_pieces(name: str, suites: Sequence[Suite]) -> Iterator[str]:
    """``render_suites``'s text a test case at a time: a large run has a case per route, and
    its whole tree with the serialized pieces took many times the file's size.

    The document is laid out once without its cases, a marker element standing where each
    suite's cases go (no page text can forge one: ElementTree escapes ``<`` in text), and each
    case is indented at its depth and serialized on its own in the marker's place.
    """
    counts = [_counts(suite) for suite in suites]
    top = {"name": xml_text(name), **_total(counts)}
    if len(suites) == 1 and suites[0].time is not None:
        top["time"] = suites[0].time
    root = ET.Element("testsuites", top)
    for index, (suite, count) in enumerate(zip(suites, counts, strict=True)):
        root.append(_suite(suite, count, index))
    ET.indent(root)
    rest = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
    for index, suite in enumerate(suites):
        if not suite.cases:
            continue
        before, _, rest = rest.partition(f"<{_CASES}{index} />")
        yield before
        for number, case in enumerate(suite.cases):
            element = _case(case)
            ET.indent(element, level=2)
            yield ("\n    " if number else "") + ET.tostring(element, "unicode")
    yield rest


_CASES = "curator-cases-"  # the marker's tag, numbered by suite


def _counts(suite: Suite) -> dict[str, str]:
    outcomes = Counter(case.outcome for case in suite.cases)
    return {
        "tests": str(len(suite.cases)),
        "failures": str(outcomes["failure"]),
        "errors": str(outcomes["error"]),
        "skipped": str(outcomes["skipped"]),
    }


def _total(counts: Sequence[dict[str, str]]) -> dict[str, str]:
    keys = ("tests", "failures", "errors", "skipped")
    return {key: str(sum(int(count[key]) for count in counts)) for key in keys}


def _suite(suite: Suite, counts: dict[str, str], index: int) -> ET.Element:
    attributes = {"name": xml_text(suite.name), **counts}
    if suite.time is not None:
        attributes["time"] = suite.time
    if suite.timestamp is not None:
        attributes.update(timestamp=suite.timestamp, id=str(index))
    element = ET.Element("testsuite", attributes)
    if suite.properties:
        properties = ET.SubElement(element, "properties")
        for key, value in suite.properties:
            ET.SubElement(properties, "property", {"name": key, "value": xml_text(value)})
    if suite.cases:  # laid out in its place by suite_pieces
        ET.SubElement(element, f"{_CASES}{index}")
    if suite.errors_text:
        ET.SubElement(element, "system-err").text = xml_text(suite.errors_text)
    return element


def _case(case: Case) -> ET.Element:
    attributes = {"classname": xml_text(case.classname), "name": xml_text(case.name)}
    if case.time is not None:
        attributes["time"] = case.time
    if case.file:
        attributes["file"] = xml_text(case.file)
    if case.line > 0:
        attributes["line"] = str(case.line)
    element = ET.Element("testcase", attributes)
    if case.outcome in ("failure", "error"):
        verdict = {"message": xml_text(case.message), "type": xml_text(case.kind)}
        child = ET.SubElement(element, case.outcome, verdict)
        if case.detail:
            child.text = xml_text(case.detail)
    elif case.outcome == "skipped":
        ET.SubElement(element, "skipped", {"message": xml_text(case.message)})
    if case.output:
        ET.SubElement(element, "system-out").text = xml_text(case.output)
    return element


def render(report: Report) -> str:
    return render_suites("curator", [from_report(report)])


def pieces(report: Report) -> Iterator[str]:
    """``render``'s text a route's test case at a time."""
    return suite_pieces("curator", [from_report(report)])


def from_report(report: Report) -> Suite:
    """The run as one suite: a case per route, and the route files with problems."""
    run = report.run
    statuses = Counter(route.status for route in report.routes)
    elapsed = max(0.0, (run.finished_at - run.started_at).total_seconds())
    problems = report.problems
    return Suite(
        name="curator",
        # A case per route, made as it is read: a large run's routes are read back one at a
        # time (``report.spooled``), and its cases are not held either.
        cases=Mapped(report.routes, lambda route: _route_case(route, run.reason)),
        time=f"{elapsed:.3f}",
        timestamp=run.started_at.strftime("%Y-%m-%dT%H:%M:%S"),
        properties=(
            ("run_id", run.id),
            ("urls", str(run.urls)),
            ("inconclusive", str(run.inconclusive).lower()),
            ("at_risk", str(statuses[RouteStatus.AT_RISK])),
        ),
        errors_text="Route files with problems:\n" + "\n".join(problems) if problems else "",
    )


# A source's finding is coded by its state (``rollup``); the states that break a route.
_BROKEN_CODES = frozenset(state.value for state in LinkState if state.is_broken)


def _route_case(route: RouteReport, run_reason: str | None) -> Case:
    case = Case(CLASSNAME, route.slug, file=route.path, time="0")
    findings = "\n".join(f"[{f.code}] {f.message}" for f in route.findings)
    if route.status is RouteStatus.BROKEN:
        dead = [f.message for f in route.findings if f.code in _BROKEN_CODES]
        message = dead[0] if dead else "a source is confirmed dead"
        detail = f"{route.title}\n{findings}"
        return replace(case, outcome="failure", message=message, kind="broken", detail=detail)
    if route.status is RouteStatus.UNKNOWN:
        return replace(
            case, outcome="skipped", message=run_reason or "the run could not judge this route"
        )
    if route.status is RouteStatus.AT_RISK:
        risk = "\n".join(at_risk_reasons(route.sources, route.findings))
        return replace(case, output=f"warning: at-risk: {route.title}\n{risk}\n{findings}".rstrip())
    if route.status is RouteStatus.STALE:
        stale = "\n".join(stale_reasons(route))
        return replace(case, output=f"stale: {route.title}\n{stale}\n{findings}".rstrip())
    return replace(case, output=findings)
