"""``python -m bench.peers``: curator against lychee, linkinator and LinkChecker.

    /work/venv/bin/python -m bench.peers            # full run (~20 min)
    /work/venv/bin/python -m bench.peers --quick    # smoke run (~4 min)
    /work/venv/bin/python -m bench.peers --workloads small,real   # both, side by side

Needs root (it adds the bench's host names to /etc/hosts for the run and removes them after)
and the peers installed locally (see bench/README.md, "Peer comparison").
"""

from __future__ import annotations

import argparse
import functools
import os
import platform
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime

from bench.peers import tools
from bench.peers.report import render
from bench.peers.run import Plan, run_bench

# Plan fields per workload: see bench.peers.workload.make_workload.
WORKLOADS: dict[str, dict[str, bool]] = {
    "small": {},
    "real": {"real": True},
    "slugs": {"slugs": True},
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 links, 1 run (smoke test)")
    parser.add_argument("--links", type=int, default=None, help="workload size (20,000)")
    parser.add_argument("--hosts", type=int, default=None, help="hosts (200)")
    parser.add_argument("--concurrency", type=int, default=64, help="matched concurrency")
    parser.add_argument("--runs", type=int, default=None, help="matched runs, median (3)")
    parser.add_argument("--default-links", type=int, default=None,
                        help="links for the default-settings runs (1,000)")  # fmt: skip
    parser.add_argument("--default-runs", type=int, default=1)
    parser.add_argument("--tools", default=",".join(t.name for t in tools.ALL))
    parser.add_argument("--no-labelled", action="store_true", help="skip the labelled set")
    parser.add_argument("--keep", action="store_true", help="keep each tool's outputs")
    parser.add_argument(
        "--slugs", action="store_true", help="slug-ignoring sites, one directory per link"
    )
    parser.add_argument(
        "--workloads",
        default="small",
        help="comma-separated, measured in this order: small (1 kB articles), real (corpus "
        "pages, one directory per link), slugs (same as --slugs)",
    )
    args = parser.parse_args()
    quick = args.quick
    workloads = args.workloads.split(",")
    if args.slugs:
        workloads = ["slugs"]
    unknown = set(workloads) - set(WORKLOADS)
    if unknown:
        parser.error(f"unknown workload(s): {', '.join(sorted(unknown))}")
    plan = Plan(
        links=args.links or (2_000 if quick else 20_000),
        hosts=args.hosts or (50 if quick else 200),
        concurrency=args.concurrency,
        runs=args.runs if args.runs is not None else (1 if quick else 3),
        default_links=args.default_links or (250 if quick else 1_000),
        default_runs=args.default_runs,
        labelled=not args.no_labelled,
        keep=args.keep,
    )
    for size in (plan.links, plan.default_links):
        if size % 5:
            parser.error(f"{size}: link counts must be multiples of 5 (curator's routes)")
    if plan.default_links > plan.links:
        parser.error("--default-links cannot exceed --links")
    wanted = set(args.tools.split(","))
    chosen = [t for t in tools.ALL if t.name in wanted]
    began = time.monotonic()
    load_before = os.getloadavg()[0]
    say = functools.partial(print, file=sys.stderr, flush=True)
    rendered = []
    for number, name in enumerate(workloads):
        # The labelled set and the default-settings runs say the same for every workload.
        once = {} if number == 0 else {"labelled": False, "default_runs": 0}
        this = replace(plan, **WORKLOADS[name], **once)  # type: ignore[arg-type]
        say(f"== workload: {name} ==")
        rendered.append(f"### Workload: {name}\n\n{render(run_bench(this, chosen, say=say))}")
    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M}, {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores, "
        f"Python {platform.python_version()}; bench took {time.monotonic() - began:.0f} s; "
        f"1-min load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n"
    )
    print("\n".join(rendered))


if __name__ == "__main__":
    main()
