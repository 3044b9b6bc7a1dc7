"""One run session for every entry point: gate and approve wait for the run lock as a run
does, and the session's rules (store, known slugs, clock) are the same for all of them."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console

from conftest import make_fast_settings
from curator.approve import approve_command
from curator.exitcodes import Exit
from curator.gate.core import GateOptions, decide
from curator.session.core import RunSession, known_slugs, store_url
from curator.session.lock import run_lock
from curator.settings import ArchiveSettings, ClassifySettings, ScheduleSettings, Settings
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

HOST = "pages.example"
TEXT = "<p>Low back pain is a leading cause of disability worldwide.</p>" * 20


def _project(tmp_path: Path, web: FixtureWeb) -> tuple[Path, Settings]:
    urls = [
        web.add(HOST, f"/p{i}", body=html_page(title=f"Back pain {i}", body=f"<main>{TEXT}</main>"))
        for i in range(5)
    ]
    route = write_route(tmp_path / "routes", "back-pain", urls)
    settings = Settings(
        fetch=make_fast_settings(retries=0),
        classify=ClassifySettings(soft404_probe=False),
        schedule=ScheduleSettings(lock_wait_seconds=0.2),
        archive=ArchiveSettings(enabled=False),
        store=str(tmp_path / "state.sqlite"),
    )
    return route, settings


def _gate(route: Path, settings: Settings) -> GateOptions:
    return GateOptions(files=(route,), routes_dir=route.parent, resolve={HOST: "127.0.0.1"})


def test_the_gate_waits_for_a_run_holding_the_state_then_says_it_could_not_judge(
    tmp_path: Path, web: FixtureWeb
) -> None:
    route, settings = _project(tmp_path, web)
    with run_lock(settings.store, wait=0, purpose="scheduled nightly"):
        held = decide(_gate(route, settings), settings)
    assert held.exit is Exit.INCONCLUSIVE
    assert "another run is using the state store" in (held.inconclusive or "")
    assert "scheduled nightly" in (held.inconclusive or "")
    assert web.count() == 0  # nothing fetched while another run held the state
    free = decide(_gate(route, settings), settings)  # the same gate, once the run is over
    assert free.exit is Exit.OK, free
    assert web.count() >= 5


def test_approve_waits_for_a_run_holding_the_state_and_approves_nothing(
    tmp_path: Path, web: FixtureWeb
) -> None:
    route, settings = _project(tmp_path, web)
    before = route.read_text()
    said = io.StringIO()
    console = Console(file=said, width=200)
    with run_lock(settings.store, wait=0, purpose="scheduled nightly"):
        code = approve_command(
            route.parent, ["back-pain"], settings, {HOST: "127.0.0.1"}, console=console
        )
    assert code is Exit.INCONCLUSIVE, said.getvalue()
    assert "another run is using the state store" in said.getvalue()
    assert "nothing approved" in said.getvalue()
    assert route.read_text() == before and web.count() == 0
    assert not (route.parent / "baselines" / "back-pain.json").exists()
    moment = datetime(2026, 12, 1, 9, tzinfo=UTC)
    code = approve_command(
        route.parent, ["back-pain"], settings, {HOST: "127.0.0.1"}, console, lambda: moment
    )
    assert code is Exit.OK, said.getvalue()
    assert "reviewed: 2026-12-01" in route.read_text()  # the clock passed in, not today's


def test_the_session_rules_are_the_commands_rules(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "default.sqlite"))
    assert store_url(settings, None) == settings.store  # the settings' store by default
    assert store_url(settings, "") == ""  # --store "": keep no history
    assert RunSession(settings, tmp_path, store="").open_store() is None
    routes = tmp_path / "routes"
    write_route(routes, "good", [f"https://h{i}.example/" for i in range(5)])
    (routes / "broken.yml").write_text("title: [unclosed\n", encoding="utf-8")
    # A route file that does not load is still a route the ``similar:`` checks know of.
    assert known_slugs(routes) == {"good", "broken"}
    session = RunSession(settings, routes, clock=lambda: datetime(2030, 1, 2, tzinfo=UTC))
    catalog = session.catalog(["good"])
    request = session.request(catalog, partial=True)
    assert request.known_slugs == {"good", "broken"} and request.partial
    assert request.routes_dir == str(routes.resolve())
    # "Today" is the clock's: a review dated after it is refused, one before it is fine.
    write_route(
        routes, "later", [f"https://h{i}.example/" for i in range(5)], reviewed="2031-01-01"
    )
    assert not catalog.problems
    (problem,) = session.catalog(["later"]).problems
    assert "'reviewed' 2031-01-01 is in the future (today is 2030-01-02)" in str(problem)
