"""The wiring every checking command shares: catalog -> store -> executor -> check.

Before this, ``curator run``, ``curator gate``, ``curator approve`` and the demo each built it
their own way, and only ``run`` took the run lock: a gate or an approval could interleave with a
scheduled run on the same state. A :class:`RunSession` holds what a run is made of (settings,
routes folder, the state store's address, ``--resolve`` overrides, the clock, a cancel event)
and makes each piece the same way for all of them. It decides nothing about what to check or
report: each command keeps its own flow and asks the session for the parts.

The clock is passed in, never read from the system here: the catalog's "today", due planning
and every recorded time follow it, so a test moves it instead of sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from curator.archive.client import ArchiveClient
from curator.catalog import Catalog, load_catalog
from curator.clock import Clock, utcnow
from curator.execute.choose import choose_executor
from curator.execute.interface import Executor, ShardProgress
from curator.fetch.resolve import Resolver, StaticResolver, SystemResolver
from curator.pipeline import Progress, RouteListener, RunRequest, plan, run_check
from curator.report.model import Report
from curator.session.cancel import cancellable
from curator.session.due import DuePlan, Selection, plan_from_store
from curator.session.lock import run_lock
from curator.settings import Settings
from curator.spool import CATALOG_ON_DISK_FROM
from curator.store.interface import Store
from curator.store.open import open_store

if TYPE_CHECKING:
    from curator.fetch.client import Fetcher


def store_url(settings: Settings, override: str | None) -> str:
    """The state store a command uses: ``--store`` when given ("" keeps no history), else the
    settings' ``store``."""
    return settings.store if override is None else override


def make_resolver(overrides: Mapping[str, str]) -> Resolver:
    """curl-style ``--resolve`` overrides over the system resolver."""
    if not overrides:
        return SystemResolver()
    return StaticResolver(dict(overrides), fallback=SystemResolver())


def known_slugs(routes_dir: Path) -> frozenset[str]:
    """Every route file present (loaded or not), for the ``similar:`` checks."""
    return frozenset(path.stem for path in routes_dir.glob("*.y*ml"))


@dataclass(frozen=True)
class RunSession:
    settings: Settings
    routes_dir: Path
    store: str | None = None  # --store; None: the settings' (see store_url)
    resolve: Mapping[str, str] = field(default_factory=dict)
    clock: Clock = utcnow
    cancel: threading.Event | None = None  # once set, the run stops at its next fetched URL
    purpose: str = "curator run"  # who holds the run lock, as a refusal names it
    resolver: Resolver | None = None  # instead of ``resolve`` (the demo's own web)
    ca_bundle: str | None = None  # a CA to trust besides the system's (the demo's)

    @property
    def store_url(self) -> str:
        return store_url(self.settings, self.store)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the state store's run lock (raises ``LockBusy`` after the configured wait, or
        ``RunCancelled`` once ``cancel`` is set); no store, no lock."""
        wait = self.settings.schedule.lock_wait_seconds
        with run_lock(self.store_url, wait, self.purpose, cancel=self.cancel):
            yield

    def catalog(self, only: Sequence[str] | None = None, *, spool: bool = False) -> Catalog:
        """The routes (or those named in ``only``), judged as of the clock's today; with
        ``spool``, a large catalog is kept on disk (``catalog.load.RoutesOnDisk``)."""
        spool_from = CATALOG_ON_DISK_FROM if spool else None
        return load_catalog(
            self.routes_dir, only=only, today=self.clock().date(), spool_from=spool_from
        )

    def open_store(self) -> Store | None:
        url = self.store_url
        return open_store(url) if url else None

    def make_resolver(self) -> Resolver:
        return self.resolver or make_resolver(self.resolve)

    def executor(
        self,
        links: int,
        *,
        cluster: str | None = None,
        workers: int | None = None,
        on_shard: ShardProgress | None = None,
    ) -> Executor:
        """Where the fetching runs, chosen by the number of links (see ``choose_executor``)."""
        resolver = self.make_resolver()
        return choose_executor(
            self.settings.fetch,
            resolver,
            links,
            cluster=cluster,
            workers=workers,
            on_shard=on_shard,
        )

    def fetcher(self) -> Fetcher:
        """A fetcher in this process, for small runs and for asking the network directly."""
        # Here, not at the top: a run whose worker processes fetch never makes one, and the
        # Fetcher brings ``requests`` (``curator.execute``'s docstring).
        from curator.fetch.client import Fetcher

        return Fetcher(self.settings.fetch, self.make_resolver(), ca_bundle=self.ca_bundle)

    def request(
        self,
        catalog: Catalog,
        *,
        kind: str = "run",
        live: frozenset[str] | None = None,
        partial: bool = False,
    ) -> RunRequest:
        return RunRequest(
            routes=catalog.ordered(),
            known_slugs=known_slugs(self.routes_dir),
            problems=[str(problem) for problem in catalog.problems],
            kind=kind,
            live=live,
            routes_dir=str(self.routes_dir.resolve()),
            partial=partial,
        )

    def due(self, request: RunRequest, store: Store, selection: Selection) -> DuePlan:
        """Which of the request's links are due a check now (``curator.session.due``)."""
        return plan_from_store(plan(request.routes), store, self.clock(), self.settings, selection)

    def check(
        self,
        request: RunRequest,
        executor: Executor | Fetcher,
        store: Store | None,
        *,
        progress: Progress | None = None,
        on_route: RouteListener | None = None,
        archive: ArchiveClient | None = None,
        release: Callable[[], None] | None = None,
    ) -> Report:
        """Run the check on the session's clock; stops at the next fetched URL once ``cancel``
        is set (``RunCancelled``). ``release`` is called once the fetching is over
        (``run_check``)."""
        return run_check(
            request,
            self.settings,
            executor,
            store,
            clock=self.clock,
            progress=cancellable(progress, self.cancel),
            on_route=on_route,
            archive=archive,
            release=release,
        )
