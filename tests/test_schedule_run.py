"""``curator run`` beside the scheduler: the run lock, ``--due`` and its per-host budget, and
the overdue-review digest."""

from __future__ import annotations

import io
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from clirun import curator
from conftest import make_fast_settings
from curator import app
from curator.app import RunOptions
from curator.exitcodes import Exit
from curator.schedule.digest import write_digest
from curator.session.due import Selection
from curator.session.lock import LockBusy, run_lock
from curator.settings import ArchiveSettings, ClassifySettings, ScheduleSettings, Settings
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route
from schedulehelp import TOML, make_project

STORE = ".curator/state.sqlite"


def test_a_manual_run_refuses_while_another_run_holds_the_state(
    tmp_path: Path, web: FixtureWeb
) -> None:
    args = make_project(tmp_path, web, "jobs: {}\n")
    with run_lock(str(tmp_path / STORE), wait=0, purpose="scheduled nightly"):
        proc = curator("run", "--no-progress", *args, cwd=tmp_path)
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
    proc = curator("run", "--no-progress", *args, cwd=tmp_path)
    holder.join(10)
    assert proc.returncode == 0, proc.stderr
    assert web.count() >= 5


def test_the_lock_times_out_in_process_too(tmp_path: Path) -> None:
    store = str(tmp_path / "state.sqlite")
    with run_lock(store, wait=0), pytest.raises(LockBusy, match="another run is using"):  # noqa: SIM117
        with run_lock(store, wait=0.2):
            pass


class Clock:
    """A clock the test moves: due planning and every recorded look follow it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_due_fetches_only_what_is_due_within_the_per_host_budget(
    tmp_path: Path, web: FixtureWeb
) -> None:
    host = "busy.example"
    urls = [web.add(host, f"/p{i}", body=html_page(title=f"Page {i}")) for i in range(5)]
    write_route(tmp_path / "routes", "busy", urls)
    settings = Settings(
        fetch=make_fast_settings(retries=0),
        classify=ClassifySettings(soft404_probe=False),
        schedule=ScheduleSettings(recheck_alive_days=1, night_hours=1, per_host_budget=2),
        archive=ArchiveSettings(enabled=False),
        store=str(tmp_path / STORE),
    )
    clock = Clock()

    def run(select: Selection = Selection.DUE) -> str:
        said = io.StringIO()
        options = RunOptions(
            routes_dir=tmp_path / "routes",
            reports_dir=tmp_path / "reports",
            resolve={host: "127.0.0.1"},
            progress=False,
            select=select,
        )
        console = Console(file=said, width=200)
        assert app.run(options, settings, console, clock=clock) is Exit.OK, said.getvalue()
        return said.getvalue()

    def pages() -> list[int]:
        return [web.count(host, f"/p{i}") for i in range(5)]

    assert "due: 5 of 5 links checked now (5 new)" in run()  # new: never deferred
    assert pages() == [1] * 5
    clock.now += timedelta(minutes=5)
    assert "due: 0 of 5 links checked now" in run()  # nothing is due yet
    assert pages() == [1] * 5

    clock.now += timedelta(days=2)  # every look is now older than its re-check age
    said = run()
    assert "due: 2 of 5 links checked now (5 stale); 3 deferred" in said, said
    assert sum(pages()) == 7  # the budget: 2 more

    clock.now += timedelta(minutes=5)
    # The three deferred (older) links go first this time.
    assert "due: 2 of 5 links checked now" in run()
    assert sorted(pages()) == [1, 2, 2, 2, 2]
    run(Selection.ALL)  # a plain run still checks everything
    assert sorted(pages()) == [2, 3, 3, 3, 3]


def test_due_without_a_store_is_a_usage_error(tmp_path: Path, web: FixtureWeb) -> None:
    args = make_project(tmp_path, web, "jobs: {}\n")
    proc = curator("run", "--due", "--store", "", *args, cwd=tmp_path)
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
