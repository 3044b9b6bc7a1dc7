"""One check of a routes folder, in this process, through a fixture web's names: the set-up the
verdict tests share (load the catalog, open a Fetcher, ``run_check``), kept in one place so a
change to how a run is asked for is made once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.fetch.resolve import Resolver
from curator.pipeline import RunRequest, run_check
from curator.report.model import Report
from curator.settings import Settings
from curator.store.interface import Store


def check_routes(
    routes_dir: Path,
    settings: Settings,
    resolver: Resolver,
    store: Store | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Report:
    with Fetcher(settings.fetch, resolver=resolver) as fetcher:
        return run_check(run_request(routes_dir), settings, fetcher, store, clock=clock)


def run_request(routes_dir: Path) -> RunRequest:
    """Every route of the folder, as a full run asks for them."""
    catalog = load_catalog(routes_dir)
    return RunRequest(routes=list(catalog.routes.values()), known_slugs=frozenset(catalog.routes))
