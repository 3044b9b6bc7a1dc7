"""Where a worker process's CPU goes, thread by thread: the process pool's real-page run.

    /work/venv/bin/python -m bench.worker_threads                 # 5,000 real pages, 2 workers
    /work/venv/bin/python -m bench.worker_threads --small         # the small-page workload
    /work/venv/bin/python -m bench.worker_threads --time-inspect  # inspect() timed in workers
    /work/venv/bin/python -m bench.worker_threads --curator-run --links 20000 --hosts 200
    /work/venv/bin/python -m bench.worker_threads --curator-run --slugs --links 6000 --hosts 200

It runs what ``python -m bench.profile_run --real --executor processes --no-profile`` runs (the
same route files, catalog, ``run_check``, reports and fixture web) and, while it runs, reads
every worker's threads from ``/proc/<pid>/task/<tid>/stat`` and ``status`` twenty times a
second (``--interval``): user and system CPU, and voluntary and involuntary context switches,
each thread's last reading kept (a thread that ends before the last look loses at most one
interval). The process's own totals (``/proc/<pid>/stat``, which keeps the times of threads
that ended) show what the threads' sum misses.

Threads are told apart by name. Python does not give its threads' names to the kernel, so the
workers (which ``spawn`` starts by importing this module as ``__mp_main__``) install a
``threading.setprofile`` hook that, on each new thread's first call, copies the thread's name
into the kernel's (``prctl(PR_SET_NAME)``, 15 characters) and removes itself. With
``--curator-run`` the same hook reaches ``curator run`` and its workers through a
``sitecustomize`` module put first on their ``PYTHONPATH``.

It also counts what crosses from the workers to the driver: the pickled size of every chunk the
driver receives, per inspection.
"""

from __future__ import annotations

import argparse
import ctypes
import itertools
import os
import pickle
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_PR_SET_NAME = 15


def _name_thread(frame: Any, event: str, arg: Any) -> None:
    """A new thread's first profile event: give its name to the kernel, then stop profiling."""
    sys.setprofile(None)
    name = threading.current_thread().name.encode()[:15]
    ctypes.CDLL(None).prctl(_PR_SET_NAME, name, 0, 0, 0)


