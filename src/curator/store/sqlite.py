"""The default state store: one SQLite file, nothing to start.

Choices, and why:

- WAL journal, so a report being rendered from the file never blocks the nightly run writing to
  it, and a process killed mid-run loses only the batch it was writing.
- ``BEGIN IMMEDIATE`` for every write plus a busy timeout, so two processes (a scheduled run and
  a gate run, say) queue for the write lock instead of failing with "database is locked".
- Enums stored by value and datetimes as fixed-width ISO-8601 UTC text
  (``2026-11-23T20:11:05.000000+00:00``): readable with the ``sqlite3`` shell, and text order is
  time order, which is what the ``(url, checked_at DESC)`` index relies on.
- ``recent()`` loads the wanted URLs into a temporary table and asks the index for at most
  ``limit`` rows per URL, so 50,000 URLs cost one query, not 50,000 or one giant ``IN`` list.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from curator.classify.probe_address import ProbeKey
from curator.classify.probe_answer import ProbeAnswer
from curator.closeable import Closeable
from curator.states import ErrorKind, Flag, LinkState
from curator.store import sql
from curator.store.interface import ArchiveLookup, Observation, RunRecord, StoreError
from curator.store.migrations import migrate

# Rows are built and unpacked positionally for speed, which needs these leading fields first.
_LEADING = ("run_id", "url", "checked_at", "state", "http_status", "final_url", "error_kind")
_TRAILING = sql.OBS_COLUMNS[len(_LEADING) : -2]  # plain columns between _LEADING and the sets
if sql.OBS_COLUMNS[: len(_LEADING)] != _LEADING or sql.OBS_COLUMNS[-2:] != (
    "flags",
    "found_terms",
):  # pragma: no cover
    raise ImportError(
        f"Observation fields reordered; update curator.store.sqlite: {sql.OBS_COLUMNS}"
    )
_OBS_INSERT = sql.observation_upsert("?")
_OBS_SELECT = ", ".join(f"o.{c}" for c in sql.OBS_COLUMNS)
_RECENT = f"""
    SELECT o.id, {_OBS_SELECT}
    FROM temp.wanted AS w
    JOIN observations AS o ON o.id IN (
        SELECT id FROM observations
        WHERE url = w.url
        ORDER BY checked_at DESC, id DESC
        LIMIT ?
    )
"""
_STATES = {state.value: state for state in LinkState}
_NO_FLAGS: frozenset[Flag] = frozenset()
_ERROR_KINDS = {kind.value: kind for kind in ErrorKind}
_CHECKED_AT = 1 + sql.OBS_COLUMNS.index("checked_at")  # position in a _RECENT row
_RUN_VALUES = ", ".join("?" * len(sql.RUN_COLUMNS.split(",")))
# A list of runs reads the report document only when asked to (see Store.runs). Whether one is
# kept is asked with typeof(), which SQLite answers from the row's header: IS NOT NULL loads
# the whole document first.
_RUN_LISTED = (
    "run_id, started_at, finished_at, inconclusive, kind, counts, {report}, routes_dir, partial, "
    "typeof(report_json) <> 'null'"
)
_LATEST_LOOKUPS = f"""
    SELECT {sql.ARCHIVE_COLUMNS} FROM archive_lookups AS a
    WHERE a.url IN (SELECT url FROM temp.wanted)
      AND a.episode = (SELECT max(episode) FROM archive_lookups WHERE url = a.url)
"""


def _why(exc: Exception, path: Path) -> str:
    """SQLite's reason, and the likely cause when it only says "disk I/O error"."""
    try:
        full = os.statvfs(path.parent).f_bavail == 0
    except OSError:
        full = False
    return f"{exc} (the disk is full)" if full else str(exc)


