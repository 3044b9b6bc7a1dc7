"""What a worker does with one shard, wherever it runs: fetch, inspect, hand back in chunks.

Shared by the process pool and the Dask tasks so both produce exactly what the in-process
executor does (same Fetcher, same ``inspect``). Results leave in chunks rather than one by one
(each hand-over across processes costs a pickle and a pipe write) and rather than all at the
end (the driver's progress and memory would then move in jumps of a whole shard).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from curator.execute.shards import Shard
from curator.fetch.client import Fetcher
from curator.inspect import NO_WANTS, Inspection, inspect
from curator.settings import FetchSettings

CHUNK_SIZE = 64
CHUNK_SECONDS = 0.25


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
        try:
            for result in fetcher.fetch_many(shard.urls, shard.validators):
                if stop.is_set():
                    break  # closing fetch_many's generator cancels what is left
                ready.put(inspect(result, shard.wants.get(result.url, NO_WANTS)))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            error = exc
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
