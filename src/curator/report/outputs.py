"""Every report file of one run, rendered in memory first and then written atomically.

Rendering everything before writing anything means a bug in one format cannot leave a mix of
new and old files; each file is then replaced atomically (``files.write_atomic``), so a reader
never sees half of one. Route pages of routes no longer in the report are removed so the site
never links a reader to a stale page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from curator.report import digest, html, json_report, junit, markdown
from curator.report.files import write_atomic
from curator.report.model import Report
from curator.store.interface import RunRecord

ROUTES_DIR = "routes"
FILES = ("latest.json", "latest.md", "index.html", "digest.md", "junit.xml")


class UnsafeReportPath(ValueError):
    """A report file would land outside the reports directory."""


def render_all(
    report: Report, history: Sequence[RunRecord] = (), previous: Report | None = None
) -> list[html.Page]:
    return [
        html.Page("latest.json", json_report.render(report)),
        html.Page("latest.md", markdown.render(report)),
        *html.render_site(report, history),
        html.Page("digest.md", digest.render(report, previous)),
        html.Page("junit.xml", junit.render(report)),
    ]


def write_all(
    report: Report,
    reports_dir: Path,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
) -> list[Path]:
    """Write every report; returns the paths written."""
    pages = render_all(report, history, previous)
    root = reports_dir.resolve()
    targets = [(_inside(root, page.path), page.text) for page in pages]
    written = []
    for path, text in targets:
        write_atomic(path, text)
        written.append(path)
    _remove_orphan_pages(root / ROUTES_DIR, {p for p, _ in targets})
    return written


def _inside(root: Path, relative: str) -> Path:
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or path == root:
        raise UnsafeReportPath(f"{relative}: refusing to write a report outside {root}")
    return path


def _remove_orphan_pages(directory: Path, keep: set[Path]) -> None:
    """Delete route pages of routes no longer reported, only inside ``reports/`` itself: a
    ``routes`` link to elsewhere is never followed, so nothing outside can be deleted."""
    if directory.is_symlink() or not directory.is_dir():
        return
    for page in directory.glob("*.html"):
        if page.resolve() not in keep and html.route_page_name(page.stem) == page.name:
            page.unlink(missing_ok=True)