def _create_private(path: Path) -> None:
    """Create the store file readable by its owner only, before SQLite does (it would use the
    umask, usually 0644). The store keeps raw URLs, credentials in them included; SQLite gives
    its -wal and -shm files the database file's mode."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


_PROBE_COLUMNS = (
    "origin, shape, learnt_at, status, final_url, sketch, canonical, ignores_last_segment, title, "
    "echoes, own"
)
_PROBE_UPSERT = (
    f"INSERT INTO probe_answers ({_PROBE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (origin, shape) DO UPDATE SET learnt_at = excluded.learnt_at, "
    "status = excluded.status, final_url = excluded.final_url, sketch = excluded.sketch, "
    "canonical = excluded.canonical, ignores_last_segment = excluded.ignores_last_segment, "
    "title = excluded.title, echoes = excluded.echoes, own = excluded.own"
)
_SQL_PARAMETERS = 900  # under SQLite's oldest limit on ? parameters in one statement (999)


class SqliteStore(Closeable):
    """A :class:`~curator.store.interface.Store` in one SQLite file (created if missing).

    One connection, guarded by a lock so the object may be shared between threads; separate
    processes each open their own store on the same file.
    """

    def __init__(self, path: Path, *, busy_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        if self.path.is_dir():
            raise StoreError(
                f"{self.path}: is a folder, not a state store file; "
                "set `store` to a file path such as .curator/state.sqlite"
            )
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _create_private(self.path)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the state store: {exc}") from exc
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=busy_timeout
            )
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot open the state store: {_why(exc, self.path)}"
            ) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000):d}")
            conn.execute("PRAGMA foreign_keys = ON")
            deadline = time.monotonic() + busy_timeout
            mode = _while_busy(
                lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone()[0], deadline
            )
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: SQLite refused WAL mode (got {mode!r})")
            _while_busy(lambda: migrate(conn, self.path), deadline)
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (url TEXT PRIMARY KEY)")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"{self.path}: cannot open the state store: {_why(exc, self.path)}"
            ) from exc
        except BaseException:
            conn.close()
            raise
        self._conn: sqlite3.Connection | None = conn

    def __repr__(self) -> str:
        return f"SqliteStore({str(self.path)!r})"

    # -- writes ---------------------------------------------------------------------------

    def start_run(self, run: RunRecord) -> None:
        with self._transaction(f"start run {run.run_id}") as conn:
            exists = conn.execute("SELECT 1 FROM runs WHERE run_id = ?", (run.run_id,)).fetchone()
            if exists:
                raise StoreError(f"{self.path}: run {run.run_id} was already started")
            conn.execute(
                f"INSERT INTO runs ({sql.RUN_COLUMNS}) VALUES ({_RUN_VALUES})",
                _run_row(run),
            )

    def record(self, observations: Sequence[Observation]) -> None:
        """Persist a batch atomically; a URL seen twice in one run keeps its latest observation."""
        if not observations:
            return
        rows = [_observation_row(o) for o in observations]
        with self._transaction("record observations") as conn:
            run_ids = {o.run_id for o in observations}
            known = {
                r[0]
                for r in conn.execute(
                    f"SELECT run_id FROM runs WHERE run_id IN ({', '.join('?' * len(run_ids))})",
                    tuple(run_ids),
                )
            }
            if missing := run_ids - known:
                raise sql.never_started(self.path, missing)
            conn.executemany(_OBS_INSERT, rows)

    def finish_run(self, run: RunRecord) -> None:
        """Close a run; a run nobody started is recorded whole rather than lost."""
        with self._transaction(f"finish run {run.run_id}") as conn:
            conn.execute(sql.run_finish(_RUN_VALUES), _run_row(run))

    # -- reads ----------------------------------------------------------------------------

    def recent(self, urls: Iterable[str], limit: int = 20) -> dict[str, list[Observation]]:
        """Every asked-for URL maps to its newest observations (an empty list if never seen)."""
        wanted = list(dict.fromkeys(urls))
        found: dict[str, list[Observation]] = {url: [] for url in wanted}
        if not wanted or limit <= 0:
            return found
        keyed: dict[str, list[tuple[str, int, Observation]]] = {}
        with self._transaction("read recent observations", write=False) as conn:
            try:
                conn.executemany("INSERT INTO temp.wanted (url) VALUES (?)", ((u,) for u in wanted))
                for row in conn.execute(_RECENT, (limit,)):
                    obs = _observation(row[1:], self.path)
                    keyed.setdefault(obs.url, []).append((row[_CHECKED_AT], row[0], obs))
            finally:
                conn.execute("DELETE FROM temp.wanted")
        for url, entries in keyed.items():
            entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
            found[url] = [obs for _, _, obs in entries]
        return found

    def runs(self, limit: int = 30, *, reports: bool = True) -> list[RunRecord]:
        columns = _RUN_LISTED.format(report="report_json" if reports else "NULL")
        with self._transaction("read runs", write=False) as conn:
            rows = conn.execute(
                f"SELECT {columns} FROM runs ORDER BY started_at DESC, rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [_run(row, self.path) for row in rows]

    def report_json(self, run_id: str) -> str | None:
        with self._transaction("read a run's report", write=False) as conn:
            row = conn.execute(
                "SELECT report_json FROM runs WHERE run_id = ?", (run_id,)
            ).fetchone()
        document: str | None = None if row is None else row[0]
        return document

    def archive_lookups(self, urls: Iterable[str]) -> dict[str, ArchiveLookup]:
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return {}
        with self._transaction("read archive lookups", write=False) as conn:
            try:
                conn.executemany("INSERT INTO temp.wanted (url) VALUES (?)", ((u,) for u in wanted))
                rows = conn.execute(_LATEST_LOOKUPS).fetchall()
            finally:
                conn.execute("DELETE FROM temp.wanted")
        return {row[0]: _archive_lookup(row) for row in rows}

    def remember_archive_lookups(self, lookups: Sequence[ArchiveLookup]) -> None:
        if not lookups:
            return
        rows = [
            (
                lookup.url,
                _utc_text(lookup.episode),
                _utc_text(lookup.looked_at),
                lookup.snapshot_url,
                _utc_text(lookup.snapshot_at) if lookup.snapshot_at is not None else None,
            )
            for lookup in lookups
        ]
        with self._transaction("record archive lookups") as conn:
            conn.executemany(
                f"INSERT OR REPLACE INTO archive_lookups ({sql.ARCHIVE_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )

    def probe_answers(self, keys: Iterable[ProbeKey]) -> dict[ProbeKey, ProbeAnswer]:
        """The stored answer of every asked-for (origin, shape) that has one."""
        wanted = set(keys)
        origins = sorted({origin for origin, _ in wanted})
        found: dict[ProbeKey, ProbeAnswer] = {}
        with self._transaction("read probe answers", write=False) as conn:
            for start in range(0, len(origins), _SQL_PARAMETERS):
                part = origins[start : start + _SQL_PARAMETERS]
                rows = conn.execute(
                    f"SELECT {_PROBE_COLUMNS} FROM probe_answers "
                    f"WHERE origin IN ({', '.join('?' * len(part))})",
                    part,
                )
                for row in rows:
                    answer = _probe_answer(row, self.path)
                    if answer.key in wanted:
                        found[answer.key] = answer
        return found

    def save_probe_answers(self, answers: Sequence[ProbeAnswer]) -> None:
        if not answers:
            return
        rows = [_probe_row(answer) for answer in answers]
        with self._transaction("save probe answers") as conn:
            conn.executemany(_PROBE_UPSERT, rows)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, action: str, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction under the lock; any SQLite failure becomes a StoreError naming the file.

        Writes take the write lock up front (``IMMEDIATE``): a deferred transaction that reads
        first and writes later can fail at once in WAL mode instead of waiting its turn.
        """
        with self._lock:
            conn = self._conn
            if conn is None:
                raise StoreError(f"{self.path}: cannot {action}: the store is closed")
            try:
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:  # SQLite may have rolled back on its own already
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot {action}: {_why(exc, self.path)}") from exc


