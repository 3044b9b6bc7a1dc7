"""Turn the ``store`` setting (a path or a URL) into a Store, so callers never pick a backend.

Accepted forms, following SQLAlchemy's spelling so operators can reuse what they know:

- a plain path (``.curator/state.sqlite``) or a :class:`~pathlib.Path`;
- ``sqlite:///relative/path.sqlite`` and ``sqlite:////absolute/path.sqlite``;
- ``postgresql://user:password@host:5432/dbname`` (also ``postgres://`` and
  ``postgresql+psycopg://``): the shared PostgreSQL store (needs the ``postgres`` extra).
"""

from __future__ import annotations

import re
from pathlib import Path

from curator.redact import redact_url
from curator.store.interface import Store, StoreError
from curator.store.sqlite import SqliteStore

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SQLITE_PREFIX = "sqlite:///"


def open_store(url_or_path: str | Path) -> Store:
    if isinstance(url_or_path, Path):
        return SqliteStore(url_or_path)
    text = url_or_path.strip()
    if not text:
        raise StoreError("no state store given: expected a file path or a sqlite:/// URL")
    match = _SCHEME.match(text)
    if match is None:
        return SqliteStore(Path(text).expanduser())
    scheme = match.group(1).lower()
    if scheme == "sqlite":
        rest = text[len(_SQLITE_PREFIX) :] if text.startswith(_SQLITE_PREFIX) else ""
        if not rest:
            raise StoreError(
                f"{text}: a sqlite store needs a file path, e.g. sqlite:///.curator/state.sqlite"
            )
        return SqliteStore(Path(rest).expanduser())
    if scheme.split("+", 1)[0] in ("postgresql", "postgres"):
        from curator.store.postgres import PostgresStore  # psycopg only when asked for

        return PostgresStore(text)
    raise StoreError(
        f"{redact_url(text)}: unknown state store scheme {scheme!r}; "
        "use a file path, a sqlite:/// URL or a postgresql:// URL"
    )
