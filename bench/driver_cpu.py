"""The driver's CPU per link, step by step, without a profiler: what ``bench.profile_run`` does,
with the driver's main-thread CPU counted around a few named functions.

    /work/venv/bin/python -m bench.driver_cpu --slugs --links 10000 --hosts 200
    /work/venv/bin/python -m bench.driver_cpu --real --links 4000

Why not cProfile: it charges every Python frame, and a rendered page is a few hundred pieces
yielded through four generator frames, so it put the early route pages at 0.56-0.65 ms a link
on the slug workload where they cost about a fifth of that (bench/README.md, "The driver's CPU
per link"). Here each function in ``STEPS`` is wrapped, in the driver only, by a counter of
``time.thread_time`` on the main thread; the rest runs at full speed. Steps nest (a batch
recorded includes the route reports built early, which include the pages), so the table
indents each step under the one that calls it and its figures are part of the one above.

It takes ``bench.profile_run``'s options (always with ``--no-profile``, always the process
pool unless ``--executor inprocess``): the same fixture web, route files and run. The workers
are spawned, so they import their modules afresh and are not wrapped.
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from collections.abc import Callable
from importlib import import_module
from typing import Any

# (depth, module, qualified name, label): depth indents the table under the step above.
STEPS: list[tuple[int, str, str, str]] = [
    (0, "curator.catalog.load", "load_catalog", "load routes (catalog)"),
    (0, "curator.check.plan", "plan_check", "plan the run"),
    (0, "curator.rollup.early", "EarlyRoutes.__init__", "early route reports set up"),
    (0, "curator.execute.shards", "make_shards", "shards of a wave"),
    (0, "curator.domains", "learn_elsewhere", "hosts learnt for the route reports"),
    (0, "curator.check.record", "Recorder.flush", "record a batch"),
    (1, "curator.check.record", "Recorder._judge", "classify a link (judge)"),
    (1, "curator.rollup.early", "EarlyRoutes.add", "route reports built early"),
    (2, "curator.rollup.route", "route_report", "route report"),
    (2, "curator.report.early", "EarlyRoutePages.__call__", "route page staged early"),
    (3, "curator.report.html", "route_page", "view and render"),
    (4, "curator.report.html", "_render_route", "render (Jinja)"),
    (3, "curator.report.early", "page_key", "key (JSON hashed), at staging and adoption"),
    (3, "curator.report.files", "write_temporary", "temporary file (create and write)"),
    (0, "curator.spool", "Spool.put", "spool put (looks, route reports)"),
    (0, "curator.pipeline", "_Run.report", "report model after the fetch"),
    (0, "curator.report.outputs", "write_all", "write reports"),
    (1, "curator.report.early", "EarlyRoutePages.take", "adopt a staged page (key, view)"),
    (1, "curator.report.html", "render_site", "index.html (the site)"),
    (1, "curator.report.files", "StagedFiles.commit", "rename every file into place"),
]

_spent: dict[str, tuple[int, float, float]] = {}  # label -> calls, CPU s, wall s


def _counted(inner: Callable[..., Any], label: str) -> Callable[..., Any]:
    main = threading.main_thread()

    @functools.wraps(inner)
    def counted(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not main:
            return inner(*args, **kwargs)
        start, began = time.thread_time(), time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            calls, cpu, wall = _spent.get(label, (0, 0.0, 0.0))
            cpu += time.thread_time() - start
            _spent[label] = (calls + 1, cpu, wall + time.perf_counter() - began)

    return counted


def _wrap_all() -> None:
    """Wrap each step where it is defined and wherever a module imported it by name."""
    for _, module, qualname, label in STEPS:
        owner: Any = import_module(module)
        *path, attr = qualname.split(".")
        for part in path:
            owner = getattr(owner, part)
        inner = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
        wrapped = _counted(inner, label)
        setattr(owner, attr, wrapped)
        if path:
            continue
        for name, loaded in list(sys.modules.items()):
            if name.startswith(("curator", "bench")) and getattr(loaded, attr, None) is inner:
                setattr(loaded, attr, wrapped)


def _show(links: int) -> None:
    print("\ndriver main-thread CPU by step (nested steps are part of the one above):")
    print(f"  {'step':52} {'calls':>7} {'CPU s':>7} {'ms/link':>8} {'wall s':>7}")
    for depth, _, _, label in STEPS:
        calls, cpu, wall = _spent.get(label, (0, 0.0, 0.0))
        name = "  " * depth + label
        print(f"  {name:52} {calls:7d} {cpu:7.3f} {1000 * cpu / links:8.3f} {wall:7.3f}")


def main() -> None:
    from bench import profile_run

    argv = sys.argv[1:]
    if "--no-profile" not in argv:
        argv.append("--no-profile")
    if "--executor" not in argv:
        argv += ["--executor", "processes"]
    links = int(argv[argv.index("--links") + 1]) if "--links" in argv else 5000
    _wrap_all()
    sys.argv = [sys.argv[0], *argv]
    profile_run.main()
    _show(links)


if __name__ == "__main__":
    main()
