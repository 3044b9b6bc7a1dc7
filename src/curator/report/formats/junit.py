"""``junit.xml``: one test case per route, for CI dashboards (:mod:`curator.report.junit`)."""

from curator.report import junit
from curator.report.interface import SingleFile

OUTPUT = SingleFile("junit", "junit.xml", lambda reports: junit.render(reports.report))
