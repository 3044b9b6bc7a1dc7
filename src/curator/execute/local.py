"""The default executor: one Fetcher's thread pool in this process."""

from __future__ import annotations

import queue
from collections.abc import Iterator

from curator.classify.probe_answer import ProbeAnswer
from curator.execute.arenas import Trimmer
from curator.execute.interface import Executor, Inspected, Wave
from curator.execute.work import Probes, known_hashes
from curator.fetch.client import Fetcher
from curator.inspect import NO_WANTS, inspect


class InProcessExecutor(Executor):
    """Fetch with the given Fetcher's workers; inspect each page as it arrives."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher

    def run(self, wave: Wave) -> Iterator[Inspected]:
        arrived: queue.SimpleQueue[ProbeAnswer] = queue.SimpleQueue()
        probes = wave.probes
        launcher = Probes(self.fetcher, probes, arrived.put) if probes is not None else None
        trim = Trimmer(self.fetcher.settings.worker_malloc_trim_seconds)  # as a worker does
        try:
            known = known_hashes(wave.wants)
            for result in self.fetcher.fetch_many(wave.urls, wave.validators, known):
                wants = wave.wants.get(result.url, NO_WANTS)
                if launcher is not None:
                    wants = launcher.wants(result.url, wants)
                inspection = inspect(result, wants)
                if launcher is not None:
                    launcher.consider(inspection)
                yield inspection
                yield from _drain(arrived)
                trim()
        except BaseException:
            if launcher is not None:
                launcher.close(wait=False)
            raise
        if launcher is not None:
            launcher.close(wait=True)
            yield from _drain(arrived)

    def start(self) -> None:
        """Nothing to set up: the fetcher's threads start with each batch."""

    def close(self) -> None:
        self.fetcher.close()


def _drain(arrived: queue.SimpleQueue[ProbeAnswer]) -> Iterator[ProbeAnswer]:
    while True:
        try:
            yield arrived.get_nowait()
        except queue.Empty:
            return
