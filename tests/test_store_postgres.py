"""The PostgreSQL store against a real server (see conftest_pg): the Store contract, run on
both backends side by side, then what only a server database has to get right: migrations on
a shared database, and several writers at once."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from curator.classify.probe_answer import ProbeAnswer
from curator.states import ErrorKind, Flag, LinkState
from curator.store.interface import ArchiveLookup, Observation, Store, StoreError
from curator.store.open import open_store
from curator.store.postgres import PostgresStore
from curator.store.postgres_migrations import LATEST_VERSION, migrate
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route
from store_helpers import at, obs, run

try:
    import psycopg
except ImportError:  # the pg_url fixture fails these tests with the reason
    psycopg = None  # type: ignore[assignment]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same contract on both backends: a test passing on one must pass on the other."""
    opened: Store
    if request.param == "sqlite":
        opened = SqliteStore(tmp_path / "state.sqlite")
    else:
        opened = open_store(request.getfixturevalue("pg_url"))
        assert isinstance(opened, PostgresStore)
    yield opened
    opened.close()


# -- the Store contract, on both backends ---------------------------------------------------


def test_every_observation_field_survives_a_round_trip(store: Store) -> None:
    store.start_run(run("r1"))
    full = obs(
        "https://www.who.int/a", LinkState.DEAD, run_id="r1", http_status=404,
        final_url="https://www.who.int/b", error_kind=ErrorKind.HTTP_STATUS,
        error_message="404 Not Found", reason="gone", title="Ti", description="De",
        page_modified="2026-10-01", etag='"e"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT",
        body_hash="ab12", fingerprint="f00d", elapsed=1.25,
        flags=frozenset({Flag.INSECURE, Flag.OFFSITE_REDIRECT}), found_terms=("spine", "leg"),
    )  # fmt: skip
    store.record([full, obs("https://www.who.int/plain", run_id="r1")])
    recent = store.recent(["https://www.who.int/a", "https://www.who.int/plain"])
    assert recent["https://www.who.int/a"] == [full]
    assert recent["https://www.who.int/plain"] == [obs("https://www.who.int/plain", run_id="r1")]


def test_times_come_back_as_the_same_instant_in_utc_and_naive_ones_are_refused(
    store: Store,
) -> None:
    paris = timezone(timedelta(hours=1))
    store.start_run(run("r1"))
    when = datetime(2026, 11, 1, 4, 0, 0, 123456, tzinfo=paris)
    store.record([Observation("r1", "https://a.org/", when, LinkState.ALIVE)])
    (back,) = store.recent(["https://a.org/"])["https://a.org/"]
    assert back.checked_at == when and back.checked_at.tzinfo == UTC
    with pytest.raises(StoreError, match="naive"):
        store.record([Observation("r1", "https://a.org/", datetime(2026, 1, 1), LinkState.ALIVE)])


def test_archive_lookups_keep_the_latest_episode_per_url(store: Store) -> None:
    dead, other = "https://gone.example/a", "https://gone.example/b"
    first = ArchiveLookup(dead, at(0), at(1), "https://archive.test/web/20261001000000/a", at(-800))
    later = ArchiveLookup(dead, at(48), at(49), None, None)  # a new episode: no copy this time
    store.remember_archive_lookups([first, ArchiveLookup(other, at(2), at(3))])
    assert store.archive_lookups([dead]) == {dead: first}
    store.remember_archive_lookups([later])
    store.remember_archive_lookups([replace(later, looked_at=at(50))])  # asked again: replaced
    found = store.archive_lookups([dead, other, "https://never.example/"])
    assert found[dead] == replace(later, looked_at=at(50))
    assert found[other].snapshot_url is None and set(found) == {dead, other}


def test_runs_listed_without_their_reports_still_say_which_kept_one(store: Store) -> None:
    """A list of runs for the trend leaves each report document out (one holds every source of
    its run); the one document a digest or a picture needs is read alone."""
    store.start_run(run("kept", hours=0))
    store.finish_run(run("kept", hours=0, finished_at=at(1), report_json='{"a": "Rücken"}'))
    store.start_run(run("none", hours=2))
    listed = {r.run_id: r for r in store.runs(reports=False)}
    assert listed["kept"].report_json is None and listed["kept"].has_report
    assert listed["none"].report_json is None and not listed["none"].has_report
    assert listed["kept"].finished_at == at(1) and listed["none"].finished_at is None
    assert {r.run_id: r.has_report for r in store.runs()} == {"kept": True, "none": False}
    assert store.report_json("kept") == '{"a": "Rücken"}'
    assert store.report_json("none") is None and store.report_json("missing") is None


