"""``latest.md``, the report to read in a terminal or a pull request."""

from curator.report import markdown
from curator.report.interface import StreamedFile

OUTPUT = StreamedFile("markdown", "latest.md", lambda reports: markdown.pieces(reports.report))
