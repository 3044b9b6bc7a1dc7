"""A run's frozen objects go back to the collector when the run ends, so a scheduler that runs
every night for months does not keep each run's reference cycles."""

from __future__ import annotations

import gc
import weakref

from curator import heap


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector can free it


def test_cycles_frozen_during_a_run_are_collected_after_it() -> None:
    with heap.long_lived():
        node = _Node()
        alive = weakref.ref(node)
        heap.settle()
        del node
        gc.collect()
        assert alive() is not None, "frozen: the collector no longer walks it during the run"
    gc.collect()
    assert alive() is None, "the run is over: its cycles are collected again"


def test_settle_outside_a_run_freezes_nothing() -> None:
    node = _Node()
    alive = weakref.ref(node)
    heap.settle()
    del node
    gc.collect()
    assert alive() is None
    assert gc.get_freeze_count() == 0
