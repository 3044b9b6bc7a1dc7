"""``with`` on the fetcher and the state store releases them however the block is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.fetch.client import Fetcher
from curator.settings import FetchSettings
from curator.store.interface import StoreError
from curator.store.sqlite import SqliteStore


def test_a_store_left_by_an_exception_is_closed(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="editor's bug"), SqliteStore(tmp_path / "s.db") as store:
        assert store.runs() == []
        raise ValueError("editor's bug")
    with pytest.raises(StoreError, match="closed"):
        store.runs()


def test_a_fetcher_left_by_an_exception_is_closed() -> None:
    with pytest.raises(ValueError, match="editor's bug"), Fetcher(FetchSettings()) as fetcher:
        raise ValueError("editor's bug")
    with pytest.raises(RuntimeError, match="closed"):
        fetcher.fetch("http://127.0.0.1:9/")
