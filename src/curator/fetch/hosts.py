"""How politely: one object per host, and a dispatcher that only hands out startable work.

Each ``Host`` owns everything about one server: its queue of pending requests, its cap on
requests in flight, the spacing between request starts, the pause a Retry-After imposed, and
its robots.txt rules. The ``Dispatcher`` gives a free worker the next request of whichever host
can start one now, rotating through hosts so they interleave. A worker therefore never waits
for a busy or paused host while another host has work, and waits (on a condition, with a
timeout) only when nothing at all can start yet.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from curator.fetch.job import Continue, FetchJob, Finished, Step
from curator.fetch.result import FetchError, FetchResult
from curator.fetch.robots import RobotsPolicy, origin_of, robots_url
from curator.settings import FetchSettings
from curator.states import ErrorKind

Sink = Callable[[FetchResult], None]


class TaskKind(Enum):
    PAGE = "page"
    ROBOTS = "robots"


@dataclass
class Batch:
    """The jobs of one ``fetch_many`` call; cancelled when its caller stops listening."""

    sink: Sink
    cancelled: bool = False


@dataclass(eq=False)
class Task:
    """One request a worker may run: a step of a job, or a robots.txt read for an origin."""

    kind: TaskKind
    host: Host
    job: FetchJob | None = None
    batch: Batch | None = None
    origin: str = ""

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
    # Steps of jobs already under way (next hop, retry, robots just read), by due time; they go
    # before jobs not yet started, so a started chain finishes instead of starving.
    ongoing: list[tuple[float, int, Task]] = field(default_factory=list)
    fresh: deque[Task] = field(default_factory=deque)
    robots: dict[str, RobotsPolicy | list[Task]] = field(default_factory=dict)

    def startable_at(self) -> float | None:
        """When the next queued request could start, or None (nothing queued, or at cap)."""
        if self.in_flight >= self.cap:
            return None
        if self.fresh:
            return self.next_start
        if self.ongoing:
            return max(self.next_start, self.ongoing[0][0])
        return None

    def pop(self, now: float) -> Task:
        if self.ongoing and (self.ongoing[0][0] <= now or not self.fresh):
            return heapq.heappop(self.ongoing)[2]
        return self.fresh.popleft()

    @property
    def has_queued(self) -> bool:
        return bool(self.ongoing or self.fresh)

    def pause(self, seconds: float) -> None:
        self.next_start = max(self.next_start, time.monotonic() + seconds)


class Dispatcher:
    """The shared state behind all workers, guarded by one condition variable."""

    def __init__(self, settings: FetchSettings) -> None:
        self._settings = settings
        self._cond = threading.Condition()
        self._hosts: dict[str, Host] = {}
        self._waiting: dict[str, Host] = {}  # hosts with queued tasks, in rotation order
        self._seq = itertools.count()
        self._closed = False

    # -- feeding ---------------------------------------------------------------------------

    def submit(self, job: FetchJob, batch: Batch) -> None:
        with self._cond:
            host = self._host(job.host)
            host.fresh.append(Task(TaskKind.PAGE, host, job, batch))
            self._waiting.setdefault(host.name, host)
            self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    # -- taking ----------------------------------------------------------------------------

    def take(self) -> Task | None:
        """Block until some host can start a request; None once closed."""
        with self._cond:
            while not self._closed:
                now = time.monotonic()
                soonest: float | None = None
                for host in list(self._waiting.values()):
                    task = self._start_from(host, now)
                    if task is not None:
                        return task
                    at = host.startable_at()
                    if at is not None:
                        soonest = at if soonest is None else min(soonest, at)
                self._cond.wait(None if soonest is None else max(soonest - now, 0.0005))
            return None

    def _start_from(self, host: Host, now: float) -> Task | None:
        while (at := host.startable_at()) is not None and at <= now:
            task = host.pop(now)
            if not host.has_queued:
                del self._waiting[host.name]
            ready = self._gate(task)
            if ready is None:
                continue
            host.in_flight += 1
            host.next_start = now + host.spacing
            if host.name in self._waiting:  # rotate: the next take starts with another host
                self._waiting[host.name] = self._waiting.pop(host.name)
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
        origin = origin_of(task.job.current)
        known = task.host.robots.get(origin)
        if known is None:
            task.host.robots[origin] = [task]
            return Task(TaskKind.ROBOTS, task.host, origin=origin)
        if isinstance(known, list):
            known.append(task)
            return None
        if known.allows(task.job.current, self._settings.user_agent):
            return task
        task.batch.sink(_robots_refusal(task.job))
        return None

    # -- finishing -------------------------------------------------------------------------

    def finish(self, task: Task, step: Step) -> None:
        """A worker is done with ``task``: free its slot and queue what comes next."""
        with self._cond:
            task.host.in_flight -= 1
            woken = 1
            assert task.job is not None and task.batch is not None
            if isinstance(step, Finished):
                if not task.batch.cancelled:
                    task.batch.sink(step.result)
            elif not task.batch.cancelled:
                woken += self._continue(task.job, task.batch, step)
            self._cond.notify(woken)

    def _continue(self, job: FetchJob, batch: Batch, step: Continue) -> int:
        host = self._host(job.host)
        if step.pause_host:
            host.pause(step.delay)
        self._push(Task(TaskKind.PAGE, host, job, batch), time.monotonic() + step.delay)
        return 1

    def robots_read(self, task: Task, policy: RobotsPolicy) -> None:
        """robots.txt for ``task.origin`` is known: release the requests that waited for it."""
        with self._cond:
            task.host.in_flight -= 1
            parked = task.host.robots.get(task.origin)
            task.host.robots[task.origin] = policy
            waiting = parked if isinstance(parked, list) else []
            for page in waiting:
                self._push(page, 0.0)
            self._cond.notify(len(waiting) + 1)

    # -- helpers ---------------------------------------------------------------------------

    def _host(self, name: str) -> Host:
        host = self._hosts.get(name)
        if host is None:
            host = Host(name, self._settings.per_host_concurrency, self._settings.per_host_spacing)
            self._hosts[name] = host
        return host

    def _push(self, task: Task, ready_at: float) -> None:
        heapq.heappush(task.host.ongoing, (ready_at, next(self._seq), task))
        self._waiting.setdefault(task.host.name, task.host)


def _robots_refusal(job: FetchJob) -> FetchResult:
    return job.finish(
        error=FetchError(ErrorKind.ROBOTS, f"robots.txt disallows {job.current} for curator")
    ).result
