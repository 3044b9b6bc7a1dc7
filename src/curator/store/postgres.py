"""The shared state store: PostgreSQL, for when several machines keep one history.

The scheduler on one machine, gate runs in CI and editors rendering reports elsewhere can then
read and write the same runs and observations. It behaves as the SQLite store does (same
schema steps, same answers to the same calls); choices that differ, and why:

- One connection per store object, in autocommit mode, and one explicit transaction per call:
  a batch of observations commits whole or not at all, and nothing holds a transaction open
  between calls (a long run never blocks another machine's writes).
- Concurrent writers need no lock of ours: observations of different runs never touch the same
  rows, and the ``(run_id, url)`` upsert makes a batch written twice harmless.
- ``recent()`` sends the wanted URLs as one array and lets a ``LATERAL`` join read at most
  ``limit`` rows per URL from the ``(url, checked_at DESC, id DESC)`` index: one round trip for
  50,000 URLs.
- Times are ``timestamptz`` read back in UTC; flags and found terms are ``text[]``.
- Errors become ``StoreError`` naming the database with its password masked.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from curator.classify.probe_address import ProbeKey
from curator.classify.probe_answer import ProbeAnswer
from curator.closeable import Closeable
from curator.redact import redact_url
from curator.states import ErrorKind, Flag, LinkState
from curator.store import sql
from curator.store.interface import (
    ArchiveLookup,
    Observation,
    RunRecord,
    StoreError,
    StoreUnavailableError,
)
from curator.store.postgres_migrations import migrate

_TO_DB: dict[str, Callable[[Any], Any]] = {
    "checked_at": lambda value: _utc(value),
    "state": lambda value: value.value,
    "error_kind": lambda value: value.value if value is not None else None,
    "flags": lambda value: sorted(flag.value for flag in value),
    "found_terms": list,
}
_FROM_DB: dict[str, Callable[[Any], Any]] = {
    "checked_at": lambda value: value.astimezone(UTC),
    "state": LinkState,
    "error_kind": lambda value: ErrorKind(value) if value is not None else None,
    "flags": lambda value: frozenset(Flag(v) for v in value),
    "found_terms": tuple,
}
_OBS_INSERT = sql.observation_upsert("%s")
_RECENT = f"""
    SELECT {", ".join(f"o.{c}" for c in sql.OBS_COLUMNS)}
    FROM unnest(%s::text[]) AS w (url)
    CROSS JOIN LATERAL (
        SELECT * FROM observations
        WHERE url = w.url
        ORDER BY checked_at DESC, id DESC
        LIMIT %s
    ) AS o
    ORDER BY o.url, o.checked_at DESC, o.id DESC
