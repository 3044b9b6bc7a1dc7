"""The shared vocabulary's groups, shown where a user meets them: in a run's verdicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.settings import FetchSettings
from curator.states import ErrorKind, LinkState, RouteStatus
from fixtureweb import FixtureRequest, FixtureWeb
from routefiles import write_route
from test_pipeline import run


def _reset_at_once(req: FixtureRequest) -> None:
    req.reset()


def test_every_host_resetting_is_our_network_not_five_dead_sources(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A filtering proxy or a dropped network resets every connection; reset is a network
    error (ErrorKind.is_network), so the run says it could not judge instead of convicting."""
    urls = [web.add(f"www.host{i}.example", "/page", handler=_reset_at_once) for i in range(5)]
    write_route(tmp_path / "routes", "everywhere-reset", urls)
    report = run(tmp_path, web, fast_settings)
    assert report.run.inconclusive, report.routes[0].sources
    (route,) = report.routes
    assert route.status is RouteStatus.UNKNOWN
    assert {s.state for s in route.sources} == {LinkState.UNKNOWN}


def test_transient_kinds_are_network_kinds() -> None:
    """Anything worth an immediate retry is a failure of the path, never an answer."""
    transient = {kind for kind in ErrorKind if kind.is_transient}
    network = {kind for kind in ErrorKind if kind.is_network}
    assert transient == {ErrorKind.RESET, ErrorKind.TIMEOUT, ErrorKind.CONNECTION}
    assert network == transient | {ErrorKind.DNS, ErrorKind.REFUSED}
    assert [s for s in sorted(RouteStatus, key=lambda s: -s.severity)] == list(
        RouteStatus.worst_first()
    )
