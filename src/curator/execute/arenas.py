"""Fewer malloc arenas in a worker process: its memory is then what its pages need, not what
each of its threads once needed.

glibc gives every new thread that allocates its own arena, up to eight per core, and an
arena keeps the memory freed in it for that thread's later use. A worker runs a fetch thread
per request in flight and a few probe threads; each reads whole pages (the body, then the
lxml tree where a probe inspects it), so each arena settles at the size of the largest pages
its thread handled, and the worker at many times what it needs at once.

Most allocations happen under the GIL, but not all (lxml parses with the GIL released), and a
thread holding the GIL while it waits for a shared arena's lock would stall the others: runs
of small pages took longer with two arenas on a loaded machine, so the limit was opt-in until
alternated runs on a quiet one showed the same wall time with it on real and small pages
(``[fetch] worker_malloc_arenas``, 2 by default; bench/README.md, "Worker memory" and "Two
malloc arenas a worker, by default"). It goes through glibc's
documented ``mallopt(M_ARENA_MAX)`` (the same as ``MALLOC_ARENA_MAX``), set when the worker
starts, before its threads do; under another C library there is no such knob.

Both sides of a run with worker processes also keep glibc's mmap threshold where it starts,
128 KiB (``mallopt(M_MMAP_THRESHOLD)``, documented in mallopt(3); setting it "disables dynamic
adjustment"). Left dynamic, the threshold rises to the size of each mapped block freed, so once
a large page body has come and gone, every later one comes out of an arena, where what is freed
around it fragments; kept fixed, a body or buffer of 128 KiB or more has its own mapping, given
back whole when freed. On a 20,000 real-page run that took about 6 MiB off the tree's peak
(bench/README.md, "The tree's peak under 250 MB"). It goes with ``worker_malloc_arenas`` (0 leaves
both to glibc).

A worker also hands freed memory back: glibc's documented ``malloc_trim(0)`` returns the free
pages of every arena to the system (and the top of the main heap), so what the last chunk's
pages took does not stay in the worker's RSS until a thread of that arena needs it again.

glibc is loaded by its soname, as the ctypes documentation loads it on Linux, not looked for
with ``ctypes.util.find_library``: on Linux that runs ``ldconfig -p`` in a child process, a
fork of the caller that counts the caller's whole RSS again until it execs. The driver first
trims as the workers begin to fetch, so that child was the driver a second time beside them
(up to 281 MiB for the tree of a 20,000-link run; bench/README.md, "Peak memory at 50,000 real
pages, with a margin").
"""

from __future__ import annotations

import ctypes
import functools
import time
from collections.abc import Callable

_M_ARENA_MAX = -8  # from glibc's <malloc.h>
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value (mallopt(3))
_GLIBC = "libc.so.6"  # glibc's soname on Linux (not on Alpha or IA-64: no knobs there)


@functools.cache
def _libc_function(name: str, *argtypes: type) -> Callable[..., int] | None:
    """One of glibc's malloc functions taking ``argtypes`` and returning an int, or None under
    another C library."""
    try:
        function = getattr(ctypes.CDLL(_GLIBC), name)
    except (OSError, AttributeError):  # not glibc: no such knob
        return None
    function.argtypes, function.restype = argtypes, ctypes.c_int
    return function  # type: ignore[no-any-return]


def limit_malloc_arenas(arenas: int) -> bool:
    """Let the threads this process starts from now on share at most ``arenas`` malloc arenas
    (0 leaves glibc's default). True when the C library took the limit."""
    if arenas <= 0:
        return False
    mallopt = _libc_function("mallopt", ctypes.c_int, ctypes.c_int)
    if mallopt is None:
        return False
    return bool(mallopt(_M_ARENA_MAX, arenas))


def fix_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """Give every block of ``size`` bytes or more its own mapping from now on, whatever sizes
    this process frees (glibc's threshold no longer rises). True when the C library took it."""
    mallopt = _libc_function("mallopt", ctypes.c_int, ctypes.c_int)
    if mallopt is None:
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, size))


def give_back_freed() -> bool:
    """Return the free memory of every malloc arena to the system (glibc's ``malloc_trim(0)``).
    True when some was returned; False too under another C library."""
    trim = _libc_function("malloc_trim", ctypes.c_size_t)
    return trim is not None and bool(trim(0))


class Trimmer:
    """Hands freed memory back (``give_back_freed``) at most once every ``every`` seconds, for
    a loop that frees pages as it goes: the driver's results loop, a worker's shard, the
    in-process executor. Asked after each step, so a loop never trims more often than the
    setting (``[fetch] worker_malloc_trim_seconds``; 0 never trims) however fast it turns."""

    def __init__(
        self,
        every: float,
        clock: Callable[[], float] = time.monotonic,
        trim: Callable[[], bool] = give_back_freed,
    ) -> None:
        self._every, self._clock, self._trim = every, clock, trim
        self._last = clock()

    def __call__(self) -> bool:
        """Trim if ``every`` seconds have passed since the last trim (or the start); True
        when it trimmed."""
        if not self._every or self._clock() - self._last < self._every:
            return False
        self._trim()
        self._last = self._clock()
        return True
