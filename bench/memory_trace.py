"""What the driver of a ``curator run`` holds when its fetch starts and when it ends, by the line
of curator that allocated it (tracemalloc).

    /work/venv/bin/python -m bench.memory_trace --links 3000          # real pages, two workers
    /work/venv/bin/python -m bench.memory_trace --links 3000 --small  # ~1.2 kB articles

``bench.memory_split`` says which process holds the tree's peak (the driver at the end of the
fetch, beside both workers); this says what the driver's share of it is. It runs the CLI's
``curator run`` in this process, as ``bench.memory_split`` runs it in a child (no store, matched
concurrency 64, two worker processes), and takes a snapshot just before ``fetch_and_inspect``
and just after it. Each allocation still held is charged to the innermost frame inside
``src/curator/`` (a line of a library or of Python itself when no curator frame is on its
stack: imports, mostly), so per-link figures read as "what each link costs where". The figures
include tracemalloc's slowdown of the driver, not its memory: it traces Python's allocations
only (not lxml's, not glibc's arenas), and the workers are not traced.

It once seemed to hang (no 300-link run finished in 10 minutes): the fixture web, a forked child,
was forked after tracing started and served every page under tracemalloc, and the snapshots
were filtered with ``Snapshot.filter_traces(all_frames=True)``, which runs ``fnmatch`` in Python
on each of 30 frames of every trace. Now the web starts before tracing, this bench's own
allocations are skipped by comparing file names, and 10 frames are kept by default (deep
enough to reach the curator line of an allocation; an import is charged to a library line
either way). A 300-link run takes minutes still: each distinct stack is grouped in Python.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import linecache
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from bench.peers.sites import Site
from bench.peers.tools.curator import write_routes
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

_MIB = 1 << 20


def where(trace: tracemalloc.Traceback) -> str:
    """The innermost curator line of an allocation's stack, or its innermost frame."""
    for frame in reversed(trace):  # a Traceback lists the oldest frame first
        if "/src/curator/" in frame.filename:
            name = frame.filename.split("/src/curator/")[-1]
            text = linecache.getline(frame.filename, frame.lineno).strip()
            return f"{name}:{frame.lineno}  {text[:72]}"
    frame = trace[-1]
    return f"({Path(frame.filename).name}:{frame.lineno})"


def table(label: str, snapshot: tracemalloc.Snapshot, links: int, top: int) -> list[str]:
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for stat in snapshot.statistics("traceback"):
        # Not this bench's own allocations (linecache's copy of the sources shown, earlier
        # tables). Not ``Snapshot.filter_traces(all_frames=True)``: it matches every frame of
        # every trace with ``fnmatch`` in Python, which at 30 frames took longer than the run.
        if any(frame.filename == __file__ for frame in stat.traceback):
            continue
        key = where(stat.traceback)
        sizes[key] += stat.size
        counts[key] += stat.count
    total = sum(sizes.values())
    lines = [f"== {label}: {total / _MIB:.1f} MiB traced, {total / links:.0f} B a link"]
    for key, size in sizes.most_common(top):
        lines.append(f"  {size / _MIB:7.2f} MiB {size / links:6.0f} B/link {counts[key]:8d}  {key}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=3000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--small", action="store_true", help="the ~1.2 kB article workload")
    parser.add_argument("--top", type=int, default=30, help="lines shown per snapshot")
    parser.add_argument("--frames", type=int, default=10, help="stack depth traced")
    args = parser.parse_args()
    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=not args.small)
    # The fixture web is a forked child: started before tracing, so it does not serve every
    # page under tracemalloc (its snapshot's bookkeeping and its slowdown both inherited).
    with fixture_web(workload.sites, port):
        run(args, workload.sites, workload.urls)


def run(args: argparse.Namespace, sites: list[Site], urls: list[str]) -> None:
    """``curator run`` in this process under tracemalloc, its two snapshots printed after."""
    tracemalloc.start(args.frames)
    # Imported once tracing runs, so what the driver imports is charged like the rest.
    import curator.pipeline
    from curator.cli import main as curator_main

    namespace = vars(curator.pipeline)  # run_check calls fetch_and_inspect by this name
    fetch = namespace["fetch_and_inspect"]
    shown: list[str] = []  # printed after the run, which prints its own summary to stdout

    def traced(*call: Any, **named: Any) -> Any:
        snapshot = tracemalloc.take_snapshot()
        shown.extend(table("when the fetch starts", snapshot, args.links, args.top))
        del snapshot  # not charged to the fetch
        fetched = fetch(*call, **named)
        snapshot = tracemalloc.take_snapshot()
        shown.extend(table("when the fetch ends", snapshot, args.links, args.top))
        return fetched

    namespace["fetch_and_inspect"] = traced
    with tempfile.TemporaryDirectory(prefix="curator-trace-") as tmp:
        work = Path(tmp)
        write_routes(work / "routes", urls)
        config = work / "curator.toml"
        config.write_text("[fetch]\nper_host_concurrency = 64\nper_host_spacing = 0\n")
        argv = ["run", "--routes", str(work / "routes"), "--reports", str(work / "reports")]
        argv += ["--store", "", "--no-progress", "--allow-private-networks", "--quiet"]
        argv += ["--config", str(config), "--concurrency", "64", "--workers", "2"]
        for site in sites:
            argv += ["--resolve", f"{site.host}:127.0.0.1"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            curator_main(argv, standalone_mode=False)
    current, peak = tracemalloc.get_traced_memory()
    print("\n".join(shown))
    print(f"traced after the reports {current / _MIB:.1f} MiB, peak {peak / _MIB:.1f} MiB")


if __name__ == "__main__":
    main()
