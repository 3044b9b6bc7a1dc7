"""Keeping the cyclic garbage collector off a run's long-lived objects.

A large run builds up millions of objects that live until it ends (routes, inspections,
observations, the report). CPython's collector walks all of them in every full collection, and
the allocation-heavy end of a run (building and rendering the report) triggers several (what
that walking cost, and what freezing saves: bench/README.md, "Library seams"). ``gc.freeze`` at
a phase boundary moves what exists into a generation the collector never walks; ``long_lived``
gives them back when the run ends, so a scheduler that runs for months still collects each
run's cycles.

``gc.freeze`` is process-wide: it freezes every object, not only the run's. That is why only
``curator run`` opens a ``long_lived`` scope (the run is the process's work while it lasts) and
``settle`` does nothing outside one, so a library caller or a test never has its heap frozen.

Reference counting is untouched: frozen objects that lose their last reference are freed at
once, as always. Only cycles among them wait for the run to end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0


@contextmanager
def long_lived() -> Iterator[None]:
    """A scope in which ``settle`` freezes; everything frozen is unfrozen on leaving it."""
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            gc.unfreeze()


def settle() -> None:
    """Everything allocated so far lives to the end of the run: stop walking it. Outside a
    ``long_lived`` scope (a library caller, a test) this does nothing."""
    if _depth:
        gc.freeze()
