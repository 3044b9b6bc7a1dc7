"""``latest.json``: the machine-readable report, schema ``curator.report/1``."""

from __future__ import annotations

from curator.report.model import Report


def render(report: Report) -> str:
    return report.to_json() + "\n"
