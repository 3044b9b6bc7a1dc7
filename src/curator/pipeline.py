"""One run, wired: plan -> fetch -> classify -> record -> report.

Each stage lives in its own module and this one only moves values between them in DESIGN.md's
order: what to check (``check.plan``), the fetch waves (``check.fetching``), classifying and
recording in batches as results arrive (``check.record``), and the route reports
(``rollup``). It owns nothing but the run's bookkeeping: its id, clock and record in the store.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, cast

from curator import domains, heap
from curator.archive.client import ArchiveClient
from curator.archive.rescue import rescue
from curator.catalog.model import Route
from curator.check.fetching import Progress, fetch_and_inspect, probe_and_judge_offline
from curator.check.plan import CheckPlan, plan, plan_check
from curator.check.record import Recorder, Settled
from curator.classify import OfflineVerdict
from curator.clock import Clock, utcnow
from curator.execute import Executor
from curator.report.model import Report, RunInfo
from curator.rollup.early import EarlyRoutes, RouteListener
from curator.rollup.looks import FinalLooks
from curator.rollup.report import run_info, run_report
from curator.rollup.route import RouteContext, counts
from curator.settings import Settings
from curator.store.interface import RunRecord, Store

if TYPE_CHECKING:
    from curator.fetch.client import Fetcher

__all__ = ["Progress", "RouteListener", "RunRequest", "plan", "run_check"]


@dataclass(frozen=True)
class RunRequest:
    """What to check, and the context a run needs to judge it."""

    routes: Sequence[Route]
    known_slugs: frozenset[str]  # every route file present, for `similar` checks
    problems: Sequence[str] = ()  # route files that could not be loaded, as file:line
    kind: str = "run"
    # URLs to fetch now; the others reuse their latest stored look (a gate's fresh results, a
    # due-based run's not-yet-due links). None fetches everything. A URL with no stored look
    # is always fetched.
    live: frozenset[str] | None = None
    # The routes folder (resolved) and whether only some of its routes are checked: recorded
    # with the run, so reports merge a partial run into the folder's full picture.
    routes_dir: str | None = None
    partial: bool = False


def run_check(
    request: RunRequest,
    settings: Settings,
    executor: Executor | Fetcher,
    store: Store | None,
    *,
    clock: Clock = utcnow,
    progress: Progress | None = None,
    on_route: RouteListener | None = None,
    archive: ArchiveClient | None = None,
    release: Callable[[], None] | None = None,
) -> Report:
    """Check a request's routes; ``executor`` may be a bare Fetcher (run in this process).

    ``archive``, if given, is asked for a copy of each dead source not looked up yet in its
    failure episode (see curator.archive.rescue); without it, only copies already known show.

    ``on_route`` hears each route's report early, while other links are still being fetched;
    a report that the probes or the offline verdict then change is built again.

    ``release`` is called once the run's last wave is in, before its report is built:
    ``curator run`` closes its executor there, so the workers' memory is given back before the
    driver reads the route reports and looks back (``curator.spool``) and builds the rest.
    """
    run = _Run.start(request, settings, store, clock, executor)
    todo = plan_check(request.routes, request.live, settings, store, run.started)
    domains.learn_elsewhere(todo.urls)  # for the route reports, without tldextract here
    early = run.early_routes(todo, on_route)
    listener = early.add if early is not None else None
    recorder = Recorder(store, run.id, settings, clock, todo.past, listener, todo.book)
    try:
        fetch_and_inspect(run.executor, todo, progress, recorder)  # classified, recorded
        recorder.flush()
        heap.settle()  # what was fetched lives to the end; the report is built next
        unreleased = recorder.unreleased(todo.to_fetch)
        offline = probe_and_judge_offline(
            run.executor, unreleased, todo.book, recorder, store, clock
        )
        if release is not None:
            release()
        observations = recorder.settle(todo.to_fetch, offline.inconclusive)
        report = run.report(todo, observations, offline, early)
    finally:
        recorder.close()
        if early is not None:
            early.close()
    # Archived copies of dead sources: the routes it changes come back redacted.
    return run.finish(rescue(report, request.routes, todo.baselines, store, archive, clock))


@dataclass(frozen=True)
class _Run:
    """One run's bookkeeping: its id and start, and its record in the store."""

    id: str
    started: datetime
    request: RunRequest
    settings: Settings
    store: Store | None
    clock: Clock
    executor: Executor

    @classmethod
    def start(
        cls,
        request: RunRequest,
        settings: Settings,
        store: Store | None,
        clock: Clock,
        executor: Executor | Fetcher,
    ) -> _Run:
        # A Fetcher exists only once its module is loaded: asked this way, a driver whose
        # workers fetch never imports the Fetcher and ``requests`` (``curator.execute``).
        fetching = sys.modules.get("curator.fetch.client")
        runs: Executor
        if fetching is not None and isinstance(executor, fetching.Fetcher):
            from curator.execute.local import InProcessExecutor

            runs = InProcessExecutor(executor)
        else:
            runs = cast("Executor", executor)
        started = clock()
        run_id = f"{started:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
        if store is not None:
            store.start_run(
                RunRecord(
                    run_id=run_id,
                    started_at=started,
                    kind=request.kind,
                    routes_dir=request.routes_dir,
                    partial=request.partial,
                )
            )
        return cls(run_id, started, request, settings, store, clock, runs)

    def context(self, inconclusive: bool) -> RouteContext:
        return RouteContext(
            self.request.known_slugs, self.settings, inconclusive, self.clock().date()
        )

    def early_routes(self, todo: CheckPlan, on_route: RouteListener | None) -> EarlyRoutes | None:
        if on_route is None:
            return None
        run = RunInfo(
            id=self.id, started_at=self.started, finished_at=self.started, inconclusive=False
        )
        return EarlyRoutes(
            self.request.routes,
            todo.reused,
            todo.past,
            todo.baselines,
            self.context,
            todo.summary,
            on_route,
            run,
        )

    def report(
        self,
        todo: CheckPlan,
        observations: Settled,
        offline: OfflineVerdict,
        early: EarlyRoutes | None,
    ) -> Report:
        finished = self.clock()
        info = run_info(
            self.id, self.started, finished, offline, todo.urls, todo.to_fetch, self.request.partial
        )
        looks = FinalLooks(todo.to_fetch, observations, todo.reused, todo.past, todo.summary)
        ctx = RouteContext(
            self.request.known_slugs, self.settings, offline.inconclusive, finished.date()
        )
        problems = [*self.request.problems, *todo.baseline_problems]
        return run_report(info, self.request.routes, looks, ctx, todo.baselines, problems, early)

    def finish(self, report: Report) -> Report:
        if self.store is not None:
            self.store.finish_run(
                RunRecord(
                    run_id=self.id,
                    started_at=self.started,
                    finished_at=report.run.finished_at,
                    inconclusive=report.run.inconclusive,
                    kind=self.request.kind,
                    counts=counts(report),
                    report_json=report.to_json(),
                    routes_dir=self.request.routes_dir,
                    partial=self.request.partial,
                )
            )
        return report
