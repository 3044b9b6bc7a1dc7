"""State files written by an older curator open with the current one, history intact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from curator.states import LinkState
from curator.store.interface import ArchiveLookup, StoreError
from curator.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from curator.store.sqlite import SqliteStore
from store_helpers import at, obs, run


def _old_file(path: Path, version: int) -> sqlite3.Connection:
    """A state file as curator at schema ``version`` left it (autocommit, like the store)."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=version)
    return conn


def _indexes(path: Path) -> set[str]:
    rows = sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {name for (name,) in rows}


def test_there_is_an_older_schema_to_migrate_from() -> None:
    assert LATEST_VERSION >= 2


def test_a_version_1_file_is_migrated_forward_keeping_its_history(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    conn = _old_file(path, version=1)
    conn.execute(
        "INSERT INTO runs (run_id, started_at, finished_at, inconclusive, kind, counts) "
        "VALUES ('v1-run', '2026-11-01T03:00:00.000000+00:00', "
        "'2026-11-01T03:10:00.000000+00:00', 0, 'run', '{\"dead\": 1}')"
    )
    conn.execute(
        "INSERT INTO observations (run_id, url, checked_at, state, http_status, error_kind) "
        "VALUES ('v1-run', 'https://old.example/', '2026-11-01T03:05:00.000000+00:00', "
        "'dead', 404, 'http-status')"
    )
    conn.close()
    assert "observations_by_url_time" not in _indexes(path)

    with SqliteStore(path) as store:
        (old,) = store.recent(["https://old.example/"])["https://old.example/"]
        assert old.state is LinkState.DEAD and old.http_status == 404
        assert store.runs()[0].counts == {"dead": 1}
        store.start_run(run("v2-run", 24))
        store.record([obs("https://old.example/", LinkState.ALIVE, 24, "v2-run")])
        history = store.recent(["https://old.example/"])["https://old.example/"]
        assert [o.run_id for o in history] == ["v2-run", "v1-run"]

    assert schema_version(sqlite3.connect(path)) == LATEST_VERSION
    assert "observations_by_url_time" in _indexes(path)


def test_opening_a_current_file_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    with SqliteStore(path) as store:
        store.start_run(run("r1"))
    with SqliteStore(path) as store:
        assert [r.run_id for r in store.runs()] == ["r1"]
    assert schema_version(sqlite3.connect(path)) == LATEST_VERSION


def test_a_file_from_a_newer_curator_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    conn = _old_file(path, version=LATEST_VERSION)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()

    with pytest.raises(StoreError, match="newer than this curator") as caught:
        SqliteStore(path)
    assert str(path) in str(caught.value)
    assert schema_version(sqlite3.connect(path)) == LATEST_VERSION + 1


def test_someone_elses_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()

    with pytest.raises(StoreError, match="not a curator state store") as caught:
        SqliteStore(path)
    assert str(path) in str(caught.value)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")
    assert [name for (name,) in tables] == ["users"]


def test_a_version_4_file_gains_the_archive_lookups_and_keeps_its_runs(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    conn = _old_file(path, version=4)
    conn.execute(
        "INSERT INTO runs (run_id, started_at, kind, counts) "
        "VALUES ('v4-run', '2026-11-01T03:00:00.000000+00:00', 'run', '{}')"
    )
    conn.close()
    with SqliteStore(path) as store:
        assert [r.run_id for r in store.runs()] == ["v4-run"]
        assert store.archive_lookups(["https://old.example/"]) == {}
        lookup = ArchiveLookup(
            "https://old.example/", at(0), at(1), "https://a.test/web/1/x", at(-9)
        )
        store.remember_archive_lookups([lookup])
        assert store.archive_lookups(["https://old.example/"]) == {"https://old.example/": lookup}
    assert schema_version(sqlite3.connect(path)) == LATEST_VERSION


def test_answers_learnt_before_echoes_was_read_say_no_echo_until_relearnt(
    tmp_path: Path,
) -> None:
    """An answer learnt before the store kept whether it quotes its made-up address reads as
    not quoting it: the echo sign then waits for a fresh probe instead of guessing."""
    path = tmp_path / "state.sqlite"
    conn = _old_file(path, version=LATEST_VERSION - 1)
    conn.execute(
        "INSERT INTO probe_answers (origin, shape, learnt_at, status, final_url, sketch, title) "
        "VALUES ('https://news.example', '/news/text', '2026-12-04T03:00:00.000000+00:00', 200, "
        "'https://news.example/news/qzxw', x'01020304', 'News')"
    )
    conn.close()
    with SqliteStore(path) as store:
        (answer,) = store.probe_answers([("https://news.example", "/news/text")]).values()
        assert answer.title == "News" and answer.sketch == b"\x01\x02\x03\x04"
        assert answer.echoes is False
        store.save_probe_answers([replace(answer, echoes=True)])
        (again,) = store.probe_answers([("https://news.example", "/news/text")]).values()
        assert again.echoes is True


def test_answers_learnt_before_own_words_were_kept_hold_none_until_relearnt(
    tmp_path: Path,
) -> None:
    """An answer learnt before the store kept the made-up address's own words reads as holding
    none: the ``unowned`` sign then says nothing of a page until the answer is learnt again."""
    path = tmp_path / "state.sqlite"
    conn = _old_file(path, version=LATEST_VERSION - 1)
    conn.execute(
        "INSERT INTO probe_answers (origin, shape, learnt_at, status, final_url, sketch, title) "
        "VALUES ('https://events.example', '/evento/num', '2026-12-05T03:00:00.000000+00:00', "
        "200, 'https://events.example/evento/qzxw', x'01020304', 'Agenda')"
    )
    conn.close()
    with SqliteStore(path) as store:
        (answer,) = store.probe_answers([("https://events.example", "/evento/num")]).values()
        assert answer.title == "Agenda" and answer.own is None
        store.save_probe_answers([replace(answer, own=b"\x05\x00\x00\x00")])
        (again,) = store.probe_answers([("https://events.example", "/evento/num")]).values()
        assert again.own == b"\x05\x00\x00\x00"


def test_probe_answers_learnt_before_the_masking_are_forgotten_and_learnt_again(
    tmp_path: Path,
) -> None:
    """Answers sketched before numbers and the page's own address were set aside would call a
    catch-all's stand-in live until they aged out: the migration drops them, the rest stays."""
    path = tmp_path / "state.sqlite"
    masking = next(
        step for step, m in enumerate(MIGRATIONS) if m.statements == ("DELETE FROM probe_answers",)
    )
    conn = _old_file(path, version=masking)
    conn.execute(
        "INSERT INTO probe_answers (origin, shape, learnt_at, status, final_url, sketch, title) "
        "VALUES ('https://news.example', '/news/text', '2026-12-04T03:00:00.000000+00:00', 200, "
        "'https://news.example/news/qzxw', x'01020304', 'News')"
    )
    conn.execute(
        "INSERT INTO runs (run_id, started_at, finished_at, inconclusive, kind, counts) "
        "VALUES ('old-run', '2026-12-04T03:00:00.000000+00:00', "
        "'2026-12-04T03:10:00.000000+00:00', 0, 'run', '{\"alive\": 1}')"
    )
    conn.close()

    with SqliteStore(path) as store:
        assert store.probe_answers([("https://news.example", "/news/text")]) == {}
        assert [r.run_id for r in store.runs()] == ["old-run"]
    assert schema_version(sqlite3.connect(path)) == LATEST_VERSION
