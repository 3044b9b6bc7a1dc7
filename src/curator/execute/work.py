"""What a worker does with one shard, wherever it runs: fetch, inspect, hand back in chunks.

Shared by the process pool and the Dask tasks so both produce exactly what the in-process
executor does (same Fetcher, same ``inspect``). Results leave in chunks rather than one by one
(each hand-over across processes costs a pickle and a pipe write) and rather than all at the
end (the driver's progress and memory would then move in jumps of a whole shard).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from curator.classify.soft404 import probe_applies, probe_key, probe_url
from curator.execute.shards import Shard
from curator.fetch.client import Fetcher
from curator.inspect import NO_WANTS, Inspection, inspect
from curator.settings import FetchSettings

CHUNK_SIZE = 64
CHUNK_SECONDS = 0.25
# Probe fetches running at once: each waits one page's latency, and a run has far fewer
# directories than links, so a few threads keep up.
PROBE_THREADS = 4


class Probes:
    """Soft-404 probes fetched while the main wave runs, one per directory.

    A run compares each 200 page with a made-up sibling in its directory (the probe). Fetched
    after the main wave, the probes were a serial step at the end of every run; here the first
    inspection that needs a directory's probe starts it at once, on the same Fetcher (so the
    same politeness and robots.txt), and its inspection joins the results. Its URL is none of
    the shard's, which is how the driver tells a probe from a link.
    """

    def __init__(self, fetcher: Fetcher, deliver: Callable[[Inspection], None]) -> None:
        self._fetcher, self._deliver = fetcher, deliver
        self._pool = ThreadPoolExecutor(PROBE_THREADS, thread_name_prefix="curator-probe")
        self._asked: set[tuple[str, str]] = set()

    def consider(self, inspection: Inspection) -> None:
        """Start the probe of this inspection's directory if it needs one not yet started."""
        url = inspection.result.url
        if inspection.shape is None or inspection.parked or not probe_applies(url):
            return
        key = probe_key(url)
        if key not in self._asked:
            self._asked.add(key)
            self._pool.submit(self._probe, probe_url(url))

    def close(self, *, wait: bool) -> None:
        """Wait for the probes started (``wait``), or drop those not yet running."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def _probe(self, url: str) -> None:
        # A probe that cannot be fetched or inspected is simply missing: the driver fetches
        # the probes it lacks after the main wave.
        with contextlib.suppress(Exception):
            self._deliver(inspect(self._fetcher.fetch(url)))


def inspect_shard(
    fetcher: Fetcher,
    shard: Shard,
    *,
    chunk_size: int = CHUNK_SIZE,
    chunk_seconds: float = CHUNK_SECONDS,
) -> Iterator[list[Inspection]]:
    """Chunks of inspections; every URL of the shard appears exactly once.

    A chunk leaves when it holds ``chunk_size`` inspections or when its oldest one has waited
    ``chunk_seconds``, even if the next page is slow to come: a thread fetches and inspects while
    this generator only times the hand-over.
    """
    ready: queue.SimpleQueue[Inspection | _End] = queue.SimpleQueue()
    stop = threading.Event()

    def produce() -> None:
        error: BaseException | None = None
        probes = Probes(fetcher, ready.put) if shard.probes else None
        try:
            for result in fetcher.fetch_many(shard.urls, shard.validators):
                if stop.is_set():
                    break  # closing fetch_many's generator cancels what is left
                inspection = inspect(result, shard.wants.get(result.url, NO_WANTS))
                ready.put(inspection)
                if probes is not None:
                    probes.consider(inspection)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            error = exc
        if probes is not None:
            probes.close(wait=error is None and not stop.is_set())
        ready.put(_End(error))

    producer = threading.Thread(target=produce, name=f"curator-shard-{shard.number}", daemon=True)
    producer.start()
    chunk: list[Inspection] = []
    due = 0.0
    try:
        while True:
            try:
                item = ready.get(timeout=max(0.0, due - time.monotonic()) if chunk else None)
            except queue.Empty:
                yield chunk
                chunk = []
                continue
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                break
            if not chunk:
                due = time.monotonic() + chunk_seconds
            chunk.append(item)
            if len(chunk) >= chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
    finally:
        stop.set()


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None


def share_of(settings: FetchSettings, parts: int) -> FetchSettings:
    """The settings one of ``parts`` workers uses: the run's global concurrency is split
    between them, so the run as a whole keeps the cap an operator set (at least one each)."""
    per_worker = max(1, settings.concurrency // max(1, parts))
    return settings.model_copy(update={"concurrency": per_worker})
