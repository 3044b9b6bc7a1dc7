"""Memory a run holds must not grow with the number of pages fetched ahead of their reading.

bench/scale.py measures whole runs; this pins down the mechanism. The pipeline reads each page
(extraction, ~3 ms for 10 KB, ~60 ms for 1 MB) in the thread that consumes ``fetch_many``, while
the fetch workers go on fetching. Whatever the workers finish before the consumer takes it sits
in memory with its whole body, so the fetcher must stop fetching ahead once a bounded number of
results is waiting, or a run over large pages holds every one of them at once.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fixtureweb import FixtureRequest, FixtureWeb, Handler

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


@pytest.mark.timeout(30)
def test_a_reader_that_stops_leaves_the_rest_unfetched_and_the_fetcher_usable(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    urls = [web.add(f"host{n % 10}.example", f"/p/{n}", body=BODY) for n in range(200)]
    settings = fast_settings(concurrency=4, respect_robots=False)
    fetcher = make_fetcher(settings)
    results = fetcher.fetch_many(urls)
    taken = [next(results) for _ in range(3)]
    results.close()
    time.sleep(0.5)  # whatever was started has long finished; nothing else may start
    fetched = web.count()
    time.sleep(0.3)
    assert web.count() == fetched
    assert fetched <= len(taken) + 2 * settings.concurrency, f"{fetched} of 200 fetched"
    again = fetcher.fetch(urls[-1])
    assert again.status == 200 and again.body == BODY


@pytest.mark.timeout(30)
def test_a_second_fetch_runs_while_a_first_waits_unread(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    # One host for both, so the second call's page waits behind the first call's unstarted
    # pages in that host's line unless a full first call steps aside.
    urls = [web.add("www.who.int", f"/p/{n}", body=BODY) for n in range(40)]
    other = web.add("www.who.int", "/other", body="<p>other</p>")
    fetcher = make_fetcher(fast_settings(concurrency=2))
    first = fetcher.fetch_many(urls)
    seen = [next(first)]
    time.sleep(0.3)  # the first call's window fills and stays full: nobody reads it
    assert fetcher.fetch(other).status == 200
    seen.extend(first)
    assert sorted(r.url for r in seen) == sorted(urls)
    assert all(r.status == 200 for r in seen)


@pytest.mark.timeout(30)
def test_redirects_and_retries_of_started_pages_finish_for_a_slow_reader(
    web: FixtureWeb, make_fetcher, fast_settings
) -> None:
    """A page already started keeps its place in the window until its last hop or retry."""
    plain = [web.add("www.who.int", f"/p/{n}", body=BODY) for n in range(10)]
    moved = [
        web.redirect("old.example", f"/r/{n}", to=web.url("new.example", f"/p/{n}"))
        for n in range(10)
    ]
    for n in range(10):
        web.add("new.example", f"/p/{n}", body=BODY)
    flaky = [web.add("busy.example", f"/b/{n}", handler=_busy_once()) for n in range(10)]
    fetcher = make_fetcher(fast_settings(concurrency=2))
    results = {}
    for result in fetcher.fetch_many(plain + moved + flaky):
        time.sleep(0.02)  # a reader slower than the fetching: the window stays full
        results[result.url] = result
    assert all(results[url].status == 200 for url in plain + moved + flaky)
    assert [results[url].final_url for url in moved] == [
        web.url("new.example", f"/p/{n}") for n in range(10)
    ]
    assert all(results[url].attempts == 2 for url in flaky)


def _busy_once() -> Handler:
    """503 to the first request, the page to the next."""
    asked = itertools.count()

    def handler(req: FixtureRequest) -> None:
        if next(asked) == 0:
            req.respond(503, "<p>busy</p>")
        else:
            req.respond(200, BODY)

    return handler


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
