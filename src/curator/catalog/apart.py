"""A large catalog's route files checked on two cores: a helper process checks the last files
while this process checks the first.

Why: a run cannot send its first shard before its last route file is checked (the plan needs
every route: a link cited by two routes is fetched once, with both blurbs' terms), and checking
4,000 files is about 1.7 CPU-seconds of the driver's, serial, while the workers have finished
importing and one core idles (bench/README.md, "The slug workload's serial start"). A helper
spawned beside them takes half of that at the cost of its own start (an interpreter and the
catalog's imports, about 0.2-0.3 CPU-seconds), so it is only asked from ``APART_FROM`` files.

What comes back is exactly what this process would have made, in the same order: the helper
runs the same check on the same files, and its routes and problems (each naming its file and
line) travel pickled. The files are handed over in chunks, last chunk first; once this process
has checked its half it takes back, in order, every chunk the helper has not begun, so neither
waits long for the other. A helper that cannot start or dies leaves its chunks to this process:
nothing is lost, only the time.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

from curator.catalog.check import CheckedRoute

# Below this many files the helper's start costs about what it saves.
APART_FROM = 2000
# Files a chunk holds: small enough that the two processes end close together, large enough
# that a chunk's hand-over (a pickle each way) is small beside checking it.
CHUNK = 64

Check = Callable[[Path, date], CheckedRoute]


def checked_in_order(
    paths: Sequence[Path], check: Check, today: date, *, apart: bool
) -> Iterator[CheckedRoute]:
    """``check(path, today)`` of every path, in the order given; with ``apart`` and from
    ``APART_FROM`` paths, the second half mostly checked by a helper process. ``check`` must be
    a module-level function (the helper is sent it by name)."""
    if not apart or len(paths) < APART_FROM:
        yield from (check(path, today) for path in paths)
        return
    half = len(paths) // 2
    chunks = [paths[start : start + CHUNK] for start in range(half, len(paths), CHUNK)]
    try:
        helper = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_on_interrupt
        )
        # last chunk first: the helper works from the end, this process from the middle
        futures = [helper.submit(_check_all, check, chunk, today) for chunk in reversed(chunks)]
    except (OSError, RuntimeError):  # no process could be started: check them all here
        yield from (check(path, today) for path in paths)
        return
    futures.reverse()
    try:
        yield from (check(path, today) for path in paths[:half])
        for chunk, future in zip(chunks, futures, strict=True):
            yield from _taken(chunk, future, check, today)
    finally:
        helper.shutdown(wait=False, cancel_futures=True)


def _taken(
    chunk: Sequence[Path], future: Future[list[CheckedRoute]], check: Check, today: date
) -> list[CheckedRoute]:
    """A chunk's checks: the helper's, or made here if it has not begun them or has died."""
    if future.cancel():
        return [check(path, today) for path in chunk]
    try:
        return future.result()
    except BrokenProcessPool:
        return [check(path, today) for path in chunk]


def _quiet_on_interrupt() -> None:
    """In the helper: Ctrl-C is the run's to handle (it lets the helper go); a helper that
    took it too would print its own traceback under the run's message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_all(check: Check, paths: Sequence[Path], today: date) -> list[CheckedRoute]:
    """In the helper: one chunk's checks."""
    return [check(path, today) for path in paths]
