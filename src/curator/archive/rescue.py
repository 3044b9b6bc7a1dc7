"""Which archived copy each dead source of a run's report links to.

For a dead or soft-dead source, in order of preference:

1. the route file's own ``archived:`` (what the site already links: the editor's choice);
2. the snapshot the archive took when the route was approved (``save_on_approve``), kept in the
   route's baseline: exactly the page the editor vouched for;
3. the archive's answer kept in the state store for this URL's current failure episode;
4. a new question to the archive (once per URL per episode; the answer, even "none", is kept):
   the snapshot closest to, and not after, the route's ``reviewed:`` date (the version the
   editor approved), else the last one before the first failure.

The availability API answers the capture *closest* to a time, on either side and whatever the
page answered then, so an answer after the wanted time or of an error page is not taken: the
question is asked again further back (two days, a month, a year) before settling for none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

from curator.archive.client import ArchiveClient, ArchiveUnavailable
from curator.archive.snapshot import Snapshot, captured_at
from curator.assess.baseline import RouteBaseline
from curator.catalog.model import Route
from curator.report.model import Report, RouteReport, SourceReport
from curator.report.redacted import redact_route
from curator.report.spooled import each
from curator.store.interface import ArchiveLookup, Store

# How far back from the wanted time to ask again when the closest answer was no good. The API
# answers the capture closest to the time asked, so asking N days earlier finds a copy from the
# 2N days before if there is one (closer than the late answer); the steps widen that search.
_STEPS_BACK = (timedelta(0), timedelta(days=2), timedelta(days=30), timedelta(days=365))
_EARLIEST = datetime(1996, 1, 1, tzinfo=UTC)  # nothing is archived from before this


@dataclass(frozen=True, slots=True)
class _Wanted:
    """A dead URL still without a copy, and what its first citing route asks for."""

    episode: datetime
    reviewed: date | None


def rescue(
    report: Report,
    routes: Sequence[Route],
    baselines: Mapping[str, RouteBaseline],
    store: Store | None,
    client: ArchiveClient | None,
    clock: Callable[[], datetime],
) -> Report:
    """``report`` with ``archived_url``/``archived_at`` on each dead source that has a copy.

    ``report`` is the run's redacted report; URLs are looked up as the route files have them
    and each route report that gains a copy is redacted again. The others are the same objects,
    so pages rendered early stay valid. An inconclusive run judged nothing dead: nothing asked.
    """
    if report.run.inconclusive:
        return report
    # Positions, not the routes: a large run's are read back one at a time (``RoutesOnDisk``),
    # and only those of routes with a dead source are read here.
    at = {route.slug: index for index, route in enumerate(routes)}
    found: dict[tuple[str, int], tuple[str, datetime | None]] = {}
    wanted: dict[str, _Wanted] = {}
    dead: dict[tuple[str, int], str] = {}  # (slug, rank) -> the URL as the route file has it
    for route_report in report.routes:
        index = at.get(route_report.slug)
        if index is None:
            continue
        route: Route | None = None
        for source_report in route_report.sources:
            episode = source_report.first_failed_at
            if not source_report.state.is_broken or episode is None:
                continue
            route = route or routes[index]
            source = route.sources[source_report.rank - 1]
            key = (route.slug, source_report.rank)
            baseline = baselines.get(route.slug)
            kept = baseline.by_url().get(source.url) if baseline is not None else None
            if source.archived is not None:
                found[key] = (source.archived, captured_at(source.archived))
            elif kept is not None and kept.archived_url:
                found[key] = (kept.archived_url, kept.archived_at)
            else:
                dead[key] = source.url
                wanted.setdefault(source.url, _Wanted(episode, route.reviewed))
    copies = _copies(wanted, store, client, clock)
    for key, url in dead.items():
        if url in copies:
            found[key] = (copies[url].url, copies[url].captured_at)
    if not found:
        return report
    routes_out = each(report.routes, lambda route: _with_copies(route, found))
    return report.model_copy(update={"routes": routes_out})


def _copies(
    wanted: Mapping[str, _Wanted],
    store: Store | None,
    client: ArchiveClient | None,
    clock: Callable[[], datetime],
) -> dict[str, Snapshot]:
    """The copy of each wanted URL: remembered for its episode, or asked for now."""
    if not wanted:
        return {}
    kept = store.archive_lookups(wanted) if store is not None else {}
    copies: dict[str, Snapshot] = {}
    answers: list[ArchiveLookup] = []
    for url, want in wanted.items():
        lookup = kept.get(url)
        if lookup is None or lookup.episode != want.episode:
            if client is None or client.stopped is not None:
                continue  # asked on a later run
            try:
                snapshot = find_copy(client, url, want.reviewed, want.episode)
            except ArchiveUnavailable:
                continue
            lookup = ArchiveLookup(
                url=url,
                episode=want.episode,
                looked_at=clock(),
                snapshot_url=snapshot.url if snapshot else None,
                snapshot_at=snapshot.captured_at if snapshot else None,
            )
            answers.append(lookup)
        if lookup.snapshot_url is not None and lookup.snapshot_at is not None:
            copies[url] = Snapshot(lookup.snapshot_url, lookup.snapshot_at)
    if store is not None and answers:
        store.remember_archive_lookups(answers)
    return copies


def find_copy(
    client: ArchiveClient, url: str, reviewed: date | None, first_failed_at: datetime
) -> Snapshot | None:
    """The snapshot closest to, and not after, ``reviewed`` (the end of that day); else the last
    one before ``first_failed_at``; else None. Raises ArchiveUnavailable."""
    if reviewed is not None:
        approved = datetime.combine(reviewed, clock_time.max, tzinfo=UTC)
        if approved < first_failed_at:
            snapshot = _not_after(client, url, approved, strictly=False)
            if snapshot is not None:
                return snapshot
    return _not_after(client, url, first_failed_at, strictly=True)


def _not_after(
    client: ArchiveClient, url: str, target: datetime, *, strictly: bool
) -> Snapshot | None:
    start = target
    for step in _STEPS_BACK:
        moment = start - step
        if moment < _EARLIEST:
            return None
        capture = client.closest(url, moment)
        if capture is None:
            return None
        taken = capture.snapshot.captured_at
        if capture.ok and (taken < target if strictly else taken <= target):
            return capture.snapshot
        start = min(start, taken)  # a capture of an error page: look before it
    return None


def _with_copies(
    route: RouteReport, found: Mapping[tuple[str, int], tuple[str, datetime | None]]
) -> RouteReport:
    sources: list[SourceReport] = []
    for source in route.sources:
        copy = found.get((route.slug, source.rank))
        if copy is None:
            sources.append(source)
            continue
        update = {"archived_url": copy[0], "archived_at": copy[1]}
        sources.append(source.model_copy(update=update))
    if sources == route.sources:
        return route
    return redact_route(route.model_copy(update={"sources": sources}))
