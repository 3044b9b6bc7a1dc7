"""Every core of this machine: one worker process per core, each with its own Fetcher.

Why processes: fetching is I/O, but reading every page (decoding, lxml, metadata rules, the
soft-404 sketch) is CPU, and one Python process runs it on one core at a time. A worker per
core takes whole hosts (a shard each, see ``shards``), so politeness still lives in exactly one
Fetcher per host, and the run's global concurrency is split between the workers.

Choices:

- Plain child processes (``python -c``) talking over one socket pair each
  (``multiprocessing.connection``), not ``multiprocessing.Process``: its spawn start method also
  starts a resource-tracker process (a whole interpreter, for named semaphores this executor never
  needs), and every worker would re-import the driver's ``__main__``. A fresh interpreter, rather
  than a fork, because the driver may hold threads (a fixture web in tests, a scheduler in the
  service) and forking a threaded process can copy a held lock into the child.
- Workers live as long as the executor, so a run's main wave and its soft-404 probes share the
  start-up cost (importing curator) and the robots.txt each host sent.
- One shard per worker per wave: a Fetcher interleaves many hosts best when it sees all of
  them at once, and with whole hosts per shard a second, later shard would only idle its
  threads on politeness waits.
- Results come back in chunks while a shard runs (see ``work``), so progress moves smoothly.
  A shard goes out from a short-lived thread, so the driver keeps reading results (and never
  waits on a worker still importing) while a large shard is written.
- A worker that dies is a bug or an out-of-memory kill on this machine, not a lost node: the
  wave fails with an ``ExecutorError`` naming the worker instead of waiting for ever.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, Pipe, wait

from curator.classify.probe import ProbeAnswer
from curator.execute.interface import Executor, ExecutorError, Inspected, ShardProgress, Wave
from curator.execute.shards import Shard, make_shards
from curator.execute.work import first_seen, inspect_shard, share_of
from curator.fetch.client import Fetcher
from curator.fetch.resolve import Resolver, SystemResolver
from curator.inspect import Inspection
from curator.settings import FetchSettings

_POLL = 0.5  # seconds between liveness checks while no results arrive
_STOP_WAIT = 5.0  # seconds an idle worker gets to exit after it is told to stop
# What a worker process runs: its end of the socket pair is the file descriptor in argv[1].
_BOOT = "from curator.execute.processes import serve_pipe; serve_pipe()"


@dataclass(frozen=True)
class _Chunk:
    """A worker's message: some inspections of a shard (and probe answers learnt beside them),
    and whether the shard is done."""

    wave: int
    shard: int
    inspections: list[Inspection | ProbeAnswer] = field(default_factory=list)
    done: bool = False
    error: str | None = None


@dataclass(frozen=True)
class _Worker:
    """One worker process and the driver's end of its socket pair."""

    name: str
    process: subprocess.Popen[bytes]
    conn: Connection
    sending: threading.Lock = field(default_factory=threading.Lock)  # one message at a time

    def send(self, message: object) -> None:
        with self.sending:
            self.conn.send(message)


