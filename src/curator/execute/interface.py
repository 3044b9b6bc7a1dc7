"""The seam between a run's plan and the machines that carry it out.

An executor turns URLs into ``Inspection`` values (fetch, then read the page once and keep only
what later stages need), and on request learns the soft-404 answers those pages need
(``ProbeAnswer`` values, yielded among the inspections and told apart by type). Everything
else in a run — classification, history, reports — stays on the driver, so an executor can run
its work anywhere that can ship an Inspection back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_learning import ProbePlan
from curator.fetch.validators import Validators
from curator.inspect import Inspection, Wants

Inspected = Inspection | ProbeAnswer
"""What an executor yields: a URL's inspection, or a probe answer learnt beside them."""


@dataclass(frozen=True)
class Wave:
    """What one ``inspect_many`` call asks for, as one value an executor's ``run`` takes."""

    urls: Sequence[str]
    validators: Mapping[str, Validators]
    wants: Mapping[str, Wants]
    probes: ProbePlan | None


@runtime_checkable
class Executor(Protocol):
    """What a run needs from an executor. The executors here subclass it and implement
    ``run``, so the call's signature and defaults live in one place."""

    def inspect_many(
        self,
        urls: Sequence[str],
        validators: Mapping[str, Validators] | None = None,
        wants: Mapping[str, Wants] | None = None,
        probes: ProbePlan | None = None,
    ) -> Iterator[Inspected]:
        """One Inspection per unique URL, as each finishes (any order), its ``result.url`` the
        very string given in ``urls`` (not a copy: a caller keeps it without holding each URL
        twice).

        ``wants`` says, per URL, what to read off the page beyond its metadata: which blurb
        terms it mentions and whether to fingerprint its main content. The worker answers
        those questions, so the page's words never need to leave it.

        ``probes`` also learns, while the URLs are fetched, the host's answer to made-up URLs
        for each path shape a 200 page needs and the plan does not know (``work.Probes``);
        each comes as a ``ProbeAnswer`` among the inspections.
        """
        return self.run(Wave(urls, validators or {}, wants or {}, probes))

    def run(self, wave: Wave) -> Iterator[Inspected]:
        """Carry out one ``inspect_many`` call (what each executor implements)."""
        ...

    def start(self) -> None:
        """Begin any slow set-up now (worker processes importing curator), so it overlaps what
        the caller does before its first ``inspect_many``; that call starts it anyway."""
        ...

    def close(self) -> None: ...


class ExecutorError(RuntimeError):
    """Work could not be carried out: a worker died or failed. The message names which and why."""


ShardProgress = Callable[[int, int], None]
"""Told ``(shards done, shards in this wave)`` each time a shard finishes."""
