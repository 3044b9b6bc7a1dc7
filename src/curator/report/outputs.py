"""Every report file of one run, staged beside the old ones and then renamed into place.

Every page is rendered and written to a temporary file before any file is replaced
(``files.StagedFiles``), so a bug in one format cannot leave a mix of new and old files, and a
reader never sees half of one. Pages go to disk as they are rendered: a run of thousands of
routes holds one page in memory, not all of them. Route pages of routes no longer in the report are
removed so the site never links a reader to a stale page.

Route pages can also be rendered before the run ends (``EarlyRoutePages``, fed by the
pipeline's ``on_route``): ``write_all`` then adopts each staged page whose report did not change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from curator.report import html
from curator.report.files import StagedFiles, remove_stale_temporaries, write_temporary
from curator.report.formats import files, outputs
from curator.report.interface import Page, RunReports
from curator.report.model import Report, RouteReport, RunInfo
from curator.store.interface import RunRecord

ROUTES_DIR = "routes"
FILES = files()  # every output's files, from the registry (curator.report.formats)


class UnsafeReportPath(ValueError):
    """A report file would land outside the reports directory."""


class EarlyRoutePages:
    """Route pages rendered and staged while the run is still fetching.

    The driver of a large run idles while its workers fetch, then used to render thousands of
    route pages in its serial tail. Called with each route's report as soon as its links are
    all in (``run_check(on_route=...)``), this renders the page then and stages it as a hidden
    temporary, not yet visible. ``write_all`` adopts a staged page only for the very report
    object it was rendered from, in the same run as far as a route page shows it; any other
    staged page is deleted, and its route rendered again.

    If a page cannot be staged early (an unsafe path, a full disk), early staging stops and
    ``write_all`` meets the same problem, and reports it, when it writes the page itself.
    """

    def __init__(self, reports_dir: Path) -> None:
        self.root = reports_dir.resolve()
        self._folders: dict[Path, Path] = {}
        self._staged: dict[str, tuple[RouteReport, RunInfo, html.RouteView, Path, Path]] = {}
        self._stopped = False

    def __call__(self, run: RunInfo, route: RouteReport) -> None:
        name = html.route_page_name(route.slug)
        if name is None or self._stopped:
            return
        self._drop(route.slug)
        try:
            path = _inside(self.root, f"{ROUTES_DIR}/{name}", self._folders)
            view, text = html.route_page(run, route)
            tmp = write_temporary(path, (text,), durable=False)
        except (UnsafeReportPath, OSError):
            self._stopped = True
            self.discard()
            return
        self._staged[route.slug] = (route, run, view, tmp, path)

    def take(self, run: RunInfo, route: RouteReport) -> tuple[html.RouteView, Path, Path] | None:
        """The staged (view, temporary, destination) of this route's page, if still current."""
        staged = self._staged.pop(route.slug, None)
        if staged is None:
            return None
        early_route, early_run, view, tmp, path = staged
        if early_route is route and html.same_route_page_run(early_run, run):
            return view, tmp, path
        tmp.unlink(missing_ok=True)
        return None

    def discard(self) -> None:
        """Delete every staged page not taken."""
        for slug in list(self._staged):
            self._drop(slug)

    def _drop(self, slug: str) -> None:
        staged = self._staged.pop(slug, None)
        if staged is not None:
            staged[3].unlink(missing_ok=True)


def render_all(
    report: Report,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
    rendered: Callable[[RouteReport], html.RouteView | None] = lambda route: None,
) -> Iterator[Page]:
    """Each file of every registered output in turn, rendered when asked for; route pages
    ``rendered`` gives a view for are skipped (they were rendered before, see
    ``html.render_site``)."""
    reports = RunReports(report, history, previous, rendered)
    for output in outputs():
        yield from output.render(reports)


def write_all(
    report: Report,
    reports_dir: Path,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
    early: EarlyRoutePages | None = None,
) -> list[Path]:
    """Write every report; returns the paths written. Pages ``early`` staged are adopted."""
    root = reports_dir.resolve()
    folders: dict[Path, Path] = {}
    try:
        with StagedFiles(durable=False) as staged:  # regenerable: see files.py

            def adopted(route: RouteReport) -> html.RouteView | None:
                taken = early.take(report.run, route) if early is not None else None
                if taken is None:
                    return None
                view, tmp, path = taken
                staged.adopt(tmp, path)
                return view

            for page in render_all(report, history, previous, adopted):
                staged.add(_inside(root, page.path, folders), (page.text,))
            written = staged.commit()
    finally:
        if early is not None:
            early.discard()
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
