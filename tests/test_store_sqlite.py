"""The SQLite state store keeps what the pipeline records and gives it back as it was."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from curator.states import ErrorKind, LinkState
from curator.store.interface import Observation, RunRecord, StoreError
from curator.store.sqlite import SqliteStore
from store_helpers import at, obs, run


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    with SqliteStore(tmp_path / "state.sqlite") as opened:
        yield opened


def test_every_observation_field_survives_a_round_trip(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    full = Observation(
        run_id="r1",
        url="https://example.org/a?q=1&x=ü",
        checked_at=datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC),
        state=LinkState.SOFT_DEAD,
        http_status=200,
        final_url="https://example.org/",
        error_kind=ErrorKind.HTTP_STATUS,
        error_message="redirected to the home page",
        reason="the page says 'not found'",
        title="Ünïcödé — 日本語 🚑 '); DROP TABLE runs;--",
        description="<script>alert(1)</script>",
        page_modified="2026-10-30",
        etag='W/"abc"',
        last_modified="Fri, 30 Oct 2026 10:00:00 GMT",
        body_hash="sha256:00ff",
        fingerprint="fp:1234",
        elapsed=1.25,
    )
    sparse = obs("https://example.org/b", LinkState.DEAD, run_id="r1")
    store.record([full, sparse])

    got = store.recent([full.url, sparse.url])
    assert got == {full.url: [full], sparse.url: [sparse]}
    assert got[sparse.url][0].error_kind is None
    assert isinstance(got[full.url][0].state, LinkState)


def test_times_come_back_as_the_same_instant_in_utc(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    india = timezone(timedelta(hours=5, minutes=30))
    local = datetime(2026, 11, 2, 9, 0, tzinfo=india)
    store.record([Observation("r1", "https://example.org/", local, LinkState.ALIVE)])

    (back,) = store.recent(["https://example.org/"])["https://example.org/"]
    assert back.checked_at == local
    assert back.checked_at.utcoffset() == timedelta(0)
    assert back.checked_at.hour == 3 and back.checked_at.minute == 30


def test_naive_datetimes_are_refused(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    naive = Observation("r1", "https://example.org/", datetime(2026, 11, 2), LinkState.ALIVE)
    with pytest.raises(StoreError, match="naive"):
        store.record([naive])


def test_enums_and_times_are_stored_as_readable_text(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with SqliteStore(path) as store:
        store.start_run(run("r1"))
        store.record(
            [obs("https://x.example/", LinkState.SOFT_DEAD, 1.5, "r1", error_kind=ErrorKind.TLS)]
        )
    row = sqlite3.connect(path).execute("SELECT state, error_kind, checked_at FROM observations")
    assert row.fetchone() == ("soft-dead", "tls", "2026-11-01T04:30:00.000000+00:00")


def test_runs_round_trip_and_come_newest_first(store: SqliteStore) -> None:
    store.start_run(run("old", 0))
    store.start_run(run("new", 48, kind="gate"))
    store.start_run(run("mid", 24))
    store.finish_run(
        RunRecord(
            run_id="mid",
            started_at=at(24),
            finished_at=at(25),
            inconclusive=True,
            counts={"dead": 2, "alive": 40},
            report_json='{"schema": "curator.report/1", "title": "Rückenschmerzen"}',
        )
    )

    runs = store.runs()
    assert [r.run_id for r in runs] == ["new", "mid", "old"]
    new, mid, old = runs
    assert new.kind == "gate" and new.finished_at is None
    assert mid.finished_at == at(25)
    assert mid.inconclusive is True
    assert mid.counts == {"dead": 2, "alive": 40}
    assert mid.report_json == '{"schema": "curator.report/1", "title": "Rückenschmerzen"}'
    assert old.counts == {} and old.report_json is None and old.inconclusive is False
    assert [r.run_id for r in store.runs(limit=2)] == ["new", "mid"]


def test_finishing_keeps_how_the_run_started(store: SqliteStore) -> None:
    store.start_run(run("r1", 0, kind="gate"))
    store.finish_run(RunRecord("r1", started_at=at(99), finished_at=at(1), kind="run"))
    (back,) = store.runs()
    assert back.started_at == at(0) and back.kind == "gate" and back.finished_at == at(1)


def test_a_finished_run_nobody_started_is_still_recorded(store: SqliteStore) -> None:
    store.finish_run(RunRecord("late", started_at=at(0), finished_at=at(1), counts={"alive": 1}))
    assert store.runs()[0].counts == {"alive": 1}


def test_starting_the_same_run_twice_is_an_error(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    with pytest.raises(StoreError, match="r1 was already started"):
        store.start_run(run("r1"))


def test_observations_need_a_started_run_and_a_bad_batch_stores_nothing(
    store: SqliteStore,
) -> None:
    store.start_run(run("r1"))
    batch = [obs("https://a.example/", run_id="r1"), obs("https://b.example/", run_id="ghost")]
    with pytest.raises(StoreError, match="never started: ghost"):
        store.record(batch)
    assert store.recent(["https://a.example/"]) == {"https://a.example/": []}


def test_recent_is_newest_first_across_runs_and_respects_the_limit(store: SqliteStore) -> None:
    url, other = "https://example.org/page", "https://example.org/other"
    # recorded out of time order on purpose: order comes from checked_at, not insertion
    for run_id, hours, state in [
        ("r3", 48, LinkState.DEAD),
        ("r1", 0, LinkState.ALIVE),
        ("r5", 96, LinkState.DEAD),
        ("r2", 24, LinkState.MOVED),
        ("r4", 72, LinkState.UNKNOWN),
    ]:
        store.start_run(run(run_id, hours))
        store.record([obs(url, state, hours, run_id), obs(other, LinkState.ALIVE, hours, run_id)])

    everything = store.recent([url, "https://never.example/", url], limit=20)
    assert [o.run_id for o in everything[url]] == ["r5", "r4", "r3", "r2", "r1"]
    assert everything["https://never.example/"] == []
    assert set(everything) == {url, "https://never.example/"}

    latest_two = store.recent([url, other], limit=2)
    assert [o.run_id for o in latest_two[url]] == ["r5", "r4"]
    assert [o.run_id for o in latest_two[other]] == ["r5", "r4"]
    assert store.recent([url], limit=0) == {url: []}
    assert store.recent([]) == {}


def test_equal_times_put_the_later_record_first(store: SqliteStore) -> None:
    for run_id in ("a", "b"):
        store.start_run(run(run_id))
        store.record([obs("https://x.example/", run_id=run_id, hours=1)])
    assert [o.run_id for o in store.recent(["https://x.example/"])["https://x.example/"]] == [
        "b",
        "a",
    ]


def test_recording_a_url_twice_in_a_run_keeps_the_latest(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    store.record([obs("https://x.example/", LinkState.UNKNOWN, 1, "r1")])
    store.record([obs("https://x.example/", LinkState.DEAD, 2, "r1", http_status=404)])
    (only,) = store.recent(["https://x.example/"])["https://x.example/"]
    assert only.state is LinkState.DEAD and only.http_status == 404


def test_recent_handles_ten_thousand_urls_in_one_call(store: SqliteStore) -> None:
    urls = [f"https://host{i % 301}.example/page/{i}" for i in range(10_000)]
    for r in range(3):
        store.start_run(run(f"r{r}", r * 24))
        store.record([obs(u, LinkState.ALIVE, r * 24, f"r{r}") for u in urls])

    started = time.perf_counter()
    got = store.recent(reversed(urls), limit=2)
    elapsed = time.perf_counter() - started

    assert len(got) == 10_000
    assert all([o.run_id for o in history] == ["r2", "r1"] for history in got.values())
    assert elapsed < 10, f"recent() over 10,000 URLs took {elapsed:.1f}s"


def test_two_threads_recording_into_one_store_lose_nothing(store: SqliteStore) -> None:
    store.start_run(run("r1"))
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        try:
            for batch in range(20):
                store.record(
                    [obs(f"https://{prefix}.example/{batch}/{i}", run_id="r1") for i in range(10)]
                )
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    urls = [f"https://{p}.example/{b}/{i}" for p in "ab" for b in range(20) for i in range(10)]
    assert all(len(h) == 1 for h in store.recent(urls).values())


def test_the_file_is_in_wal_mode_and_its_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "deeper" / "state.sqlite"
    with SqliteStore(path) as store:
        store.start_run(run("r1"))
    assert path.is_file()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "state.sqlite")
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.runs()


def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    path.write_bytes(b"routes:\n  - this is a YAML file, not a database\n" * 100)
    with pytest.raises(StoreError) as caught:
        SqliteStore(path)
    assert str(path) in str(caught.value)
    assert "not a database" in str(caught.value)


def test_a_damaged_database_is_a_clear_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with SqliteStore(path) as store:
        store.start_run(run("r1"))
        store.record([obs(f"https://x.example/{i}", run_id="r1") for i in range(2000)])
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = b"\xde\xad\xbe\xef" * ((len(data) - page) // 4)  # keep the header, wreck the rest
    path.write_bytes(bytes(data))

    with pytest.raises(StoreError) as caught:
        damaged = SqliteStore(path)
        damaged.recent([f"https://x.example/{i}" for i in range(2000)])
    assert str(path) in str(caught.value)


def test_a_directory_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=str(tmp_path)):
        SqliteStore(tmp_path)


def test_reading_history_is_not_blocked_by_a_run_holding_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with SqliteStore(path) as writer:
        writer.start_run(run("r1"))
        writer.record([obs("https://x.example/", LinkState.ALIVE, 0, "r1")])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process mid-batch, holding the write lock
    other.execute("INSERT INTO runs (run_id, started_at) VALUES ('r2', '2026-11-02T00:00:00Z')")
    try:
        with SqliteStore(path, busy_timeout=0.2) as reader:
            started = time.perf_counter()
            seen = reader.recent(["https://x.example/"])["https://x.example/"]
            assert [r.run_id for r in reader.runs()] == ["r1"]  # uncommitted r2 is invisible
            assert [o.run_id for o in seen] == ["r1"]
            assert time.perf_counter() - started < 0.2
            with pytest.raises(StoreError, match="locked"):
                reader.start_run(run("r3"))  # writers do queue, and give up after the timeout
    finally:
        other.execute("ROLLBACK")
        other.close()
