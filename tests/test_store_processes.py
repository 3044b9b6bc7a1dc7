"""Real processes on one state file: concurrent writers lose nothing, a killed run loses no commit.

Children are separate Python interpreters (not threads) so SQLite's file locking, WAL and busy
timeout are what keeps them apart, as it is for a nightly run overlapping a CI gate.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from curator.store.sqlite import SqliteStore
from store_helpers import run

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from datetime import UTC, datetime
    from curator.states import LinkState
    from curator.store.interface import Observation, RunRecord
    from curator.store.sqlite import SqliteStore

    path, run_id, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    batches, size = int(sys.argv[4]), int(sys.argv[5])
    while not go.exists():
        time.sleep(0.005)
    store = SqliteStore(path)  # opened at the same moment by every writer: races the migration
    store.start_run(RunRecord(run_id=run_id, started_at=datetime.now(UTC)))
    for batch in range(batches):
        store.record([
            Observation(run_id, f"https://shared.example/{batch}/{i}", datetime.now(UTC),
                        LinkState.ALIVE, 200, title=f"{run_id} {batch}")
            for i in range(size)
        ])
    store.close()
    """
)

_CRASHER = textwrap.dedent(
    """
    import itertools, sys
    from pathlib import Path
    from datetime import UTC, datetime
    from curator.states import LinkState
    from curator.store.interface import Observation, RunRecord
    from curator.store.sqlite import SqliteStore

    path, size = Path(sys.argv[1]), int(sys.argv[2])
    store = SqliteStore(path)
    store.start_run(RunRecord(run_id="doomed", started_at=datetime.now(UTC)))
    for batch in itertools.count():
        store.record([
            Observation("doomed", f"https://b{batch}.example/{i}", datetime.now(UTC),
                        LinkState.DEAD, 404)
            for i in range(size)
        ])
        print(batch, flush=True)
    """
)


def test_writers_in_separate_processes_lose_nothing(tmp_path: Path) -> None:
    path, go = tmp_path / "state.sqlite", tmp_path / "go"
    batches, size = 60, 50
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), run_id, str(go), str(batches), str(size)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for run_id in ("nightly", "gate", "recheck")
    ]
    time.sleep(0.3)  # let every interpreter start and wait at the barrier
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err

    urls = [f"https://shared.example/{b}/{i}" for b in range(batches) for i in range(size)]
    with SqliteStore(path) as store:
        history = store.recent(urls)
        assert {r.run_id for r in store.runs()} == {"nightly", "gate", "recheck"}
    assert all(
        sorted(o.run_id for o in seen) == ["gate", "nightly", "recheck"]
        for seen in history.values()
    )


def test_a_run_killed_mid_write_keeps_every_committed_batch(tmp_path: Path) -> None:
    path, size = tmp_path / "state.sqlite", 200
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASHER, str(path), str(size)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    committed = -1
    try:
        while committed < 5:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "writer died"
            committed = int(line)
    finally:
        os.kill(child.pid, signal.SIGKILL)  # no cleanup, no checkpoint: like a power cut to it
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()

    with SqliteStore(path) as store:
        (doomed,) = store.runs()
        assert doomed.run_id == "doomed" and doomed.finished_at is None
        # far past what can have been written before the kill landed
        stored = [
            sum(1 for h in store.recent(_batch_urls(b, size)).values() if h)
            for b in range(committed + 50)
        ]
        assert stored[: committed + 1] == [size] * (committed + 1)
        assert set(stored[committed + 1 :]) <= {0, size}, "a batch was half written"

        store.start_run(run("after-the-crash"))
        assert {r.run_id for r in store.runs()} == {"after-the-crash", "doomed"}


def _batch_urls(batch: int, size: int) -> list[str]:
    return [f"https://b{batch}.example/{i}" for i in range(size)]


_OPENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from curator.store.sqlite import SqliteStore
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    SqliteStore(Path(sys.argv[1])).close()
    """
)


@pytest.mark.slow
def test_processes_opening_a_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    # The switch to WAL and the first migration used to fail one of three such openers in
    # about one round of nine with "database is locked", busy timeout or not.
    for round_ in range(10):
        path, go = tmp_path / f"state-{round_}.sqlite", tmp_path / f"go-{round_}"
        openers = [
            subprocess.Popen(
                [sys.executable, "-c", _OPENER, str(path), str(go)],
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        time.sleep(0.25)  # every interpreter started, waiting at the barrier
        go.touch()
        for opener in openers:
            _, err = opener.communicate(timeout=60)
            assert opener.returncode == 0, err
