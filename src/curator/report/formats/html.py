"""``index.html`` and one ``routes/<slug>.html`` per route: the dashboard editors open."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from curator.report import html
from curator.report.interface import Page, RunReports


@dataclass(frozen=True)
class Site:
    name: str = "html"
    files: tuple[str, ...] = ("index.html", "routes/*.html")

    def render(self, reports: RunReports) -> Iterable[Page]:
        return html.render_site(reports.report, reports.history, reports.written)


OUTPUT = Site()
