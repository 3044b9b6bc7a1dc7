"""Every report file of one run, staged beside the old ones and then renamed into place.

Every page is rendered and written to a temporary file before any file is replaced
(``files.StagedFiles``), so a bug in one format cannot leave a mix of new and old files, and a
reader never sees half of one. Pages go to disk as they are rendered: a large run holds one
page in memory, not all of them (figures in bench/README.md). Route pages of routes no longer
in the report are removed so the site never links a reader to a stale page.

Route pages can also be rendered before the run ends (``report.early``, fed by the pipeline's
``on_route``): ``write_all`` then adopts each staged page whose content did not change. A route
page on disk that already shows what the run found is kept as it is (``early.kept_page``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from curator.report import html
from curator.report.early import EarlyRoutePages, kept_page
from curator.report.files import StagedFiles, remove_stale_temporaries
from curator.report.formats import files, outputs
from curator.report.interface import Page, RunReports
from curator.report.model import Report, RouteReport
from curator.report.paths import ROUTES_DIR, UnsafeReportPath, inside
from curator.store.interface import RunRecord

__all__ = [
    "FILES",
    "EarlyRoutePages",
    "UnsafeReportPath",
    "render_all",
    "write_all",
]

FILES = files()  # every output's files, from the registry (curator.report.formats)


def render_all(
    report: Report,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
    written: Callable[[RouteReport], bool] = lambda route: False,
) -> Iterator[Page]:
    """Each file of every registered output in turn, rendered when asked for; route pages
    ``written`` already are skipped (rendered before, or kept: see ``html.render_site``)."""
    reports = RunReports(report, history, previous, written)
    for output in outputs():
        yield from output.render(reports)


def write_all(
    report: Report,
    reports_dir: Path,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
    early: EarlyRoutePages | None = None,
) -> list[Path]:
    """Write every report; returns the paths written or kept. Pages ``early`` staged are
    adopted, and route pages on disk that show what the run found are kept."""
    root = reports_dir.resolve()
    folders: dict[Path, Path] = {}
    try:
        with StagedFiles(durable=False) as staged:  # regenerable: see files.py

            def adopted(route: RouteReport) -> bool:
                taken = early.take(report.run, route) if early is not None else None
                if taken is None:
                    return _kept(route)
                tmp, path = taken
                if tmp is None:
                    staged.keep(path)
                else:
                    staged.adopt(tmp, path)
                return True

            def _kept(route: RouteReport) -> bool:
                """A page not staged early that the page on disk shows already."""
                name = html.route_page_name(route.slug)
                if name is None:
                    return False
                path = inside(root, f"{ROUTES_DIR}/{name}", folders)
                if kept_page(path, report.run, route) is None:
                    return False
                staged.keep(path)
                return True

            for page in render_all(report, history, previous, adopted):
                staged.add(inside(root, page.path, folders), page.chunks())
            written = staged.commit()
    finally:
        if early is not None:
            early.discard()
    _remove_orphan_pages(root / ROUTES_DIR, {path.name for path in written})
    for directory in (root, root / ROUTES_DIR):
        remove_stale_temporaries(directory)
    return written


def _remove_orphan_pages(directory: Path, keep: set[str]) -> None:
    """Delete route pages (by file name) of routes no longer reported, only inside
    ``reports/`` itself: a ``routes`` link to elsewhere is never followed, so nothing outside
    can be deleted."""
    if directory.is_symlink() or not directory.is_dir():
        return
    for page in directory.glob("*.html"):
        if page.name not in keep and html.route_page_name(page.stem) == page.name:
            page.unlink(missing_ok=True)
