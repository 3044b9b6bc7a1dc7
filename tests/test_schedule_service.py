"""``curator schedule`` as ops run it: a real process on the fixture web, short interval
triggers, signals, kills and restarts. Every wait is bounded."""

from __future__ import annotations

import itertools
import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from schedulehelp import (
    HOSTS,
    Gate,
    Scheduler,
    finished,
    ledger,
    make_project,
    runs,
    wait_until,
)

EVERY_SECOND = """\
jobs:
  nightly:
    kind: full
    every: 1s
    due: false
"""


@pytest.mark.slow
def test_two_scheduled_runs_are_recorded_and_sigterm_stops_cleanly(
    tmp_path: Path, web: FixtureWeb
) -> None:
    args = make_project(tmp_path, web, EVERY_SECOND)
    scheduler = Scheduler(tmp_path, *args)
    try:
        wait_until(lambda: len(finished(tmp_path, "run")) >= 2, 40, "two finished runs")
    finally:
        code = scheduler.stop()
    assert code == 0, scheduler.log
    assert web.count(HOSTS[0], "/back-pain") >= 2  # each run really fetched
    assert "nightly: started (full, every 1s UTC)" in scheduler.log
    assert "nightly: finished in" in scheduler.log
    assert "1 routes (1 stale); 5 links, 5 checked now (5 alive)" in scheduler.log
    assert "stopped" in scheduler.lines[-1]
    assert "nightly" in ledger(tmp_path)
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert report["run"]["id"] in {r.run_id for r in finished(tmp_path)}


@pytest.mark.slow
def test_a_slow_job_is_never_started_twice_and_jobs_never_overlap(
    tmp_path: Path, web: FixtureWeb
) -> None:
    gate = Gate()
    schedules = EVERY_SECOND + "  recheck:\n    kind: recheck\n    every: 1s\n"
    args = make_project(tmp_path, web, schedules, slow=gate)
    gate.close()  # every fetch of the slow page takes until the gate opens
    scheduler = Scheduler(tmp_path, *args)
    try:
        scheduler.wait_for_log("nightly: started")
        scheduler.wait_for_log("still running")  # a fire came while the first run was held up
        gate.open()
        wait_until(lambda: len(finished(tmp_path)) >= 2, 40, "two finished runs")
    finally:
        assert scheduler.stop() == 0, scheduler.log
    assert "not started at" in scheduler.log
    spans = sorted((r.started_at, r.finished_at or r.started_at) for r in finished(tmp_path))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end, f"runs overlapped: {spans}"
    assert web.max_in_flight(HOSTS[4]) == 1


@pytest.mark.slow
def test_killed_mid_run_then_restarted_reruns_the_interrupted_slot(
    tmp_path: Path, web: FixtureWeb
) -> None:
    gate = Gate()
    schedules = "jobs:\n  nightly:\n    kind: full\n    every: 3s\n    due: false\n"
    args = make_project(tmp_path, web, schedules, slow=gate)
    first = Scheduler(tmp_path, *args)
    try:
        wait_until(lambda: "nightly" in ledger(tmp_path), 40, "the first run in the ledger")
        gate.close()  # the second run hangs on the slow page...
        wait_until(lambda: len(runs(tmp_path)) == 2, 40, "the second run to start")
    finally:
        first.kill()  # ...and dies there, SIGKILL: no chance to clean up
    gate.open()
    done_before = ledger(tmp_path)["nightly"]["started_at"]
    interrupted = runs(tmp_path)
    assert [r.finished_at is not None for r in interrupted] == [True, False]

    second = Scheduler(tmp_path, *args)
    try:
        second.wait_for_log("nightly: catching up the run due at")
        wait_until(lambda: len(finished(tmp_path)) == 2, 40, "the interrupted slot re-run")
    finally:
        assert second.stop() == 0, second.log
    assert ledger(tmp_path)["nightly"]["started_at"] > done_before


@pytest.mark.slow
def test_missed_slots_run_once_at_start_not_once_each(tmp_path: Path, web: FixtureWeb) -> None:
    """A scheduler down for 2.5 hours of an hourly job runs it once, then waits its hour."""
    args = make_project(tmp_path, web, "jobs:\n  hourly:\n    kind: full\n    every: 1h\n")
    long_ago = (datetime.now(UTC) - timedelta(hours=2, minutes=30)).isoformat()
    entry = {"started_at": long_ago, "finished_at": long_ago, "outcome": "ok"}
    (tmp_path / ".curator").mkdir()
    (tmp_path / ".curator" / "state.sqlite.schedule.json").write_text(
        json.dumps({"schema": "curator.schedule-ledger/1", "jobs": {"hourly": entry}})
    )
    scheduler = Scheduler(tmp_path, *args)
    try:
        scheduler.wait_for_log("hourly: catching up the run due at")
        wait_until(lambda: len(finished(tmp_path)) == 1, 40, "the catch-up run")
        time.sleep(1.5)
    finally:
        assert scheduler.stop() == 0, scheduler.log
    assert len(runs(tmp_path)) == 1, scheduler.log
    assert scheduler.log.count("hourly: started") == 1


