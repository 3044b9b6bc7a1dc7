"""Where a ``curator run``'s wall time goes, phase by phase: start, fetch, and the tail after it.

    /work/venv/bin/python -m bench.phases --slugs                       # 20,000 slug links
    /work/venv/bin/python -m bench.phases --slugs --src /tmp/base/src --src src --runs 3

``bench.peers`` gives one wall time; this splits it. It runs ``curator run`` through its CLI as
the peer bench does (``--store ''``, matched concurrency 64, the process pool a large run
chooses) on the same fixture web, names resolved by ``--resolve`` (no root), and times phases
from marks the run's own processes write: a ``sitecustomize`` module put first on their
``PYTHONPATH`` wraps a few functions as their modules load, in the driver and in each spawned
worker alike, and appends when each call began and ended to a file (``CURATOR_PHASE_MARKS``).
Nothing in ``src/`` knows about it, so any two checkouts compare (``--src``, taken in turns,
each run's figures printed and the median of each phase at the end).

Phases: *start* (the process's start to the first shard's start: imports, the workers' spawn
and imports, the route files, the plan; split again, last on each line, into *imports* (to the
route files' start), *routes* (``load_catalog``) and *plan* (to the first shard)), *fetch*
(first shard's start to the last one's end), *drain* (the last shard's end to the driver's last
result), *pool end* (closing the pool: the workers' ends), *report* (the report model, after
the fetch), *write* (every report file), *exit* (the last report written to the process's end).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.peers.tools.curator import write_routes
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

# module -> functions (``Class.method`` for methods) whose calls are marked.
WATCHED = {
    "curator.catalog.load": ["load_catalog"],
    "curator.check.fetching": ["fetch_and_inspect"],
    "curator.execute.processes": ["_run_shard", "_start_worker", "ProcessExecutor.close"],
    "curator.execute.shards": ["make_shards"],
    "curator.pipeline": ["_Run.report"],
    "curator.report.outputs": ["write_all"],
}

_HOOK = """
import functools, importlib.abc, importlib.machinery, os, sys, time
_FILE = os.environ.get("CURATOR_PHASE_MARKS")
_WATCHED = {watched!r}

def _mark(name):
    with open(_FILE, "a") as out:
        out.write(f"{{time.monotonic():.4f}}\\t{{os.getpid()}}\\t{{name}}\\t{{time.process_time():.4f}}\\n")

def _wrap(owner, attr, label):
    inner = getattr(owner, attr)
    @functools.wraps(inner)  # its name too: a worker's task is pickled by its name
    def marked(*args, **kwargs):
        _mark(label + " begin")
        try:
            return inner(*args, **kwargs)
        finally:
            _mark(label + " end")
    setattr(owner, attr, marked)

class _Loader(importlib.abc.Loader):
    def __init__(self, loader, names):
        self.loader, self.names = loader, names
    def create_module(self, spec):
        return self.loader.create_module(spec)
    def exec_module(self, module):
        self.loader.exec_module(module)
        for name in self.names:
            owner, _, attr = name.rpartition(".")
            _wrap(getattr(module, owner) if owner else module, attr, name)

class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in _WATCHED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, _WATCHED[fullname])
        return spec

if _FILE:
    sys.meta_path.insert(0, _Finder())