def _utc_text(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"refusing to store a naive datetime {value.isoformat()}; use UTC")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


@lru_cache(maxsize=1024)
def _utc(text: str) -> datetime:
    """Each stored time read once: a run's looks share a few (one per batch recorded), and a
    plan reads up to ``history_depth`` looks a URL."""
    return datetime.fromisoformat(text).astimezone(UTC)


def _observation_row(obs: Observation) -> tuple[Any, ...]:
    """An Observation as a row in ``sql.OBS_COLUMNS`` order (hot: once per row written)."""
    return (
        obs.run_id,
        obs.url,
        _utc_text(obs.checked_at),
        obs.state.value,
        obs.http_status,
        obs.final_url,
        obs.error_kind.value if obs.error_kind is not None else None,
        *(getattr(obs, column) for column in _TRAILING),
        ",".join(sorted(flag.value for flag in obs.flags)),
        "\n".join(obs.found_terms),
    )


def _observation(row: Sequence[Any], path: Path) -> Observation:
    """Rebuild an Observation from a row in ``sql.OBS_COLUMNS`` order (hot: once per row read)."""
    if len(row) != len(sql.OBS_COLUMNS):
        raise StoreError(f"{path}: an observation of {len(row)} columns")
    run_id, url, checked_at, state, http_status, final_url, error_kind, *rest, flags, terms = row
    try:
        # positional, in the dataclass's field order (``sql.OBS_COLUMNS`` is that order): a
        # keyword table a row was a third of reading a history (``Store.recent``)
        values: list[Any] = [
            run_id,
            url,
            _utc(checked_at),
            _STATES[state],
            http_status,
            final_url,
            _ERROR_KINDS[error_kind] if error_kind is not None else None,
            *rest,
            frozenset(Flag(value) for value in flags.split(",") if value) if flags else _NO_FLAGS,
            tuple(terms.split("\n")) if terms else (),
        ]
        return Observation(*values)
    except (KeyError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable observation of {url}: {exc!r}") from exc


def _probe_row(answer: ProbeAnswer) -> tuple[Any, ...]:
    if answer.learnt_at is None:
        raise StoreError(f"refusing to store the probe answer of {answer.origin} without a time")
    return (
        answer.origin,
        answer.shape,
        _utc_text(answer.learnt_at),
        answer.status,
        answer.final_url,
        answer.sketch,
        answer.canonical,
        int(answer.ignores_last_segment),
        answer.title,
        int(answer.echoes),
        answer.own,
    )


def _probe_answer(row: Sequence[Any], path: Path) -> ProbeAnswer:
    origin, shape, learnt_at, status, final_url, sketch, canonical, ignores, title, echoes, own = (
        row
    )
    try:
        return ProbeAnswer(
            origin=origin,
            shape=shape,
            status=status,
            final_url=final_url,
            sketch=bytes(sketch),
            canonical=canonical,
            ignores_last_segment=bool(ignores),
            title=title,
            echoes=bool(echoes),
            own=None if own is None else bytes(own),
            learnt_at=_utc(learnt_at),
        )
    except (TypeError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable probe answer of {origin}: {exc!r}") from exc


def _run_row(run: RunRecord) -> tuple[Any, ...]:
    return (
        run.run_id,
        _utc_text(run.started_at),
        _utc_text(run.finished_at) if run.finished_at is not None else None,
        int(run.inconclusive),
        run.kind,
        json.dumps(dict(run.counts), sort_keys=True),
        run.report_json,
        run.routes_dir,
        int(run.partial),
    )


def _run(row: Sequence[Any], path: Path) -> RunRecord:
    (
        run_id,
        started_at,
        finished_at,
        inconclusive,
        kind,
        counts,
        report_json,
        routes_dir,
        partial,
        has_report,
    ) = row
    try:
        return RunRecord(
            run_id=run_id,
            started_at=_utc(started_at),
            finished_at=_utc(finished_at) if finished_at is not None else None,
            inconclusive=bool(inconclusive),
            kind=kind,
            counts={str(k): int(v) for k, v in json.loads(counts).items()},
            report_json=report_json,
            routes_dir=routes_dir,
            partial=bool(partial),
            has_report=bool(has_report),
        )
    except (ValueError, AttributeError) as exc:
        raise StoreError(f"{path}: unreadable run {run_id}: {exc}") from exc


def _archive_lookup(row: Sequence[Any]) -> ArchiveLookup:
    url, episode, looked_at, snapshot_url, snapshot_at = row
    return ArchiveLookup(
        url=url,
        episode=_utc(episode),
        looked_at=_utc(looked_at),
        snapshot_url=snapshot_url,
        snapshot_at=_utc(snapshot_at) if snapshot_at is not None else None,
    )


T = TypeVar("T")


def _while_busy(step: Callable[[], T], deadline: float) -> T:
    """``step()``, tried again while another process holds the database, until ``deadline``.

    SQLite does not call its busy handler everywhere: two processes opening a new store at once
    (a scheduled run and a manual one) race the switch to WAL and the first migration, and the
    loser got "database is locked" at once (20 of 180 openings in a test of three at a time).
    """
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() >= deadline:
                raise
        time.sleep(random.uniform(0.005, 0.02))
