"""The peer comparison's labelled web (bench/peers/labelled.py), served by the bench's own
fixture web: curator gives each of its 50 behaviours the labelled state, so precision and
recall stay 1.000. The bench itself needs root (/etc/hosts); here names resolve through
curator's resolver seam instead, as every other test does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bench.peers.labelled import CASES, POSITIVE, SITES
from bench.peers.sites import Reply, Site
from bench.peers.tools.curator import write_routes
from bench.peers.web import fixture_web, pick_port

from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.fetch.resolve import StaticResolver
from curator.pipeline import RunRequest, run_check
from curator.settings import FetchSettings, Settings


@pytest.mark.slow
def test_the_labelled_peer_web_gets_every_labelled_state(
    tmp_path: Path, fast_settings: Callable[..., FetchSettings]
) -> None:
    port = pick_port(0)
    urls = [case.url(port) for case in CASES]
    write_routes(tmp_path / "routes", urls)
    sites = [_on_port(site, port) for site in SITES]
    resolver = StaticResolver({site.host: site.address for site in sites})
    # Timeouts long enough for the 6 s page even on a loaded machine (a plain page once took
    # 7.5 s under load 20-30), short enough that the silent 40 s one still fails.
    fetch = fast_settings(read_timeout=15.0, total_timeout=15.0, retries=1)
    catalog = load_catalog(tmp_path / "routes")
    with fixture_web(sites, port), Fetcher(fetch, resolver=resolver) as fetcher:
        report = run_check(
            RunRequest(list(catalog.routes.values()), frozenset(catalog.routes)),
            Settings(fetch=fetch),
            fetcher,
            None,
            clock=lambda: datetime.now(UTC),
        )
    said = {s.url: (s.state.value, s.reason) for route in report.routes for s in route.sources}
    wrong = {
        f"{case.behaviour} ({case.label})": said[case.url(port)]
        for case in CASES
        if said[case.url(port)][0] != ("alive" if case.label == "transient" else case.label)
    }
    assert not wrong
    positives = sum(case.label in POSITIVE for case in CASES)
    assert positives == 18  # dead and soft-dead: each one called, and nothing else


def _on_port(site: Site, port: int) -> Site:
    """The site with its absolute redirects sent to ``port`` (the bench serves port 80)."""

    def moved(reply: Reply) -> Reply:
        headers = tuple(
            (name, _with_port(value, port) if name.lower() == "location" else value)
            for name, value in reply.headers
        )
        return replace(reply, headers=headers)

    return replace(site, pages={path: moved(reply) for path, reply in site.pages.items()})


def _with_port(location: str, port: int) -> str:
    if not location.startswith("http://"):
        return location
    host, slash, rest = location.removeprefix("http://").partition("/")
    return f"http://{host}:{port}{slash}{rest}"
