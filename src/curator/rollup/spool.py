"""The route reports a run built early, kept out of the driver's memory until its end.

``rollup.early`` builds each route's report the moment its links are in, and the end of the run
hands most of them back unchanged. Held as objects, they grew the driver with every link while
its workers fetched, which is when the whole process tree is at its largest (bench/README.md,
"Memory per link"). Here each one waits as its JSON in SQLite's private temporary database (on
disk, deleted when closed; SQLite keeps only a small page cache of it in memory) and is read
back, as the same content, when the run's end asks for it.

The spool only saves memory: when its temporary file cannot be written (a full or read-only
temporary folder), a report is held in memory as before, and one SQLite lost with a rolled-back
transaction is simply not found, so the run's end builds it again.
"""

from __future__ import annotations

import sqlite3

from curator.report.model import RouteReport


class RouteSpool:
    """Route reports by the route's index in the run, one at a time in and out."""

    def __init__(self) -> None:
        # "": a private temporary database. Nothing in it needs to survive the run, so it is
        # not journalled, and one transaction is left open to the end: a report goes to disk
        # when SQLite's page cache overflows, not with a write of its own.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute("PRAGMA journal_mode = OFF")
        self._db.execute("CREATE TABLE route (route INTEGER PRIMARY KEY, report TEXT NOT NULL)")
        self._db.execute("BEGIN")
        self._held: dict[int, RouteReport] = {}  # what the disk would not take

    def put(self, index: int, report: RouteReport) -> None:
        """Keep ``report`` as route ``index``'s, replacing one kept before."""
        self._held.pop(index, None)
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO route (route, report) VALUES (?, ?)",
                (index, report.model_dump_json()),
            )
        except sqlite3.Error:
            self._held[index] = report

    def get(self, index: int) -> RouteReport | None:
        """Route ``index``'s report, or None when none was kept (or the disk lost it)."""
        if index in self._held:
            return self._held[index]
        try:
            row = self._db.execute("SELECT report FROM route WHERE route = ?", (index,)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else RouteReport.model_validate_json(row[0])

    def close(self) -> None:
        """Delete the database; the spool holds nothing afterwards."""
        self._held.clear()
        self._db.close()
