"""Which executor a run uses, from ``--cluster``, ``--workers`` and the size of the run.

The default, and why: worker processes take a noticeable time to start (importing curator, lxml,
requests) and pay off through the second core's share of the per-link CPU (fetch plus extraction;
both figures are in bench/README.md, "Scale-out"). Below ``PROCESS_MIN_LINKS`` a run is done before
a second core has saved what starting it cost, and a small run is bound by latency and politeness
anyway, so it stays in this process.

``curator run`` passes an upper bound (route files x sources per route, see
``catalog.most_links``), not the exact count: it chooses before reading the route files so the
workers start up while they are read. A run that checks far fewer links than its route files
cite (``--due``) may therefore start workers it barely uses; their start-up overlaps the reading
of the route files, so it costs CPU rather than time.
"""

from __future__ import annotations

import os

from curator.execute.interface import Executor, ShardProgress
from curator.execute.processes import ProcessExecutor
from curator.fetch.resolve import Resolver
from curator.settings import FetchSettings

PROCESS_MIN_LINKS = 2000


def default_workers(links: int, cpus: int | None = None) -> int:
    """Worker processes for a local run of ``links`` links: one per CPU for a large run."""
    cpus = cpus if cpus is not None else len(os.sched_getaffinity(0))
    return cpus if cpus > 1 and links >= PROCESS_MIN_LINKS else 1


def choose_executor(
    settings: FetchSettings,
    resolver: Resolver,
    links: int,
    *,
    cluster: str | None = None,
    workers: int | None = None,
    on_shard: ShardProgress | None = None,
) -> Executor:
    """``cluster`` wins; else ``workers`` processes (1 = this process); else the default."""
    # Each executor's module is imported when chosen: the in-process one (and Dask's) bring the
    # Fetcher and ``requests``, which a driver whose worker processes fetch never uses.
    if cluster:
        from curator.execute.dask import DaskExecutor

        return DaskExecutor(cluster, settings, resolver, on_shard=on_shard)
    count = workers if workers is not None else default_workers(links)
    if count <= 1:
        from curator.execute.local import InProcessExecutor
        from curator.fetch.client import Fetcher

        return InProcessExecutor(Fetcher(settings, resolver))
    return ProcessExecutor(settings, resolver, workers=count, on_shard=on_shard)