"""
_RUN_VALUES = "%s, %s, %s, %s, %s, %s::jsonb, %s, %s, %s"
# A list of runs reads the report document only when asked to (see Store.runs).
_RUN_LISTED = (
    "run_id, started_at, finished_at, inconclusive, kind, counts, {report}, routes_dir, partial, "
    "report_json IS NOT NULL"
)
_PROBE_COLUMNS = (
    "origin, shape, learnt_at, status, final_url, sketch, canonical, ignores_last_segment, title, "
    "echoes, own"
)
_PROBE_UPSERT = (
    f"INSERT INTO probe_answers ({_PROBE_COLUMNS}) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (origin, shape) DO UPDATE SET learnt_at = excluded.learnt_at, "
    "status = excluded.status, final_url = excluded.final_url, sketch = excluded.sketch, "
    "canonical = excluded.canonical, ignores_last_segment = excluded.ignores_last_segment, "
    "title = excluded.title, echoes = excluded.echoes, own = excluded.own"
)


class PostgresStore(Closeable):
    """A :class:`~curator.store.interface.Store` in a PostgreSQL database (a ``postgresql://``
    URL as libpq reads it). The schema is created or migrated on open."""

    def __init__(self, url: str, *, connect_timeout: float = 10.0) -> None:
        self.url = url
        self.where = redact_url(url)
        try:
            psycopg: Any = importlib.import_module("psycopg")
        except ImportError as exc:
            raise StoreError(
                f"{self.where}: a PostgreSQL store needs psycopg: "
                "pip install 'curator[postgres]' (psycopg[binary])"
            ) from exc
        self._errors: type[Exception] = psycopg.Error
        self._lock = threading.Lock()
        try:
            conn = psycopg.connect(
                _libpq_url(url), autocommit=True, connect_timeout=max(1, int(connect_timeout))
            )
        except psycopg.Error as exc:
            raise StoreUnavailableError(
                f"{self.where}: cannot connect: {_first_line(exc)}"
            ) from exc
        try:
            conn.execute("SET TIME ZONE 'UTC'")
            migrate(conn, self.where)
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(f"{self.where}: cannot open the state store: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        self._conn: Any = conn

    def __repr__(self) -> str:
        return f"PostgresStore({self.where!r})"

    # -- writes ---------------------------------------------------------------------------

    def start_run(self, run: RunRecord) -> None:
        with self._transaction(f"start run {run.run_id}") as conn:
            cursor = conn.execute(
                f"INSERT INTO runs ({sql.RUN_COLUMNS}) VALUES ({_RUN_VALUES}) "
                "ON CONFLICT (run_id) DO NOTHING",
                _run_row(run),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"{self.where}: run {run.run_id} was already started")

    def record(self, observations: Sequence[Observation]) -> None:
        """Persist a batch atomically; a URL seen twice in one run keeps its latest observation."""
        if not observations:
            return
        rows = [_observation_row(o) for o in observations]
        run_ids = sorted({o.run_id for o in observations})
        with self._transaction("record observations") as conn:
            known = {
                row[0]
                for row in conn.execute(
                    "SELECT run_id FROM runs WHERE run_id = ANY(%s)", (run_ids,)
                ).fetchall()
            }
            if missing := set(run_ids) - known:
                raise sql.never_started(self.where, missing)
            with conn.cursor() as cursor:
                cursor.executemany(_OBS_INSERT, rows)

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
        with self._transaction("read recent observations") as conn:
            rows = conn.execute(_RECENT, (wanted, limit)).fetchall()
        for row in rows:
            observation = self._observation(row)
            found[observation.url].append(observation)
        return found

    def runs(self, limit: int = 30, *, reports: bool = True) -> list[RunRecord]:
        columns = _RUN_LISTED.format(report="report_json" if reports else "NULL")
        with self._transaction("read runs") as conn:
            rows = conn.execute(
                f"SELECT {columns} FROM runs ORDER BY started_at DESC, seq DESC LIMIT %s",
                (limit,),
            ).fetchall()
        return [_run(row) for row in rows]

    def report_json(self, run_id: str) -> str | None:
        with self._transaction("read a run's report") as conn:
            row = conn.execute(
                "SELECT report_json FROM runs WHERE run_id = %s", (run_id,)
            ).fetchone()
        document: str | None = None if row is None else row[0]
        return document

    def archive_lookups(self, urls: Iterable[str]) -> dict[str, ArchiveLookup]:
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return {}
        with self._transaction("read archive lookups") as conn:
            rows = conn.execute(
                f"SELECT DISTINCT ON (url) {sql.ARCHIVE_COLUMNS} FROM archive_lookups "
                "WHERE url = ANY(%s) ORDER BY url, episode DESC",
                (wanted,),
            ).fetchall()
        return {
            row[0]: ArchiveLookup(
                url=row[0],
                episode=row[1].astimezone(UTC),
                looked_at=row[2].astimezone(UTC),
                snapshot_url=row[3],
                snapshot_at=row[4].astimezone(UTC) if row[4] is not None else None,
            )
            for row in rows
        }

    def remember_archive_lookups(self, lookups: Sequence[ArchiveLookup]) -> None:
        if not lookups:
            return
        rows = [
            (
                lookup.url,
                _utc(lookup.episode),
                _utc(lookup.looked_at),
                lookup.snapshot_url,
                _utc(lookup.snapshot_at) if lookup.snapshot_at is not None else None,
            )
            for lookup in lookups
        ]
        with self._transaction("record archive lookups") as conn, conn.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO archive_lookups ({sql.ARCHIVE_COLUMNS}) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (url, episode) DO UPDATE SET looked_at = excluded.looked_at, "
                "snapshot_url = excluded.snapshot_url, snapshot_at = excluded.snapshot_at",
                rows,
            )

    def probe_answers(self, keys: Iterable[ProbeKey]) -> dict[ProbeKey, ProbeAnswer]:
        """The stored answer of every asked-for (origin, shape) that has one."""
        wanted = set(keys)
        origins = sorted({origin for origin, _ in wanted})
        if not origins:
            return {}
        with self._transaction("read probe answers") as conn:
            rows = conn.execute(
                f"SELECT {_PROBE_COLUMNS} FROM probe_answers WHERE origin = ANY(%s)", (origins,)
            ).fetchall()
        answers = (_probe_answer(row) for row in rows)
        return {answer.key: answer for answer in answers if answer.key in wanted}

    def save_probe_answers(self, answers: Sequence[ProbeAnswer]) -> None:
        if not answers:
            return
        rows = [_probe_row(answer) for answer in answers]
        with self._transaction("save probe answers") as conn, conn.cursor() as cursor:
            cursor.executemany(_PROBE_UPSERT, rows)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, action: str) -> Iterator[Any]:
        """One transaction under the lock; a database failure becomes a StoreError."""
        with self._lock:
            conn = self._conn
            if conn is None:
                raise StoreError(f"{self.where}: cannot {action}: the store is closed")
            try:
                with conn.transaction():
                    yield conn
            except self._errors as exc:
                raise StoreError(f"{self.where}: cannot {action}: {_first_line(exc)}") from exc

    def _observation(self, row: Sequence[Any]) -> Observation:
        try:
            values = {
                name: _FROM_DB[name](value) if name in _FROM_DB else value
                for name, value in zip(sql.OBS_COLUMNS, row, strict=True)
            }
            return Observation(**values)
        except (KeyError, ValueError) as exc:
            raise StoreError(f"{self.where}: unreadable observation of {row[1]}: {exc!r}") from exc


def _libpq_url(url: str) -> str:
    """SQLAlchemy-style ``postgresql+psycopg://`` -> the ``postgresql://`` libpq reads."""
    return re.sub(r"^(postgres(?:ql)?)\+[A-Za-z0-9]+://", r"\1://", url.strip())


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"refusing to store a naive datetime {value.isoformat()}; use UTC")
    return value.astimezone(UTC)