def _time_inspect(path: str) -> None:
    """Count the reading thread's CPU inside ``inspect`` (and inside its parse and metadata
    rules), written to ``path`` when the worker exits: the rest of that thread's CPU is the
    fetch loop around it."""
    import atexit

    from curator import inspect as inspecting
    from curator.execute import work

    spent = {"inspect": 0.0, "read_page": 0.0, "calls": 0.0}

    def timed(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.thread_time() - began
                if name == "inspect":
                    spent["calls"] += 1
                    if spent["calls"] % 100 == 0:  # workers may leave by os._exit: no atexit
                        write()

        return wrapper

    def write() -> None:
        Path(f"{path}.{os.getpid()}").write_text(
            f"{spent['inspect']} {spent['read_page']} {int(spent['calls'])}"
        )

    work.inspect = timed("inspect", work.inspect)  # type: ignore[attr-defined]
    inspecting.read_page = timed("read_page", inspecting.read_page)  # type: ignore[attr-defined]
    atexit.register(write)


if __name__ == "__mp_main__":  # a worker process: name its threads for the sampler
    threading.setprofile(_name_thread)
    if os.environ.get("BENCH_TIME_INSPECT"):
        _time_inspect(os.environ["BENCH_TIME_INSPECT"])
    if os.environ.get("BENCH_SWITCH_INTERVAL"):  # an experiment: the GIL's switch interval
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH_INTERVAL"]))


@dataclass
class ThreadLook:
    comm: str
    user: float  # seconds
    system: float
    voluntary: int
    involuntary: int


_TICK = os.sysconf("SC_CLK_TCK")


def _stat_times(path: str) -> tuple[str, float, float]:
    with open(path) as handle:
        text = handle.read()
    comm = text[text.index("(") + 1 : text.rindex(")")]
    fields = text[text.rindex(")") + 2 :].split()
    return comm, int(fields[11]) / _TICK, int(fields[12]) / _TICK


def _switches(path: str) -> tuple[int, int]:
    voluntary = involuntary = 0
    with open(path) as handle:
        for line in handle:
            if line.startswith("voluntary_ctxt_switches"):
                voluntary = int(line.split()[1])
            elif line.startswith("nonvoluntary_ctxt_switches"):
                involuntary = int(line.split()[1])
    return voluntary, involuntary


def _children(parent: int) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                text = handle.read()
        except OSError:
            continue
        if int(text[text.rindex(")") + 2 :].split()[1]) == parent:
            pids.append(int(entry))
    return pids


class Sampler:
    """Reads the threads of ``root``'s child processes (and, with ``itself``, of ``root`` and its
    grandchildren) until stopped; keeps each one's last look."""

    def __init__(self, interval: float, root: int | None = None, *, itself: bool = False) -> None:
        self.interval = interval
        self.root = root if root is not None else os.getpid()
        self.itself = itself
        self.threads: dict[tuple[int, int], ThreadLook] = {}
        self.processes: dict[int, ThreadLook] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        pids: list[int] = []
        for look in itertools.count():
            if self._stop.wait(self.interval):
                return
            if look % 10 == 0:  # listing /proc costs more than the looks: twice a second
                pids = _children(self.root)
                if self.itself:
                    pids += [self.root, *(pid for child in pids for pid in _children(child))]
            for pid in pids:
                self._look(pid)

    def _look(self, pid: int) -> None:
        try:
            comm, user, system = _stat_times(f"/proc/{pid}/stat")
            voluntary, involuntary = _switches(f"/proc/{pid}/status")
            self.processes[pid] = ThreadLook(comm, user, system, voluntary, involuntary)
            for tid in os.listdir(f"/proc/{pid}/task"):
                base = f"/proc/{pid}/task/{tid}"
                comm, user, system = _stat_times(f"{base}/stat")
                voluntary, involuntary = _switches(f"{base}/status")
                look = ThreadLook(comm, user, system, voluntary, involuntary)
                self.threads[(pid, int(tid))] = look
        except (OSError, ValueError):
            pass  # the process or thread ended between the listing and the read


def role(pid: int, tid: int, comm: str) -> str:
    if tid == pid:
        return "main thread"
    if comm.startswith("curator-fetch-w"):
        return "fetch watchdog"
    if comm.startswith("curator-fetch"):
        return "fetch threads"
    if comm.startswith("curator-shard"):
        return "shard reader (inspect)"
    if comm.startswith("curator-probe"):
        return "probe threads"
    if comm.startswith("QueueFeeder"):
        return "queue feeder (pickle + pipe)"
    if comm.startswith("curator-stop"):
        return "stop watcher"
    return f"other ({comm})"


class PickleCount:
    """Counts the pickled bytes of the chunks the driver reads (a second pickling, in the
    driver, of exactly what crossed)."""

    def __init__(self) -> None:
        self.chunks = 0
        self.inspections = 0
        self.answers = 0
        self.bytes = 0

    def install(self) -> None:
        from curator.execute import processes

        original = processes._forward
        count = self

        def forward(results: Any, arrived: Any, pids: set[int]) -> None:
            class Counting:
                def put(self, item: Any) -> None:
                    if isinstance(item, processes._Chunk) and item.inspections:
                        count.chunks += 1
                        count.bytes += len(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
                        for one in item.inspections:
                            if isinstance(one, processes.ProbeAnswer):
                                count.answers += 1
                            else:
                                count.inspections += 1
                    arrived.put(item)

            original(results, Counting(), pids)  # type: ignore[arg-type]

        processes._forward = forward  # type: ignore[assignment]


def main() -> None:
    from bench.peers.web import fixture_web, pick_port
    from bench.peers.workload import make_workload
    from bench.profile_run import run_once

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--small", action="store_true", help="the small-page workload")
    parser.add_argument("--slugs", action="store_true",
                        help="with --curator-run: the slug workload")  # fmt: skip
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between looks")
    parser.add_argument("--time-inspect", action="store_true",
                        help="time inspect() in the workers (clock reads)")  # fmt: skip
    parser.add_argument("--no-pickles", dest="pickles", action="store_false",
                        help="do not count pickled bytes (it costs the driver CPU)")  # fmt: skip
    parser.add_argument("--curator-run", action="store_true",
                        help="`curator run` on the peers' matched workload instead")  # fmt: skip
    args = parser.parse_args()
    args.real, args.executor, args.store, args.profile = not args.small, "processes", True, False
    if args.curator_run:
        curator_run(args)
        return

    counter = PickleCount()
    if args.pickles:
        counter.install()
    timings = tempfile.mkdtemp(prefix="curator-inspect-times-")
    if args.time_inspect:
        os.environ["BENCH_TIME_INSPECT"] = f"{timings}/worker"
    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=args.real, validators=True)
    hosts = [site.host for site in workload.sites]
    print(
        f"{args.links} links over {args.hosts} hosts, "
        f"{'real' if args.real else 'small'} pages, concurrency {args.concurrency}, "
        f"{args.workers} workers; load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    with (
        fixture_web(workload.sites, port),
        tempfile.TemporaryDirectory(prefix="curator-threads-") as tmp,
        Sampler(args.interval) as sampler,
    ):
        began = time.monotonic()
        figures, _ = run_once(args, port, workload.urls, hosts, Path(tmp))
        wall = time.monotonic() - began
    show(args, sampler, figures, wall, counter)
    for path in sorted(Path(timings).glob("worker.*")):
        inspect_s, read_s, calls = path.read_text().split()
        print(
            f"worker {path.suffix[1:]}: inspect {float(inspect_s) * 1000 / int(calls):.3f} ms a "
            f"call over {calls} calls, of which read_page (parse, rules, text) "
            f"{float(read_s) * 1000 / int(calls):.3f}"
        )


# Every Python process started with this on its path names its threads (the driver of
# ``curator run`` and the workers it spawns alike), as the ``__mp_main__`` hook does above.
_SITECUSTOMIZE = """
import ctypes, sys, threading

def _name_thread(frame, event, arg):
    sys.setprofile(None)
    name = threading.current_thread().name.encode()[:15]
    ctypes.CDLL(None).prctl(15, name, 0, 0, 0)

threading.setprofile(_name_thread)

import os
if os.environ.get("BENCH_SWITCH_INTERVAL"):  # an experiment: the GIL's switch interval
    sys.setswitchinterval(float(os.environ["BENCH_SWITCH_INTERVAL"]))
if os.environ.get("BENCH_GC_TIMES"):  # the collector's CPU in each process, written at exit
    import atexit, gc, time
    _gc = [0.0, 0.0, 0]
    def _gc_time(phase, info):
        if phase == "start":
            _gc[1] = time.process_time()
        else:
            _gc[0] += time.process_time() - _gc[1]
            _gc[2] += info["generation"] == 2
            _gc_write()  # workers leave by os._exit: no atexit
    gc.callbacks.append(_gc_time)
    def _gc_write():
        with open(f"{os.environ['BENCH_GC_TIMES']}.{os.getpid()}", "w") as handle:
            handle.write(f"{_gc[0]} {_gc[2]} {gc.get_stats()}")
    atexit.register(_gc_write)
"""


def curator_run(args: argparse.Namespace) -> None:
    """``curator run`` as ``bench.peers`` runs it at matched concurrency (no store, the peers'
    politeness, the same route files and config), names given with ``--resolve`` rather than
    /etc/hosts; the driver and its workers sampled."""
    import subprocess

    from bench.peers.tools.curator import write_routes
    from bench.peers.web import fixture_web, pick_port
    from bench.peers.workload import make_workload

    port = pick_port(0)
    real = args.real and not args.slugs
    workload = make_workload(args.links, args.hosts, port, real=real, slugs=args.slugs)
    kind = "slug" if args.slugs else "real" if real else "small"
    print(
        f"curator run: {args.links} links over {args.hosts} hosts, "
        f"{kind} pages, concurrency {args.concurrency}; "
        f"load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    with (
        fixture_web(workload.sites, port),
        tempfile.TemporaryDirectory(prefix="curator-threads-") as tmp,
    ):
        work = Path(tmp)
        write_routes(work / "routes", workload.urls)
        config = work / "curator.toml"
        config.write_text(
            f"[fetch]\nper_host_concurrency = {args.concurrency}\nper_host_spacing = 0\n",
            encoding="utf-8",
        )
        (work / "site").mkdir()
        (work / "site" / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
        argv = [sys.executable, "-m", "curator", "run", "--routes", str(work / "routes")]
        argv += ["--reports", str(work / "reports"), "--store", "", "--no-progress"]
        argv += ["--allow-private-networks", "--config", str(config)]
        argv += ["--concurrency", str(args.concurrency)]
        if args.workers != 2:  # else curator's own choice (two on two cores)
            argv += ["--workers", str(args.workers)]
        for site in workload.sites:
            argv += ["--resolve", f"{site.host}:127.0.0.1"]
        path = os.environ.get("PYTHONPATH", "")
        env = {
            **os.environ,
            "PYTHONPATH": f"{work / 'site'}:{path}" if path else str(work / "site"),
        }
        began = time.monotonic()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
        with Sampler(args.interval, child.pid, itself=True) as sampler:
            _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - began
    n = args.links
    total = usage.ru_utime + usage.ru_stime
    print(f"exit {os.waitstatus_to_exitcode(status)}; wall {wall:.1f} s; "
          f"CPU {total:.1f} s, {total * 1000 / n:.2f} ms a link; "
          f"load {os.getloadavg()[0]:.1f} after")  # fmt: skip
    driver = {key: look for key, look in sampler.threads.items() if key[0] == child.pid}
    pool = _pool_pids(sampler) - {child.pid}
    workers = {key: look for key, look in sampler.threads.items() if key[0] in pool}
    for label, threads in (("driver", driver), ("workers", workers)):
        print(f"\n{label} (pids {sorted({pid for pid, _ in threads})}):")
        _role_table(threads, n)


def _pool_pids(sampler: Sampler) -> set[int]:
    """The processes with curator's threads: the workers, not the fixture web."""
    return {pid for (pid, _), look in sampler.threads.items() if look.comm.startswith("curator-")}


def _role_table(threads: dict[tuple[int, int], ThreadLook], n: int) -> None:
    per = 1000 / n
    roles: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0, 0])
    for (pid, tid), thread in threads.items():
        row = roles[role(pid, tid, thread.comm)]
        row[0] += thread.user
        row[1] += thread.system
        row[2] += thread.voluntary
        row[3] += thread.involuntary
        row[4] += 1
    print(f"{'thread':38} {'n':>3} {'user':>6} {'sys':>6} {'all':>6}  "
          f"{'vol. sw/link':>12} {'invol. sw/link':>14}")  # fmt: skip
    for name, (user, system, voluntary, involuntary, count) in sorted(
        roles.items(), key=lambda item: -(item[1][0] + item[1][1])
    ):
        print(
            f"{name:38} {count:3d} {user * per:6.3f} {system * per:6.3f} "
            f"{(user + system) * per:6.3f}  {voluntary / n:12.2f} {involuntary / n:14.2f}"
        )


