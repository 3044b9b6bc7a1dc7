"""``curator.sarif``: findings at their route file and line, for code scanning."""

from curator.report import sarif
from curator.report.interface import StreamedFile

OUTPUT = StreamedFile(
    "sarif", "curator.sarif", lambda reports: sarif.pieces(sarif.ReportResults(reports.report))
)