class ProcessExecutor(Executor):
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
        self._running: list[_Worker] = []
        self._wave = 0
        self._busy = False

    @property
    def pids(self) -> list[int]:
        """The worker processes' ids, once started (for an operator or a test to watch)."""
        return [worker.process.pid for worker in self._running]

    def run(self, wave: Wave) -> Iterator[Inspected]:
        shards = make_shards(wave.urls, self.workers, wave.validators, wave.wants, wave.probes)
        if not shards:
            return
        self.start()
        self._wave += 1
        number = self._wave
        for shard in shards:
            worker = self._running[shard.number]
            threading.Thread(
                target=_send_quietly, args=(worker, (number, shard)), daemon=True
            ).start()
        self._busy = True
        pending = {shard.number: shard for shard in shards}
        seen: set[str] = set()
        by_conn = {worker.conn: number for number, worker in enumerate(self._running)}
        while pending:
            ready = wait(list(by_conn), timeout=_POLL)
            if not ready:
                self._check_alive(pending)
                continue
            for conn in ready:
                assert isinstance(conn, Connection)
                try:
                    chunk: _Chunk = conn.recv()
                except EOFError:  # the worker is gone
                    number = by_conn.pop(conn)
                    if number not in pending:
                        continue  # it had no part in this wave
                    worker = self._running[number]
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        worker.process.wait(_STOP_WAIT)  # for its exit code
                    raise _gone(worker, pending[number]) from None
                if chunk.wave != number:
                    continue  # left over from a wave whose caller stopped listening
                if chunk.error is not None:
                    raise ExecutorError(f"curator-worker-{chunk.shard} failed: {chunk.error}")
                yield from first_seen(chunk.inspections, seen)
                if chunk.done:
                    del pending[chunk.shard]
                    if self.on_shard is not None:
                        self.on_shard(len(shards) - len(pending), len(shards))
        self._busy = False

    def close(self) -> None:
        """Let idle workers finish; stop at once the ones still busy with an abandoned wave.

        A busy worker is not told to stop: it reads nothing until its shard is done, so the
        message could wait behind a shard still being written to it, and it is ended anyway.
        """
        for worker in self._running:
            if not self._busy:
                _send_quietly(worker, None)
        for worker in self._running:
            if not self._busy:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    worker.process.wait(_STOP_WAIT)
            if worker.process.poll() is None:
                worker.process.terminate()
            worker.process.wait()
            worker.conn.close()
        self._running = []

    def __enter__(self) -> ProcessExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the workers (each imports curator, about half a second) without waiting."""
        if self._running:
            return
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # the driver's imports
        for number in range(self.workers):
            ours, theirs = Pipe()
            process = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                env=env,
            )
            theirs.close()
            worker = _Worker(f"curator-worker-{number}", process, ours)
            self._running.append(worker)
            _send_quietly(worker, (self._settings, self._resolver))  # small: buffered at once

    def _check_alive(self, pending: Mapping[int, Shard]) -> None:
        for number, shard in pending.items():
            worker = self._running[number]
            if worker.process.poll() is not None:
                raise _gone(worker, shard)


def _gone(worker: _Worker, shard: Shard) -> ExecutorError:
    return ExecutorError(
        f"{worker.name} (pid {worker.process.pid}) exited with code {worker.process.poll()} "
        f"while checking {len(shard)} links of {len(shard.hosts)} hosts"
    )


def _send_quietly(worker: _Worker, message: object) -> None:
    """Send, unless the worker is gone: its exit is reported where results are read."""
    with contextlib.suppress(OSError):
        worker.send(message)


def serve_pipe() -> None:
    """A worker process's main: read settings, then serve shards until told to stop.

    Told to stop, it leaves with ``os._exit``: every result went out with a synchronous send
    and the fetcher is closed, so there is nothing left to flush, and the driver, which waits
    for its workers to exit, need not wait for the interpreter to tear down its modules.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    conn = Connection(int(sys.argv[1]))
    try:
        settings, resolver = conn.recv()
        _serve(settings, resolver, conn)
    except (EOFError, BrokenPipeError):
        pass  # the driver is gone: nobody to answer
    finally:
        conn.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _serve(settings: FetchSettings, resolver: Resolver, conn: Connection) -> None:
    """Run the shards the driver sends until told to stop (``None``)."""
    with Fetcher(settings, resolver) as fetcher:
        while (task := conn.recv()) is not None:
            wave, shard = task
            try:
                for inspections in inspect_shard(fetcher, shard):
                    conn.send(_Chunk(wave, shard.number, inspections))
            except (EOFError, BrokenPipeError):
                raise
            except Exception as exc:  # reported to the driver, which fails the wave
                conn.send(_Chunk(wave, shard.number, done=True, error=repr(exc)))
                continue
            conn.send(_Chunk(wave, shard.number, done=True))
