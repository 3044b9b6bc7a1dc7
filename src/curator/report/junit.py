"""``junit.xml``: one test case per route, so CI dashboards show link health like test results.

broken -> ``<failure>`` (the findings are the message), unknown -> ``<skipped>`` (the run could
not judge it), stale -> a pass whose ``<system-out>`` lists what went stale, since a stale
summary needs an editor, not a red build. at-risk -> a pass whose ``<system-out>`` starts
"warning: at-risk" and says why, and the suite carries an ``at_risk`` count property: a failure
not yet confirmed is the history's to judge, and turning CI red on one bad night at somebody
else's host teaches people to ignore red (``curator run`` exits 0 for it too), yet it must not
read as a plain pass either. Built with ElementTree so attribute and text escaping
is the library's job; characters XML cannot carry at all (control characters a page title may
contain) are removed first, because ElementTree would write them and break every parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from curator.report.digest import stale_reasons
from curator.report.model import Report, RouteReport
from curator.rollup import at_risk_reasons
from curator.states import RouteStatus

CLASSNAME = "curator.routes"
# Everything outside XML 1.0's Char production: C0 controls but tab/LF/CR, surrogates, FFFE/FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def render(report: Report) -> str:
    run = report.run
    statuses = Counter(route.status for route in report.routes)
    elapsed = max(0.0, (run.finished_at - run.started_at).total_seconds())
    suite_attrs = {
        "name": "curator",
        "tests": str(len(report.routes)),
        "failures": str(statuses[RouteStatus.BROKEN]),
        "errors": "0",
        "skipped": str(statuses[RouteStatus.UNKNOWN]),
        "time": f"{elapsed:.3f}",
    }
    suites = ET.Element("testsuites", suite_attrs)
    suite = ET.SubElement(
        suites,
        "testsuite",
        {**suite_attrs, "timestamp": run.started_at.strftime("%Y-%m-%dT%H:%M:%S"), "id": "0"},
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {"name": "run_id", "value": xml_text(run.id)})
    ET.SubElement(properties, "property", {"name": "urls", "value": str(run.urls)})
    ET.SubElement(
        properties, "property", {"name": "inconclusive", "value": str(run.inconclusive).lower()}
    )
    ET.SubElement(
        properties, "property", {"name": "at_risk", "value": str(statuses[RouteStatus.AT_RISK])}
    )
    for route in report.routes:
        suite.append(_testcase(route, report.run.reason))
    if report.problems:
        ET.SubElement(suite, "system-err").text = xml_text(
            "Route files with problems:\n" + "\n".join(report.problems)
        )
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _testcase(route: RouteReport, run_reason: str | None) -> ET.Element:
    case = ET.Element(
        "testcase",
        {"classname": CLASSNAME, "name": xml_text(route.slug), "time": "0"},
    )
    if route.path:
        case.set("file", xml_text(route.path))
    findings = "\n".join(f"[{f.code}] {f.message}" for f in route.findings)
    if route.status is RouteStatus.BROKEN:
        dead = [f.message for f in route.findings if f.code in ("dead", "soft-dead")]
        message = dead[0] if dead else "a source is confirmed dead"
        failure = ET.SubElement(case, "failure", {"message": xml_text(message), "type": "broken"})
        failure.text = xml_text(f"{route.title}\n{findings}")
    elif route.status is RouteStatus.UNKNOWN:
        ET.SubElement(
            case,
            "skipped",
            {"message": xml_text(run_reason or "the run could not judge this route")},
        )
    elif route.status is RouteStatus.AT_RISK:
        risk = "\n".join(at_risk_reasons(route.sources, route.findings))
        ET.SubElement(case, "system-out").text = xml_text(
            f"warning: at-risk: {route.title}\n{risk}\n{findings}".rstrip()
        )
    elif route.status is RouteStatus.STALE:
        stale = "\n".join(stale_reasons(route))
        ET.SubElement(case, "system-out").text = xml_text(
            f"stale: {route.title}\n{stale}\n{findings}".rstrip()
        )
    elif findings:
        ET.SubElement(case, "system-out").text = xml_text(findings)
    return case
