"""``digest.md``: what changed since the previous run (:mod:`curator.report.digest`)."""

from curator.report import digest
from curator.report.interface import SingleFile

OUTPUT = SingleFile(
    "digest", "digest.md", lambda reports: digest.render(reports.report, reports.previous)
)
