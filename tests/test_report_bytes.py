"""A run's report files, byte for byte, are what they were before the driver held less.

The driver of a large run keeps as little as it can per link (shared strings, shared
histories, staged route pages without their views). None of that may change a byte an editor
or a CI tool reads. This runs 300 links in every state a web can put a link in (alive, moved,
dead, soft-dead, blocked, skipped) the way ``curator run`` does (recorded in small batches,
route pages staged early), writes every report, and compares each file's SHA-256 with the
digests the code before those changes wrote (``data/report_bytes.json``), after putting the
three things that differ between runs in fixed words: the fixture server's port, the run id
and the temporary folder (and SARIF's fingerprints and route pages' keys, which hash the port).

When an output changes on purpose, write the digests again and say why in the commit:
``CURATOR_WRITE_REPORT_BYTES=1 .venv/bin/python -m pytest tests/test_report_bytes.py``.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import make_fast_settings
from curator.catalog import load_catalog
from curator.check.record import Fetched
from curator.fetch.client import Fetcher
from curator.pipeline import RunRequest, run_check
from curator.report.model import RouteReport, RunInfo
from curator.report.outputs import EarlyRoutePages, write_all
from curator.report.spooled import SpooledRoutes
from curator.rollup import report as run_reports
from curator.settings import HistorySettings, Settings
from curator.spool import SpooledSequence
from curator.states import LinkState
from curator.store.interface import Observation
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

# SARIF's fingerprints hash the URL, port and all (tests/test_report_sarif.py checks them).
_FINGERPRINT = re.compile(rb'("curatorFinding/v1":")[0-9a-f]+')
# A route page's key hashes its route, whose URLs name the port (tests/test_report_kept.py).
_ROUTE_KEY = re.compile(rb'(<meta name="curator-route-key" content=")[0-9a-f]+')
GOLDEN = Path(__file__).parent / "data" / "report_bytes.json"
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
LINKS = 300
# One link in ten of each kind, so every route mixes states and every status shows.
KINDS = ("alive", "alive", "alive", "alive", "moved", "dead", "soft", "blocked", "skipped", "alive")


def _web(web: FixtureWeb) -> list[str]:
    """LINKS links over 30 hosts, one directory a link; the i-th link is of kind i % 10."""
    urls = []
    for n in range(LINKS):
        kind, host = KINDS[n % len(KINDS)], f"www.site-{n % 30}.example"
        path = f"/articles/{n}/topic-{n}"
        title = f"Article {n} about back pain"
        if kind == "alive":
            body = html_page(title, f"<p>What source {n % 5 + 1} says about the subject.</p>")
            urls.append(web.add(host, path, body=body))
        elif kind == "moved":
            new = web.add(host, f"/new{path}", body=html_page(f"{title}, moved"))
            urls.append(web.redirect(host, path, to=new, status=301))
        elif kind == "dead":
            urls.append(web.add(host, path, status=404, body="<h1>Gone</h1>"))
        elif kind == "soft":
            gone = html_page(
                "Page Not Found | Clinic", "<p>Sorry, we could not find that page.</p>"
            )
            urls.append(web.add(host, path, body=gone))
        elif kind == "blocked":
            urls.append(web.add(host, path, status=403, body="Forbidden"))
        else:
            robots = f"www.private-{n % 3}.example"
            web.add(robots, "/robots.txt", body="User-agent: *\nDisallow: /\n")
            urls.append(web.add(robots, path, body=html_page(title)))
    return urls


def _digests(root: Path, fixed: dict[str, str]) -> dict[str, str]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            for varying, word in fixed.items():
                data = data.replace(varying.encode(), word.encode())
            data = _FINGERPRINT.sub(rb"\1FINGERPRINT", data)
            data = _ROUTE_KEY.sub(rb"\1KEY", data)
            out[str(path.relative_to(root))] = hashlib.sha256(data).hexdigest()
    return out


@pytest.mark.parametrize("spooled", [False, True], ids=["routes-held", "routes-spooled"])
def test_a_runs_reports_are_byte_for_byte_what_they_were(
    web: FixtureWeb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spooled: bool
) -> None:
    """Also with the run's routes and their reports read back one at a time, as a large run's
    are (the state store's copy of the report is then written from them too)."""
    if spooled:
        monkeypatch.setattr(run_reports, "REPORT_ON_DISK_FROM", 1)
    urls = _web(web)
    routes = tmp_path / "routes"
    for start in range(0, LINKS, 5):
        write_route(routes, f"route-{start // 5:03d}", urls[start : start + 5])
    catalog = load_catalog(routes, spool_from=1 if spooled else None)
    settings = Settings(
        fetch=make_fast_settings(), history=HistorySettings(record_batch=7, record_seconds=60)
    )
    request = RunRequest(routes=catalog.ordered(), known_slugs=frozenset(catalog.routes))
    assert isinstance(request.routes, SpooledSequence) is spooled
    reports = tmp_path / "reports"
    pages = EarlyRoutePages(reports)
    with (
        SqliteStore(tmp_path / "state.sqlite") as store,
        Fetcher(settings.fetch, resolver=web.resolver, ca_bundle=web.ca_bundle) as fetcher,
    ):
        report = run_check(request, settings, fetcher, store, clock=lambda: NOW, on_route=pages)
        assert isinstance(report.routes, SpooledRoutes) is spooled
        assert store.report_json(report.run.id) == report.model_copy(
            update={"routes": list(report.routes)}
        ).model_dump_json(by_alias=True, indent=2)
    states = Counter(source.state for route in report.routes for source in route.sources)
    want = {LinkState.ALIVE, LinkState.MOVED, LinkState.DEAD, LinkState.SOFT_DEAD}
    assert want | {LinkState.BLOCKED, LinkState.SKIPPED} == set(states), states
    write_all(report, reports, early=pages)

    fixed = {str(tmp_path): "TMP", f":{web.port}": ":PORT", report.run.id: "RUN-ID"}
    digests = _digests(reports, fixed)
    assert len(digests) == LINKS // 5 + 6  # a page per route, the index and five documents
    if os.environ.get("CURATOR_WRITE_REPORT_BYTES"):
        GOLDEN.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = sorted(
        name for name in expected.keys() | digests.keys() if expected.get(name) != digests.get(name)
    )
    assert not changed, f"report files that read differently: {changed}"


def test_route_reports_read_back_from_the_spool_write_the_same_files(
    web: FixtureWeb, tmp_path: Path
) -> None:
    """The run as ``curator run`` makes it (route reports built early, kept on disk in the
    run's spool, read back at its end, the workers released first) writes every file of every
    format as a run that builds each route report at its end; and by the end of the fetch the
    driver holds none of the route reports it built early, nor any look it recorded that
    cannot be judged again."""
    urls = _web(web)
    routes = tmp_path / "routes"
    for start in range(0, LINKS, 5):
        write_route(routes, f"route-{start // 5:03d}", urls[start : start + 5])
    catalog = load_catalog(routes)
    settings = Settings(
        fetch=make_fast_settings(), history=HistorySettings(record_batch=7, record_seconds=60)
    )
    request = RunRequest(
        routes=list(catalog.routes.values()), known_slugs=frozenset(catalog.routes)
    )
    told: list[str] = []
    held: list[int] = []
    looks: list[int] = []
    written = {}
    for way in ("early", "at-the-end"):
        reports = tmp_path / way
        pages = EarlyRoutePages(reports)

        def heard(run: RunInfo, route: RouteReport, pages: EarlyRoutePages = pages) -> None:
            told.append(route.slug)
            pages(run, route)

        def release() -> None:
            gc.collect()
            objects = gc.get_objects()
            held.append(sum(isinstance(o, RouteReport) for o in objects))
            # The looks a second judgement may still read (a page waiting for its host's
            # answer to made-up URLs) are the only ones the driver needs in memory.
            rejudged = {id(o.recorded) for o in objects if isinstance(o, Fetched) and o.inspection}
            looks.append(sum(isinstance(o, Observation) and id(o) not in rejudged for o in objects))

        with (
            SqliteStore(tmp_path / f"{way}.sqlite") as store,
            Fetcher(settings.fetch, resolver=web.resolver, ca_bundle=web.ca_bundle) as fetcher,
        ):
            report = run_check(
                request,
                settings,
                fetcher,
                store,
                clock=lambda: NOW,
                on_route=heard if way == "early" else None,
                release=release if way == "early" else None,
            )
        write_all(report, reports, early=pages if way == "early" else None)
        fixed = {str(reports): "TMP", f":{web.port}": ":PORT", report.run.id: "RUN-ID"}
        written[way] = _digests(reports, fixed)
    assert sorted(told) == sorted(catalog.routes)  # every route was built early
    assert held == [0], held  # ... and none of them was held while the workers were up
    assert looks == [0], looks  # ... nor the looks it recorded
    assert len(written["early"]) == LINKS // 5 + 6
    assert written["early"] == written["at-the-end"]
