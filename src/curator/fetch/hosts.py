"""How politely: one object per host, and a dispatcher that only hands out startable work.

Each ``Host`` owns everything about one server: its queue of pending requests, its cap on
requests in flight, the spacing between request starts, the pause a Retry-After imposed, and
its robots.txt rules. The ``Dispatcher`` gives a free worker the next request of whichever host
can start one now, rotating through hosts so they interleave. A worker therefore never waits
for a busy or paused host while another host has work, and waits (on a condition, with a
timeout) only when nothing at all can start yet.

How far ahead of its reader a ``fetch_many`` call may run is part of "startable" too: a
``Batch`` whose window is full starts no new job, so its unread bodies stay bounded. Nothing
ever blocks on that window while holding the dispatcher's lock; a full batch's jobs simply are
not handed out, and its reader taking a result wakes a worker.
"""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum

from curator import urls
from curator.fetch.job import Continue, FetchJob, Finished, Step
from curator.fetch.result import FetchError, FetchResult
from curator.fetch.robots import RobotsPolicy, origin_of, robots_url
from curator.knobs import FetchKnobs
from curator.redact import redact_url
from curator.states import ErrorKind


class TaskKind(Enum):
    PAGE = "page"
    ROBOTS = "robots"


@dataclass(eq=False)
class Batch:
    """The jobs of one ``fetch_many`` call and how far they may run ahead of its reader.

    A job takes one of ``window`` places when its first request starts (or when robots.txt
    answers it without one) and gives it back when the reader takes its result. Jobs that find
    no place wait unstarted, so the bodies one call holds (in flight, or fetched and unread)
    never outnumber its window however slow the reader. A started job is never held back: its
    redirects and retries run in the place it already has. Cancelled when the reader stops.
    """

    window: int
    # Makes the job of a URL queued as its string (``Dispatcher.submit_urls``) when it starts.
    make: Callable[[str], FetchJob] | None = None
    results: queue.SimpleQueue[FetchResult] = field(default_factory=queue.SimpleQueue)
    placed: int = 0  # jobs started or answered whose result the reader has not taken yet
    cancelled: bool = False
    # The hosts its unstarted jobs wait on, in the order workers look at them (see Line).
    waiting: dict[str, Host] = field(default_factory=dict)

    @property
    def has_room(self) -> bool:
        return self.placed < self.window and not self.cancelled


@dataclass(eq=False, slots=True)
class Task:
    """One request a worker may run: a step of a job, or a robots.txt read for an origin."""

    kind: TaskKind
    host: Host
    job: FetchJob | None = None
    batch: Batch | None = None
    origin: str = ""  # a robots.txt read's origin; a page's, once gated (its URL is fixed)
    placed: bool = False  # the job holds a place in its batch's window (it has started)

    @property
    def url(self) -> str:
        if self.kind is TaskKind.ROBOTS:
            return robots_url(self.origin)
        assert self.job is not None
        return self.job.current


@dataclass(eq=False)
class Host:
    name: str
    cap: int
    spacing: float
    in_flight: int = 0
    next_start: float = 0.0
    # Steps of jobs already under way (next hop, retry, a hop that waited for robots.txt), by
    # due time.
    ongoing: list[tuple[float, int, Task]] = field(default_factory=list)
    # Jobs not yet started, per batch: a batch with a full window must not stand in front of
    # another batch's jobs (a caller may read one fetch_many while it runs another). A job
    # never started waits as its URL's string, made a task when it starts (``pop``).
    fresh: dict[Batch, deque[Task | str]] = field(default_factory=dict)
    robots: dict[str, RobotsPolicy | list[Task]] = field(default_factory=dict)

    def due(self, line: Line) -> float | None:
        """When the next request of ``line`` could start here, or None (none queued, the host
        at its cap, or the batch's window full)."""
        if self.in_flight >= self.cap:
            return None
        if line is None:
            return max(self.next_start, self.ongoing[0][0]) if self.ongoing else None
        return self.next_start if line in self.fresh and line.has_room else None

    def pop(self, line: Line) -> Task:
        if line is None:
            return heapq.heappop(self.ongoing)[2]
        waiting = self.fresh[line]
        task = waiting.popleft()
        if not waiting:
            del self.fresh[line]
        if isinstance(task, str):
            assert line.make is not None
            return Task(TaskKind.PAGE, self, line.make(task), line)
        return task

    def holds(self, line: Line) -> bool:
        return bool(self.ongoing) if line is None else line in self.fresh

    def pause(self, seconds: float) -> None:
        self.next_start = max(self.next_start, time.monotonic() + seconds)


