"""``latest.md``, the report to read in a terminal or a pull request."""

from curator.report import markdown
from curator.report.interface import SingleFile

OUTPUT = SingleFile("markdown", "latest.md", lambda reports: markdown.render(reports.report))
