"""Where a whole run's CPU goes, per link and per stage: a reproducible profile of ``curator run``.

    /work/venv/bin/python -m bench.profile_run                    # 5,000 links over 50 hosts
    /work/venv/bin/python -m bench.profile_run --no-profile       # CPU figures without cProfile
    /work/venv/bin/python -m bench.profile_run --executor processes --top 30
    /work/venv/bin/python -m bench.profile_run --real --twice    # real pages; a second run

``--real`` serves the peer comparison's real-page workload (corpus pages of 20-200 kB, one
directory per link; ``bench.peers.realpages``) instead of the small articles. ``--twice`` runs
curator a second time against the same SQLite store, the same reports folder and the same,
unchanged web, as the next night would, and compares the two runs' CPU; the profile printed is
the second run's. ``--runs 3`` runs a third time (a look found unchanged keeps its reason, so
from the second run on the route pages stay as they are).
``--no-validators``: the real pages send no ETag or Last-Modified, so the second run fetches
every body again and can only see that it has not changed.

It does what ``curator run`` does, minus the terminal: route files of five links, the catalog
loaded, ``run_check`` (fetch, inspect, record in batches, soft-404 probes, classify, the report
model, route pages rendered as each route's links are in), what the reports read back from the
store (the trend, the previous run, the picture), every report file rendered and written, and
the console's tables printed to nowhere. The fixture web is the peer comparison's
(``bench.peers.web``: one asyncio process, article pages of about 1.2 kB answering after 20-80
ms, Zipf-skewed hosts), in a process of its own, so its CPU is not counted; names resolve
through a ``StaticResolver``, so no root and no /etc/hosts. Politeness is off (matched settings:
no per-host spacing, the per-host cap equal to the global one) because this measures curator's
own cost per link.

Why a profile of the main thread only: with ``--executor inprocess`` (the default here) every
per-link step but the HTTP exchange itself runs in the driver's main thread (``fetch_many``
hands results to it), so cProfile on that thread with a CPU clock (``time.thread_time``) sees
inspection, classification, recording and reports; the fetch threads' CPU is what the process
spent beyond it. ``--executor processes`` profiles the driver of the process pool instead (what
a large ``curator run`` uses on two cores) and counts the workers' CPU after they exit.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench.peers.tools.curator import write_routes
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload
from rich.console import Console

from curator.catalog import load_catalog
from curator.console import failing_sources, skipped_summary, summary_table
from curator.execute import Executor
from curator.execute.local import InProcessExecutor
from curator.execute.processes import ProcessExecutor
from curator.fetch.client import Fetcher
from curator.fetch.resolve import StaticResolver
from curator.pipeline import RunRequest, run_check
from curator.report.context import ReportContext, load_context
from curator.report.model import Report
from curator.report.outputs import EarlyRoutePages, write_all
from curator.report.picture import picture
from curator.settings import FetchSettings, Settings
from curator.store.sqlite import SqliteStore

# Stages shown per link: (label, file suffix, function name). Cumulative CPU of the main
# thread under each function; nested stages are indented under the stage that calls them.
STAGES: list[tuple[str, str, str]] = [
    ("load routes (catalog)", "catalog/load.py", "load_catalog"),
    ("run_check", "curator/pipeline.py", "run_check"),
    ("  fetch_many (main thread share)", "fetch/client.py", "fetch_many"),
    ("  inspect", "curator/inspect.py", "inspect"),
    ("    extract (decode + lxml + rules)", "extract/meta.py", "extract"),
    ("      decode_html", "extract/decode.py", "decode_html"),
    ("    shingle sketch (soft-404)", "classify/page_sketch.py", "shingle_sketch"),
    ("    parked marker regexes", "classify/soft404.py", "parked_marker"),
    ("    blurb terms", "assess/support.py", "measure_support"),
    ("  record batches (classify + store)", "check/record.py", "flush"),
    ("    classify", "classify/link.py", "classify"),
    ("    store.record", "store/sqlite.py", "record"),
    ("  soft-404 probes after the wave", "check/fetching.py", "probe_after_wave"),
    ("  settle (re-record changed)", "check/record.py", "settle"),
    ("  route reports (staleness, rollup)", "rollup/route.py", "route_report"),
    ("  redact report", "curator/report/redacted.py", "redact_report"),
    ("  finish_run (report JSON)", "store/sqlite.py", "finish_run"),
    ("  early route pages (while fetching)", "report/early.py", "__call__"),
    ("report context (trend, previous run)", "report/context.py", "load_context"),
    ("picture (partial runs)", "report/picture.py", "picture"),
    ("write reports", "report/outputs.py", "write_all"),
    ("  render html site", "report/html.py", "render_site"),
    ("  render json", "report/json_report.py", "render"),
    ("  render markdown", "report/markdown.py", "render"),
    ("  render sarif", "report/sarif.py", "pieces"),
    ("console tables", "bench/profile_run.py", "_console"),
]


T = TypeVar("T")


@dataclass(frozen=True)
class Figures:
    links: int
    wall: dict[str, float]  # seconds per phase
    cpu: dict[str, float]  # CPU seconds of the main thread per phase
    main_cpu: float  # CPU seconds of the driver's main thread
    process_cpu: float  # CPU seconds of the driver process (all its threads)
    children_cpu: float  # CPU seconds of worker processes (process executor)
    states: dict[str, int]


def run_once(
    args: argparse.Namespace,
    port: int,
    urls: list[str],
    hosts: list[str],
    work: Path,
    *,
    profiled: bool = True,
    name: str = "reports",
) -> tuple[Figures, cProfile.Profile | None]:
    routes = work / "routes"
    if not routes.is_dir():
        write_routes(routes, urls)
    settings = Settings(
        fetch=FetchSettings(
            allow_private_networks=True,
            concurrency=args.concurrency,
            per_host_concurrency=args.concurrency,
            per_host_spacing=0,
        )
    )
    resolver = StaticResolver(dict.fromkeys(hosts, "127.0.0.1"))
    profile = cProfile.Profile(time.thread_time) if args.profile and profiled else None
    usage0, main0 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def timed(name: str, step: Callable[[], T]) -> T:
        began, began_cpu = time.monotonic(), time.thread_time()
        if profile is not None:
            profile.enable()
        try:
            return step()
        finally:
            if profile is not None:
                profile.disable()
            wall[name] = time.monotonic() - began
            cpu[name] = time.thread_time() - began_cpu

    catalog = timed("load", lambda: load_catalog(routes))
    assert not catalog.problems, catalog.problems
    request = RunRequest(list(catalog.routes.values()), frozenset(catalog.routes))
    executor: Executor
    if args.executor == "processes":
        executor = ProcessExecutor(settings.fetch, resolver, workers=args.workers)
    else:
        executor = InProcessExecutor(Fetcher(settings.fetch, resolver))
    store = SqliteStore(work / "state.sqlite") if args.store else None
    # Route pages rendered as each route's links are in, as ``curator run`` does (report.early).
    pages = EarlyRoutePages(work / name)
    context, shown = ReportContext(), None
    try:
        report = timed(
            "run_check", lambda: run_check(request, settings, executor, store, on_route=pages)
        )
        if store is not None:
            context, shown = timed(
                "context", lambda: (load_context(store, report.run.id), picture(store, report))
            )
    finally:
        executor.close()
        if store is not None:
            store.close()
    shown = shown or report
    timed(
        "reports",
        lambda: write_all(shown, work / name, context.history, context.previous, pages),
    )
    timed("console", lambda: _console(report))
    usage1, main1 = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
    children1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    states: dict[str, int] = {}
    for route in report.routes:
        for source in route.sources:
            states[source.state.value] = states.get(source.state.value, 0) + 1
    return (
        Figures(
            links=len(urls),
            wall=wall,
            cpu=cpu,
            main_cpu=main1 - main0,
            process_cpu=_cpu(usage1) - _cpu(usage0),
            children_cpu=_cpu(children1) - _cpu(children0),
            states=states,
        ),
        profile,
    )


def _console(report: Report) -> None:
    """The tables ``curator run`` prints at its end, to a console nobody reads."""
    out = Console(file=io.StringIO(), width=100)
    summary_table(report, out)
    failing_sources(report, out)
    skipped_summary(report, out)


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def stage_table(profile: cProfile.Profile, links: int) -> list[tuple[str, float]]:
    """Cumulative main-thread CPU per stage, in ms per link."""
    stats = pstats.Stats(profile)
    table = stats.stats  # type: ignore[attr-defined]
    rows = []
    for label, suffix, name in STAGES:
        total = 0.0
        for (filename, _line, func), (_cc, _nc, _tt, cumulative, _callers) in table.items():
            if func == name and filename.endswith(suffix):
                total += cumulative
        rows.append((label, total * 1000 / links))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--executor", choices=("inprocess", "processes"), default="inprocess")
    parser.add_argument("--workers", type=int, default=2, help="for --executor processes")
    parser.add_argument("--no-store", dest="store", action="store_false",
                        help="keep no history (as the peer bench's --store '')")  # fmt: skip
    parser.add_argument("--no-profile", dest="profile", action="store_false")
    parser.add_argument("--top", type=int, default=25, help="functions listed by own CPU")
    parser.add_argument("--save", type=Path, help="write the raw profile here (pstats format)")
    parser.add_argument("--real", action="store_true", help="real corpus pages, real URL shapes")
    parser.add_argument("--slugs", action="store_true",
                        help="slug-ignoring sites (bench.peers --slugs)")  # fmt: skip
    parser.add_argument("--twice", action="store_true",
                        help="a second run over the unchanged web, same store")  # fmt: skip
    parser.add_argument("--runs", type=int, default=0,
                        help="runs over the unchanged web, same store and reports")  # fmt: skip
    parser.add_argument("--no-validators", dest="validators", action="store_false",
                        help="real pages send no ETag/Last-Modified (no 304s)")  # fmt: skip
    args = parser.parse_args()
    args.runs = args.runs or (2 if args.twice else 1)
    args.twice = args.runs > 1
    if args.links % 5:
        parser.error("--links must be a multiple of 5 (routes have five sources)")
    if args.twice and not args.store:
        parser.error("--twice needs the store (it is what the second run remembers)")

    port = pick_port(0)
    workload = make_workload(
        args.links, args.hosts, port, real=args.real, slugs=args.slugs, validators=args.validators
    )
    hosts = [site.host for site in workload.sites]
    print(
        f"{args.links} links over {args.hosts} hosts (busiest {workload.busiest}), "
        f"{'real pages' if args.real else 'slug-ignoring pages' if args.slugs else 'small pages'}"
        f"{'' if args.validators else ' without validators'}, "
        f"concurrency {args.concurrency}, executor {args.executor}, "
        f"store {'sqlite' if args.store else 'none'}, profile {'on' if args.profile else 'off'}; "
        f"Python {sys.version.split()[0]}, {len(os.sched_getaffinity(0))} CPUs, "
        f"load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    with (
        fixture_web(workload.sites, port),
        tempfile.TemporaryDirectory(prefix="curator-profile-") as tmp,
    ):
        work = Path(tmp)
        runs = [run_once(args, port, workload.urls, hosts, work, profiled=not args.twice)]
        for number in range(2, args.runs + 1):  # into the same reports, as `curator run` does
            last = number == args.runs
            runs.append(run_once(args, port, workload.urls, hosts, work, profiled=last))

    for number, (figures, profile) in enumerate(runs, start=1):
        if args.twice:
            print(f"\n== run {number} ==")
        show(args, figures, profile)
    first = runs[0][0].process_cpu + runs[0][0].children_cpu
    for number, (figures, _) in enumerate(runs[1:], start=2):
        again = figures.process_cpu + figures.children_cpu
        print(
            f"\n{_NTH.get(number, f'run {number}')} over the unchanged web: {again:.2f} s CPU "
            f"against {first:.2f} s, {again / first:.1%} of the first run's"
        )


_NTH = {2: "second run", 3: "third run"}


def show(args: argparse.Namespace, figures: Figures, profile: cProfile.Profile | None) -> None:
    n = figures.links
    per = 1000 / n
    print(f"states: {figures.states}")
    print("wall: " + ", ".join(f"{k} {v:.1f} s" for k, v in figures.wall.items()))
    print(
        "main-thread CPU per link: "
        + ", ".join(f"{k} {v * per:.2f} ms" for k, v in figures.cpu.items())
    )
    fetch_threads = figures.process_cpu - figures.main_cpu
    print(
        f"CPU per link: {(figures.process_cpu + figures.children_cpu) * per:.2f} ms in all "
        f"(driver main thread {figures.main_cpu * per:.2f}, driver's other threads "
        f"{fetch_threads * per:.2f}, worker processes {figures.children_cpu * per:.2f})"
    )
    if profile is None:
        return
    print("\nmain-thread CPU by stage (cumulative, ms/link; cProfile inflates small calls):")
    for label, ms in stage_table(profile, n):
        print(f"  {label:42} {ms:7.3f}")
    print(f"\ntop {args.top} functions by own CPU (tottime):")
    stats = pstats.Stats(profile, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(args.top)
    if args.save:
        profile.dump_stats(args.save)


if __name__ == "__main__":
    main()
