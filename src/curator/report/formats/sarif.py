"""``curator.sarif``: findings at their route file and line, for code scanning."""

from curator.report import sarif
from curator.report.interface import SingleFile

OUTPUT = SingleFile(
    "sarif", "curator.sarif", lambda reports: sarif.render(sarif.from_report(reports.report))
)
