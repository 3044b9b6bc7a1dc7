"""``latest.json``, the machine-readable report (:mod:`curator.report.json_report`)."""

from curator.report import json_report
from curator.report.interface import StreamedFile

OUTPUT = StreamedFile("json", "latest.json", lambda reports: json_report.pieces(reports.report))
