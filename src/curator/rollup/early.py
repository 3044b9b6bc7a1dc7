"""Route reports built while the run is still fetching, for an ``on_route`` listener.

A large run's driver idles while its workers fetch, then builds and renders thousands of route
reports and pages in one serial tail after the last link. Built here, as each batch is
recorded, that work overlaps the fetch. Such a report is provisional in the same ways a
recorded batch is (perhaps no soft-404 probe yet, the offline verdict so far), so the run keeps
the looks it was built from: ``reuse`` hands the report back only when the final looks and
context equal those it was built with, and returns None (build anew) otherwise.

Whoever renders the early report (``curator.report.early``) keys what it rendered on the
report's content, never on this object being handed back.

The reports wait in a ``RouteSpool`` (on disk), not in memory: a large run would otherwise hold
every route's report while its workers fetch. ``close`` deletes them once the run's report is
built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from curator.assess.baseline import RouteBaseline
from curator.catalog.model import Route
from curator.history import LinkHistory
from curator.report.model import RouteReport, RunInfo
from curator.report.redacted import redact_route
from curator.rollup.route import Look, RouteContext, route_report
from curator.rollup.spool import RouteSpool
from curator.store.interface import Observation

# Told each route's report as soon as its links are all in, with the run as far as it is
# known then: its id and start; not yet its end or whether it is inconclusive.
RouteListener = Callable[[RunInfo, RouteReport], None]
Summary = Callable[[Sequence[Observation]], LinkHistory]


class EarlyRoutes:
    """Builds each route's report the moment its links are all in (``add``, fed the recorded
    batches), and tells the listener."""

    def __init__(
        self,
        routes: Sequence[Route],
        ready: Mapping[str, Look],
        past: Mapping[str, Sequence[Observation]],
        baselines: Mapping[str, RouteBaseline],
        context: Callable[[bool], RouteContext],
        summary: Summary,
        listener: RouteListener,
        run: RunInfo,
    ) -> None:
        self.routes, self.baselines, self.context = routes, baselines, context
        self.summary, self.listener, self.past, self.run = summary, listener, past, run
        self.looks: dict[str, Look] = dict(ready)
        # How many of each route's URLs are still out (a count, not the set: a large run would
        # hold an emptied set per route to its end).
        self._waiting: list[int] = []
        self._routes_of: dict[str, list[int]] = {}
        for index, route in enumerate(routes):
            waiting = {s.url for s in route.sources} - ready.keys()
            self._waiting.append(len(waiting))
            for url in waiting:
                self._routes_of.setdefault(url, []).append(index)
        # Each built route's context here, its report in the spool.
        self._built: dict[int, RouteContext] = {}
        self._spool = RouteSpool()

    def add(self, observations: Sequence[Observation], inconclusive: bool) -> None:
        ctx: RouteContext | None = None
        for observation in observations:
            url = observation.url
            past = self.past.get(url, [])
            self.looks[url] = Look(observation, self.summary([observation, *past]), fresh=True)
            for index in self._routes_of.pop(url, ()):
                self._waiting[index] -= 1
                if self._waiting[index]:
                    continue
                ctx = ctx or self.context(inconclusive)
                route = self.routes[index]
                report = route_report(route, self.looks, ctx, self.baselines.get(route.slug))
                report = redact_route(report)
                self._built[index] = ctx
                self._spool.put(index, report)
                self.listener(self.run, report)

    def reuse(self, index: int, looks: Mapping[str, Look], ctx: RouteContext) -> RouteReport | None:
        """The early report of route ``index`` if nothing it was built from has changed."""
        built = self._built.get(index)
        if built is None or built != ctx:
            return None
        urls = {source.url for source in self.routes[index].sources}
        if not all(_same(looks.get(url), self.looks.get(url)) for url in urls):
            return None
        return self._spool.get(index)

    def close(self) -> None:
        """Delete the reports kept for ``reuse``."""
        self._spool.close()


def final_looks(
    observations: Mapping[str, Observation],
    reused: Mapping[str, Look],
    past: Mapping[str, Sequence[Observation]],
    summary: Summary,
    early: EarlyRoutes | None,
) -> dict[str, Look]:
    """Every URL's look as the report shows it: reused from the store, or this run's final
    observation; the early look is kept where it is the same, so its history is not summed
    again."""
    looks = dict(reused)
    for url, observation in observations.items():
        seen = early.looks.get(url) if early is not None else None
        if seen is not None and _same(seen.observation, observation):
            looks[url] = seen
        else:
            looks[url] = Look(observation, summary([observation, *past.get(url, [])]), fresh=True)
    return looks


def _same(one: object, other: object) -> bool:
    """Equal content; the identity test first, as most looks are the very ones kept."""
    return one is other or one == other
