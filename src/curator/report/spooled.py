"""A report's routes kept on disk and read back one at a time, for a run too large to hold them.

A run's report holds a ``RouteReport`` per route, about 2 KiB a link once read back with its
own strings, and its outputs each read every route once or twice. A large run's driver held
them all while it wrote the reports: its own peak after the workers (bench/README.md, "The
tree's peak at 50,000"). ``SpooledRoutes`` is a ``Sequence`` of them, as ``Report.routes`` is
typed: each route waits as its JSON in a ``curator.spool.Spool`` and is read back, an equal
copy, when it is asked for, so a reader that takes them one at a time holds one at a time.

``in_order`` is the one way to read routes sorted: it sorts their positions, not the routes,
so a list and a spool give the same order and neither is held whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

from curator.report.model import RouteReport
from curator.spool import Spool


class SpooledRoutes(Sequence[RouteReport]):
    """Route reports by position, held as their JSON on disk; the spool goes with the object
    (SQLite deletes its temporary database when the connection is collected)."""

    def __init__(self, routes: Iterable[RouteReport] = ()) -> None:
        self._spool: Spool[int, RouteReport] = Spool(
            RouteReport.model_dump_json, RouteReport.model_validate_json
        )
        self._count = 0
        for route in routes:
            self._spool.put(self._count, route)
            self._count += 1

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> RouteReport: ...

    @overload
    def __getitem__(self, index: slice) -> list[RouteReport]: ...

    def __getitem__(self, index: int | slice) -> RouteReport | list[RouteReport]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("route index out of range")
        route = self._spool.get(index)
        assert route is not None  # every position below the count was put
        return route

    def __iter__(self) -> Iterator[RouteReport]:
        for index in range(self._count):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of equal routes in the same order, a list included."""
        if other is self:
            return True
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(other) == self._count and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable by nothing, but equal to lists

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the list it reads as: the spool is this process's temporary file."""
        return (list, (list(self),))

    def __repr__(self) -> str:
        return f"SpooledRoutes({self._count} routes)"


def each(
    routes: Sequence[RouteReport], change: Callable[[RouteReport], RouteReport]
) -> Sequence[RouteReport]:
    """``change`` applied to every route, kept as the routes were: a list stays a list, spooled
    routes are spooled again a route at a time."""
    if isinstance(routes, SpooledRoutes):
        return SpooledRoutes(change(route) for route in routes)
    return [change(route) for route in routes]


def in_order(
    routes: Sequence[RouteReport], key: Callable[[RouteReport], Any]
) -> Iterator[RouteReport]:
    """``sorted(routes, key=key)``, read one route at a time: the positions are sorted by the
    routes' keys (a stable sort, so ties keep their order as ``sorted`` keeps them)."""
    keys = [key(route) for route in routes]
    for index in sorted(range(len(keys)), key=keys.__getitem__):
        yield routes[index]
