"""Which worker died first, so that a broken pool's error names the worker that broke it.

When one worker dies, ``concurrent.futures`` fails every task of the pool with the same
``BrokenProcessPool`` (no pid in it) and then terminates the other workers itself: by the time
the driver hears of it every worker may be gone, and the shard whose failure arrives first is
not necessarily the dead worker's. What does tell them apart is the order: the dead worker
exits before the pool notices and ends the others. So each worker's exit is watched through a
pidfd (Linux 5.3; elsewhere nothing is watched and the error names no pid), by one thread per
pool that wakes the moment the first of them exits. If that moment already shows more than one
gone, the first cannot be told and none is named: better no pid than another worker's.
"""

from __future__ import annotations

import os
import select
import threading


class Exits:
    """Watches the exits of the pids it is given, until ``close``."""

    def __init__(self) -> None:
        self._wake_read, self._wake_write = os.pipe()
        self._watched: dict[int, int] = {}  # pidfd -> pid
        self._lock = threading.Lock()
        self._first: int | None = None
        self._decided = threading.Event()
        self._closed = False
        self._ever_watched = False
        self._thread = threading.Thread(target=self._run, name="curator-pool-exits", daemon=True)
        self._thread.start()

    def watch(self, pid: int) -> None:
        """Watch ``pid`` (a worker that has announced itself); a pid already gone is ignored."""
        pidfd_open = getattr(os, "pidfd_open", None)
        if pidfd_open is None:
            return
        try:
            descriptor = pidfd_open(pid)
        except OSError:
            return
        with self._lock:  # held while writing too: ``close`` cannot close the pipe under it
            if self._closed:
                os.close(descriptor)
                return
            self._watched[descriptor] = pid
            self._ever_watched = True
            os.write(self._wake_write, b"w")

    def first(self, wait: float) -> int | None:
        """The pid that exited first, if one exited alone before the others (waiting up to
        ``wait`` seconds for the watcher to see it); None when that cannot be told."""
        if not self._ever_watched:
            return None  # no pidfds here (or no worker announced itself): nothing to wait for
        self._decided.wait(wait)
        return self._first

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        os.write(self._wake_write, b"c")
        self._thread.join()
        for descriptor in self._watched:
            os.close(descriptor)
        self._watched.clear()
        os.close(self._wake_read)
        os.close(self._wake_write)

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                watched = list(self._watched)
            ready, _, _ = select.select([self._wake_read, *watched], [], [])
            if self._wake_read in ready:
                os.read(self._wake_read, 1024)
            exited = [self._watched[fd] for fd in ready if fd != self._wake_read]
            if exited and not self._decided.is_set():
                self._first = exited[0] if len(exited) == 1 else None
                self._decided.set()
            with self._lock:
                for descriptor in ready:
                    if descriptor != self._wake_read:
                        del self._watched[descriptor]
                        os.close(descriptor)