def test_runs_round_trip_newest_first_and_finishing_keeps_the_start(store: Store) -> None:
    store.start_run(run("old", hours=0, kind="gate"))
    store.start_run(run("new", hours=5))
    store.finish_run(run("old", hours=0, finished_at=at(1), inconclusive=True,
                         counts={"alive": 4, "dead": 1}, report_json='{"a": 1}'))  # fmt: skip
    store.finish_run(run("orphan", hours=2, finished_at=at(3)))  # nobody started it
    runs = store.runs()
    assert [r.run_id for r in runs] == ["new", "orphan", "old"]
    old = runs[2]
    assert (old.kind, old.finished_at, old.inconclusive) == ("gate", at(1), True)
    assert dict(old.counts) == {"alive": 4, "dead": 1} and old.report_json == '{"a": 1}'
    assert [r.run_id for r in store.runs(limit=1)] == ["new"]
    with pytest.raises(StoreError, match="already started"):
        store.start_run(run("new"))


def test_observations_need_a_started_run_and_a_bad_batch_stores_nothing(store: Store) -> None:
    store.start_run(run("r1"))
    with pytest.raises(StoreError, match="never started: ghost"):
        store.record([obs("https://a.org/", run_id="r1"), obs("https://b.org/", run_id="ghost")])
    assert store.recent(["https://a.org/"]) == {"https://a.org/": []}


def test_recent_is_newest_first_per_url_within_the_limit(store: Store) -> None:
    for n in range(5):
        store.start_run(run(f"r{n}", hours=n))
        store.record([obs("https://a.org/", LinkState.DEAD if n % 2 else LinkState.ALIVE,
                          hours=n, run_id=f"r{n}")])  # fmt: skip
    recent = store.recent(["https://a.org/", "https://never.org/"], limit=3)
    assert [o.run_id for o in recent["https://a.org/"]] == ["r4", "r3", "r2"]
    assert recent["https://never.org/"] == []
    # Equal times: the later record comes first. A URL written twice in a run keeps the latest.
    store.start_run(run("same", hours=9))
    store.record([obs("https://a.org/", LinkState.ALIVE, hours=9, run_id="same")])
    store.record([obs("https://a.org/", LinkState.MOVED, hours=9, run_id="same")])
    assert [o.state for o in store.recent(["https://a.org/"], limit=2)["https://a.org/"]] == [
        LinkState.MOVED, LinkState.ALIVE,  # same run's latest, then r4
    ]  # fmt: skip


def test_probe_answers_round_trip_and_a_newer_one_replaces_the_older(store: Store) -> None:
    learnt = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    honest = ProbeAnswer(
        "http://www.a.example", "/p/num/num/text", 404, "http://www.a.example/p/1/x",
        learnt_at=learnt, ignores_last_segment=True,
    )  # fmt: skip
    catch_all = ProbeAnswer(
        "http://www.b.example", "/topics/text", 200, "http://www.b.example/topics/y",
        sketch=bytes(range(256)), canonical="http://www.b.example/", learnt_at=learnt,
    )  # fmt: skip
    store.save_probe_answers([honest, catch_all])
    keys = [honest.key, catch_all.key, ("http://www.c.example", "/text")]
    assert store.probe_answers(keys) == {honest.key: honest, catch_all.key: catch_all}
    later = replace(honest, status=200, learnt_at=learnt + timedelta(days=3))
    store.save_probe_answers([later])
    assert store.probe_answers([honest.key]) == {honest.key: later}
    with pytest.raises(StoreError, match="without a time"):
        store.save_probe_answers([replace(honest, learnt_at=None)])


def test_recent_handles_ten_thousand_urls_in_one_call(store: Store) -> None:
    store.start_run(run("r1"))
    urls = [f"https://host{n % 97}.org/page/{n}" for n in range(10_000)]
    store.record([obs(u, run_id="r1") for u in urls])
    recent = store.recent(urls, limit=2)
    assert len(recent) == 10_000 and all(len(v) == 1 for v in recent.values())


# -- only the server database ---------------------------------------------------------------


