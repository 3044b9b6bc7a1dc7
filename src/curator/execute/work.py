"""What a worker does with one shard, wherever it runs: fetch, inspect, hand back in chunks.

Shared by the process pool and the Dask tasks so both produce exactly what the in-process
executor does (same Fetcher, same ``inspect``). Results leave in chunks rather than one by one
(each hand-over across processes costs a pickle and a pipe write) and rather than all at the
end (the driver's progress and memory would then move in jumps of a whole shard).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from curator.classify.front import front_key, learn_front, needs_front
from curator.classify.page_sketch import PageShape
from curator.classify.probe_address import ProbeKey, needs_probe, probe_key
from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_learning import ProbePlan, answer_shape, learn
from curator.draining import Draining
from curator.execute.shards import Shard
from curator.inspect import NO_WANTS, PROBE_WANTS, Inspection, Wants, inspect
from curator.knobs import FetchKnobs

if TYPE_CHECKING:  # the driver imports this module for ``first_seen`` and ``share_of``
    from curator.fetch.client import Fetcher

CHUNK_SIZE = 64
CHUNK_SECONDS = 0.25
# Probe learnings running at once: each waits one or two pages' latency, and a run has far
# fewer host and path shapes than links, so a few threads keep up.
PROBE_THREADS = 4


class Probes:
    """The soft-404 probes a wave needs, learnt while the wave runs: one answer per host and
    path shape (``classify.probe_learning``), skipping the shapes the run already knows.

    A page that looks like its site's front page where an item should be starts learning the
    host's front page too (``classify.front``), once per host, kept as an answer like the rest.

    The first inspection that needs a shape's answer starts learning it at once, on the same
    Fetcher as the wave, so every probe waits its turn in the host's queue and counts against
    its politeness like any request. Learnt answers are handed to ``deliver`` tagged as what
    they are (a ``ProbeAnswer``, never an ``Inspection``), so nobody has to tell them apart by
    URL.
    """

    def __init__(
        self, fetcher: Fetcher, plan: ProbePlan, deliver: Callable[[ProbeAnswer], None]
    ) -> None:
        self._fetcher, self._plan, self._deliver = fetcher, plan, deliver
        self._pool = ThreadPoolExecutor(PROBE_THREADS, thread_name_prefix="curator-probe")
        self._asked: set[ProbeKey] = set(plan.known)
        # Every answer held, known or learnt here: pages they cannot judge by words skip the
        # sketch (``wants``). Written by the probe threads, read by the fetching one.
        self._answers: dict[ProbeKey, ProbeAnswer] = dict(plan.answers)

    def wants(self, url: str, wants: Wants) -> Wants:
        """``wants`` with the answer held for ``url``'s shape, for ``inspect`` to read."""
        answer = self._answers.get(probe_key(url))
        return wants if answer is None else replace(wants, answer=answer)

    def consider(self, inspection: Inspection) -> None:
        """Start learning this inspection's shape if it needs an answer not yet asked for."""
        url, shape = inspection.result.url, inspection.shape
        if shape is None or not needs_probe(url, shape, inspection.parked):
            return
        key = probe_key(url)
        if key not in self._asked:
            self._asked.add(key)
            self._pool.submit(self._learn, url, shape)
        # a front page where an item should be: the host's front page, once per host
        if needs_front(url, shape, inspection.parked):
            front = front_key(url)
            if front not in self._asked:
                self._asked.add(front)
                self._pool.submit(self._learn_front, url)

    def close(self, *, wait: bool) -> None:
        """Wait for the probes started (``wait``), or drop those not yet running."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def _learn(self, url: str, page: PageShape) -> None:
        # A probe that cannot be fetched or inspected is simply missing: the driver learns
        # the answers it lacks after the main wave.
        with contextlib.suppress(Exception):
            answer = learn(self._look, url, page, self._plan.similarity)
            self._deliver(answer)  # before any page inspected with it, in a worker's queue
            self._answers[answer.key] = answer

    def _learn_front(self, url: str) -> None:
        with contextlib.suppress(Exception):  # missing, as a probe is: learnt after the wave
            answer = learn_front(self._look, url)
            self._deliver(answer)
            self._answers[answer.key] = answer

    def _look(self, url: str) -> PageShape:
        inspection = inspect(self._fetcher.fetch(url), PROBE_WANTS)
        result = inspection.result
        return answer_shape(inspection.shape, result.status, result.final_url)


def inspect_shard(
    fetcher: Fetcher,
    shard: Shard,
    *,
    chunk_size: int = CHUNK_SIZE,
    chunk_seconds: float = CHUNK_SECONDS,
) -> Iterator[list[Inspection | ProbeAnswer]]:
    """Chunks of inspections (and, with ``shard.probes``, the probe answers learnt beside
    them); every URL of the shard appears exactly once.

    A chunk leaves when it holds ``chunk_size`` inspections or when its oldest one has waited
    ``chunk_seconds``, even if the next page is slow to come: a thread fetches and inspects while
    this generator only times the hand-over.
    """
    ready = _Handover(chunk_size, chunk_seconds)
    stop = threading.Event()

    # A shard sent to a worker is the worker's own copy, its wants a ``Draining`` mapping
    # (``shards.PartOf``): each page's entry goes once it is read, and the table shrinks as the
    # shard empties. A shard read where it was made (the caller's) is only read.
    wanted = shard.wants
    want = wanted.pop if isinstance(wanted, Draining) else wanted.get

    def produce() -> None:
        error: BaseException | None = None
        probes = Probes(fetcher, shard.probes, ready.put) if shard.probes is not None else None
        try:
            for result in fetcher.fetch_many(shard.urls, shard.validators, known_hashes(wanted)):
                if stop.is_set():
                    break  # closing fetch_many's generator cancels what is left
                wants = want(result.url, NO_WANTS)
                if probes is not None:
                    wants = probes.wants(result.url, wants)
                inspection = inspect(result, wants)
                ready.put(inspection)
                if probes is not None:
                    probes.consider(inspection)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            error = exc
        if probes is not None:
            probes.close(wait=error is None and not stop.is_set())
        ready.end(_End(error))

    producer = threading.Thread(target=produce, name=f"curator-shard-{shard.number}", daemon=True)
    producer.start()
    try:
        while True:
            chunk, end = ready.take()
            if end is not None and end.error is not None:
                raise end.error
            if chunk:
                yield chunk
            if end is not None and not ready.waiting():
                break
    finally:
        stop.set()


class _Handover:
    """The inspections a shard's reader has made, waiting for the thread that sends them on.

    The sender wakes when a chunk is full, when its first item comes (to learn when its time is
    up) and when that time is up, not for every inspection: a queue read item by item woke it
    for each page, and each wake took the GIL from the reader, mid-page (a worker's main thread
    3 voluntary switches and about 0.2 ms of CPU a link on real pages)."""

    def __init__(self, size: int, seconds: float) -> None:
        self._size, self._seconds = size, seconds
        self._cond = threading.Condition(threading.Lock())
        self._items: list[Inspection | ProbeAnswer] = []
        self._since = 0.0  # when the oldest item waiting came
        self._end: _End | None = None

    def put(self, item: Inspection | ProbeAnswer) -> None:
        with self._cond:
            self._items.append(item)
            if len(self._items) == 1:
                self._since = time.monotonic()
                self._cond.notify()
            elif len(self._items) == self._size:
                self._cond.notify()

    def end(self, end: _End) -> None:
        with self._cond:
            self._end = end
            self._cond.notify()

    def waiting(self) -> bool:
        with self._cond:
            return bool(self._items)

    def take(self) -> tuple[list[Inspection | ProbeAnswer], _End | None]:
        """A chunk once it is full, its time is up or the shard has ended (at most ``size``
        items; any left over wait for the next), and the shard's end if it has come."""
        with self._cond:
            while self._end is None and len(self._items) < self._size:
                if not self._items:
                    self._cond.wait()
                    continue
                left = self._since + self._seconds - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            chunk, self._items = self._items[: self._size], self._items[self._size :]
            if self._items:
                self._since = time.monotonic()
            return chunk, self._end


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None


