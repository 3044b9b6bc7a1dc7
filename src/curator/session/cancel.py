"""Stopping a run between two fetches, so a stopping scheduler never tears a write in half.

The pipeline reports each fetched URL through its progress callback; raising from there stops
the fetch loop (the fetcher cancels what is left) before anything of the run is recorded but
its start. The store then holds an unfinished run and no half batch, and the previous reports
stay as they were.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from curator.fetch.result import FetchResult

Progress = Callable[[FetchResult], None]


class RunCancelled(Exception):
    """A run stopped on request (the scheduler is shutting down); nothing of it was recorded."""


def cancellable(progress: Progress | None, cancel: threading.Event | None) -> Progress | None:
    """``progress``, raising RunCancelled at the next fetched URL once ``cancel`` is set."""
    if cancel is None:
        return progress

    def sink(result: FetchResult) -> None:
        if cancel.is_set():
            raise RunCancelled("the run was stopped before it finished; nothing was recorded")
        if progress is not None:
            progress(result)

    return sink