"""

PHASES = ("start", "fetch", "drain", "pool end", "report", "write", "exit", "total")
# The start, split: the interpreter, imports and the pool's spawn up to the route files; the
# route files (``load_catalog``); the plan and shards after them, up to the first shard.
START = ("imports", "routes", "plan")
# CPU-seconds from the same marks (each mark carries its process's ``time.process_time``), and
# what the two structural overlaps could win at most on a machine of ``CORES`` free cores:
# *driver start* is the driver's CPU to its first shard made (its serial path: on a quiet
# machine the start's wall), *workers ready* the workers' CPU to their initializer's end (their
# imports); *start idle* is the core time the start leaves unused, ``(CORES - 1) * driver start
# - workers ready``, and *stream gain* the most a fetch begun with the first route file could
# take off the wall by filling it (the fetch is CPU-bound: idle / CORES). *write cpu* is the
# driver's CPU writing the report files, *tail gain* the most rendering them on every core
# could take off (``write cpu * (CORES - 1) / CORES``). *run cpu* is the whole run's, workers
# included (``getrusage``).
CPU = ("driver start", "workers ready", "start idle", "stream gain", "write cpu", "tail gain")
CORES = os.cpu_count() or 1
SHOWN = (*PHASES, *START, *CPU, "run cpu")
Mark = tuple[float, int, str, float]  # when, pid, name, the process's CPU then


def phases(marks: list[Mark], began: float, ended: float) -> dict[str, float]:
    """Each phase's seconds, from one run's marks (first begin, last end of each name), and
    the CPU figures of ``CPU``."""
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for when, _pid, name, _cpu in marks:
        first.setdefault(name, when)
        last[name] = when
    shards = first["_run_shard begin"], last["_run_shard end"]
    routes = first["load_catalog begin"], last["load_catalog end"]
    return {
        "imports": routes[0] - began,
        "routes": routes[1] - routes[0],
        "plan": shards[0] - routes[1],
        "start": shards[0] - began,
        "fetch": shards[1] - shards[0],
        "drain": last["fetch_and_inspect end"] - shards[1],
        "pool end": last["ProcessExecutor.close end"] - first["ProcessExecutor.close begin"],
        "report": last["_Run.report end"] - first["_Run.report begin"],
        "write": last["write_all end"] - first["write_all begin"],
        "exit": ended - last["write_all end"],
        "total": ended - began,
        **cpu_figures(marks),
    }


def cpu_figures(marks: list[Mark]) -> dict[str, float]:
    """The ``CPU`` figures: the driver is the process that read the route files, the workers
    those that ran the pool's initializer."""
    driver = next(pid for _, pid, name, _ in marks if name == "load_catalog begin")
    ready = {pid: cpu for _, pid, name, cpu in marks if name == "_start_worker end"}
    start = next(cpu for _, pid, name, cpu in marks if pid == driver and name == "make_shards end")
    write = [cpu for _, pid, name, cpu in marks if pid == driver and name.startswith("write_all ")]
    idle = max(0.0, (CORES - 1) * start - sum(ready.values()))
    return {
        "driver start": start,
        "workers ready": sum(ready.values()),
        "start idle": idle,
        "stream gain": idle / CORES,
        "write cpu": write[-1] - write[0],
        "tail gain": (write[-1] - write[0]) * (CORES - 1) / CORES,
    }


def run_once(src: str, work: Path, resolve: list[str], hook: Path) -> dict[str, float]:
    marks_file = work / "marks.tsv"
    marks_file.unlink(missing_ok=True)
    reports = Path(tempfile.mkdtemp(prefix="reports-", dir=work))
    argv = [sys.executable, "-m", "curator", "run", "--routes", str(work / "routes")]
    argv += ["--reports", str(reports), "--store", "", "--no-progress", "--allow-private-networks"]
    argv += ["--config", str(work / "curator.toml"), "--concurrency", "64", *resolve]
    env = dict(os.environ, PYTHONPATH=f"{hook}:{src}", CURATOR_PHASE_MARKS=str(marks_file))
    rusage = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.monotonic()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ended = time.monotonic()
    if done.returncode not in (0, 1):
        raise SystemExit(f"curator run failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    subprocess.run(["rm", "-rf", str(reports)], check=True)
    marks = []
    for line in marks_file.read_text().splitlines():
        when, pid, name, cpu = line.split("\t")
        marks.append((float(when), int(pid), name, float(cpu)))
    return {**phases(sorted(marks), began, ended), "run cpu": used(rusage)}


def used(before: resource.struct_rusage) -> float:
    """CPU-seconds the children waited for since ``before`` used (the run and its workers)."""
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (now.ru_utime + now.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=20000)
    parser.add_argument("--hosts", type=int, default=200)
    parser.add_argument("--slugs", action="store_true", help="slug-ignoring sites (--slugs)")
    parser.add_argument("--real", action="store_true", help="real corpus pages")
    parser.add_argument("--src", action="append", help="a checkout's src (repeat to compare)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each --src, in turns")
    args = parser.parse_args()
    sources = [str(Path(s).resolve()) for s in (args.src or ["src"])]
    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, slugs=args.slugs, real=args.real)
    resolve = [arg for site in workload.sites for arg in ("--resolve", f"{site.host}:127.0.0.1")]
    with tempfile.TemporaryDirectory(prefix="curator-phases-") as tmp:
        work = Path(tmp)
        write_routes(work / "routes", workload.urls)
        (work / "curator.toml").write_text(
            "[fetch]\nper_host_concurrency = 64\nper_host_spacing = 0\n", encoding="utf-8"
        )
        hook = work / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(_HOOK.format(watched=WATCHED), encoding="utf-8")
        figures: dict[str, list[dict[str, float]]] = {src: [] for src in sources}
        with fixture_web(workload.sites, port):
            for number in range(args.runs):
                for src in sources:
                    load = os.getloadavg()[0]
                    got = run_once(src, work, resolve, hook)
                    figures[src].append(got)
                    shown = "  ".join(f"{name} {got[name]:.2f}" for name in SHOWN)
                    print(f"run {number + 1} {src} (load {load:.1f}): {shown}", flush=True)
    print("\nmedians (s):")
    for src, runs in figures.items():
        shown = "  ".join(
            f"{name} {statistics.median(r[name] for r in runs):.2f}" for name in SHOWN
        )
        print(f"{src}: {shown}")


if __name__ == "__main__":
    main()
