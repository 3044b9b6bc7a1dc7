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

import importlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from curator.classify.probe import ProbeAnswer, ProbeKey
from curator.redact import redact_url
from curator.states import ErrorKind, Flag, LinkState
from curator.store.interface import Observation, RunRecord, StoreError
from curator.store.postgres_migrations import migrate

_OBS_COLUMNS = tuple(f.name for f in fields(Observation))
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
_OBS_INSERT = (
    f"INSERT INTO observations ({', '.join(_OBS_COLUMNS)}) "
    f"VALUES ({', '.join('%s' for _ in _OBS_COLUMNS)}) "
    "ON CONFLICT (run_id, url) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _OBS_COLUMNS if c not in ("run_id", "url"))
)
_RECENT = f"""
    SELECT {", ".join(f"o.{c}" for c in _OBS_COLUMNS)}
    FROM unnest(%s::text[]) AS w (url)
    CROSS JOIN LATERAL (
        SELECT * FROM observations
        WHERE url = w.url
        ORDER BY checked_at DESC, id DESC
        LIMIT %s
    ) AS o
    ORDER BY o.url, o.checked_at DESC, o.id DESC
"""
_RUN_COLUMNS = "run_id, started_at, finished_at, inconclusive, kind, counts, report_json"
_PROBE_COLUMNS = (
    "origin, shape, learnt_at, status, final_url, sketch, canonical, ignores_last_segment"
)
_PROBE_UPSERT = (
    f"INSERT INTO probe_answers ({_PROBE_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (origin, shape) DO UPDATE SET learnt_at = excluded.learnt_at, "
    "status = excluded.status, final_url = excluded.final_url, sketch = excluded.sketch, "
    "canonical = excluded.canonical, ignores_last_segment = excluded.ignores_last_segment"
)
_RUN_VALUES = "%s, %s, %s, %s, %s, %s::jsonb, %s"


class PostgresStore:
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
            raise StoreError(f"{self.where}: cannot connect: {_first_line(exc)}") from exc
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

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------

    def start_run(self, run: RunRecord) -> None:
        with self._transaction(f"start run {run.run_id}") as conn:
            cursor = conn.execute(
                f"INSERT INTO runs ({_RUN_COLUMNS}) VALUES ({_RUN_VALUES}) "
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
                raise StoreError(
                    f"{self.where}: observations for run(s) never started: "
                    + ", ".join(sorted(missing))
                )
            with conn.cursor() as cursor:
                cursor.executemany(_OBS_INSERT, rows)

    def finish_run(self, run: RunRecord) -> None:
        """Close a run; a run nobody started is recorded whole rather than lost."""
        with self._transaction(f"finish run {run.run_id}") as conn:
            conn.execute(
                f"INSERT INTO runs ({_RUN_COLUMNS}) VALUES ({_RUN_VALUES}) "
                "ON CONFLICT (run_id) DO UPDATE SET finished_at = excluded.finished_at, "
                "inconclusive = excluded.inconclusive, counts = excluded.counts, "
                "report_json = excluded.report_json",
                _run_row(run),
            )

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

    def runs(self, limit: int = 30) -> list[RunRecord]:
        with self._transaction("read runs") as conn:
            rows = conn.execute(
                f"SELECT {_RUN_COLUMNS} FROM runs ORDER BY started_at DESC, seq DESC LIMIT %s",
                (limit,),
            ).fetchall()
        return [_run(row) for row in rows]

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
                for name, value in zip(_OBS_COLUMNS, row, strict=True)
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
        for name in _OBS_COLUMNS
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
    )


def _probe_answer(row: Sequence[Any]) -> ProbeAnswer:
    origin, shape, learnt_at, status, final_url, sketch, canonical, ignores = row
    return ProbeAnswer(
        origin=origin,
        shape=shape,
        status=status,
        final_url=final_url,
        sketch=bytes(sketch),
        canonical=canonical,
        ignores_last_segment=bool(ignores),
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
    )


def _run(row: Sequence[Any]) -> RunRecord:
    run_id, started_at, finished_at, inconclusive, kind, counts, report_json = row
    return RunRecord(
        run_id=run_id,
        started_at=started_at.astimezone(UTC),
        finished_at=finished_at.astimezone(UTC) if finished_at is not None else None,
        inconclusive=bool(inconclusive),
        kind=kind,
        counts={str(k): int(v) for k, v in dict(counts).items()},
        report_json=report_json,
    )
