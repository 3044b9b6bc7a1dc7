"""Route reports built while the run is still fetching, for an ``on_route`` listener.

A large run's driver idles while its workers fetch, then builds and renders thousands of route
reports and pages in one serial tail after the last link. Built here, as each batch is
recorded, that work overlaps the fetch. Such a report is provisional in the same ways a
recorded batch is (perhaps no soft-404 probe yet, the offline verdict so far): ``reuse`` hands
it back only when the context it was built with is the final one and each of its looks is the
one recorded while the run went on (none judged again at its end), and returns None (build
anew) otherwise.

Whoever renders the early report (``curator.report.early``) keys what it rendered on the
report's content, never on this object being handed back.

The reports wait in a ``Spool`` (on disk), not in memory, and a look is held only until the
routes that cite it are built: a large run would otherwise hold every route's report and every
link's look while its workers fetch. ``close`` deletes the reports once the run's report is
built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from curator.assess.baseline import RouteBaseline
from curator.catalog.model import Route
from curator.draining import Draining
from curator.report.model import RouteReport, RunInfo
from curator.report.redacted import redact_route
from curator.rollup.looks import FinalLooks, Summary
from curator.rollup.route import Look, RouteContext, route_report
from curator.spool import Spool
from curator.store.interface import Observation

# Told each route's report as soon as its links are all in, with the run as far as it is
# known then: its id and start; not yet its end or whether it is inconclusive.
RouteListener = Callable[[RunInfo, RouteReport], None]


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
        # How many of each route's URLs are still out (a count, not the set: a large run would
        # hold an emptied set per route to its end).
        self._waiting: list[int] = []
        # The routes waiting for each URL: most URLs are cited by one route, held as its index
        # alone (a list a URL was 6 MiB of a 50,000-link driver). Only emptied from here on,
        # as the links come in (``curator.draining``).
        routes_of: dict[str, int | list[int]] = {}
        # The looks reused from the store that routes still to be built cite, and how often.
        ready_uses: dict[str, int] = {}
        for index, route in enumerate(routes):
            urls = {s.url for s in route.sources}
            waiting = urls - ready.keys()
            self._waiting.append(len(waiting))
            for url in waiting:
                cited = routes_of.get(url)
                if cited is None:
                    routes_of[url] = index
                elif isinstance(cited, int):
                    routes_of[url] = [cited, index]
                else:
                    cited.append(index)
            for url in urls - waiting if waiting else ():
                ready_uses[url] = ready_uses.get(url, 0) + 1
        # A look is held until every route citing it is built: how many are left is counted
        # only for the URLs more than one such route cites; most have one, whose look goes when
        # that route is built (a count for every URL was a second table by URL while the
        # workers fetch: bench/README.md, "The tree's peak at 50,000, second pass").
        self._uses = {url: uses for url, uses in ready_uses.items() if uses > 1}
        self._uses.update((u, len(c)) for u, c in routes_of.items() if isinstance(c, list))
        self._routes_of = Draining.adopt(routes_of)
        self.looks: dict[str, Look] = {url: ready[url] for url in ready_uses}
        # Each built route's context here, by its number (a dict's key and entry a route were
        # 0.6 MiB at 10,000 routes), its report in the spool.
        self._built: list[RouteContext | None] = [None] * len(routes)
        self._spool: Spool[int, RouteReport] = Spool(
            RouteReport.model_dump_json, RouteReport.model_validate_json
        )

    def add(self, observations: Sequence[Observation], inconclusive: bool) -> None:
        ctx: RouteContext | None = None
        for observation in observations:
            url = observation.url
            if url not in self._routes_of and url not in self.looks:
                continue  # told again: its routes are built
            past = self.past.get(url, [])
            self.looks[url] = Look(observation, self.summary([observation, *past]), fresh=True)
            cited = self._routes_of.pop(url, ())
            for index in (cited,) if isinstance(cited, int) else cited:
                self._waiting[index] -= 1
                if self._waiting[index]:
                    continue
                ctx = ctx or self.context(inconclusive)
                route = self.routes[index]
                report = route_report(route, self.looks, ctx, self.baselines.get(route.slug))
                report = redact_route(report)
                self._built[index] = ctx
                self._spool.put(index, report)
                self._done_with(route)
                self.listener(self.run, report)

    def _done_with(self, route: Route) -> None:
        """Let go of the looks only routes built by now cite."""
        for url in {s.url for s in route.sources}:
            uses = self._uses.pop(url, 1) - 1
            if uses:
                self._uses[url] = uses
            else:
                self.looks.pop(url, None)

    def reuse(self, index: int, looks: FinalLooks, ctx: RouteContext) -> RouteReport | None:
        """The early report of route ``index`` if nothing it was built from has changed: the
        same context, and each of its looks the one recorded while the run went on (a look
        reused from the store is the same object throughout)."""
        built = self._built[index] if 0 <= index < len(self._built) else None
        if built is None or built != ctx:
            return None
        if not all(looks.as_recorded(source.url) for source in self.routes[index].sources):
            return None
        return self._spool.get(index)

    def close(self) -> None:
        """Delete the reports kept for ``reuse``."""
        self._spool.close()
