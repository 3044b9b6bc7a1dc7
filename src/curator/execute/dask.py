"""Many machines: shards run as tasks on a Dask distributed cluster (``dask scheduler`` and
``dask worker`` processes an operator already runs).

Why Dask and not a home-made pool: it already knows where workers are, moves tasks off a
worker that died, and runs on every kind of cluster manager. curator only has to cut work into
independent pieces (shards of whole hosts) and take back what they found.

Choices:

- A task is one shard and returns its inspections (bodies already dropped, a few KB a link).
  Tasks are gathered as they finish (``as_completed``), so the driver records and shows
  progress shard by shard.
- About two shards per worker thread: small enough that a worker lost mid-run costs little
  rework and that faster workers take more shards, large enough that each Fetcher interleaves
  many hosts.
- The run's global concurrency is divided between the cluster's worker threads, so adding
  workers adds throughput without raising the load any one host sees (each host is in one
  shard, and each shard keeps the per-host caps).
- When a worker dies, the scheduler re-runs its unfinished tasks elsewhere. A task can
  therefore run twice; the driver keeps the first answer for each URL and drops the rest.
- ``pure=False`` with a per-run key prefix: two runs of the same shard are different
  observations in time, never a cached result.
"""

from __future__ import annotations

import importlib
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from curator.execute.interface import Executor, ExecutorError, Inspected, ShardProgress, Wave
from curator.execute.shards import Shard, make_shards
from curator.execute.work import first_seen, inspect_shard, share_of, waiting_for
from curator.fetch.client import Fetcher
from curator.fetch.resolve import Resolver, SystemResolver
from curator.knobs import FetchKnobs, as_knobs

if TYPE_CHECKING:
    from curator.settings import FetchSettings

SHARDS_PER_THREAD = 2


def run_shard(shard: Shard, settings: FetchKnobs, resolver: Resolver) -> list[Inspected]:
    """The task a Dask worker runs: fetch and inspect one shard with a Fetcher of its own
    (and learn the probe answers its pages need)."""
    with Fetcher(settings, resolver) as fetcher:
        return [inspection for chunk in inspect_shard(fetcher, shard) for inspection in chunk]


class DaskExecutor(Executor):
    """Run shards on the Dask cluster whose scheduler listens at ``address``
    (``tcp://host:8786``)."""

    def __init__(
        self,
        address: str,
        settings: FetchKnobs | FetchSettings,
        resolver: Resolver | None = None,
        *,
        on_shard: ShardProgress | None = None,
        shards_per_thread: int = SHARDS_PER_THREAD,
        connect_timeout: float = 30.0,
    ) -> None:
        try:
            # Imported by name: Dask is an optional extra and ships no type information.
            self._dask: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise ExecutorError(
                "--cluster needs Dask: pip install 'curator[cluster]' (dask[distributed])"
            ) from exc
        self.address = address
        self.on_shard = on_shard
        self._settings = as_knobs(settings)  # what the tasks unpickle: no pydantic
        self._resolver = resolver or SystemResolver()
        self._shards_per_thread = max(1, shards_per_thread)
        try:
            self._client: Any = self._dask.Client(
                address, timeout=connect_timeout, set_as_default=False
            )
        except (OSError, TimeoutError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self._run = secrets.token_hex(4)
        self._wave = 0

    def threads(self) -> int:
        """Worker threads in the cluster now (tasks it can run at once)."""
        return sum(self._client.nthreads().values())

    def run(self, wave: Wave) -> Iterator[Inspected]:
        threads = self.threads()
        if threads < 1:
            raise ExecutorError(f"the Dask cluster at {self.address} has no workers")
        count = threads * self._shards_per_thread
        shards = make_shards(wave.urls, count, wave.validators, wave.wants, wave.probes)
        if not shards:
            return
        self._wave += 1
        settings = share_of(self._settings, threads)
        futures = [
            self._client.submit(
                run_shard,
                shard,
                settings,
                self._resolver,
                key=f"curator-{self._run}-{self._wave}-shard-{shard.number}",
                pure=False,
            )
            for shard in shards
        ]
        waiting = waiting_for(wave.urls)  # the caller's strings (``first_seen``)
        done = 0
        try:
            for future in self._dask.as_completed(futures, loop=self._client.loop):
                try:
                    inspections: list[Inspected] = future.result()
                except Exception as exc:
                    raise ExecutorError(
                        f"shard task {future.key} failed on the Dask cluster: {exc!r}"
                    ) from exc
                yield from first_seen(inspections, waiting)
                done += 1
                if self.on_shard is not None:
                    self.on_shard(done, len(shards))
        finally:
            self._client.cancel([f for f in futures if not f.done()])

    def start(self) -> None:
        """Nothing to set up: the client connected when the executor was made."""

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
