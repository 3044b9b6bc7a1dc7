"""Every URL's look as a run's report shows it, made when a route's report asks for it.

A run's end used to hold every link's look at once: each fetched URL's final observation and
its history summed, beside the looks reused from the store. The fetched ones now wait in the
recorder's spool (``check.record``), so a look is made here one URL at a time, when a route
built at the run's end reads it; the routes reused as they were built early read none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Protocol

from curator.history import LinkHistory
from curator.rollup.route import Look
from curator.store.interface import Observation

Summary = Callable[[Sequence[Observation]], LinkHistory]


class FinalObservations(Protocol):
    """Each fetched URL's final observation (``check.record.Recorder.settle``)."""

    def get(self, url: str) -> Observation | None:
        """None for a URL not fetched in this run."""
        ...

    def as_recorded(self, url: str) -> bool:
        """Whether ``url``'s final observation is the one recorded while the run went on."""
        ...


class FinalLooks(Mapping[str, Look]):
    """The looks of ``reused`` (from the store) and of the URLs fetched in this run."""

    def __init__(
        self,
        fetched: Sequence[str],
        final: FinalObservations,
        reused: Mapping[str, Look],
        past: Mapping[str, Sequence[Observation]],
        summary: Summary,
    ) -> None:
        self._fetched, self._final, self._reused = fetched, final, reused
        self._past, self._summary = past, summary

    def __getitem__(self, url: str) -> Look:
        reused = self._reused.get(url)  # a URL is reused or fetched, never both
        if reused is not None:
            return reused
        observation = self._final.get(url)
        if observation is None:
            raise KeyError(url)
        history = self._summary([observation, *self._past.get(url, [])])
        return Look(observation, history, fresh=True)

    def __iter__(self) -> Iterator[str]:
        yield from self._reused
        yield from (url for url in self._fetched if self._final.get(url) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def as_recorded(self, url: str) -> bool:
        """Whether ``url``'s look is the one a route's report built early was given: recorded
        while the run went on and not judged again at its end, or reused from the store."""
        return self._final.as_recorded(url)
