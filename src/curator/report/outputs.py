"""Every report file of one run, staged beside the old ones and then renamed into place.

Every page is rendered and written to a temporary file before any file is replaced
(``files.StagedFiles``), so a bug in one format cannot leave a mix of new and old files, and a
reader never sees half of one. Pages go to disk as they are rendered: a run of 4,000 routes
holds one page in memory, not 60 MB of them. Route pages of routes no longer in the report are
removed so the site never links a reader to a stale page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from curator.report import digest, html, json_report, junit, markdown
from curator.report.files import StagedFiles, remove_stale_temporaries
from curator.report.model import Report
from curator.store.interface import RunRecord

ROUTES_DIR = "routes"
FILES = ("latest.json", "latest.md", "index.html", "digest.md", "junit.xml")


class UnsafeReportPath(ValueError):
    """A report file would land outside the reports directory."""


def render_all(
    report: Report, history: Sequence[RunRecord] = (), previous: Report | None = None
) -> Iterator[html.Page]:
    """Each report file in turn, rendered when asked for."""
    yield html.Page("latest.json", json_report.render(report))
    yield html.Page("latest.md", markdown.render(report))
    yield from html.render_site(report, history)
    yield html.Page("digest.md", digest.render(report, previous))
    yield html.Page("junit.xml", junit.render(report))


def write_all(
    report: Report,
    reports_dir: Path,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
) -> list[Path]:
    """Write every report; returns the paths written."""
    root = reports_dir.resolve()
    folders: dict[Path, Path] = {}
    with StagedFiles(durable=False) as staged:  # regenerable: see files.py
        for page in render_all(report, history, previous):
            staged.add(_inside(root, page.path, folders), (page.text,))
        written = staged.commit()
    _remove_orphan_pages(root / ROUTES_DIR, {path.name for path in written})
    for directory in (root, root / ROUTES_DIR):
        remove_stale_temporaries(directory)
    return written


def _inside(root: Path, relative: str, folders: dict[Path, Path]) -> Path:
    """Where ``relative`` lands, refused unless its folder, links followed, is inside ``root``.

    Only the folder is resolved (once per folder, cached in ``folders``: resolving each of
    4,000 route pages' paths was a tenth of writing them). The file itself may be a link: the
    rename replaces the link and never writes through it.
    """
    target = root / relative
    folder = folders.get(target.parent)
    if folder is None:
        folder = folders[target.parent] = target.parent.resolve()
    if target.name in ("", ".", "..") or not folder.is_relative_to(root):
        raise UnsafeReportPath(f"{relative}: refusing to write a report outside {root}")
    return folder / target.name


def _remove_orphan_pages(directory: Path, keep: set[str]) -> None:
    """Delete route pages (by file name) of routes no longer reported, only inside
    ``reports/`` itself: a ``routes`` link to elsewhere is never followed, so nothing outside
    can be deleted."""
    if directory.is_symlink() or not directory.is_dir():
        return
    for page in directory.glob("*.html"):
        if page.name not in keep and html.route_page_name(page.stem) == page.name:
            page.unlink(missing_ok=True)
