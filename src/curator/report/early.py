"""Route pages rendered while the run is still fetching, adopted at its end only if their
content is what the end of the run would render.

The driver of a large run idles while its workers fetch, then used to render thousands of
route pages in its serial tail. Called with each route's report as soon as its links are all in
(``run_check(on_route=...)``), ``EarlyRoutePages`` renders the page then and stages it as a
hidden temporary, not yet visible. ``write_all`` adopts a staged page when its key, a hash of
the route report and of the run as a route page shows it (``page_key``), is the key of the final
page; any other staged page is deleted, and its route rendered again. Nothing depends on the
pipeline handing back the very report object it told early.

If a page cannot be staged early (an unsafe path, a full disk), early staging stops and
``write_all`` meets the same problem, and reports it, when it writes the page itself.

A route whose page on disk already shows what this run found (the same ``html.route_page_key``:
a nightly run over unchanged pages, most routes) is neither rendered nor written: the page is
kept as it is (``kept_page``), and ``write_all`` keeps it if the end of the run keys it alike.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from pathlib import Path

from curator.report import html
from curator.report.files import write_temporary
from curator.report.model import RouteReport, RunInfo
from curator.report.paths import ROUTES_DIR, UnsafeReportPath, inside


def page_key(run: RunInfo, route: RouteReport, shown: str | None = None) -> bytes:
    """What a route page is rendered from, as one hash: what it shows of the route
    (``shown``, its ``html.route_page_key``, when the caller has it), the route's check times,
    and of the run only what a page can know from its start (its id and start, and whether
    and why it is inconclusive), so a page rendered while the run goes on keys as the page
    rendered at its end."""
    digest = hashlib.sha256((shown or html.route_page_key(run, route)).encode())
    digest.update((route.checked_run or "").encode())
    for checked in (route.checked_at, *(s.checked_at for s in route.sources)):
        digest.update(_clock(checked, checked.tzinfo if checked is not None else None))
    started = run.started_at
    digest.update(_page_run(run.id, started, started.tzinfo, run.inconclusive, run.reason))
    return digest.digest()


def kept_page(path: Path, run: RunInfo, route: RouteReport) -> str | None:
    """The route's page key when the page at ``path`` shows it already, so it is kept as it is;
    None when it has to be rendered (no page, another route's content, older templates)."""
    key = html.route_page_key(run, route)
    return key if html.shown_key(path) == key else None


@lru_cache(maxsize=256)
def _clock(value: datetime | None, zone: tzinfo | None) -> bytes:
    """A check time as a page key reads it: a run's sources share a few (one per batch
    recorded), so each is made once. (``zone`` only keys the cache, as in ``_page_run``.)"""
    return b"|never" if value is None else f"|{value.isoformat()}".encode()


@lru_cache(maxsize=8)
def _page_run(
    run_id: str, started: datetime, zone: tzinfo | None, inconclusive: bool, reason: str | None
) -> bytes:
    """What a page shows of its run, as bytes: the same for every page of a run, so made once.
    (``zone`` only keys the cache: equal instants in two zones print apart.)"""
    return json.dumps((run_id, started, inconclusive, reason), default=str).encode()


@dataclass(frozen=True, slots=True)
class _Staged:
    """A staged page, kept small: a large run holds one per route until its reports are
    written. Its view and destination are made again when the page is taken, not held. A page
    kept as it is on disk has no temporary, and its key is what it shows (``kept_page``)."""

    key: bytes | str
    tmp: str | None

    def renders(self, run: RunInfo, route: RouteReport) -> bool:
        """Whether the final page of ``route`` in ``run`` reads as the staged one, by content:
        the report is not kept to test its identity (the run keeps its early reports on disk,
        ``curator.spool``, and hands back an equal copy)."""
        if self.tmp is None:
            return html.route_page_key(run, route) == self.key
        return page_key(run, route) == self.key


class EarlyRoutePages:
    """Route pages rendered and staged while the run is still fetching (see the module)."""

    def __init__(self, reports_dir: Path) -> None:
        self.root = reports_dir.resolve()
        self._folders: dict[Path, Path] = {}
        self._staged: dict[str, _Staged] = {}
        self._stopped = False
        self._on_disk: frozenset[str] | None = None  # route pages there when the run began

    def _shown(self, path: Path) -> str | None:
        """``html.shown_key`` of a page that was there when the first route came in: a run
        into an empty folder (a first run) opens no file."""
        if self._on_disk is None:
            try:
                with os.scandir(path.parent) as entries:
                    self._on_disk = frozenset(entry.name for entry in entries)
            except OSError:
                self._on_disk = frozenset()
        return html.shown_key(path) if path.name in self._on_disk else None

    def __call__(self, run: RunInfo, route: RouteReport) -> None:
        name = html.route_page_name(route.slug)
        if name is None or self._stopped:
            return
        self._drop(route.slug)
        try:
            path = inside(self.root, f"{ROUTES_DIR}/{name}", self._folders)
            shown = html.route_page_key(run, route)
            if self._shown(path) == shown:  # the page on disk shows it already: kept
                self._staged[route.slug] = _Staged(shown, None)
                return
            text = html.route_page(run, route, shown)
            tmp = write_temporary(path, (text,), durable=False)
        except (UnsafeReportPath, OSError):
            self._stopped = True
            self.discard()
            return
        self._staged[route.slug] = _Staged(page_key(run, route, shown), str(tmp))

    def take(self, run: RunInfo, route: RouteReport) -> tuple[Path | None, Path] | None:
        """The staged (temporary, destination) of this route's page, if still current; the
        temporary is None when the page on disk is kept as it is."""
        staged = self._staged.pop(route.slug, None)
        if staged is None:
            return None
        tmp = None if staged.tmp is None else Path(staged.tmp)
        name = html.route_page_name(route.slug)
        if name is not None and staged.renders(run, route):
            try:  # checked when staged; checked again, as writing the page would
                path = inside(self.root, f"{ROUTES_DIR}/{name}", self._folders)
            except UnsafeReportPath:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)
                raise
            return tmp, path
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return None

    def discard(self) -> None:
        """Delete every staged page not taken."""
        for slug in list(self._staged):
            self._drop(slug)

    def _drop(self, slug: str) -> None:
        staged = self._staged.pop(slug, None)
        if staged is not None and staged.tmp is not None:
            Path(staged.tmp).unlink(missing_ok=True)
