"""Writing files so that a reader never sees half of one.

Each file is written beside its destination and renamed over it: a crash or a kill mid-write
leaves the previous file whole, never a truncated one. ``StagedFiles`` does the same for a whole
set of files (one run's reports): every file is written before any is renamed, so an error while
rendering the fortieth page leaves all the old files in place.

Durability is a separate choice. State that exists nowhere else (an editor's approved baseline,
the scheduler's ledger) is fsynced before the rename, so a power cut cannot empty it. Reports
are not: ``curator report`` renders them again from the store, and syncing thousands of route
pages one by one was most of a large run's report writing. A killed process still
never leaves half a report, since unsynced data survives a process's death.

Files get the modes any other program's files would (0644 under the usual umask 022), not the
0600 of a bare ``mkstemp``: a web server running as another user serves the dashboard.
"""

from __future__ import annotations

import functools
import os
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

# A temporary file this old was left by a killed writer, not by one at work.
STALE_SECONDS = 3600.0


def write_atomic(path: Path, text: str, *, durable: bool = True) -> None:
    with StagedFiles(durable=durable) as staged:
        staged.add(path, (text,))


class StagedFiles:
    """Files written to hidden temporaries beside their destinations, then renamed together.

    Use as a context manager: leaving the block normally commits (renames every file into
    place); leaving it with an exception deletes the temporaries and changes nothing.
    """

    def __init__(self, *, durable: bool) -> None:
        self.durable = durable
        self._staged: list[tuple[Path, Path]] = []  # (temporary, destination)
        self._kept: list[Path] = []  # files of the set already as they should be

    def add(self, path: Path, chunks: Iterable[str]) -> None:
        """Write ``chunks`` to a temporary beside ``path``; it replaces ``path`` on commit."""
        self._staged.append((write_temporary(path, chunks, durable=self.durable), path))

    def adopt(self, tmp: Path, path: Path) -> None:
        """Stage a temporary written earlier (``write_temporary`` beside ``path``)."""
        self._staged.append((tmp, path))

    def keep(self, path: Path) -> None:
        """Count ``path``, left as it is, among the set's files (``commit`` returns it too)."""
        self._kept.append(path)

    def commit(self) -> list[Path]:
        """Rename every staged file into place; returns their destinations and the files kept."""
        try:
            for tmp, path in self._staged:
                os.replace(tmp, path)
        except BaseException:
            self.discard()
            raise
        written = [path for _, path in self._staged] + self._kept
        self._staged.clear()
        self._kept.clear()
        return written

    def discard(self) -> None:
        """Delete every temporary; nothing is renamed."""
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


def write_temporary(path: Path, chunks: Iterable[str], *, durable: bool) -> Path:
    """A hidden temporary beside ``path`` holding ``chunks``; deleted again if writing fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        os.fchmod(fd, usual_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines(chunks)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


_UMASK_LOCK = threading.Lock()


@functools.cache
def usual_mode() -> int:
    """0o666 less the process's umask: what ``open(path, "w")`` would have created.

    The umask can only be read by setting it, so it is set back at once, under a lock, and read
    once per process.
    """
    with _UMASK_LOCK:
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def remove_stale_temporaries(directory: Path, now: float | None = None) -> None:
    """Delete hidden temporaries a killed writer left in ``directory`` (not its subfolders'
    links: a symlinked folder is never entered), once they are old enough not to be in use."""
    if directory.is_symlink() or not directory.is_dir():
        return
    cutoff = (time.time() if now is None else now) - STALE_SECONDS
    for tmp in directory.glob(".*.tmp"):
        try:
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            continue  # gone already, or not ours to delete: never worth failing a report for
