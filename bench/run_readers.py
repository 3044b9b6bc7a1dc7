"""Where a worker's CPU goes on real pages inside a whole run, by function: the readers as a
run calls them, beside what the run does with a page outside ``inspect``.

    python -m bench.run_readers [--links 2000] [--hosts 50]

``bench.inspect_inplace`` times each reader over bodies held in memory, the garbage collector
off, the fastest of several passes: a page's reading alone. A run reads the same pages among
fetch threads, with the collector on, each page once and cold, and reads more than the pages it
was given: the made-up addresses its probes learn and the hosts' front pages. This runs
``bench.profile_run``'s in-process run over the real-page workload (no cProfile) with a thread
CPU timer (``time.thread_time_ns``) around each function ``curator.inspect`` calls, around
``inspect`` itself (split into the run's own pages and the probes' looks), the collector's
passes (``gc.callbacks``, whatever thread they fall in), the arena trims, the record batches and
the route pages rendered while fetching. Outermost call only per name and thread, so a
function a reader calls again inside itself is counted once. Figures go to bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload
from bench.profile_run import run_once

import curator.check.record as recording
import curator.execute.arenas as arenas
import curator.execute.local as local
import curator.execute.work as work
import curator.inspect as inspecting
import curator.report.early as early
from curator.inspect import PROBE_WANTS

_NOT_READERS = frozenset({"replace", "partial", "cache", "dataclass", "inspect"})


class Timers:
    """Thread CPU spent under each name, outermost call per name and thread."""

    def __init__(self) -> None:
        self.spent: dict[str, int] = defaultdict(int)
        self.calls: dict[str, int] = defaultdict(int)
        self._inside = threading.local()

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        inside, spent, calls = self._inside, self.spent, self.calls

        def timed(*args: Any, **kwargs: Any) -> Any:
            names = inside.__dict__.setdefault("names", set())
            if name in names:
                return function(*args, **kwargs)
            names.add(name)
            started = time.thread_time_ns()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.thread_time_ns() - started
                calls[name] += 1
                names.discard(name)

        return timed


def install(timers: Timers) -> None:
    for name in dir(inspecting):
        reader = getattr(inspecting, name)
        if name.startswith("_") or name in _NOT_READERS or isinstance(reader, type):
            continue
        if callable(reader):
            setattr(inspecting, name, timers.wrap(name, reader))
    plain = inspecting.inspect
    page = timers.wrap("inspect: the run's pages", plain)
    probe = timers.wrap("inspect: probes' looks", plain)

    def split(result: Any, wants: Any = inspecting.NO_WANTS) -> Any:
        return (probe if wants is PROBE_WANTS else page)(result, wants)

    local.inspect = split  # type: ignore[assignment]
    work.inspect = split  # type: ignore[assignment]
    arenas.Trimmer.__call__ = timers.wrap("arena trim", arenas.Trimmer.__call__)  # type: ignore[method-assign]
    flush = recording.Recorder.flush
    recording.Recorder.flush = timers.wrap("record batches", flush)  # type: ignore[method-assign]
    pages = early.EarlyRoutePages.__call__
    early.EarlyRoutePages.__call__ = timers.wrap("route pages while fetching", pages)  # type: ignore[method-assign]
    began: dict[int, int] = {}

    def collector(phase: str, info: dict[str, int]) -> None:
        key = f"gc generation {info['generation']}"
        if phase == "start":
            began[threading.get_ident()] = time.thread_time_ns()
        else:
            timers.spent[key] += time.thread_time_ns() - began.pop(threading.get_ident(), 0)
            timers.calls[key] += 1

    gc.callbacks.append(collector)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    args.executor, args.store, args.profile, args.real = "inprocess", True, False, True
    timers = Timers()
    install(timers)
    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=True, slugs=False)
    hosts = [site.host for site in workload.sites]
    with fixture_web(workload.sites, port), tempfile.TemporaryDirectory() as tmp:
        figures, _ = run_once(args, port, workload.urls, hosts, Path(tmp), profiled=False)
    per = 1e6 * figures.links
    print(
        f"{figures.links} links, load {os.getloadavg()[0]:.1f}; CPU a link: process "
        f"{figures.process_cpu * 1e3 / figures.links:.2f} ms, main thread "
        f"{figures.main_cpu * 1e3 / figures.links:.2f} ms; states {figures.states}"
    )
    for name, ns in sorted(timers.spent.items(), key=lambda item: -item[1]):
        print(f"  {name:32s} {ns / per:7.3f} ms a link  ({timers.calls[name]} calls)")


if __name__ == "__main__":
    main()
