"""A report's routes kept on disk and read back one at a time, for a run too large to hold them.

A run's report holds a ``RouteReport`` per route, about 2 KiB a link once read back with its
own strings, and its outputs each read every route once or twice. A large run's driver held
them all while it wrote the reports: its own peak after the workers (bench/README.md, "The
tree's peak at 50,000"). ``SpooledRoutes`` is a ``Sequence`` of them, as ``Report.routes`` is
typed: each route waits as its JSON on disk (``curator.spool.SpooledSequence``) and is read
back, an equal copy, when it is asked for, so a reader that takes them one at a time holds one
at a time.

``in_order`` is the one way to read routes sorted: it sorts their positions, not the routes,
so a list and a spool give the same order and neither is held whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar, overload

from curator.report.model import RouteReport
from curator.spool import SpooledSequence

T = TypeVar("T")


class SpooledRoutes(SpooledSequence[RouteReport]):
    """Route reports by position, each held as its JSON on disk (``SpooledSequence``)."""

    def __init__(self, routes: Iterable[RouteReport] = ()) -> None:
        super().__init__(RouteReport.model_dump_json, RouteReport.model_validate_json, routes)


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


class Mapped(Sequence[T]):
    """``make`` of each route, in ``order`` (positions; every route in its own order if
    None), made when it is asked for and not held: a template or an XML writer that wants a
    sequence (its length, then each item) reads spooled routes one at a time through it."""

    def __init__(
        self,
        routes: Sequence[RouteReport],
        make: Callable[[RouteReport], T],
        order: Sequence[int] | None = None,
    ) -> None:
        self._routes, self._make = routes, make
        self._order = range(len(routes)) if order is None else order

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._order)))]
        return self._make(self._routes[self._order[index]])

    def __iter__(self) -> Iterator[T]:
        for index in self._order:
            yield self._make(self._routes[index])