@pytest.mark.slow
def test_a_restart_after_a_completed_run_waits_for_the_next_slot(
    tmp_path: Path, web: FixtureWeb
) -> None:
    schedules = "jobs:\n  nightly:\n    kind: full\n    every: 5s\n    due: false\n"
    args = make_project(tmp_path, web, schedules)
    first = Scheduler(tmp_path, *args)
    try:
        wait_until(lambda: "nightly" in ledger(tmp_path), 40, "the first run in the ledger")
    finally:
        first.kill()
    second = Scheduler(tmp_path, *args)
    try:
        wait_until(lambda: len(finished(tmp_path)) == 2, 40, "the next slot")
    finally:
        assert second.stop() == 0, second.log
    # No duplicate of the slot already done: the restarted scheduler waited for the next one,
    # 5 s after the first run (or caught it up, if starting took longer than that).
    first_run, second_run = finished(tmp_path)
    assert (second_run.started_at - first_run.started_at).total_seconds() > 4.5, second.log


@pytest.mark.slow
def test_sigterm_mid_run_aborts_it_and_leaves_the_store_consistent(
    tmp_path: Path, web: FixtureWeb
) -> None:
    gate = Gate()
    args = make_project(tmp_path, web, EVERY_SECOND, slow=gate)
    scheduler = Scheduler(tmp_path, *args)
    try:
        wait_until(lambda: len(finished(tmp_path)) == 1, 40, "one finished run")
        gate.close()
        wait_until(lambda: len(runs(tmp_path)) == 2, 40, "the second run to start")
        wait_until(lambda: gate.calls >= 2, 40, "the second run to reach the slow page")
    finally:
        code = scheduler.stop(signal.SIGTERM)
        gate.open()
    assert code == 0, scheduler.log
    assert "nightly: aborted in" in scheduler.log
    state = tmp_path / ".curator" / "state.sqlite"
    with sqlite3.connect(state) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        per_run = dict(conn.execute("SELECT run_id, count(*) FROM observations GROUP BY run_id"))
    done, aborted = runs(tmp_path)
    assert done.finished_at is not None and done.report_json
    assert aborted.finished_at is None and aborted.run_id not in per_run  # nothing half-written
    assert per_run[done.run_id] == 5
    with SqliteStore(state) as store:
        assert len(store.recent([web.url(HOSTS[0], "/back-pain")])) == 1
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert report["run"]["id"] == done.run_id  # the reports are the finished run's, whole
    # The aborted slot is not in the ledger: the next start runs it again.
    assert ledger(tmp_path)["nightly"]["started_at"] < aborted.started_at.isoformat()


@pytest.mark.slow
def test_a_second_scheduler_on_the_same_state_refuses(tmp_path: Path, web: FixtureWeb) -> None:
    args = make_project(tmp_path, web, "jobs:\n  nightly:\n    kind: full\n    every: 1h\n")
    first = Scheduler(tmp_path, *args)
    try:
        first.wait_for_log("curator schedule: 1 job(s)")
        second = subprocess.run(
            [sys.executable, "-m", "curator", "schedule", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=30,
        )
    finally:
        assert first.stop() == 0, first.log
    assert second.returncode == 2
    assert "another `curator schedule` is already running on .curator/state.sqlite" in second.stderr
    assert f"pid {first.proc.pid}" in second.stderr


def test_list_prints_the_next_three_run_times(tmp_path: Path, web: FixtureWeb) -> None:
    schedules = (
        "timezone: Europe/London\njobs:\n  nightly:\n    kind: full\n"
        '    cron: "30 2 * * *"\n  digest:\n    kind: digest\n    cron: "0 8 * * 1"\n'
    )
    args = make_project(tmp_path, web, schedules)
    proc = subprocess.run(
        [sys.executable, "-m", "curator", "schedule", "--list", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == 'nightly (full, cron "30 2 * * *" Europe/London)'
    assert all("T02:30:00" in line for line in lines[1:4])
    assert lines[4] == 'digest (digest, cron "0 8 * * 1" Europe/London)'
    assert all("T08:00:00" in line for line in lines[5:8])
    assert len(lines) == 8
    assert not (tmp_path / ".curator" / "state.sqlite").exists() or not runs(tmp_path)


def test_a_bad_schedules_file_exits_2_with_file_and_line(tmp_path: Path, web: FixtureWeb) -> None:
    args = make_project(tmp_path, web, "jobs:\n  nightly:\n    kind: full\n    cron: 30 2 * *\n")
    proc = subprocess.run(
        [sys.executable, "-m", "curator", "schedule", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("schedules.yaml:4: job 'nightly': cron: cron expression")
    assert "has 4 fields; expected 5" in proc.stderr
