"""The Fetcher: curator's polite, guarded HTTP client for many URLs at once.

Wiring only: a pool of worker threads takes requests from the ``Dispatcher`` (per-host
politeness and robots.txt), runs one ``exchange`` each (guarded transport, capped body) and
hands the outcome back to the job (redirects, retries) and the dispatcher. Every stage of that
lives in its own module: ``hosts``, ``job``, ``exchange``, ``transport``, ``guard``, ``retry``,
``robots``, ``body``, ``errors``.

Results wait for their reader in a window of ``RUN_AHEAD`` times the concurrency: the reader
(the pipeline reads each page in the thread consuming ``fetch_many``) is often slower than the
workers, and without a bound every fetched body of a run would wait in memory at once.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from requests.cookies import RequestsCookieJar

from curator.closeable import Closeable
from curator.fetch.body import Deadline
from curator.fetch.exchange import Reply, exchange, start_deadline
from curator.fetch.guard import AddressGuard
from curator.fetch.hosts import Batch, Dispatcher, Task, TaskKind
from curator.fetch.job import FetchJob, Finished, Step
from curator.fetch.redirects import REDIRECT_STATUSES, is_fetchable, location_target, url_key
from curator.fetch.resolve import Resolver, SystemResolver
from curator.fetch.result import FetchError, FetchResult
from curator.fetch.robots import ROBOTS_MAX_BYTES, RobotsPolicy
from curator.fetch.transport import GuardedConnector, new_session
from curator.fetch.validators import Validators
from curator.knobs import FetchKnobs, as_knobs
from curator.policy import Policy
from curator.redact import redact_url
from curator.states import ErrorKind

if TYPE_CHECKING:
    from curator.settings import FetchSettings

__all__ = ["Fetcher", "Validators"]

_ROBOTS_REDIRECTS = 5  # as Google follows; robots.txt on http often redirects to https

# How far one fetch_many may run ahead of its reader, per worker: jobs started whose result the
# reader has not taken yet, so a slow reader holds that many bodies at most, not every page
# fetched ahead (bench/README.md, "Scale and resource bounds"). On real pages a worker process's
# one reader is the slower side and the window is always full: one a fetch thread rather than
# two took 6-8 MiB off each worker, the tree's peak at 50,000 real pages 238-240 -> 232 MiB, with
# CPU and wall alike on real, small and slug pages and in bench/fetch_throughput.py, where the
# reader keeps up (bench/README.md, "Peak memory at 50,000 real pages, with a margin").
RUN_AHEAD = 1


class Fetcher(Closeable):
    """Fetches URLs politely and safely; create one per run and close it (or use ``with``).

    ``guard`` and ``ca_bundle`` are for tests and unusual networks: a guard that treats a
    loopback address as public, a private CA to trust besides the system ones.
    """

    def __init__(
        self,
        settings: FetchKnobs | FetchSettings,
        resolver: Resolver | None = None,
        *,
        guard: AddressGuard | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.settings = settings = as_knobs(settings)
        pools = max(settings.host_pools, settings.concurrency * 4)
        connector = GuardedConnector(
            resolver or SystemResolver(),
            guard or AddressGuard(allow_private=settings.allow_private_networks),
            remember=pools,  # a name whose pools are gone needs no remembered answer
        )
        self._session = new_session(
            connector,
            user_agent=settings.user_agent,
            pools=pools,
            connections_per_pool=settings.per_host_concurrency,
            ca_bundle=ca_bundle,
        )
        self._dispatcher = Dispatcher(settings)
        self._policy = Policy(settings.policy)  # [policy]: excluded URLs, per-host headers
        self._workers: list[threading.Thread] = []
        self._start_lock = threading.Lock()
        self._closed = False

    # -- public API ------------------------------------------------------------------------

    def fetch_many(
        self,
        urls: Iterable[str],
        validators: Mapping[str, Validators] | None = None,
        known_body: Callable[[str], str | None] | None = None,
    ) -> Iterator[FetchResult]:
        """Yields one FetchResult per unique URL, as they complete (order not guaranteed).

        URLs differing only in their #fragment are fetched once and each gets its own result,
        whose ``url`` is the string as given. Stopping the iteration cancels what is left.
        ``known_body`` gives, by the URL as given, the body hash of its last live look when that
        look ended at the URL itself (``FetchJob.known_body``).
        """
        validators = validators or {}
        # Each fetch key once, in the order given. The string given for a key is held apart
        # only where it differs from the key (rare: a #fragment, spaces), as are the other
        # distinct strings given for it: a key that is its own spelling (most) waits only in
        # its host's queue, not in a table by key to the end, since a shard of a large run asks
        # this for every link at once (bench/README.md, "The tree's peak under 250 MB" and
        # "The tree's peak at 50,000, second pass").
        keys: dict[str, None] = {}
        spelled: dict[str, str] = {}
        also: dict[str, list[str]] = {}
        for url in urls:
            key = url_key(url)
            if key not in keys:
                keys[key] = None
                if url != key:
                    spelled[key] = url
            elif url != (first := spelled.get(key, key)) and url not in (
                more := also.setdefault(key, [])
            ):
                more.append(url)
        settings = self.settings

        def make(key: str) -> FetchJob:  # when the job starts (``Dispatcher.submit_urls``)
            given = spelled.get(key, key)
            known = known_body(given) if known_body is not None else None
            return FetchJob(key, settings, validators.get(given) or validators.get(key), known)

        batch = Batch(window=RUN_AHEAD * settings.concurrency, make=make)
        answered: list[FetchResult] = []  # not http(s): known without a request
        queued: list[str] = []
        for key in keys:
            if not is_fetchable(key):
                answered.append(_not_fetchable(key, settings))
            elif (rule := self._policy.excluded(key)) is not None:
                error = FetchError(ErrorKind.EXCLUDED, rule.reason)
                answered.append(FetchJob(key, settings).finish(error=error).result)
            else:
                queued.append(key)
        if queued:
            self._ensure_workers()
            self._dispatcher.submit_urls(queued, batch)
        count = len(queued)
        del queued, keys
        received = (self._dispatcher.receive(batch) for _ in range(count))
        try:
            for result in itertools.chain(answered, received):
                first = spelled.pop(result.url, result.url)  # each key is answered once
                for spelling in (first, *also.get(result.url, ())):
                    yield result if spelling == result.url else replace(result, url=spelling)
        finally:
            self._dispatcher.cancel(batch)

    def fetch(self, url: str, validators: Validators | None = None) -> FetchResult:
        """One URL, with the same politeness, robots.txt and guard as ``fetch_many``."""
        return next(iter(self.fetch_many([url], {url: validators} if validators else None)))

    def close(self) -> None:
        with self._start_lock:
            self._closed = True
        self._dispatcher.close()
        for worker in self._workers:
            worker.join()
        self._session.close()

    # -- internals -------------------------------------------------------------------------

    def _ensure_workers(self) -> None:
        with self._start_lock:
            if self._closed:
                raise RuntimeError("Fetcher is closed")
            if self._workers:
                return
            for number in range(self.settings.concurrency):
                worker = threading.Thread(
                    target=self._work, name=f"curator-fetch-{number}", daemon=True
                )
                worker.start()
                self._workers.append(worker)

    def _work(self) -> None:
        while (task := self._dispatcher.take()) is not None:
            if task.kind is TaskKind.ROBOTS:
                self._dispatcher.robots_read(task, self._read_robots(task))
            else:
                self._dispatcher.finish(task, self._step(task))

    def _step(self, task: Task) -> Step:
        assert task.job is not None
        try:
            return task.job.advance(self._exchange)
        except Exception as exc:  # a bug must cost one URL, never a worker
            error = FetchError(ErrorKind.INTERNAL, f"internal error: {exc!r}")
            return Finished(task.job.finish(error=error).result)

    def _exchange(
        self, url: str, headers: dict[str, str], cookies: RequestsCookieJar, deadline: Deadline
    ) -> Reply:
        extra = self._policy.headers(url)  # per hop: another host never sees them
        return exchange(
            self._session,
            url,
            settings=self.settings,
            deadline=deadline,
            headers={**extra, **headers} if extra else headers,
            cookies=cookies,
        )

    def _read_robots(self, task: Task) -> RobotsPolicy:
        """robots.txt through the same guarded, capped, deadlined exchange as a page: one
        attempt, its redirects followed here hop by hop (each a new exchange), its body kept
        to ``ROBOTS_MAX_BYTES``."""
        deadline = start_deadline(self.settings, 0.0)
        url = task.url
        try:
            for _ in range(_ROBOTS_REDIRECTS + 1):
                reply = exchange(
                    self._session,
                    url,
                    settings=self.settings,
                    deadline=deadline,
                    keep=ROBOTS_MAX_BYTES,
                )
                location = reply.headers.get("location")
                if reply.status not in REDIRECT_STATUSES or not location:
                    return RobotsPolicy.from_response(reply.status, reply.body)
                url = location_target(url, location)
                if not is_fetchable(url):
                    break
        except Exception:
            pass  # unreachable robots.txt allows: see robots.py
        return RobotsPolicy()


def _not_fetchable(url: str, settings: FetchKnobs) -> FetchResult:
    error = FetchError(ErrorKind.INVALID_URL, f"not an http(s) URL: {redact_url(url)}")
    return FetchJob(url, settings).finish(error=error).result
