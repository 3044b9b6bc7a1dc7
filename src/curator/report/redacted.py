"""Reports with every URL they show redacted (``curator.redact``'s rules), built once.

Kept with the report model, not in ``curator.redact``: the URL and text rules are used by every
layer (fetch, store, classify), and must not pull the report package in behind them.
"""

from __future__ import annotations

from collections.abc import Sequence

from curator.redact import redact_text, redact_url
from curator.report.model import Report, RouteReport, SourceReport


def redact_report(report: Report, *, routes: bool = True) -> Report:
    """The report with every URL it shows redacted: sources, findings, problems, the run's reason.

    Applied once where the pipeline builds a report, so every output rendered from it (JSON,
    Markdown, HTML, JUnit, the digest, the gate's annotations, console lines) is covered, and a
    new output cannot forget. Only what changes is copied: most reports have no secret at all.
    ``routes=False`` leaves the routes as they are, for a caller that redacted each one as it
    built it (reading every source's text a second time is a large run's cost for nothing).
    """
    if routes:
        return _redact_report(report, [redact_route(route) for route in report.routes])
    return _redact_report(report, report.routes)


def _redact_report(report: Report, routes: Sequence[RouteReport]) -> Report:
    problems = [redact_text(problem) for problem in report.problems]
    reason = redact_text(report.run.reason) if report.run.reason else report.run.reason
    if routes == report.routes and problems == report.problems and reason == report.run.reason:
        return report
    run = report.run.model_copy(update={"reason": reason})
    return report.model_copy(update={"routes": routes, "problems": problems, "run": run})


def redact_route(route: RouteReport) -> RouteReport:
    """One route's report redacted; the same object when it holds no secret (so redacting a
    report twice, or a route early and its report later, changes nothing)."""
    sources = [_redact_source(source) for source in route.sources]
    findings = [
        f if (m := redact_text(f.message)) == f.message else f.model_copy(update={"message": m})
        for f in route.findings
    ]
    if sources == route.sources and findings == route.findings:
        return route
    return route.model_copy(update={"sources": sources, "findings": findings})


_SOURCE_FIELDS = (
    ("url", redact_url),
    ("final_url", redact_url),
    ("title", redact_text),
    ("description", redact_text),
    ("reason", redact_text),
    ("archived_url", redact_text),
)


def _redact_source(source: SourceReport) -> SourceReport:
    update: dict[str, object] = {}
    for name, redact in _SOURCE_FIELDS:
        value = getattr(source, name)
        if value and (clean := redact(value)) != value:
            update[name] = clean
    if source.error is not None and (clean := redact_text(source.error.message)) != (
        source.error.message
    ):
        update["error"] = source.error.model_copy(update={"message": clean})
    return source.model_copy(update=update) if update else source
