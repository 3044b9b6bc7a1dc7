"""``curator approve``: record what each source says now, as the editor approves the route.

Approval fetches the route's sources, writes their baseline (title, description, main-content
fingerprint, blurb terms and how many the page mentions) beside the routes, and moves the
route's ``reviewed:`` date to today, editing that one line so the editor's comments, key order
and formatting survive.

``reviewed:`` is a claim that every source was checked, so approval never stamps what it could
not verify: each page is classified as a run would classify it, and a route with any source
that is not live (dead, soft-dead, blocked, skipped, unknown) keeps its date and its old
baseline unless the editor passes ``force``. Even then a page that is not live is never written
as a baseline (a "page not found" would become the standard the real page is held to), and a
route with no source baselined at all is never stamped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from rich.console import Console

from curator.archive.client import ArchiveClient
from curator.archive.save import SnapshotSaver
from curator.assess.baseline import RouteBaseline, SourceBaseline, save_baseline
from curator.assess.support import key_terms
from curator.catalog import (
    Route,
    format_problems,
    load_route_document,
    save_route_document,
)
from curator.classify.link import Verdict, classify
from curator.classify.offline import judge_offline
from curator.clock import utcnow
from curator.console import err_console
from curator.execute import Executor
from curator.exitcodes import Exit
from curator.inspect import Inspection, Wants
from curator.redact import redact_url
from curator.session.core import RunSession
from curator.session.lock import LockBusy
from curator.settings import ClassifySettings, Settings


@dataclass(frozen=True)
class Approval:
    """What approving one route did: its baseline, and the sources it could not baseline."""

    route: Route
    baseline: RouteBaseline
    skipped: tuple[tuple[str, str], ...]  # (which source, why), e.g. ("#2 WHO <url>", "dead: ...")
    stamped: bool  # the baseline was written and ``reviewed:`` moved to today
    offline: str | None = None  # why the checker looked offline while approving, if it did


def approve_routes(
    routes: Sequence[Route],
    executor: Executor,
    clock: Callable[[], datetime],
    classify_settings: ClassifySettings | None = None,
    force: bool = False,
    saver: SnapshotSaver | None = None,
) -> list[Approval]:
    """Fetch every source of ``routes`` once, then write each route's baseline and date where
    every source could be baselined (with ``force``: where at least one could); ``saver`` also
    has the archive capture each baselined source (``save_on_approve``)."""
    wants: dict[str, Wants] = {}
    for route in routes:
        for source in route.sources:
            terms = dict.fromkeys(wants.get(source.url, Wants()).terms)
            terms.update(dict.fromkeys(key_terms(source.blurb)))
            wants[source.url] = Wants(terms=tuple(terms), fingerprint=True)
    looks = executor.inspect_many(list(wants), None, wants)  # no probes asked: inspections only
    inspections = {i.result.url: i for i in looks if isinstance(i, Inspection)}
    now = clock()
    settings = classify_settings or ClassifySettings()
    # As in a run: when most hosts fail at the network level the checker is offline, and a
    # source it could not reach is unknown, not dead.
    verdict = judge_offline((i.result for i in inspections.values()), settings)
    offline = verdict.reason if verdict.inconclusive else None
    approvals = []
    for route in routes:
        approval = replace(_baseline(route, inspections, now, settings, offline), offline=offline)
        stamp = bool(approval.baseline.sources) and (force or not approval.skipped)
        if stamp:
            if saver is not None:
                approval = replace(approval, baseline=saver.save(approval.baseline))
            save_baseline(route.path.parent, approval.baseline)
            set_reviewed(route, now.date())
        approvals.append(replace(approval, stamped=stamp))
    return approvals


def _baseline(
    route: Route,
    inspections: dict[str, Inspection],
    now: datetime,
    settings: ClassifySettings,
    offline: str | None = None,
) -> Approval:
    entries: list[SourceBaseline] = []
    skipped: list[tuple[str, str]] = []
    for rank, source in enumerate(route.sources, start=1):
        inspection = inspections.get(source.url)
        why = _unusable(inspection, settings, offline is not None)
        if why is not None or inspection is None or inspection.page is None:
            label = f"#{rank} {source.name} <{redact_url(source.url)}>"
            skipped.append((label, why or "unknown: not fetched"))
            continue
        entries.append(
            SourceBaseline(
                url=source.url,
                final_url=inspection.result.final_url,
                title=inspection.page.title,
                description=inspection.page.description,
                fingerprint=inspection.fingerprint or "",
                text_length=inspection.text_length,
                key_terms=key_terms(source.blurb),
                found_terms=list(inspection.found_terms),
                approved_at=now,
            )
        )
    return Approval(
        route=route,
        baseline=RouteBaseline(route=route.slug, approved_at=now, sources=entries),
        skipped=tuple(skipped),
        stamped=False,
    )


def _unusable(
    inspection: Inspection | None, settings: ClassifySettings, offline: bool = False
) -> str | None:
    """Why this page cannot be a baseline, as "state: reason", or None if it can.

    Judged as a run judges it, without the soft-404 probe (approval fetches no made-up
    siblings): the page's own words that it is gone, a parked domain or a redirect to the home
    page are caught.
    """
    if inspection is None:
        return "unknown: not fetched"
    error = inspection.result.error
    if offline and error is not None and error.kind.is_network:
        return f"unknown: the checker looks offline ({error.message})"
    verdict: Verdict = classify(
        inspection.result,
        inspection.page,
        None,
        settings,
        parked=inspection.parked,
        wall=inspection.wall,
        gone=inspection.gone,
    )
    if not verdict.state.is_live:
        return f"{verdict.state.value}: {verdict.reason}"
    if inspection.page is None:
        content_type = inspection.result.content_type or "unknown type"
        return f"unknown: not a web page ({content_type})"
    return None


def set_reviewed(route: Route, today: date) -> None:
    """Set ``reviewed: today`` in the route file, touching nothing else in it."""
    document = load_route_document(route.path)
    if "reviewed" in document:
        document["reviewed"] = today
    else:
        position = list(document).index("title") + 1 if "title" in document else 0
        document.insert(position, "reviewed", today)
    save_route_document(document, route.path)


def approve_command(
    routes_dir: Path,
    slugs: Sequence[str],
    settings: Settings,
    resolve: dict[str, str],
    console: Console | None = None,
    clock: Callable[[], datetime] = utcnow,
    force: bool = False,
) -> Exit:
    """The command around :func:`approve_routes`: load, approve, say what happened.

    Exit 1 when any source could not be baselined, with or without ``force``: a script must be
    able to tell that a route was not fully verified. Approval holds the state store's run
    lock, as a run does, so a scheduled run never reads half of the baselines it writes; when
    another run holds it past the wait, nothing is approved (exit 3). Exit 3 too when the
    checker looked offline and some source was left unverified: the network, not the sources,
    is what needs a look."""
    console = console or err_console()
    session = RunSession(
        settings, routes_dir, resolve=resolve, clock=clock, purpose="curator approve"
    )
    try:
        with session.locked():
            return _approve(session, slugs, console, force)
    except LockBusy as exc:
        console.print(f"curator: {exc}; nothing approved", markup=False, soft_wrap=True)
        return Exit.INCONCLUSIVE


def _approve(session: RunSession, slugs: Sequence[str], console: Console, force: bool) -> Exit:
    settings = session.settings
    catalog = session.catalog(list(slugs) or None)
    if catalog.problems:
        console.print(format_problems(catalog.problems), markup=False, soft_wrap=True)
        console.print("nothing approved: fix the route files first")
        return Exit.BAD_INPUT
    routes = list(catalog.routes.values())
    links = len({s.url for r in routes for s in r.sources})
    executor = session.executor(links)
    archive = settings.archive
    client = None
    if archive.enabled and archive.save_on_approve:
        # Each capture may take save_timeout: the budget lets every source have its turn.
        budget = archive.save_timeout * max(1, links)
        client = ArchiveClient(archive, settings.fetch.user_agent, budget=budget)
    saver = SnapshotSaver(client) if client is not None else None
    try:
        approvals = approve_routes(routes, executor, session.clock, settings.classify, force, saver)
    finally:
        executor.close()
        if client is not None:
            client.close()
    for approval in approvals:
        console.print(_outcome(approval, force), markup=False, soft_wrap=True)
        for which, why in approval.skipped:
            console.print(f"  not baselined: {which}: {why}", markup=False, soft_wrap=True)
    for url, why in saver.failed if saver is not None else ():
        console.print(f"  not archived: {url} ({why})", markup=False, soft_wrap=True)
    offline = next((a.offline for a in approvals if a.offline), None)
    if offline is not None and any(a.skipped for a in approvals):
        console.print(f"inconclusive: {offline}", markup=False, soft_wrap=True)
        return Exit.INCONCLUSIVE
    return Exit.FAILED if any(a.skipped for a in approvals) else Exit.OK


def _outcome(approval: Approval, force: bool) -> str:
    route, done = approval.route, len(approval.baseline.sources)
    of = f"{done} of {len(route.sources)} sources"
    if approval.stamped:
        reviewed = approval.baseline.approved_at.date().isoformat()
        return f"{route.slug}: approved {of}; reviewed set to {reviewed}"
    unchanged = f"reviewed: and the baseline left as they were ({route.path})"
    if done == 0:
        return f"{route.slug}: NOT approved: no source could be baselined; {unchanged}"
    return (
        f"{route.slug}: NOT approved: only {of} could be baselined; {unchanged}. "
        "Replace the sources below, or approve with --force to stamp the route with the "
        "sources that could be baselined"
    )
