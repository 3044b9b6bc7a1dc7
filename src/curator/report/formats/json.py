"""``latest.json``, the machine-readable report (:mod:`curator.report.json_report`)."""

from curator.report import json_report
from curator.report.interface import SingleFile

OUTPUT = SingleFile("json", "latest.json", lambda reports: json_report.render(reports.report))
