"""``junit.xml``: one test case per route, for CI dashboards (:mod:`curator.report.junit`)."""

from curator.report import junit
from curator.report.interface import StreamedFile

OUTPUT = StreamedFile("junit", "junit.xml", lambda reports: junit.pieces(reports.report))
