"""Every core of this machine: one worker process per core, each with its own Fetcher.

Why processes: fetching is I/O, but reading every page (decoding, lxml, metadata rules, the
soft-404 sketch) is CPU, and one Python process runs it on one core at a time. A worker per
core takes whole hosts (a shard each, see ``shards``), so politeness still lives in exactly one
Fetcher per host, and the run's global concurrency is split between the workers.

Choices:

- ``spawn`` start method: the driver may hold threads (a fixture web in tests, a scheduler in
  the service), and forking a threaded process can copy a held lock into the child.
- Workers live as long as the executor, so a run's main wave and its soft-404 probes share the
  start-up cost (importing curator, about half a second) and the robots.txt each host sent.
- One shard per worker per wave: a Fetcher interleaves many hosts best when it sees all of
  them at once, and with whole hosts per shard a second, later shard would only idle its
  threads on politeness waits.
- Results come back in chunks while a shard runs (see ``work``), so progress moves smoothly.
- A worker that dies is a bug or an out-of-memory kill on this machine, not a lost node: the
  wave fails with an ``ExecutorError`` naming the worker instead of waiting for ever.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from curator.execute.interface import ExecutorError, ShardProgress
from curator.execute.shards import Shard, make_shards
from curator.execute.work import inspect_shard, share_of
from curator.fetch.client import Fetcher
from curator.fetch.job import Validators
from curator.fetch.resolve import Resolver, SystemResolver
from curator.inspect import Inspection, Wants
from curator.settings import FetchSettings

_POLL = 0.5  # seconds between liveness checks while no results arrive


@dataclass(frozen=True)
class _Chunk:
    """A worker's message: some inspections of a shard, and whether the shard is done."""

    wave: int
    shard: int
    inspections: list[Inspection] = field(default_factory=list)
    done: bool = False
    error: str | None = None


class ProcessExecutor:
    """Fetch and inspect in ``workers`` processes (default: one per CPU).

    Settings and resolver are pickled to each worker when it starts (at ``start`` or the
    first ``inspect_many``): names added to a resolver after that are not seen by the workers.
    """

    def __init__(
        self,
        settings: FetchSettings,
        resolver: Resolver | None = None,
        workers: int | None = None,
        *,
        on_shard: ShardProgress | None = None,
    ) -> None:
        wanted = workers if workers is not None else os.cpu_count() or 1
        if wanted < 1:
            raise ValueError(f"workers must be at least 1, got {wanted}")
        self.workers = min(wanted, settings.concurrency)
        self.on_shard = on_shard
        self._settings = share_of(settings, self.workers)
        self._resolver = resolver or SystemResolver()
        self._context = multiprocessing.get_context("spawn")
        self._results: Any = None  # multiprocessing queues are untyped
        self._inboxes: list[Any] = []
        self._processes: list[BaseProcess] = []
        self._wave = 0
        self._busy = False

    def inspect_many(
        self,
        urls: Sequence[str],
        validators: Mapping[str, Validators] | None = None,
        wants: Mapping[str, Wants] | None = None,
        probes: bool = False,
    ) -> Iterator[Inspection]:
        shards = make_shards(urls, self.workers, validators, wants, probes)
        if not shards:
            return
        self.start()
        self._wave += 1
        wave = self._wave
        for shard in shards:
            self._inboxes[shard.number].put((wave, shard))
        self._busy = True
        pending = {shard.number: shard for shard in shards}
        seen: set[str] = set()
        while pending:
            try:
                chunk: _Chunk = self._results.get(timeout=_POLL)
            except queue.Empty:
                self._check_alive(pending)
                continue
            if chunk.wave != wave:
                continue  # left over from a wave whose caller stopped listening
            if chunk.error is not None:
                raise ExecutorError(f"curator-worker-{chunk.shard} failed: {chunk.error}")
            for inspection in chunk.inspections:
                if inspection.result.url not in seen:
                    seen.add(inspection.result.url)
                    yield inspection
            if chunk.done:
                del pending[chunk.shard]
                if self.on_shard is not None:
                    self.on_shard(len(shards) - len(pending), len(shards))
        self._busy = False

    def close(self) -> None:
        """Let idle workers finish; stop at once the ones still busy with an abandoned wave."""
        for inbox in self._inboxes:
            inbox.put(None)
        for process in self._processes:
            if not self._busy:
                process.join(timeout=5)
            if process.is_alive():
                process.terminate()
            process.join()
        if self._results is not None:
            self._results.close()
            self._results.cancel_join_thread()
        self._inboxes, self._processes, self._results = [], [], None

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self) -> None:
        """Spawn the workers (each imports curator, about half a second) without waiting."""
        if self._processes:
            return
        self._results = self._context.Queue()
        for number in range(self.workers):
            inbox = self._context.Queue()
            process = self._context.Process(
                target=_serve,
                args=(self._settings, self._resolver, inbox, self._results),
                name=f"curator-worker-{number}",
                daemon=True,
            )
            process.start()
            self._inboxes.append(inbox)
            self._processes.append(process)

    def _check_alive(self, pending: Mapping[int, Shard]) -> None:
        for number in pending:
            process = self._processes[number]
            if not process.is_alive():
                raise ExecutorError(
                    f"{process.name} (pid {process.pid}) exited with code {process.exitcode} "
                    f"while checking {len(pending[number])} links of "
                    f"{len(pending[number].hosts)} hosts"
                )


def _serve(settings: FetchSettings, resolver: Resolver, inbox: Any, results: Any) -> None:
    """A worker process: run the shards it is sent until told to stop (``None``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    with Fetcher(settings, resolver) as fetcher:
        while (task := inbox.get()) is not None:
            wave, shard = task
            try:
                for inspections in inspect_shard(fetcher, shard):
                    results.put(_Chunk(wave, shard.number, inspections))
            except Exception as exc:  # reported to the driver, which fails the wave
                results.put(_Chunk(wave, shard.number, done=True, error=repr(exc)))
                continue
            results.put(_Chunk(wave, shard.number, done=True))
