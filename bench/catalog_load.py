"""Route catalog loading: how long ``load_catalog`` takes before a run can send its first request.

    /work/venv/bin/python bench/catalog_load.py                 # 4,000 files, median of 3
    /work/venv/bin/python bench/catalog_load.py --files 500 --repeats 5

Writes ``--files`` valid route files (comments, a quoted title, a folded blurb, a date,
``similar:`` links: what editors write) into a temporary directory, then times ``load_catalog``
over the whole directory ``--repeats`` times in this process and prints the median, per file too.
The files are written once and read warm from the page cache, so the figure is parsing and
checking, not the disk.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from curator.catalog import load_catalog


def route_text(index: int, count: int) -> str:
    """One realistic route file: five sources, comments, quoting and block scalars."""
    lines = [
        f"# route {index}: kept by the editors",
        f'title: "Route number {index}: what to read first"',
        "reviewed: 2026-11-01",
        "summary: >",
        f"  A summary an editor wrote for route {index}, folded over",
        "  two lines the way long summaries usually are.",
        "sources:",
    ]
    for number in range(1, 6):
        lines += [
            f"  - name: Source {number} of route {index}  # the publisher's own name",
            f"    url: https://site{index % 97}.example/articles/{index}/{number}",
            f"    blurb: 'What source {number} says, in one sentence an editor checked.'",
        ]
    neighbours = [f"route-{(index + step) % count}" for step in (1, 2, 3)]
    lines.append(f"similar: [{', '.join(neighbours)}]")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="curator-catalog-bench-") as tmp:
        routes = Path(tmp)
        for index in range(args.files):
            text = route_text(index, args.files)
            (routes / f"route-{index}.yaml").write_text(text, encoding="utf-8")
        timings = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            catalog = load_catalog(routes, today=date(2026, 11, 23))
            timings.append(time.perf_counter() - started)
            if catalog.problems or len(catalog.routes) != args.files:
                print(f"unexpected: {len(catalog.problems)} problems", file=sys.stderr)
                for problem in catalog.problems[:5]:
                    print(problem, file=sys.stderr)
                return 1
    median = statistics.median(timings)
    shown = ", ".join(f"{t:.2f}" for t in timings)
    print(
        f"{args.files:,} route files: median {median:.2f} s of {args.repeats} ({shown}); "
        f"{median / args.files * 1000:.2f} ms per file"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
