"""Never two runs at once on one state store, across processes: OS file locks beside it.

``flock(2)`` locks belong to an open file, are released by the kernel when the holder dies
(even by SIGKILL), and conflict between two opens of the same file in one process too. So a
crashed run never leaves a stale lock behind, and the scheduler's own jobs exclude each other
the same way a manual ``curator run`` and a scheduled one do.

Two locks per store, so a running scheduler does not block manual runs between its jobs:

- ``<store>.lock`` is held for the length of one run (``curator run`` and every scheduled job);
- ``<store>.scheduler.lock`` is held for the life of ``curator schedule``: one scheduler per
  state, or its ledger and its runs would interleave.

The holder writes its pid and purpose into the lock file, so a refusal can say who holds it.
A PostgreSQL store has no file to sit beside: its run lock is an advisory lock in its database
(``store.postgres.advisory_lock``), released by the server when the holder's connection ends.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from curator.redact import redact_url
from curator.session.cancel import RunCancelled

_POLL_SECONDS = 0.1


class LockBusy(Exception):
    """Another process holds the lock; the message says who and what to do."""


def store_file(store: str | None) -> Path | None:
    """The SQLite file behind a ``store`` setting, or None (no store, or a server store)."""
    if not store or not store.strip():
        return None
    text = store.strip()
    if text.startswith("sqlite:///"):
        return Path(text[len("sqlite:///") :]).expanduser()
    if "://" in text:
        return None
    return Path(text).expanduser()


def beside(store: Path, suffix: str) -> Path:
    """A file next to the store, named after it, so two stores in one directory never share."""
    return store.with_name(store.name + suffix)


@contextmanager
def run_lock(
    store: str | None,
    wait: float,
    purpose: str = "curator run",
    cancel: threading.Event | None = None,
) -> Iterator[None]:
    """Hold ``<store>.lock`` for one run, waiting up to ``wait`` seconds (or until ``cancel``)."""
    if is_server_store(store):
        assert store is not None
        with _server_lock(store, wait, purpose, cancel):
            yield
        return
    path = store_file(store)
    if path is None:
        yield
        return
    with _flock(beside(path, ".lock"), wait, purpose, cancel) as acquired:
        if cancel is not None and cancel.is_set() and not acquired:
            raise RunCancelled("stopped while waiting for another run to finish")
        if not acquired:
            raise LockBusy(
                f"another run is using the state store {path} ({_holder(beside(path, '.lock'))}); "
                f"waited {wait:g}s. Try again when it has finished, or raise "
                "[schedule] lock_wait_seconds."
            )
        yield


def is_server_store(store: str | None) -> bool:
    scheme = (store or "").strip().split("://", 1)[0].split("+", 1)[0].lower()
    return "://" in (store or "") and scheme in ("postgresql", "postgres")


@contextmanager
def _server_lock(
    store: str, wait: float, purpose: str, cancel: threading.Event | None
) -> Iterator[None]:
    """The run lock of a PostgreSQL store: an advisory lock in its database, so two machines
    sharing the store queue for it exactly like two processes beside one SQLite file."""
    from curator.store.postgres import advisory_lock  # psycopg only for a server store

    with advisory_lock(store, wait, purpose, cancel) as held:
        if held is not True:
            if cancel is not None and cancel.is_set():
                raise RunCancelled("stopped while waiting for another run to finish")
            raise LockBusy(
                f"another run is using the state store {redact_url(store)} ({held}); "
                f"waited {wait:g}s. Try again when it has finished, or raise "
                "[schedule] lock_wait_seconds."
            )
        yield


@contextmanager
def scheduler_lock(store: Path) -> Iterator[None]:
    """Hold ``<store>.scheduler.lock`` for the life of one ``curator schedule``; never wait."""
    path = beside(store, ".scheduler.lock")
    with _flock(path, 0, "curator schedule") as acquired:
        if not acquired:
            raise LockBusy(
                f"another `curator schedule` is already running on {store} ({_holder(path)}); "
                "stop it first, or point this one at a different state store"
            )
        yield


@contextmanager
def _flock(
    path: Path, wait: float, purpose: str, cancel: threading.Event | None = None
) -> Iterator[bool]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline or (cancel is not None and cancel.is_set()):
                    yield False
                    return
                time.sleep(_POLL_SECONDS)
        since = datetime.now(UTC).isoformat(timespec="seconds")
        with contextlib.suppress(OSError):  # a full disk: the lock holds, without its note
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, {purpose}, since {since}\n".encode(), 0)
        try:
            yield True
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return f"held by {text}" if text else "holder unknown"
