"""The ``store`` setting picks a backend: a path or sqlite:/// URL, never a silent surprise."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.store.interface import StoreError
from curator.store.open import open_store
from curator.store.postgres import PostgresStore
from curator.store.sqlite import SqliteStore
from store_helpers import run


def _opens_sqlite_at(spec: str | Path, expected: Path) -> None:
    store = open_store(spec)
    try:
        assert isinstance(store, SqliteStore)
        store.start_run(run("r1"))
    finally:
        store.close()
    assert expected.is_file()


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    _opens_sqlite_at(str(tmp_path / "a.sqlite"), tmp_path / "a.sqlite")
    _opens_sqlite_at(tmp_path / "b.sqlite", tmp_path / "b.sqlite")


def test_the_default_relative_path_lands_under_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _opens_sqlite_at(".curator/state.sqlite", tmp_path / ".curator" / "state.sqlite")


def test_sqlite_urls_use_three_slashes_relative_and_four_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _opens_sqlite_at("sqlite:///rel/state.sqlite", tmp_path / "rel" / "state.sqlite")
    absolute = tmp_path / "abs" / "state.sqlite"
    _opens_sqlite_at(f"sqlite:///{absolute}", absolute)


def test_postgresql_urls_open_the_server_store(pg_url: str) -> None:
    for spec in (pg_url, pg_url.replace("postgresql://", "postgresql+psycopg://")):
        store = open_store(spec)
        try:
            assert isinstance(store, PostgresStore)
            store.start_run(run(f"r-{len(spec)}"))
        finally:
            store.close()


@pytest.mark.parametrize("spec", ["mysql://db/curator", "sqlite://", "sqlite:///", "  "])
def test_unusable_store_settings_are_errors(spec: str) -> None:
    with pytest.raises(StoreError):
        open_store(spec)