def test_a_fresh_database_is_migrated_once_and_reopening_changes_nothing(pg_url: str) -> None:
    PostgresStore(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM curator_schema").fetchall() == [(LATEST_VERSION,)]
        assert migrate(conn, "db") == LATEST_VERSION  # nothing left to do


def test_an_older_schema_moves_forward_keeping_its_history(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        migrate(conn, "db", target=2)  # before flags and found terms existed
        conn.execute("INSERT INTO runs (run_id, started_at) VALUES ('r0', now())")
        conn.execute(
            "INSERT INTO observations (run_id, url, checked_at, state) "
            "VALUES ('r0', 'https://a.org/', now(), 'dead')"
        )
    with PostgresStore(pg_url) as store:
        (old,) = store.recent(["https://a.org/"])["https://a.org/"]
    assert old.state is LinkState.DEAD and old.flags == frozenset() and old.found_terms == ()


def test_a_newer_schema_and_someone_elses_tables_are_refused(
    pg_url: str, postgres_server: object
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE runs (id integer)")
    with pytest.raises(StoreError, match="did not create"):
        PostgresStore(pg_url)
    other = pg_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS curator_schema")
    PostgresStore(other).close()
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("UPDATE curator_schema SET version = 99")
    with pytest.raises(StoreError, match="newer than this curator"):
        PostgresStore(other)
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("DROP TABLE curator_schema, observations, runs")


def test_a_bad_url_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store("postgresql+psycopg://curator:s3cret@127.0.0.1:9/curator?connect_timeout=1")
    assert "s3cret" not in str(caught.value) and "127.0.0.1:9" in str(caught.value)


def _writer(url: str, run_id: str, batches: int, per_batch: int) -> None:
    with PostgresStore(url) as store:
        store.start_run(run(run_id))
        for b in range(batches):
            store.record([obs(f"https://h{n % 7}.org/{b}/{n}", run_id=run_id)
                          for n in range(per_batch)])  # fmt: skip
        store.finish_run(run(run_id, finished_at=at(1)))


def test_writers_in_separate_processes_lose_nothing(pg_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_writer, args=(pg_url, f"w{n}", 40, 25)) for n in range(3)]
    for process in writers:
        process.start()
    for process in writers:
        process.join(timeout=60)
        assert process.exitcode == 0
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT run_id, count(*) FROM observations GROUP BY run_id ORDER BY run_id"
        ).fetchall()
    assert rows == [("w0", 1000), ("w1", 1000), ("w2", 1000)]


@pytest.mark.slow
def test_two_curator_runs_at_once_on_one_postgresql_store_lose_nothing(
    tmp_path: Path, web: FixtureWeb, pg_url: str
) -> None:
    hosts = [f"www.site{n}-health.org" for n in range(10)]
    for number, group in enumerate((hosts[:5], hosts[5:])):
        urls = [web.add(h, "/page", body=html_page(f"Page at {h}"), delay=0.05) for h in group]
        write_route(tmp_path / f"routes{number}", f"route-{number}", urls)
    (tmp_path / "curator.toml").write_text("[fetch]\nper_host_spacing = 0\n", encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "curator", "run", "--allow-private-networks", "--no-progress",
             "--routes", f"routes{n}", "--reports", f"reports{n}", "--store", pg_url,
             *[f"--resolve={h}:127.0.0.1" for h in hosts]],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for n in range(2)
    ]  # fmt: skip
    outcomes = [proc.communicate(timeout=90) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], outcomes
    with PostgresStore(pg_url) as store:
        runs = store.runs()
        assert len(runs) == 2 and all(r.finished_at is not None for r in runs)
        seen = store.recent([web.url(h, "/page") for h in hosts])
    assert all(len(v) == 1 and v[0].state is LinkState.ALIVE for v in seen.values())
    assert {v[0].run_id for v in seen.values()} == {r.run_id for r in runs}


def test_threads_sharing_one_store_object_lose_nothing(pg_url: str) -> None:
    with PostgresStore(pg_url) as store:
        store.start_run(run("r1"))
        errors: list[BaseException] = []

        def write(n: int) -> Callable[[], None]:
            def go() -> None:
                try:
                    for b in range(20):
                        store.record([obs(f"https://t{n}.org/{b}/{i}", run_id="r1")
                                      for i in range(10)])  # fmt: skip
                except BaseException as exc:
                    errors.append(exc)

            return go

        threads = [threading.Thread(target=write(n)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        urls = [f"https://t{n}.org/{b}/{i}" for n in range(4) for b in range(20) for i in range(10)]
        assert all(len(v) == 1 for v in store.recent(urls).values())


def test_a_run_keeps_its_routes_folder_and_whether_it_was_partial(store: Store) -> None:
    store.start_run(run("partial", hours=0, routes_dir="/site/routes", partial=True))
    store.finish_run(run("partial", hours=0, finished_at=at(1), routes_dir="/site/routes",
                         partial=True))  # fmt: skip
    store.start_run(run("full", hours=2, routes_dir="/site/routes"))
    store.start_run(run("older-curator", hours=3))
    runs = {r.run_id: r for r in store.runs()}
    assert (runs["partial"].routes_dir, runs["partial"].partial) == ("/site/routes", True)
    assert (runs["full"].routes_dir, runs["full"].partial) == ("/site/routes", False)
    assert (runs["older-curator"].routes_dir, runs["older-curator"].partial) == (None, False)
