"""A large catalog kept on disk as it is read: the same routes, sources' lines included, in
the same order, with the same problems, and each URL held once however often it is read."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from curator.catalog import load_catalog
from curator.catalog.load import RoutesOnDisk
from routefiles import write_route


def test_a_catalog_kept_on_disk_reads_as_the_one_held(tmp_path: Path) -> None:
    routes = tmp_path / "routes"
    for n in range(12):
        urls = [f"https://s{rank}.example.org/{n}/page" for rank in range(5)]
        write_route(routes, f"route-{n:02d}", urls)
    (routes / "broken.yaml").write_text("slug: [unclosed\n", encoding="utf-8")
    held = load_catalog(routes)
    kept = load_catalog(routes, spool_from=12)
    assert isinstance(kept.routes, RoutesOnDisk) and not isinstance(held.routes, RoutesOnDisk)
    assert kept.problems == held.problems and held.problems
    assert list(kept.routes) == list(held.routes)
    assert dict(kept.routes) == held.routes
    assert kept.ordered() == list(held.routes.values())
    lines = [s.line for route in kept.ordered() for s in route.sources]
    assert lines == [s.line for route in held.routes.values() for s in route.sources]
    assert all(lines)  # a source's line, which the models' JSON leaves out, comes back
    assert kept.routes["route-03"] == held.routes["route-03"]
    # Every read hands back new models, but each source's URL is the one string held for it.
    first, again = kept.ordered()[3], kept.routes["route-03"]
    assert first is not again
    assert all(a.url is b.url for a, b in zip(first.sources, again.sources, strict=True))
    assert not isinstance(load_catalog(routes, spool_from=14).routes, RoutesOnDisk)


def test_a_catalog_on_disk_is_freed_as_soon_as_nothing_holds_it(tmp_path: Path) -> None:
    """A scheduler loads a catalog every run and freezes its heap after it (``curator.heap``):
    a catalog on disk that only the cycle collector could free would keep each run's spool for
    the life of the process. Let go of, it is freed at once, with the collector off."""
    routes = tmp_path / "routes"
    for n in range(3):
        write_route(routes, f"route-{n}", [f"https://s{k}.example.org/{n}/page" for k in range(5)])
    catalog = load_catalog(routes, spool_from=1)
    assert isinstance(catalog.routes, RoutesOnDisk)
    gone = weakref.ref(catalog.routes)
    gc.disable()
    try:
        del catalog
        assert gone() is None
    finally:
        gc.enable()