def _observation_row(obs: Observation) -> tuple[Any, ...]:
    return tuple(
        _TO_DB[name](getattr(obs, name)) if name in _TO_DB else getattr(obs, name)
        for name in sql.OBS_COLUMNS
    )


def _probe_row(answer: ProbeAnswer) -> tuple[Any, ...]:
    if answer.learnt_at is None:
        raise StoreError(f"refusing to store the probe answer of {answer.origin} without a time")
    return (
        answer.origin,
        answer.shape,
        _utc(answer.learnt_at),
        answer.status,
        answer.final_url,
        answer.sketch,
        answer.canonical,
        answer.ignores_last_segment,
        answer.title,
        answer.echoes,
        answer.own,
    )


def _probe_answer(row: Sequence[Any]) -> ProbeAnswer:
    origin, shape, learnt_at, status, final_url, sketch, canonical, ignores, title, echoes, own = (
        row
    )
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
        learnt_at=learnt_at.astimezone(UTC),
    )


def _run_row(run: RunRecord) -> tuple[Any, ...]:
    return (
        run.run_id,
        _utc(run.started_at),
        _utc(run.finished_at) if run.finished_at is not None else None,
        run.inconclusive,
        run.kind,
        json.dumps(dict(run.counts), sort_keys=True),
        run.report_json,
        run.routes_dir,
        run.partial,
    )


def _run(row: Sequence[Any]) -> RunRecord:
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
    return RunRecord(
        run_id=run_id,
        started_at=started_at.astimezone(UTC),
        finished_at=finished_at.astimezone(UTC) if finished_at is not None else None,
        inconclusive=bool(inconclusive),
        kind=kind,
        counts={str(k): int(v) for k, v in dict(counts).items()},
        report_json=report_json,
        routes_dir=routes_dir,
        partial=bool(partial),
        has_report=bool(has_report),
    )


# pg_advisory_lock's key for "a run is using this store" ("curator/run" in ASCII, cut to 63
# bits; the schema lock in postgres_migrations is "curator", and must differ: a run holding its
# lock opens the store, which takes that one). Advisory locks belong to one database, which is
# one store, so the key needs no store name in it.
RUN_LOCK_KEY = 0x637572_2F72756E


@contextmanager
def advisory_lock(
    url: str,
    wait: float,
    purpose: str,
    cancel: threading.Event | None = None,
    *,
    key: int = RUN_LOCK_KEY,
    poll: float = 0.1,
) -> Iterator[bool | str]:
    """Hold a session advisory lock on the store's database: yields True once held, or (after
    ``wait`` seconds, or on ``cancel``) who holds it instead.

    A lock of its own connection, so the server releases it whenever that connection ends,
    a killed run included: no stale lock is ever left behind. The connection's
    application_name says who holds it, which is what a refused run reports.
    """
    psycopg: Any = importlib.import_module("psycopg")
    where = redact_url(url)
    name = f"{purpose} (pid {os.getpid()} on {socket.gethostname()})"[:63]
    try:
        conn = psycopg.connect(
            _libpq_url(url), autocommit=True, connect_timeout=10, application_name=name
        )
    except psycopg.Error as exc:
        raise StoreUnavailableError(f"{where}: cannot connect: {_first_line(exc)}") from exc
    try:
        deadline = time.monotonic() + wait
        while not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
            if time.monotonic() >= deadline or (cancel is not None and cancel.is_set()):
                yield _lock_holder(conn, key)
                return
            time.sleep(poll)
        try:
            yield True
        finally:
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
    finally:
        conn.close()


def _lock_holder(conn: Any, key: int) -> str:
    row = conn.execute(
        "SELECT a.application_name, a.backend_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s "
        "AND l.objsubid = 1",
        (key >> 32, key & 0xFFFFFFFF),
    ).fetchone()
    if row is None:
        return "holder unknown"
    since = row[1].astimezone(UTC).isoformat(timespec="seconds") if row[1] else "?"
    return f"held by {row[0] or 'another client'}, since {since}"
