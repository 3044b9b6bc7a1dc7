"""The driver of ``curator run`` on the peers' workloads, its main thread's CPU by function,
sampled: ``curator run`` runs in this process (its workers are spawned, so only the driver is
seen) and a thread reads the main thread's stack and CPU clock every few milliseconds.

    PYTHONPATH=src:. python -m bench.driver_sample --slugs --links 6000 --hosts 200

Why sampling: ``bench.driver_cpu`` times a fixed list of functions inside ``bench.profile_run``,
which is not the command ``bench.peers`` times (it keeps a store, no spool, no reports of the
CLI's own choosing); cProfile charges every frame and overstates generator-heavy rendering 3-5
times. Here each sample charges the CPU the main thread used since the last one to every
function on its stack (inclusive) and to the innermost (self), so the figures add up to the
main thread's CPU and cost nothing where the code is not looked at.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType


def _where(frame: FrameType) -> str:
    code = frame.f_code
    name = code.co_filename
    for marker in ("/curator/", "/site-packages/", "/lib/python3"):
        if marker in name:
            name = name.split(marker, 1)[1]
            break
    return f"{name}:{code.co_qualname}"


class MainSampler:
    """Charges the main thread's CPU, sample by sample, to the functions on its stack."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.paths: Counter[tuple[str, ...]] = Counter()  # stacks, outermost first
        self.total = 0.0
        self._stop = threading.Event()
        self._main = threading.main_thread().ident
        assert self._main is not None
        self._clock = time.pthread_getcpuclockid(self._main)
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MainSampler:
        if self.interval <= 0:  # not sampled: the driver's CPU alone, at its own speed
            return self
        # The sampler needs the GIL to read a stack: at the default 5 ms switch interval it
        # would mostly get it when the main thread makes a system call, and charge the Python
        # work before that call to the call.
        sys.setswitchinterval(self.interval / 20)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        last = time.clock_gettime(self._clock)
        while not self._stop.wait(self.interval):
            now = time.clock_gettime(self._clock)
            spent, last = now - last, now
            frame = sys._current_frames().get(self._main)
            if frame is None or spent <= 0:
                continue
            self.total += spent
            self.own[_where(frame)] += spent
            seen: set[str] = set()
            stack: list[str] = []
            while frame is not None:
                key = _where(frame)
                stack.append(key)
                if key not in seen:
                    seen.add(key)
                    self.inclusive[key] += spent
                frame = frame.f_back
            self.paths[tuple(reversed(stack))] += spent


def _tree(paths: Counter[tuple[str, ...]], links: int, floor: float) -> None:
    """Inclusive ms a link down the call tree, curator's own frames only."""
    tree: dict[tuple[str, ...], float] = {}
    for stack, spent in paths.items():
        ours = tuple(key for key in stack if not key.startswith(("<", "/", ".11/", "click/")))
        ours = tuple(k for k in ours if "/" in k and not k.startswith(("jinja2", "yaml", "lxml")))
        for depth in range(len(ours) + 1):
            tree[ours[:depth]] = tree.get(ours[:depth], 0.0) + spent

    def show(prefix: tuple[str, ...]) -> None:
        children = [k for k in tree if len(k) == len(prefix) + 1 and k[: len(prefix)] == prefix]
        for child in sorted(children, key=lambda k: -tree[k]):
            ms = 1000 * tree[child] / links
            if ms >= floor:
                print(f"{ms:8.3f}  {'  ' * len(prefix)}{child[-1]}")
                show(child)

    show(())


def _callers(paths: Counter[tuple[str, ...]], links: int, wanted: str) -> None:
    """The two frames above each call of a function whose name ends with ``wanted``."""
    found: Counter[tuple[str, ...]] = Counter()
    for stack, spent in paths.items():
        for depth, key in enumerate(stack):
            if key.endswith(wanted):
                found[stack[max(0, depth - 2) : depth]] += spent
                break
    print(f"\ncallers of {wanted}:")
    for above, spent in found.most_common(12):
        print(f"{1000 * spent / links:8.3f}  {' <- '.join(reversed(above))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=6000)
    parser.add_argument("--hosts", type=int, default=200)
    parser.add_argument("--slugs", action="store_true")
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--interval", type=float, default=0.002)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument(
        "--callers", action="append", default=[], help="who calls this function (repeatable)"
    )
    parser.add_argument("--floor", type=float, default=0.004, help="ms a link shown in the tree")
    args = parser.parse_args()

    from bench.peers.tools.curator import Curator
    from bench.peers.tools.interface import Job
    from bench.peers.web import fixture_web, pick_port
    from bench.peers.workload import make_workload

    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=args.real, slugs=args.slugs)
    with fixture_web(workload.sites, port), tempfile.TemporaryDirectory() as tmp:
        # The very command bench.peers times (its route files, config and options), run here
        # rather than as ``python -m curator``; names given with --resolve, not /etc/hosts.
        job = Job("matched", workload.urls, "", Path(tmp), args.concurrency)
        argv = Curator().invocation(job).argv[3:]
        for site in workload.sites:
            argv += ["--resolve", f"{site.host}:127.0.0.1"]
        from curator.cli import main as cli

        began, cpu0 = time.monotonic(), time.thread_time()
        usage0 = os.times()
        with MainSampler(args.interval) as sampler, contextlib.suppress(SystemExit):
            cli.main(argv, prog_name="curator", standalone_mode=False)
        wall, main_cpu = time.monotonic() - began, time.thread_time() - cpu0
        usage1 = os.times()
    n = args.links
    process = (usage1.user + usage1.system) - (usage0.user + usage0.system)
    workers = (usage1.children_user + usage1.children_system) - (
        usage0.children_user + usage0.children_system
    )
    print(
        f"{n} links; wall {wall:.1f} s; driver main thread {main_cpu:.2f} CPU-s "
        f"({1000 * main_cpu / n:.3f} ms a link), driver process {process:.2f}, "
        f"children {workers:.2f} (system "
        f"{usage1.children_system - usage0.children_system:.2f}), driver system "
        f"{usage1.system - usage0.system:.2f}; sampled {sampler.total:.2f}; "
        f"load {os.getloadavg()[0]:.1f}"
    )
    print(f"\n{'inclusive ms/link':>18} {'own ms/link':>12}  function")
    for key, spent in sampler.inclusive.most_common(args.top):
        own = sampler.own.get(key, 0.0)
        print(f"{1000 * spent / n:18.3f} {1000 * own / n:12.3f}  {key}")
    print("\nthe call tree (functions outside curator folded into their callers):")
    _tree(sampler.paths, n, args.floor)
    for wanted in args.callers:
        _callers(sampler.paths, n, wanted)
    print(f"\n{'own ms/link':>12}  function (by own time)")
    for key, spent in sampler.own.most_common(args.top // 2):
        print(f"{1000 * spent / n:12.3f}  {key}")


if __name__ == "__main__":
    main()
