"""Scale-out: links/s of fetch + inspect (titles, descriptions, soft-404 sketch) per executor.

    /work/venv/bin/python bench/scale_out.py [--urls 20000] [--hosts 200] [--concurrency 64]
        [--latency 20:80] [--modes inprocess-1core,processes-1core,processes-2core,dask-2]

Every mode runs the same workload through ``Executor.inspect_many``, the call the pipeline makes:
- ``inprocess-1core``: one process, pinned to one CPU (``sched_setaffinity``);
- ``processes-1core``: ``ProcessExecutor(workers=1)``, driver and worker pinned to one CPU;
- ``processes-2core``: ``ProcessExecutor(workers=2)`` on both CPUs (the default on 2 cores);
- ``dask-2``: ``DaskExecutor`` on a local cluster: ``dask scheduler`` + 2 single-thread workers.
The fixture web runs in a process of its own (never pinned) and delays each page by a fixed
per-page latency drawn from ``--latency`` milliseconds, so the latency bound
N x mean latency / concurrency is known. Politeness spacing is 0, the per-host cap generous:
this measures curator's own overhead, not the politeness it would normally add.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from curator.execute import Executor
from curator.execute.dask import DaskExecutor
from curator.execute.local import InProcessExecutor
from curator.execute.processes import ProcessExecutor
from curator.fetch.client import Fetcher
from curator.fetch.resolve import StaticResolver
from curator.settings import FetchSettings
from dask_cluster import LocalDaskCluster
from fixtureweb import FixtureWeb, html_page

PARAGRAPH = "<p>Low back pain is a leading cause of disability around the world. </p>"


def page(n: int) -> str:
    return html_page(
        f"Source page {n}",
        PARAGRAPH * 40,
        head=f"<meta name='description' content='What page {n} says about back pain.'>",
    )


def host_name(i: int) -> str:
    return f"www.host{i}-health.org"


def serve(hosts: int, per_host: int, latency: tuple[float, float], pipe: Connection) -> None:
    rng = random.Random(9)
    with FixtureWeb() as web:
        for h in range(hosts):
            web.add(host_name(h), "/robots.txt", status=404)
            for p in range(per_host):
                delay = rng.uniform(*latency) / 1000
                web.add(host_name(h), f"/page/{p}", body=page(p), delay=delay)
        pipe.send(web.port)
        pipe.recv()


@contextmanager
def pinned(cpus: set[int] | None) -> Iterator[None]:
    before = os.sched_getaffinity(0)
    if cpus is not None:
        os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def measure(make: Callable[[], Executor], urls: list[str]) -> tuple[float, float, int]:
    """(seconds, CPU seconds of this process and its finished children, titles found)."""
    executor = make()
    try:
        if isinstance(executor, ProcessExecutor):
            list(executor.inspect_many(urls[:1]))  # start-up is paid once per run, not per link
        cpu0 = _cpu()
        began = time.monotonic()
        titles = sum(1 for i in executor.inspect_many(urls) if i.page and i.page.title)
        took = time.monotonic() - began
    finally:
        executor.close()  # reaps local workers, so their CPU time is counted below
    return took, _cpu() - cpu0, titles


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--urls", type=int, default=20000)
    parser.add_argument("--hosts", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--latency", default="20:80", help="per-page delay range, ms")
    parser.add_argument("--modes", default="inprocess-1core,processes-1core,processes-2core,dask-2")
    args = parser.parse_args()
    low, high = (float(x) for x in args.latency.split(":"))
    per_host = args.urls // args.hosts

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(
        target=serve, args=(args.hosts, per_host, (low, high), theirs), daemon=True
    )
    server.start()
    port = ours.recv()
    resolver = StaticResolver({host_name(h): "127.0.0.1" for h in range(args.hosts)})
    urls = [
        f"http://{host_name(h)}:{port}/page/{p}" for p in range(per_host) for h in range(args.hosts)
    ]
    settings = FetchSettings(
        allow_private_networks=True,
        concurrency=args.concurrency,
        per_host_concurrency=max(2, args.concurrency // 8),
        per_host_spacing=0,
    )
    bound = len(urls) * (low + high) / 2 / 1000 / args.concurrency
    one = {min(os.sched_getaffinity(0))}
    print(f"{len(urls)} links over {args.hosts} hosts, concurrency {args.concurrency}, "
          f"latency {args.latency} ms: latency bound {bound:.1f} s")  # fmt: skip
    try:
        for mode in args.modes.split(","):
            with contextlib_cluster(mode) as address:
                cpus = one if mode.endswith("1core") else None
                with pinned(cpus):
                    took, cpu, titles = measure(_factory(mode, settings, resolver, address), urls)
            print(
                f"{mode:16} {took:6.1f} s  {len(urls) / took:6.0f} links/s  "
                f"{took / bound:4.2f}x bound  CPU {cpu:5.1f} s "
                f"({cpu / len(urls) * 1000:.2f} ms/link, driver+local workers)  "
                f"titles {titles}",
                flush=True,
            )
    finally:
        ours.send("stop")
        server.join(timeout=10)


@contextmanager
def contextlib_cluster(mode: str) -> Iterator[str]:
    if not mode.startswith("dask"):
        yield ""
        return
    with LocalDaskCluster(workers=int(mode.split("-")[1].split(":")[0])) as cluster:
        yield cluster.address


def _factory(
    mode: str, settings: FetchSettings, resolver: StaticResolver, address: str
) -> Callable[[], Executor]:
    if mode.startswith("inprocess"):
        return lambda: InProcessExecutor(Fetcher(settings, resolver))
    if mode.startswith("processes"):
        workers = 1 if mode.endswith("1core") else 2
        return lambda: ProcessExecutor(settings, resolver, workers=workers)
    if mode.startswith("dask"):
        per_thread = int(mode.split(":")[1]) if ":" in mode else 2  # e.g. dask-2:1
        return lambda: DaskExecutor(address, settings, resolver, shards_per_thread=per_thread)
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
