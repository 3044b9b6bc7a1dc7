"""The SQL the SQLite and PostgreSQL stores both speak, written once.

The two stores keep the same tables column for column (``postgres_migrations``), so the column
lists and the statements that only name them are the same text but for the placeholder each
driver takes (``?`` or ``%s``, and PostgreSQL's ``::jsonb`` for the run's counts). Queries
that each database answers its own way (a lateral join, ``typeof()``, ``DISTINCT ON``) stay
with their store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from curator.store.interface import Observation, StoreError

OBS_COLUMNS = tuple(f.name for f in fields(Observation))
RUN_COLUMNS = (
    "run_id, started_at, finished_at, inconclusive, kind, counts, report_json, routes_dir, partial"
)
ARCHIVE_COLUMNS = "url, episode, looked_at, snapshot_url, snapshot_at"


def observation_upsert(placeholder: str) -> str:
    """Record an observation; a URL seen twice in one run keeps its latest."""
    return (
        f"INSERT INTO observations ({', '.join(OBS_COLUMNS)}) "
        f"VALUES ({', '.join(placeholder for _ in OBS_COLUMNS)}) "
        "ON CONFLICT (run_id, url) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in OBS_COLUMNS if c not in ("run_id", "url"))
    )


def run_finish(values: str) -> str:
    """Close a run (``values``: the placeholders of ``RUN_COLUMNS``); a run nobody started is
    recorded whole rather than lost."""
    return (
        f"INSERT INTO runs ({RUN_COLUMNS}) VALUES ({values}) "
        "ON CONFLICT (run_id) DO UPDATE SET finished_at = excluded.finished_at, "
        "inconclusive = excluded.inconclusive, counts = excluded.counts, "
        "report_json = excluded.report_json"
    )


def never_started(where: object, missing: Iterable[str]) -> StoreError:
    """The error for observations of runs the store has no start of."""
    return StoreError(
        f"{where}: observations for run(s) never started: " + ", ".join(sorted(missing))
    )
