"""Where a ``curator run``'s memory is: the driver's and each worker's RSS over the run.

    /work/venv/bin/python -m bench.memory_split --links 20000            # real pages
    /work/venv/bin/python -m bench.memory_split --links 20000 --small    # ~1.2 kB articles
    /work/venv/bin/python -m bench.memory_split --links 20000 --slugs    # the same, slug addresses
    /work/venv/bin/python -m bench.memory_split --links 20000 --workers 1  # no worker processes

``bench.peers`` reports one figure, the whole process tree's peak; this runs ``curator run``
through its CLI the same way (``--store ''``, matched concurrency 64, the processes executor a
large run chooses) on the same fixture web, and samples every process of the tree every 50 ms,
so the peak can be put where it is: the driver while it fetches, the workers, or the driver
writing reports after the workers have gone. Names resolve through ``--resolve``, so no root.
``--python`` runs another checkout's interpreter (a base worktree, to compare in one window).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil  # type: ignore[import-untyped]
from bench.peers.tools.curator import write_routes
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

Sample = tuple[float, int, list[int]]  # seconds since start, driver RSS, each worker's RSS


@dataclass
class Life:
    """One child of the driver as the sampling saw it: what it runs, when, and its largest RSS."""

    role: str
    first: float
    last: float
    rss: int = 0
    tree: int = 0  # the largest the whole tree was while this child lived


def role(child: psutil.Process) -> str:
    """What a child of ``curator run`` is, from its command line."""
    line = " ".join(child.cmdline())
    for marker, name in (
        ("curator.domains", "suffix list"),
        ("resource_tracker", "resource tracker"),
        ("spawn_main", "worker"),
    ):
        if marker in line:
            return name
    return line[:40]


def sample_tree(
    proc: subprocess.Popen[bytes], began: float, samples: list[Sample], lives: dict[int, Life]
) -> None:
    parent = psutil.Process(proc.pid)
    # Not proc.poll(): it would reap the child before main's os.wait4 reads its CPU figures.
    while True:
        try:
            if parent.status() == psutil.STATUS_ZOMBIE:
                return
            driver = parent.memory_info().rss
            workers = []
            alive = []
            for child in parent.children(recursive=True):
                # A child that ends between the listing and the reading (the driver's short
                # child reading the suffix list, ``curator.domains``) is simply not counted;
                # only the driver's own end stops the sampling.
                with contextlib.suppress(psutil.NoSuchProcess):
                    rss = child.memory_info().rss
                    workers.append(rss)
                    now = time.monotonic() - began
                    if child.pid not in lives:
                        lives[child.pid] = Life(role(child), now, now)
                    life = lives[child.pid]
                    life.last, life.rss = now, max(life.rss, rss)
                    alive.append(life)
            for life in alive:
                life.tree = max(life.tree, driver + sum(workers))
            samples.append((time.monotonic() - began, driver, workers))
        except psutil.NoSuchProcess:
            return
        except psutil.Error:
            pass
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=20000)
    parser.add_argument("--hosts", type=int, default=200)
    parser.add_argument("--small", action="store_true", help="the ~1.2 kB article workload")
    parser.add_argument(
        "--slugs", action="store_true", help="the small pages at slug addresses the sites ignore"
    )
    parser.add_argument("--python", default=sys.executable, help="the interpreter to run")
    parser.add_argument("--points", type=int, default=12, help="timeline rows printed")
    parser.add_argument(
        "--fetch",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="another [fetch] setting for the run (e.g. worker_malloc_arenas=0); repeatable",
    )
    parser.add_argument(
        "--workers", type=int, help="curator run --workers (1: fetch in the driver's process)"
    )
    args = parser.parse_args()
    port = pick_port(0)
    real = not (args.small or args.slugs)
    workload = make_workload(args.links, args.hosts, port, real=real, slugs=args.slugs)
    samples: list[Sample] = []
    lives: dict[int, Life] = {}
    with (
        fixture_web(workload.sites, port),
        tempfile.TemporaryDirectory(prefix="curator-memory-") as tmp,
    ):
        work = Path(tmp)
        write_routes(work / "routes", workload.urls)
        config = work / "curator.toml"
        extra = "".join(f"{setting}\n" for setting in args.fetch)
        config.write_text(f"[fetch]\nper_host_concurrency = 64\nper_host_spacing = 0\n{extra}")
        argv = [args.python, "-m", "curator", "run", "--routes", str(work / "routes")]
        argv += ["--reports", str(work / "reports"), "--store", "", "--no-progress"]
        argv += ["--allow-private-networks", "--config", str(config), "--concurrency", "64"]
        if args.workers is not None:
            argv += ["--workers", str(args.workers)]
        for site in workload.sites:
            argv += ["--resolve", f"{site.host}:127.0.0.1"]
        load = os.getloadavg()[0]
        began = time.monotonic()
        with (work / "stderr").open("wb") as err:
            proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
            sampler = threading.Thread(target=sample_tree, args=(proc, began, samples, lives))
            sampler.start()
            _, status, usage = os.wait4(proc.pid, 0)
            sampler.join()
        wall = time.monotonic() - began
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1, 3):  # 3: some links could not be judged (a loaded machine)
            sys.exit((work / "stderr").read_text(errors="replace")[-2000:])
    mib = 1 << 20
    total = max(d + sum(w) for _, d, w in samples) / mib  # tenths: issue 19's 250 MB is 238.4 MiB
    driver = max(d for _, d, _ in samples) // mib
    worker = max((max(w) for _, _, w in samples if w), default=0) // mib
    print(
        f"{args.links} links, {'real' if real else 'slug' if args.slugs else 'small'} pages: "
        f"wall {wall:.1f} s, "
        f"CPU {usage.ru_utime + usage.ru_stime:.1f} s, peak tree {total:.1f} MiB, driver {driver} "
        f"MiB, largest worker {worker} MiB; load average {load:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after; exit code {code}"
    )
    # Where the tree's peak was: a child that lives a few seconds (the driver's reader of the
    # suffix list, ``curator.domains``) shows only here, not in the timeline's rows.
    at, driver_rss, workers = max(samples, key=lambda s: s[1] + sum(s[2]))
    shown = " + ".join(str(w // mib) for w in workers) or "-"
    print(f"  peak at {at:.1f} s: driver {driver_rss // mib} MiB, children {shown} MiB")
    # Every child's life: the suffix-list child's seconds beside the workers' start and fetch.
    for pid, life in sorted(lives.items(), key=lambda item: item[1].first):
        print(
            f"  child {pid} ({life.role}): {life.first:.1f}-{life.last:.1f} s, "
            f"largest {life.rss // mib} MiB; the tree at most {life.tree / mib:.1f} MiB meanwhile"
        )
    step = max(1, len(samples) // args.points)
    for seconds, driver_rss, workers in samples[::step] + samples[-1:]:
        shown = " + ".join(str(w // mib) for w in workers) or "-"
        print(f"  {seconds:7.1f} s  driver {driver_rss // mib:4d} MiB  workers {shown} MiB")


if __name__ == "__main__":
    main()