def show(args: argparse.Namespace, sampler: Sampler, figures: Any, wall: float,
         counter: PickleCount) -> None:  # fmt: skip
    n = figures.links
    per = 1000 / n
    workers = sorted(_pool_pids(sampler))
    print(f"states: {figures.states}; wall {wall:.1f} s; load {os.getloadavg()[0]:.1f} after")
    print(
        f"CPU ms a link: {(figures.process_cpu + figures.children_cpu) * per:.2f} in all "
        f"(driver {figures.process_cpu * per:.2f}, of which main thread "
        f"{figures.main_cpu * per:.2f}; workers {figures.children_cpu * per:.2f})"
    )
    threads = {key: look for key, look in sampler.threads.items() if key[0] in workers}
    process_sum = sum(
        sampler.processes[pid].user + sampler.processes[pid].system for pid in workers
    )
    threads_sum = sum(look.user + look.system for look in threads.values())
    print(f"\nworkers {workers}: {process_sum * per:.2f} ms CPU a link by /proc "
          f"({process_sum:.1f} s), threads seen {threads_sum * per:.2f}")  # fmt: skip
    _role_table(threads, n)
    missing = process_sum - threads_sum
    print(f"{'(threads ended before a look)':38} {'':3} {'':6} {'':6} {missing * per:6.3f}")
    for pid, look in sorted(sampler.processes.items()):
        if pid not in workers:  # the fixture web, the resource tracker: not curator's workers
            threads_of = sum(1 for key in sampler.threads if key[0] == pid)
            print(f"other process {pid} ({threads_of} threads): "
                  f"{(look.user + look.system) * per:.3f} ms a link")  # fmt: skip
    if counter.chunks:
        print(
            f"\ncrossing to the driver: {counter.chunks} chunks, {counter.inspections} "
            f"inspections, {counter.answers} probe answers, {counter.bytes / 1e6:.1f} MB pickled, "
            f"{counter.bytes / max(1, counter.inspections):.0f} bytes an inspection"
        )


if __name__ == "__main__":
    main()
