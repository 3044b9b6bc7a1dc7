"""The seam between a run's plan and the machines that carry it out.

An executor turns URLs into ``Inspection`` values (fetch, then read the page once and keep only
what later stages need). Everything else in a run — classification, history, reports — stays on
the driver, so an executor can run its work anywhere that can ship an Inspection back.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

from curator.fetch.job import Validators
from curator.inspect import Inspection


@runtime_checkable
class Executor(Protocol):
    def inspect_many(
        self,
        urls: Sequence[str],
        validators: Mapping[str, Validators] | None = None,
        terms: Mapping[str, Sequence[str]] | None = None,
    ) -> Iterator[Inspection]:
        """One Inspection per unique URL, as each finishes (any order).

        ``terms`` are, per URL, the blurb key terms to look for in the page: the inspection
        reports which it found, so the page's words never need to leave the worker.
        """
        ...

    def close(self) -> None: ...
