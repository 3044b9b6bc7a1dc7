"""Every core of this machine: a ``concurrent.futures.ProcessPoolExecutor``, one worker per core,
each with its own Fetcher.

Why processes: fetching is I/O, but reading every page (decoding, lxml, metadata rules, the
soft-404 sketch) is CPU, and one Python process runs it on one core at a time. A task is one
shard of whole hosts (see ``shards``), so politeness still lives in exactly one Fetcher per host,
and the run's global concurrency is split between the workers.

Choices:

- The standard pool, started with ``spawn``: a fresh interpreter rather than a fork, because the
  driver may hold threads (a fixture web in tests, a scheduler in the service) and forking a
  threaded process can copy a held lock into the child. The pool's initializer builds each
  worker's Fetcher (session, connection pools, robots.txt cache) once, so a run's main wave and
  its soft-404 probes share the start-up cost. ``spawn`` (like ``forkserver``) also starts
  multiprocessing's resource tracker, one more interpreter (12 MiB); only ``fork`` does without
  it (bench/README.md, "Lighter worker processes").
- What a worker imports is memory in every worker: this module and what it imports are the
  worker's entry point, and hold nothing of the driver's (``tests/test_worker_imports.py``).
  Its settings arrive as plain values (``curator.knobs``), so it imports no pydantic either.
- One shard per worker per wave: a Fetcher interleaves many hosts best when it sees all of them
  at once. Any worker may take any shard; a wave's shards never share a host, so politeness holds.
- Results stream back while a shard runs: the task puts chunks (see ``work``) on a queue the
  driver reads, so recording and progress move with the fetching, not a shard at a time. A
  future only says how its task ended.
- A worker that dies (a bug, or the out-of-memory killer) breaks the pool: the wave fails with
  an ``ExecutorError`` naming the worker's pid and its shard instead of waiting for ever, and the
  next wave starts a new pool. A page that raises is that page's result (``inspect``), not a
  worker's death.
- A wave abandoned while its shards run (Ctrl-C, a cancelled run) leaves them running; closing
  the executor then ends those workers at once (SIGTERM to the pids they announced), since a
  running task cannot be cancelled through the pool, and reaps them through its shutdown. A
  worker that has not announced itself yet (still starting when the wave was abandoned) ends
  itself when it sees the pool's stop event, so the shutdown never waits for a whole shard.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event as EventType
from typing import TYPE_CHECKING

from curator.classify.probe_answer import ProbeAnswer
from curator.execute.arenas import Trimmer, fix_mmap_threshold, limit_malloc_arenas
from curator.execute.interface import Executor, ExecutorError, Inspected, ShardProgress, Wave
from curator.execute.shards import Shard, make_shards
from curator.execute.work import first_seen, inspect_shard, share_of, waiting_for
from curator.exiting import end_after_handlers
from curator.fetch.resolve import Resolver, SystemResolver
from curator.inspect import Inspection
from curator.knobs import FetchKnobs, as_knobs

if TYPE_CHECKING:
    from curator.fetch.client import Fetcher
    from curator.settings import FetchSettings

_CONTEXT = multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class _Chunk:
    """Some inspections of a shard (and probe answers learnt beside them), or its end."""

    wave: int
    shard: int
    pid: int
    inspections: list[Inspection | ProbeAnswer] = field(default_factory=list)
    done: bool = False


@dataclass(frozen=True)
class _Ended:
    """A shard's task ended (put by the driver's future callback, read beside the chunks)."""

    wave: int
    shard: int
    future: Future[None]


class ProcessExecutor(Executor):
    """Fetch and inspect in ``workers`` processes (default: one per CPU).

    Settings and resolver are pickled to each worker when it starts (at ``start`` or the
    first ``inspect_many``): names added to a resolver after that are not seen by the workers.
    """

    def __init__(
        self,
        settings: FetchKnobs | FetchSettings,
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
        # Plain values, not the pydantic model: a worker unpickling them imports no pydantic.
        self._settings = share_of(as_knobs(settings), self.workers)
        self._resolver = resolver or SystemResolver()
        self._pool: ProcessPoolExecutor | None = None
        self._results: Queue[_Chunk | None] | None = None  # the workers' chunks, one per pool
        self._stop: EventType | None = None  # set to end this pool's workers, one per pool
        self._arrived: queue.SimpleQueue[_Chunk | _Ended] = queue.SimpleQueue()
        self._pids: set[int] = set()
        self._wave = 0
        self._busy = False
        self._lock = threading.Lock()  # a pool's start and its close, one at a time
        self._starting: object | None = None  # the start in flight; ``close`` cancels it

    @property
    def pids(self) -> list[int]:
        """The ids of the worker processes that have taken a shard (for an operator or a test
        to watch)."""
        return sorted(self._pids)

    def start(self) -> None:
        """Start the workers (each imports curator first) without waiting:
        the pool starts a worker per task it cannot give to an idle one, so a no-op each
        starts them all.

        The pool starts in a thread of its own, which the caller joins: Ctrl-C lands in the
        main thread only, so it can stop the waiting but never tear the start half-way (a
        worker spawned but not counted, the pool's manager thread created but not started,
        which its shutdown then cannot join)."""
        if self._pool is not None:
            return
        self._starting = token = object()
        failed: list[BaseException] = []
        starter = threading.Thread(
            target=self._start_pool, args=(token, failed), name="curator-pool-start", daemon=True
        )
        starter.start()
        starter.join()
        if failed:
            raise failed[0]

    def _start_pool(self, token: object, failed: list[BaseException]) -> None:
        try:
            self._start_pool_now(token)
        except BaseException as exc:  # the caller's to raise, in its own thread
            failed.append(exc)

    def _start_pool_now(self, token: object) -> None:
        with self._lock:  # ``close`` takes it too, so it waits for a start in flight
            if self._starting is not token or self._pool is not None:
                return  # closed before this thread ran, or started already
            if self._settings.worker_malloc_arenas > 0:
                fix_mmap_threshold()  # the driver's side of ``execute.arenas``: once is enough
            self._results = results = _CONTEXT.Queue()
            results.cancel_join_thread()  # a dead worker may hold its lock: never wait on it
            self._arrived, self._pids = queue.SimpleQueue(), set()  # this pool's own
            self._stop = stop = _CONTEXT.Event()
            pool = ProcessPoolExecutor(
                self.workers,
                mp_context=_CONTEXT,
                initializer=_start_worker,
                initargs=(self._settings, self._resolver, results, stop),
            )
            threading.Thread(
                target=_forward,
                args=(results, self._arrived, self._pids),
                name="curator-pool-results",
                daemon=True,
            ).start()
            for _ in range(self.workers):
                pool.submit(os.getpid)
            self._pool = pool

    def run(self, wave: Wave) -> Iterator[Inspected]:
        shards = make_shards(wave.urls, self.workers, wave.validators, wave.wants, wave.probes)
        if not shards:
            return
        self.start()
        assert self._pool is not None
        self._wave += 1
        number, arrived = self._wave, self._arrived
        self._busy = True  # before the shards go: Ctrl-C among the submits leaves some running
        futures = [self._submit(number, shard) for shard in shards]
        pending = {shard.number: shard for shard in shards}
        running: dict[int, int] = {}  # shard -> the pid running it
        waiting = waiting_for(wave.urls)  # the caller's strings (``first_seen``)
        # The driver hands back what it freed as the workers do (``execute.arenas``): what the
        # chunks, the recording and the early reports churn through would otherwise stay in
        # its heap to the end of the fetch, the tree's peak.
        trim = Trimmer(self._settings.worker_malloc_trim_seconds)
        try:
            while pending:
                item = arrived.get()
                if item.wave != number:
                    continue  # left over from a wave whose caller stopped listening
                if isinstance(item, _Ended):
                    if (error := item.future.exception()) is not None:
                        if isinstance(error, BrokenProcessPool):
                            self._busy = False  # the pool has ended every worker already
                            self.close()
                        raise _failed(pending[item.shard], running.get(item.shard), error)
                    continue  # its last chunk says it is done (the queue keeps their order)
                running[item.shard] = item.pid
                yield from first_seen(item.inspections, waiting)
                trim()
                if item.done:
                    del pending[item.shard]
                    if self.on_shard is not None:
                        self.on_shard(len(shards) - len(pending), len(shards))
        finally:
            for future in futures:
                future.cancel()  # those not started yet; running ones end with ``close``
        self._busy = False

    def close(self) -> None:
        """Let idle workers finish; stop at once the ones still busy with an abandoned wave.

        Safe to call twice, after a worker died, and after Ctrl-C during the pool's start
        (it waits for that start to finish): the next wave starts a new pool.
        """
        with self._lock:
            self._starting = None  # a start whose thread has not run yet does nothing
            if self._pool is None:
                return
            if self._busy:
                if self._stop is not None:
                    self._stop.set()  # workers not announced yet end themselves
                for pid in self.pids:  # a copy: the forwarding thread may be adding one
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGTERM)
            self._pool.shutdown(wait=True, cancel_futures=True)
            if self._results is not None:
                self._results.put(None)  # the forwarding thread's cue to stop
            self._pool = None
            self._busy = False

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _submit(self, wave: int, shard: Shard) -> Future[None]:
        assert self._pool is not None
        future = self._pool.submit(_run_shard, wave, shard)
        arrived = self._arrived
        future.add_done_callback(lambda done: arrived.put(_Ended(wave, shard.number, done)))
        return future


def _forward(
    results: Queue[_Chunk | None], arrived: queue.SimpleQueue[_Chunk | _Ended], pids: set[int]
) -> None:
    """Hand what the workers send to the driver's queue, noting who sent it. A thread, so the
    driver waits on one queue for chunks and ended tasks alike, and never blocks on a message
    a dying worker left half-written."""
    with contextlib.suppress(EOFError, OSError, ValueError):
        while (item := results.get()) is not None:
            pids.add(item.pid)
            arrived.put(item)


def _failed(shard: Shard, pid: int | None, error: BaseException) -> ExecutorError:
    who = f"curator worker (pid {pid})" if pid is not None else "a curator worker"
    return ExecutorError(
        f"{who} failed while checking {len(shard)} links of {len(shard.hosts)} hosts: {error}"
    )


# -- in a worker process ------------------------------------------------------------------

_fetcher: Fetcher | None = None
_results: Queue[_Chunk | None] | None = None
_trim_seconds = 0.0


def _start_worker(
    settings: FetchKnobs, resolver: Resolver, results: Queue[_Chunk | None], stop: EventType
) -> None:
    """The pool's initializer: this worker's Fetcher, kept for every shard it runs, and a
    thread that ends the worker when the driver abandons its pool."""
    global _fetcher, _results, _trim_seconds
    # Once the pool lets it go, the worker ends without freeing its heap object by object: the
    # driver waits for that end before it builds the report. Its status is 0: the pool learns
    # a worker's death from its process sentinel, never its status, and a task's exception
    # reaches the driver through its future. Armed here, after the module's imports, it runs
    # before the handlers they registered, none of which has work left in a worker:
    # multiprocessing's (run already when the task loop ended) and logging's (no handler is set
    # up here); requests', registered by the Fetcher's import below, still runs first.
    end_after_handlers(0)
    limit_malloc_arenas(settings.worker_malloc_arenas)  # before this worker starts its threads
    if settings.worker_malloc_arenas > 0:
        fix_mmap_threshold()  # as the driver does (``_start_pool_now``; ``execute.arenas``)
    # Here, not at the top: the driver imports this module and never fetches (no ``requests``).
    from curator.fetch.client import Fetcher

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    threading.Thread(target=_end_on, args=(stop,), name="curator-stop", daemon=True).start()
    _fetcher, _results = Fetcher(settings, resolver), results
    _trim_seconds = settings.worker_malloc_trim_seconds


def _end_on(stop: EventType) -> None:
    """End this worker at once when ``stop`` is set, whatever its task is waiting on: the
    pool sees a worker gone and its shutdown stops waiting for the task."""
    stop.wait()
    os._exit(1)


def _run_shard(wave: int, shard: Shard) -> None:
    """A task: fetch and inspect one shard, putting its chunks on the results queue."""
    assert _fetcher is not None and _results is not None
    pid = os.getpid()
    _results.put(_Chunk(wave, shard.number, pid))  # who runs it, should it die
    trim = Trimmer(_trim_seconds)  # the pages handed over, freed in the fetch threads' arenas
    for inspections in inspect_shard(_fetcher, shard):
        _results.put(_Chunk(wave, shard.number, pid, inspections))
        trim()
    _results.put(_Chunk(wave, shard.number, pid, done=True))
