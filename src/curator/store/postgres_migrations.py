"""The PostgreSQL store's schema: the same steps as the SQLite store's, in PostgreSQL's types.

Step N here is step N of ``curator.store.migrations`` (same tables, columns and indexes), so a
history moves between the two backends column for column. Differences are only of type:
``timestamptz`` for times, ``boolean``, ``jsonb`` counts, and ``text[]`` for the flag and term
sets that SQLite packs into text.

The version lives in a one-row ``curator_schema`` table (PostgreSQL has no ``user_version``).
Every opener takes a transaction-scoped advisory lock before reading it, so two machines
starting against a fresh database apply each step once: the second waits, then sees the bump.
"""

from __future__ import annotations

from typing import Any

from curator.store.interface import StoreError
from curator.store.migrations import LATEST_VERSION as SQLITE_VERSION
from curator.store.migrations import Migration

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        "runs and the observations made in them",
        (
            """
            CREATE TABLE runs (
                seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
                run_id       text PRIMARY KEY,
                started_at   timestamptz NOT NULL,
                finished_at  timestamptz,
                inconclusive boolean NOT NULL DEFAULT false,
                kind         text NOT NULL DEFAULT 'run',
                counts       jsonb NOT NULL DEFAULT '{}',
                report_json  text
            )
            """,
            """
            CREATE TABLE observations (
                id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                run_id        text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
                url           text NOT NULL,
                checked_at    timestamptz NOT NULL,
                state         text NOT NULL,
                http_status   integer,
                final_url     text,
                error_kind    text,
                error_message text,
                reason        text NOT NULL DEFAULT '',
                title         text,
                description   text,
                page_modified text,
                etag          text,
                last_modified text,
                body_hash     text,
                fingerprint   text,
                elapsed       double precision NOT NULL DEFAULT 0,
                UNIQUE (run_id, url)
            )
            """,
        ),
    ),
    Migration(
        "indexes for the two hot reads: a URL's latest observations and the latest runs",
        (
            "CREATE INDEX observations_by_url_time ON observations (url, checked_at DESC, id DESC)",
            "CREATE INDEX runs_by_start ON runs (started_at DESC, seq DESC)",
        ),
    ),
    Migration(
        "source flags with each observation",
        ("ALTER TABLE observations ADD COLUMN flags text[] NOT NULL DEFAULT '{}'",),
    ),
    Migration(
        "blurb key terms the page mentioned",
        ("ALTER TABLE observations ADD COLUMN found_terms text[] NOT NULL DEFAULT '{}'",),
    ),
    Migration(
        "each run's routes folder and whether it checked only some of its routes",
        (
            "ALTER TABLE runs ADD COLUMN routes_dir text",
            "ALTER TABLE runs ADD COLUMN partial boolean NOT NULL DEFAULT false",
        ),
    ),
    Migration(
        "the web archive's answer for a URL, once per failure episode",
        (
            """
            CREATE TABLE archive_lookups (
                url          text NOT NULL,
                episode      timestamptz NOT NULL,
                looked_at    timestamptz NOT NULL,
                snapshot_url text,
                snapshot_at  timestamptz,
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
                origin               text NOT NULL,
                shape                text NOT NULL,
                learnt_at            timestamptz NOT NULL,
                status               integer,
                final_url            text NOT NULL,
                sketch               bytea NOT NULL,
                canonical            text,
                ignores_last_segment boolean NOT NULL DEFAULT false,
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
        ("ALTER TABLE probe_answers ADD COLUMN echoes boolean NOT NULL DEFAULT false",),
    ),
    Migration(
        "the words each learnt answer's page has of its own, hashed (classify.unowned): a short "
        "page with exactly those words is that answer; answers learnt before it hold none and "
        "say nothing of a page's own words until relearnt",
        ("ALTER TABLE probe_answers ADD COLUMN own bytea",),
    ),
)

LATEST_VERSION = len(MIGRATIONS)
if LATEST_VERSION != SQLITE_VERSION:  # pragma: no cover - caught by the first test run
    raise ImportError(
        f"SQLite schema is at step {SQLITE_VERSION}, PostgreSQL at {LATEST_VERSION}: "
        "add the new step to curator.store.postgres_migrations too"
    )

_LOCK_KEY = 0x637572_61746F72  # "curator": one advisory lock id for schema changes


def migrate(conn: Any, where: str, target: int = LATEST_VERSION) -> int:
    """Bring the database up to ``target``; returns the version it started at.

    ``conn`` is a psycopg connection in autocommit mode; each step runs in its own transaction
    with its version bump, so a crash mid-migration leaves the previous version intact.
    """
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no schema version {target}; known versions are 0..{LATEST_VERSION}")
    start: int | None = None
    for version in range(1, target + 1):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            current = _version(conn, where)
            start = current if start is None else start
            if current >= version:
                continue
            for statement in MIGRATIONS[version - 1].statements:
                conn.execute(statement)
            conn.execute("UPDATE curator_schema SET version = %s", (version,))
    if start is None:  # target 0: only report
        with conn.transaction():
            start = _version(conn, where)
    return start


def _version(conn: Any, where: str) -> int:
    """The schema version, creating the version table in an empty database; refuses a newer
    schema and tables of the same names that some other program made."""
    exists = conn.execute("SELECT to_regclass('curator_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        foreign = conn.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_name IN ('runs', 'observations')"
        ).fetchone()[0]
        if foreign:
            raise StoreError(
                f"{where}: has tables named runs/observations that curator did not create; "
                "use a database (or schema) of curator's own"
            )
        conn.execute("CREATE TABLE curator_schema (version integer NOT NULL)")
        conn.execute("INSERT INTO curator_schema (version) VALUES (0)")
    version: int = conn.execute("SELECT version FROM curator_schema").fetchone()[0]
    if version > LATEST_VERSION:
        raise StoreError(
            f"{where}: schema version {version} is newer than this curator understands "
            f"({LATEST_VERSION}); upgrade curator to use this state store"
        )
    return version
