"""What a run keeps to its end, held on disk instead of in the driver while its workers fetch.

A large run's process tree is at its largest at the end of the fetch: the workers are still up
and the driver holds something of every link done so far (the looks it recorded, the route
reports it built early). Kept here, each such value waits as its bytes in SQLite's private
temporary database (on disk, deleted when closed; SQLite keeps only a small page cache of it in
memory) and is read back, as an equal value, when the run's end asks for it, one at a time
(bench/README.md, "Where a real-page run's memory is" and what follows it).

A spool only saves memory, and never loses a value: what was put since its last commit is also
held in memory, as its bytes (a few hundred values at most), until SQLite has committed it, and
when the temporary file cannot be written (a full or read-only temporary folder; SQLite then
rolls back the whole open transaction), those bytes and those of any value put later that the
disk will not take stay in memory. Either way ``get`` makes an equal copy from the bytes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

K = TypeVar("K", bound=Hashable)  # int or str: what SQLite compares as given
V = TypeVar("V")

_CACHE_KIB = 256

# From this many routes on (25,000 links at five a route) ``curator run`` keeps its catalog on
# disk while the workers fetch (``catalog.load.RoutesOnDisk``): the end of the fetch is the
# tree's peak, and the catalog was the driver's largest part there. Below it the tree's peak is
# under 250 MB with the catalog held (223-237 MiB at 20,000 real pages), and the catalog read
# back several times is serial driver work that a loaded machine stretches (bench/README.md,
# "The tree's peak at 50,000"): the same line as the report's.
CATALOG_ON_DISK_FROM = 5000
# From this many routes on (25,000 links) the run's report waits on disk as the reports are
# written (``report.spooled``): about 10 KiB a route held, which past this size would set the
# driver's own peak after the workers above the fetch's. Below it the tree's peak is the fetch's
# either way, and reading every route back for each output costs CPU (about 0.2 ms a link) for
# nothing (bench/README.md, "The tree's peak at 50,000").
REPORT_ON_DISK_FROM = 5000


class Spool(Generic[K, V]):
    """Values by key, one at a time in and out, written as ``dump`` makes them."""

    def __init__(
        self,
        dump: Callable[[V], str | bytes],
        load: Callable[[str | bytes], V],
        every: int = 256,
    ) -> None:
        self._dump, self._load, self._every = dump, load, every
        # "": a private temporary database. Nothing in it needs to survive the run, so it is
        # never synced, and values go in a transaction of ``every`` at a time: written when
        # SQLite's page cache overflows or the transaction commits, not with a write of their
        # own. The journal (in memory: a transaction's first copies of the pages it changed)
        # is what lets a failed transaction roll back without harming what was committed.
        # Any thread may read: a spooled report outlives the run that made it (its caller may
        # read it elsewhere). Values are put by one thread while it is made, then only read.
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode = MEMORY")
        self._db.execute("PRAGMA synchronous = OFF")
        # SQLite's page cache (2 MiB by default, per connection) is the driver's memory; past
        # it pages wait in the temporary file, which the kernel caches outside the process.
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._db.execute("CREATE TABLE spool (key PRIMARY KEY, value NOT NULL) WITHOUT ROWID")
        self._unsaved: dict[K, str | bytes] = {}  # put since the last commit
        self._held: dict[K, str | bytes] = {}  # what the disk would not take

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` as ``key``'s, replacing one kept before."""
        self._held.pop(key, None)
        self._unsaved[key] = self._dump(value)
        if len(self._unsaved) >= self._every:
            self._save()

    def _save(self) -> None:
        """Write what was put since the last commit in one transaction. The values wait in
        memory until then anyway (``get`` reads them there), so they go in with one statement
        rather than one each as they come: a statement a value cost a spooled look about what
        its pickle did, on the driver's thread (bench/README.md, "A second run over unchanged
        pages, fourth pass")."""
        try:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO spool (key, value) VALUES (?, ?)", self._unsaved.items()
            )
            self._db.execute("COMMIT")
            self._unsaved.clear()
        except sqlite3.Error:
            self._hold_unsaved()

    def _hold_unsaved(self) -> None:
        """Hold in memory what the failed transaction was to write; SQLite has (or is now made
        to have) rolled it back, so the disk keeps only what was committed before."""
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
        self._held.update(self._unsaved)
        self._unsaved.clear()

    def get(self, key: K) -> V | None:
        """An equal copy of ``key``'s value, or None when none was kept."""
        data = self._unsaved.get(key)
        if data is None:
            data = self._held.get(key)
        if data is None:
            # A read that fails (the temporary file damaged under the run) raises: a value the
            # run committed cannot be told apart from one never kept.
            row = self._db.execute("SELECT value FROM spool WHERE key = ?", (key,)).fetchone()
            data = None if row is None else row[0]
        return None if data is None else self._load(data)

    def close(self) -> None:
        """Delete the database; the spool holds nothing afterwards."""
        self._unsaved.clear()
        self._held.clear()
        self._db.close()


class SpooledSequence(Sequence[V]):
    """Values by position, each held as ``dump`` wrote it in a ``Spool`` and read back, an
    equal copy, when it is asked for: a reader that takes them one at a time holds one at a
    time. Only added to at its end, never changed. The spool goes with the object (SQLite
    deletes its temporary database when the connection is collected)."""

    def __init__(
        self,
        dump: Callable[[V], str | bytes],
        load: Callable[[str | bytes], V],
        values: Iterable[V] = (),
    ) -> None:
        self._spool: Spool[int, V] = Spool(dump, load)
        self._count = 0
        for value in values:
            self.append(value)

    def append(self, value: V) -> None:
        """Keep ``value`` at the next position."""
        self._spool.put(self._count, value)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> V: ...

    @overload
    def __getitem__(self, index: slice) -> list[V]: ...

    def __getitem__(self, index: int | slice) -> V | list[V]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("spooled index out of range")
        value = self._spool.get(index)
        assert value is not None  # every position below the count was put
        return value

    def __iter__(self) -> Iterator[V]:
        for index in range(self._count):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of equal values in the same order, a list included."""
        if other is self:
            return True
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(other) == self._count and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which do not hash

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the list it reads as: the spool is this process's temporary file."""
        return (list, (list(self),))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._count} values)"
