"""The attempt deadline while nothing of the body has arrived yet: connect, TLS and headers.

Socket timeouts bound each *silence*, not a whole phase: a server that sends one header byte a
second (or drips its TLS handshake) keeps a request alive as long as it likes. ``read_body``
checks the deadline between reads, but connect, the TLS handshake and the header lines happen
inside urllib3 and http.client, with no place to look at a clock. So an exchange runs inside
``guarding(deadline)``, the transport hands every socket it uses to ``watch``, and one watchdog
thread shuts those sockets down when the deadline passes: the blocked read returns, the request
fails, and the exchange reports the total timeout (it sees the deadline is past).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(eq=False)
class _Watch:
    at: float
    sockets: list[socket.socket] = field(default_factory=list)
    over: bool = False  # the exchange left its guarded part: nothing to cut any more
    fired: bool = False


class _Watchdog:
    """One thread per process, sleeping until the earliest armed deadline."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())  # never re-entered: no RLock needed
        self._heap: list[tuple[float, int, _Watch]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, watch: _Watch) -> None:
        with self._cond:
            heapq.heappush(self._heap, (watch.at, next(self._seq), watch))
            if self._thread is None or not self._thread.is_alive():  # new, or a forked child
                self._thread = threading.Thread(
                    target=self._run, name="curator-fetch-watchdog", daemon=True
                )
                self._thread.start()
            if self._heap[0][2] is watch:  # sooner than what the thread sleeps towards
                self._cond.notify()

    def release(self, watch: _Watch) -> None:
        """The guarded part is over: never cut its sockets (they may be reused)."""
        with self._cond:
            watch.over = True
            watch.sockets.clear()

    def cut(self, watch: _Watch, sock: socket.socket) -> None:
        """Cut ``sock`` when ``watch`` fires (now, if it already has)."""
        with self._cond:
            if watch.over:
                return
            watch.sockets.append(sock)
            if watch.fired:
                _shut(sock)

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].over:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                watch = heapq.heappop(self._heap)[2]
                if watch.over:
                    continue
                watch.fired = True
                for sock in watch.sockets:
                    _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake whoever is blocked reading ``sock``. The plain socket's shutdown, also for an
    SSLSocket: its own would drop the TLS object under the thread still using it."""
    with contextlib.suppress(OSError):  # already closed or never connected: nothing to wake
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_WATCHDOG = _Watchdog()
_current = threading.local()


class Cut:
    """Whether a ``guarding`` block's sockets were cut. A cut can also end in no exception at
    all (http.client takes the end of the stream for the end of the headers), so the caller
    asks this, not the exception."""

    def __init__(self, watch: _Watch) -> None:
        self._watch = watch

    @property
    def happened(self) -> bool:
        return self._watch.fired


@contextmanager
def guarding(at: float) -> Iterator[Cut]:
    """Cut every socket ``watch``-ed in this block (in this thread) at monotonic time ``at``."""
    watch = _Watch(at)
    _WATCHDOG.arm(watch)
    _current.watch = watch
    try:
        yield Cut(watch)
    finally:
        _current.watch = None
        _WATCHDOG.release(watch)


def watch(sock: socket.socket | None) -> None:
    """Put ``sock`` under the deadline of the ``guarding`` block this thread is in, if any."""
    current: _Watch | None = getattr(_current, "watch", None)
    if current is not None and sock is not None:
        _WATCHDOG.cut(current, sock)


def has_cut() -> bool:
    """Whether the ``guarding`` block this thread is in has passed its deadline and cut its
    sockets: a connection that closed under a request then was cut, not let go by the server."""
    current: _Watch | None = getattr(_current, "watch", None)
    return current is not None and current.fired
