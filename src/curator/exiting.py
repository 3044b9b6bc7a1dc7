"""Ending a process without tearing its heap down.

A Python process that exits normally joins its non-daemon threads, runs its ``atexit``
handlers, and then tears every module down, freeing its objects one by one. For the driver of
a large run (its reports, 20,000 links' worth) and for a worker (its connection pools, parsers
and caches) that last step is pure cost: the operating system takes the whole address space
back at once. A run waits for it twice: the driver waits for its workers to end before it
builds the report, and the command ends when the driver does (bench/README.md, "The slug
workload against lychee").

``end_after_handlers`` arms an ``atexit`` handler that ends the process with ``os._exit`` once
the threads are joined and the other handlers have run, after flushing the standard streams.
``atexit`` runs the handler registered last first, so it is armed as early as the process
allows: every handler registered after it (logging's, multiprocessing's, a temporary
directory's) still runs. Only the freeing is skipped.
"""

from __future__ import annotations

import atexit
import os
import sys
from dataclasses import dataclass


@dataclass
class Ending:
    """The exit status a process ends with, once it is known; None keeps Python's own end."""

    code: int | None = None

    def exits(self, exc: SystemExit) -> None:
        """Take the status from ``sys.exit``'s exception. A status that is not a number (a
        message Python prints) keeps Python's own end, which prints it."""
        if exc.code is None:
            self.code = 0
        elif isinstance(exc.code, int):
            self.code = exc.code


def end_after_handlers(code: int | None = None) -> Ending:
    """Arm the quick end; the process ends with ``code``, or what is given to ``exits`` later.

    An exit without a status (an uncaught exception, Ctrl-C) keeps Python's own end, so its
    status and traceback are what they always were."""
    ending = Ending(code)
    atexit.register(_end, ending)
    return ending


def _end(ending: Ending) -> None:
    if ending.code is None:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # a closed pipe: Python's own end reports it, with its own status
    os._exit(ending.code)
