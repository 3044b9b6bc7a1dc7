"""Where ``curator run`` keeps its route catalog: on disk from ``CATALOG_ON_DISK_FROM`` routes
(``catalog.load.RoutesOnDisk``, so a large run's driver never holds every route while its
workers fetch), in memory below it. Either way an editor reads the same routes, in the same
order, in the same report files: this runs real route files against a real local web on both
sides of the line (the line lowered to a handful of routes, since the shipped one is 5,000
route files) and compares what each run wrote, byte for byte."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from conftest import make_fast_settings
from curator import app
from curator.catalog import Catalog
from curator.catalog.load import RoutesOnDisk, load_catalog
from curator.exitcodes import Exit
from curator.session import core
from curator.settings import Settings
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
ROUTES = 8
HOSTS = [f"site{n}.example.org" for n in range(7)]


def _routes(web: FixtureWeb, folder: Path) -> None:
    """ROUTES route files over live, moved and dead pages, so the reports show each status."""
    for number in range(ROUTES):
        urls = []
        for rank in range(5):
            host = HOSTS[(number + rank) % len(HOSTS)]
            path = f"/topic-{number}/source-{rank}"
            if (number + rank) % 9 == 4:
                urls.append(web.add(host, path, status=404, body="<h1>Not found</h1>"))
            elif (number + rank) % 9 == 6:
                target = web.add(host, f"{path}-new", body=_page(number, rank))
                urls.append(web.add(host, path, status=301, headers={"Location": target}))
            else:
                urls.append(web.add(host, path, body=_page(number, rank)))
        # written in reverse, so the report's order is the slugs', not the files' creation
        write_route(folder, f"topic-{ROUTES - number:02d}", urls)


def _page(number: int, rank: int) -> str:
    words = f"<p>Source {rank} on topic {number}: what it says, and why it matters.</p>"
    return html_page(title=f"Topic {number}, source {rank}", body=words * 20)


def _run(
    web: FixtureWeb, tmp_path: Path, name: str, threshold: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[Exit, Catalog, dict[str, bytes]]:
    """``curator run`` over tmp_path/routes with the catalog's line at ``threshold`` routes:
    its exit code, the catalog it read, and each report file it wrote (the run's id in fixed
    words)."""
    seen: list[Catalog] = []

    def load(*args: object, **kwargs: object) -> Catalog:
        seen.append(load_catalog(*args, **kwargs))  # type: ignore[arg-type]
        return seen[-1]

    monkeypatch.setattr(core, "CATALOG_ON_DISK_FROM", threshold)
    monkeypatch.setattr(core, "load_catalog", load)
    reports = tmp_path / name
    options = app.RunOptions(
        routes_dir=tmp_path / "routes",
        reports_dir=reports,
        store="",
        resolve=dict.fromkeys(HOSTS, "127.0.0.1"),
        progress=False,
    )
    settings = Settings(fetch=make_fast_settings())
    code = app.run(options, settings, Console(file=io.StringIO()), clock=lambda: NOW)
    (catalog,) = seen
    run_id = json.loads((reports / "latest.json").read_text(encoding="utf-8"))["run"]["id"]
    named = re.compile(re.escape(run_id).encode())
    files = {
        str(path.relative_to(reports)): named.sub(b"RUN", path.read_bytes())
        for path in sorted(reports.rglob("*"))
        if path.is_file()
    }
    return code, catalog, files


def _slugs(report: bytes) -> Sequence[str]:
    return [route["slug"] for route in json.loads(report)["routes"]]


def test_a_catalog_at_the_line_waits_on_disk_and_reports_as_one_held(
    web: FixtureWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _routes(web, tmp_path / "routes")
    code, on_disk, spooled = _run(web, tmp_path, "at-the-line", ROUTES, monkeypatch)
    same_code, held, kept = _run(web, tmp_path, "under-it", ROUTES + 1, monkeypatch)
    assert code is same_code
    assert isinstance(on_disk.routes, RoutesOnDisk)
    assert not isinstance(held.routes, RoutesOnDisk)
    # The routes read back from disk are the routes held, sources' lines included, in order.
    assert on_disk.ordered() == held.ordered()
    assert [s.line for r in on_disk.ordered() for s in r.sources] == [
        s.line for r in held.ordered() for s in r.sources
    ]
    assert list(on_disk.routes) == [f"topic-{n:02d}" for n in range(1, ROUTES + 1)]
    # What an editor reads: every file, byte for byte, and the routes in the slugs' order.
    assert spooled.keys() == kept.keys()
    assert len(spooled) == ROUTES + 6  # a page per route, the index and five documents
    assert [name for name in spooled if spooled[name] != kept[name]] == []
    assert _slugs(spooled["latest.json"]) == list(held.routes)
    statuses = {r["status"] for r in json.loads(spooled["latest.json"])["routes"]}
    assert {"at-risk", "healthy"} <= statuses  # the dead sources, not confirmed yet


def test_a_catalog_under_the_line_is_held(tmp_path: Path) -> None:
    folder = tmp_path / "routes"
    for number in range(3):
        urls = [f"https://s{rank}.example.org/{number}" for rank in range(5)]
        write_route(folder, f"route-{number}", urls)
    session = core.RunSession(Settings(), folder)
    below = load_catalog(folder, spool_from=4)
    at = load_catalog(folder, spool_from=3)
    assert not isinstance(below.routes, RoutesOnDisk) and isinstance(at.routes, RoutesOnDisk)
    assert below.ordered() == at.ordered() == session.catalog().ordered()
    # Without ``spool`` (a gate, ``validate``) a catalog is held whatever its size.
    assert not isinstance(session.catalog().routes, RoutesOnDisk)