# Where a worker looks for its next request: the steps of started jobs (None), or a batch's
# jobs not yet started. Each line rotates through the hosts that hold some of its work.
Line = Batch | None


class Dispatcher:
    """The shared state behind all workers, guarded by one condition variable."""

    def __init__(self, settings: FetchKnobs) -> None:
        self._settings = settings
        self._cond = threading.Condition()
        self._hosts: dict[str, Host] = {}
        self._ongoing: dict[str, Host] = {}  # hosts holding steps of started jobs, in rotation
        self._batches: dict[Batch, None] = {}  # batches with jobs not yet started, oldest first
        self._seq = itertools.count()
        self._closed = False

    # -- feeding ---------------------------------------------------------------------------

    def submit_urls(self, keys: Iterable[str], batch: Batch) -> None:
        """Queue a job for each URL, in order, made by ``batch.make`` only when it starts.

        A shard of a large run asks for every one of its links at once, and most wait in
        their host's queue for minutes: as a string each waits in 8 bytes of its host's
        queue, where a job and its task were about 300 (bench/README.md, "The tree's peak,
        flat per link"). Every host still holds all its work from the start, so the workers
        interleave hosts exactly as they would over made jobs."""
        with self._cond:
            for key in keys:
                host = self._host(urls.host(key))
                waiting = host.fresh.get(batch)
                if waiting is None:
                    waiting = host.fresh[batch] = deque()
                    batch.waiting.setdefault(host.name, host)
                waiting.append(key)
            if batch.waiting:
                self._batches.setdefault(batch, None)
            self._cond.notify_all()

    def receive(self, batch: Batch) -> FetchResult:
        """The batch's next result, once there is one; its place goes to a job not yet started.

        The reader waits for a result outside the lock, and workers hand results over without
        ever waiting for the reader: no one holds the lock while waiting for the other side.
        """
        result = batch.results.get()
        with self._cond:
            batch.placed -= 1
            self._cond.notify()
        return result

    def cancel(self, batch: Batch) -> None:
        """The reader stopped: drop the batch's unstarted jobs; started ones end unreported."""
        with self._cond:
            batch.cancelled = True
            for host in batch.waiting.values():
                del host.fresh[batch]
            batch.waiting.clear()
            self._batches.pop(batch, None)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    # -- taking ----------------------------------------------------------------------------

    def take(self) -> Task | None:
        """Block until some host can start a request; None once closed.

        Steps of started jobs go first, so a started chain finishes instead of starving, then
        the jobs of batches with room, the newest batch first: a later ``fetch_many`` beside
        a running one is a few URLs wanted now (the soft-404 probes of a run's main wave),
        which would otherwise wait for the whole wave. A worker looks only at hosts holding
        such work, so a batch with a full window costs it nothing however many hosts its jobs
        wait on.
        """
        with self._cond:
            while not self._closed:
                now = time.monotonic()
                soonest: float | None = None
                newest_first = reversed(self._batches)
                for line in (None, *(batch for batch in newest_first if batch.has_room)):
                    for host in list(self._rotation(line).values()):
                        task = self._start_from(host, line, now)
                        if task is not None:
                            return task
                        at = host.due(line)
                        if at is not None:
                            soonest = at if soonest is None else min(soonest, at)
                self._cond.wait(None if soonest is None else max(soonest - now, 0.0005))
            return None

    def _start_from(self, host: Host, line: Line, now: float) -> Task | None:
        rotation = self._rotation(line)
        while (at := host.due(line)) is not None and at <= now:
            task = host.pop(line)
            if not host.holds(line):
                del rotation[host.name]
                if line is not None and not rotation:
                    del self._batches[line]
            ready = self._gate(task)
            if ready is None:
                continue
            if ready.kind is TaskKind.PAGE and not ready.placed:
                self._place(ready)
            host.in_flight += 1
            host.next_start = now + host.spacing
            if host.name in rotation:  # rotate: the next take starts with another host
                rotation[host.name] = rotation.pop(host.name)
            return ready
        return None

    def _gate(self, task: Task) -> Task | None:
        """Apply robots.txt before a page request: the task itself, a robots.txt read to run
        first (the task waits for it), or None (dropped, parked or answered)."""
        if task.kind is TaskKind.ROBOTS:
            return task
        assert task.job is not None and task.batch is not None
        if task.batch.cancelled:
            return None
        if not self._settings.respect_robots:
            return task
        # A page waiting for robots.txt is gated again when it answers: split its URL once.
        origin = task.origin = task.origin or origin_of(task.job.current)
        known = task.host.robots.get(origin)
        if known is None:
            task.host.robots[origin] = [task]
            return Task(TaskKind.ROBOTS, task.host, origin=origin)
        if isinstance(known, list):
            known.append(task)
            return None
        if known.allows(task.job.current, self._settings.user_agent):
            return task
        if not task.placed:
            self._place(task)
        task.batch.results.put(_robots_refusal(task.job))
        return None

    # -- finishing -------------------------------------------------------------------------

    def finish(self, task: Task, step: Step) -> None:
        """A worker is done with ``task``: free its slot and queue what comes next."""
        with self._cond:
            # The freed slot lets another request of this host start only if the host was at
            # its cap; anything else startable now, this worker finds on its own next ``take``.
            # A wake for nothing costs a waiting worker the lock and the GIL, once a link.
            woken = 1 if task.host.in_flight >= task.host.cap else 0
            task.host.in_flight -= 1
            assert task.job is not None and task.batch is not None
            if isinstance(step, Finished):
                if not task.batch.cancelled:
                    task.batch.results.put(step.result)
            elif not task.batch.cancelled:
                woken += self._continue(task.job, task.batch, step)
            if woken:
                self._cond.notify(woken)

    def _continue(self, job: FetchJob, batch: Batch, step: Continue) -> int:
        host = self._host(job.host)
        if step.pause_host:
            host.pause(step.delay)
        task = Task(TaskKind.PAGE, host, job, batch, placed=True)
        self._push(task, time.monotonic() + step.delay)
        return 1

    def robots_read(self, task: Task, policy: RobotsPolicy) -> None:
        """robots.txt for ``task.origin`` is known: release the requests that waited for it.

        Jobs not yet started go back to the front of their batch's line (waiting cost them no
        place in its window, so starting must still find one); steps of started jobs go ahead.
        """
        with self._cond:
            host = task.host
            host.in_flight -= 1
            parked = host.robots.get(task.origin)
            host.robots[task.origin] = policy
            waiting = parked if isinstance(parked, list) else []
            released = [page for page in waiting if not _cancelled(page)]
            for page in released:
                if page.placed:
                    self._push(page, 0.0)
            self._queue_fresh(host, [page for page in released if not page.placed], front=True)
            self._cond.notify(len(released) + 1)

    # -- helpers ---------------------------------------------------------------------------

    def _host(self, name: str) -> Host:
        host = self._hosts.get(name)
        if host is None:
            host = Host(name, self._settings.per_host_concurrency, self._settings.per_host_spacing)
            self._hosts[name] = host
        return host

    def _rotation(self, line: Line) -> dict[str, Host]:
        return self._ongoing if line is None else line.waiting

    def _queue_fresh(self, host: Host, tasks: list[Task], *, front: bool) -> None:
        """Jobs not yet started join their batch's line on ``host``, at its back or front."""
        for task in reversed(tasks) if front else tasks:
            batch = task.batch
            assert batch is not None
            waiting = host.fresh.setdefault(batch, deque())
            if front:
                waiting.appendleft(task)
            else:
                waiting.append(task)
            batch.waiting.setdefault(host.name, host)
            self._batches.setdefault(batch, None)

    @staticmethod
    def _place(task: Task) -> None:
        assert task.batch is not None
        task.placed = True
        task.batch.placed += 1

    def _push(self, task: Task, ready_at: float) -> None:
        heapq.heappush(task.host.ongoing, (ready_at, next(self._seq), task))
        self._ongoing.setdefault(task.host.name, task.host)


def _cancelled(task: Task) -> bool:
    return task.batch is not None and task.batch.cancelled


def _robots_refusal(job: FetchJob) -> FetchResult:
    return job.finish(
        error=FetchError(
            ErrorKind.ROBOTS, f"robots.txt disallows {redact_url(job.current)} for curator"
        )
    ).result
