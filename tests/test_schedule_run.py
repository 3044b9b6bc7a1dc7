"""``curator run`` beside the scheduler: the run lock, ``--due`` and its per-host budget, and
the overdue-review digest."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from curator.schedule.digest import write_digest
from curator.session.lock import LockBusy, run_lock
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route
from schedulehelp import TOML, make_project

STORE = ".curator/state.sqlite"


def curator(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "curator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_manual_run_refuses_while_another_run_holds_the_state(
    tmp_path: Path, web: FixtureWeb
) -> None:
    args = make_project(tmp_path, web, "jobs: {}\n")
    with run_lock(str(tmp_path / STORE), wait=0, purpose="scheduled nightly"):
        proc = curator(tmp_path, "run", "--no-progress", *args)
    assert proc.returncode == 3, proc.stderr
    assert "another run is using the state store .curator/state.sqlite" in proc.stderr
    assert "scheduled nightly" in proc.stderr and "waited 0.5s" in proc.stderr
    assert web.count() == 0
    assert not (tmp_path / "reports" / "latest.json").exists()


def test_a_manual_run_waits_for_a_run_that_finishes_in_time(
    tmp_path: Path, web: FixtureWeb
) -> None:
    args = make_project(tmp_path, web, "jobs: {}\n", toml=TOML.replace("= 0.5", "= 10"))
    released = threading.Event()

    def hold() -> None:
        with run_lock(str(tmp_path / STORE), wait=0):
            released.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)
    threading.Timer(1.0, released.set).start()
    proc = curator(tmp_path, "run", "--no-progress", *args)
    holder.join(10)
    assert proc.returncode == 0, proc.stderr
    assert web.count() >= 5


def test_the_lock_times_out_in_process_too(tmp_path: Path) -> None:
    store = str(tmp_path / "state.sqlite")
    with run_lock(store, wait=0), pytest.raises(LockBusy, match="another run is using"):  # noqa: SIM117
        with run_lock(store, wait=0.2):
            pass


@pytest.mark.slow
def test_due_fetches_only_what_is_due_within_the_per_host_budget(
    tmp_path: Path, web: FixtureWeb
) -> None:
    host = "busy.example"
    urls = [web.add(host, f"/p{i}", body=html_page(title=f"Page {i}")) for i in range(5)]
    write_route(tmp_path / "routes", "busy", urls)
    # Alive looks are stale after ~8.6 s here (and no slack), so the clock can be seen to move
    # while the second run, started at once, still finds nothing due on a loaded machine.
    toml = TOML + "recheck_alive_days = 0.0001\nnight_hours = 0.0000001\nper_host_budget = 2\n"
    (tmp_path / "curator.toml").write_text(toml, encoding="utf-8")
    args = ["--no-progress", "--allow-private-networks", f"--resolve={host}:127.0.0.1"]

    first = curator(tmp_path, "run", "--due", *args)
    assert first.returncode == 0, first.stderr
    assert "due: 5 of 5 links checked now (5 new)" in first.stderr  # new: never deferred
    assert [web.count(host, f"/p{i}") for i in range(5)] == [1] * 5

    def pages() -> list[int]:
        return [web.count(host, f"/p{i}") for i in range(5)]

    second = curator(tmp_path, "run", "--due", *args)  # at once: nothing is due yet
    assert "due: 0 of 5 links checked now" in second.stderr, second.stderr
    assert pages() == [1] * 5

    time.sleep(9)  # every look is now older than its re-check age
    web.add(host, "/p0", body=html_page(title="Page 0"))
    third = curator(tmp_path, "run", "--due", *args)
    assert third.returncode == 0, third.stderr
    assert "due: 2 of 5 links checked now (5 stale); 3 deferred" in third.stderr
    assert sum(pages()) == 7  # the budget: 2 more

    time.sleep(0.1)
    fourth = curator(tmp_path, "run", "--due", *args)
    # The three deferred (older) links go first this time.
    assert "due: 2 of 5 links checked now" in fourth.stderr, fourth.stderr
    assert sorted(pages()) == [1, 2, 2, 2, 2]
    # A plain run still checks everything.
    plain = curator(tmp_path, "run", *args)
    assert plain.returncode == 0 and sorted(pages()) == [2, 3, 3, 3, 3]


def test_due_without_a_store_is_a_usage_error(tmp_path: Path, web: FixtureWeb) -> None:
    args = make_project(tmp_path, web, "jobs: {}\n")
    proc = curator(tmp_path, "run", "--due", "--store", "", *args)
    assert proc.returncode == 2
    assert "--due needs a state store" in proc.stderr


def test_digest_lists_routes_whose_review_is_overdue(tmp_path: Path) -> None:
    urls = [f"https://h{i}.example/" for i in range(5)]
    write_route(tmp_path / "routes", "fresh", urls, reviewed="2026-10-01")
    write_route(tmp_path / "routes", "old", urls, reviewed="2025-01-10")
    write_route(tmp_path / "routes", "older", urls, title="Older | Piped", reviewed="2024-05-01")
    result = write_digest(tmp_path / "routes", tmp_path / "reports", date(2026, 11, 23), 365)
    assert (result.overdue, result.routes) == (2, 3)
    text = (tmp_path / "reports" / "overdue.md").read_text()
    assert "more than 365 days ago" in text
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert rows == [
        "| `older` | Older \\| Piped | 2024-05-01 | 936 |",
        "| `old` | Old | 2025-01-10 | 682 |",
    ]