def first_seen(
    items: Iterable[Inspection | ProbeAnswer], waiting: Draining[str, str]
) -> Iterator[Inspection | ProbeAnswer]:
    """Each URL's first inspection (a shard run twice answers twice), its URL the caller's
    own string, and every probe answer (a second answer for a shape only replaces the first,
    as a later learning would).

    ``waiting`` maps each of the wave's URLs not answered yet to the caller's string for it
    (``waiting_for``), emptied as they come: a set of those seen would hold every URL to the
    wave's end as a copy that crossed from a worker (bench/README.md, "The tree's peak, flat
    per link"), an emptied set would still hold a table sized for every URL, and a second
    table by URL in the caller, to hold its own strings rather than the copies, would be one
    more for every link (bench/README.md, "The tree's peak at 50,000, second pass")."""
    for item in items:
        if isinstance(item, ProbeAnswer):
            yield item
            continue
        url = item.result.url
        own = waiting.pop(url, None)
        if own is None:
            continue  # answered already
        if own is not url:  # a copy that crossed from a worker
            item = replace(item, result=replace(item.result, url=own))
        yield item


def waiting_for(urls: Iterable[str]) -> Draining[str, str]:
    """The wave's URLs for ``first_seen``, each its own key."""
    return Draining((url, url) for url in urls)


def share_of(settings: FetchKnobs, parts: int) -> FetchKnobs:
    """The settings one of ``parts`` workers uses: the run's global concurrency is split
    between them, so the run as a whole keeps the cap an operator set (at least one each)."""
    per_worker = max(1, settings.concurrency // max(1, parts))
    return replace(settings, concurrency=per_worker)


def known_hashes(wants: Mapping[str, Wants]) -> Callable[[str], str | None]:
    """The body hash a page's wants hold of its last live look (``Wants.known_hash``), for the
    fetch to tell those bytes again (``Fetcher.fetch_many``); read when the page's job starts,
    before its wants are taken (``inspect_shard``)."""

    def known(url: str) -> str | None:
        wanted = wants.get(url)
        return None if wanted is None else wanted.known_hash

    return known
