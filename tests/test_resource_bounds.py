"""Memory a run holds must not grow with the number of pages fetched ahead of their reading.

bench/scale.py measures whole runs; this pins down the mechanism. The pipeline reads each page
(extraction, ~3 ms for 10 KB, ~60 ms for 1 MB) in the thread that consumes ``fetch_many``, while
the fetch workers go on fetching. Whatever the workers finish before the consumer takes it sits
in memory with its whole body, so the fetcher must stop fetching ahead once a bounded number of
results is waiting, or a run over large pages holds every one of them at once.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from fixtureweb import FixtureWeb

PAGES = 120
BODY = b"<html><body>" + b"<p>back pain</p>" * 4000 + b"</body></html>"  # ~64 KB


@pytest.mark.timeout(60)
def test_fetch_many_does_not_run_far_ahead_of_a_slow_reader(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    urls = [web.add(f"host{n % 30}.example", f"/p/{n}", body=BODY) for n in range(PAGES)]
    settings = fast_settings(concurrency=8, per_host_concurrency=2, respect_robots=False)
    fetcher = make_fetcher(settings)
    results = fetcher.fetch_many(urls)
    next(results)
    time.sleep(2.0)  # a reader busy with a large page; the workers are free to run ahead
    answered = sum(1 for entry in web.requests() if entry.end is not None)
    waiting = answered - 1
    for _ in results:
        pass
    # Allow a few results per worker in hand; PAGES - 1 means every body is held at once.
    bound = 4 * settings.concurrency
    assert waiting <= bound, (
        f"{waiting} fetched pages (~{waiting * len(BODY) >> 10} KiB of bodies) waited for a "
        f"reader that had taken 1; fetch_many's result queue is unbounded"
    )


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_the_scale_bench_runs_and_prints_its_table() -> None:
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, str(root / "bench" / "scale.py"), "--links", "150", "--sizes", ""],
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert proc.returncode == 0, proc.stderr
    header, row = proc.stdout.splitlines()[1:3]
    assert header.split()[:2] == ["links", "routes"] and "KiB/link" in header
    assert row.split()[:2] == ["150", "30"]
    assert "'alive': 150" in row
