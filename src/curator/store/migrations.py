"""The SQLite store's schema as an ordered list of steps, so old state files move forward.

The schema version lives in ``PRAGMA user_version``: version N means the first N steps have been
applied. Steps are append-only: once released, a step is never edited, because files in the
wild were built from it; a change is a new step at the end. Each step runs in one transaction
together with its version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from curator.store.interface import StoreError


@dataclass(frozen=True)
class Migration:
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "runs and the observations made in them",
        (
            """
            CREATE TABLE runs (
                run_id       TEXT PRIMARY KEY,
                started_at   TEXT NOT NULL,
                finished_at  TEXT,
                inconclusive INTEGER NOT NULL DEFAULT 0 CHECK (inconclusive IN (0, 1)),
                kind         TEXT NOT NULL DEFAULT 'run',
                counts       TEXT NOT NULL DEFAULT '{}',
                report_json  TEXT
            )
            """,
            """
            CREATE TABLE observations (
                id            INTEGER PRIMARY KEY,
                run_id        TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
                url           TEXT NOT NULL,
                checked_at    TEXT NOT NULL,
                state         TEXT NOT NULL,
                http_status   INTEGER,
                final_url     TEXT,
                error_kind    TEXT,
                error_message TEXT,
                reason        TEXT NOT NULL DEFAULT '',
                title         TEXT,
                description   TEXT,
                page_modified TEXT,
                etag          TEXT,
                last_modified TEXT,
                body_hash     TEXT,
                fingerprint   TEXT,
                elapsed       REAL NOT NULL DEFAULT 0,
                UNIQUE (run_id, url)
            )
            """,
        ),
    ),
    Migration(
        "indexes for the two hot reads: a URL's latest observations and the latest runs",
        (
            "CREATE INDEX observations_by_url_time ON observations (url, checked_at DESC)",
            "CREATE INDEX runs_by_start ON runs (started_at DESC)",
        ),
    ),
    Migration(
        "source flags with each observation, comma-separated flag values",
        ("ALTER TABLE observations ADD COLUMN flags TEXT NOT NULL DEFAULT ''",),
    ),
    Migration(
        "blurb key terms the page mentioned, newline-separated",
        ("ALTER TABLE observations ADD COLUMN found_terms TEXT NOT NULL DEFAULT ''",),
    ),
    Migration(
        "each run's routes folder and whether it checked only some of its routes",
        (
            "ALTER TABLE runs ADD COLUMN routes_dir TEXT",
            "ALTER TABLE runs ADD COLUMN partial INTEGER NOT NULL DEFAULT 0 "
            "CHECK (partial IN (0, 1))",
        ),
    ),
    Migration(
        "the web archive's answer for a URL, once per failure episode",
        (
            """
            CREATE TABLE archive_lookups (
                url          TEXT NOT NULL,
                episode      TEXT NOT NULL,
                looked_at    TEXT NOT NULL,
                snapshot_url TEXT,
                snapshot_at  TEXT,
                PRIMARY KEY (url, episode)
            )
            """,
        ),
    ),
    Migration(
        "each host's learnt answer to made-up URLs, per path shape (the soft-404 probe)",
        (
            """
            CREATE TABLE probe_answers (
                origin               TEXT NOT NULL,
                shape                TEXT NOT NULL,
                learnt_at            TEXT NOT NULL,
                status               INTEGER,
                final_url            TEXT NOT NULL,
                sketch               BLOB NOT NULL,
                canonical            TEXT,
                ignores_last_segment INTEGER NOT NULL DEFAULT 0
                    CHECK (ignores_last_segment IN (0, 1)),
                PRIMARY KEY (origin, shape)
            )
            """,
        ),
    ),
    Migration(
        "the title of each learnt not-found page (a page showing it must have the same title)",
        ("ALTER TABLE probe_answers ADD COLUMN title TEXT",),
    ),
    Migration(
        "learnt answers forgotten: their sketches read numbers and the page's own address as "
        "they stood, and a page is now sketched with them set aside; compared with an old "
        "sketch a page is less alike, so a catch-all's stand-in would be called live until "
        "relearnt (up to probe_max_age_days)",
        ("DELETE FROM probe_answers",),
    ),
    Migration(
        "whether each learnt answer quotes its made-up address in its lead (a catch-all drawn "
        "for the path): only then is a page quoting its own address there that catch-all's "
        "message; answers learnt before it say no until relearnt",
        (
            "ALTER TABLE probe_answers ADD COLUMN echoes INTEGER NOT NULL DEFAULT 0 "
            "CHECK (echoes IN (0, 1))",
        ),
    ),
    Migration(
        "the words each learnt answer's page has of its own, hashed (classify.unowned): a short "
        "page with exactly those words is that answer; answers learnt before it hold none and "
        "say nothing of a page's own words until relearnt",
        ("ALTER TABLE probe_answers ADD COLUMN own BLOB",),
    ),
)

LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, path: Path, target: int = LATEST_VERSION) -> int:
    """Bring the database at ``path`` up to ``target``; returns the version it started at.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each step opens its own
    ``BEGIN IMMEDIATE`` so that two processes opening a new file at once do not both apply it;
    the second one waits, then sees the bumped version and skips the step.
    """
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}; known versions are 0..{LATEST_VERSION}")
    start = schema_version(conn)
    if start > LATEST_VERSION:
        raise StoreError(
            f"{path}: schema version {start} is newer than this curator understands "
            f"({LATEST_VERSION}); upgrade curator to use this state store"
        )
    for version in range(start + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current >= version:  # another process got here first
                conn.execute("COMMIT")
                continue
            if current == 0 and _has_foreign_tables(conn):
                raise StoreError(f"{path}: an SQLite database, but not a curator state store")
            for statement in MIGRATIONS[version - 1].statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])
