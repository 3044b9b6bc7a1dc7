"""Archive rescue through the real pipeline: local sites, a local archive, a real SQLite store.

A source dies; the run links the archived copy the editor approved, asks the archive once per
failure episode (never every night), prefers a copy it already has, and a failing archive
changes nothing else about the run.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from archiveweb import LocalArchive
from curator.app import exit_code
from curator.approve import approve_command
from curator.archive.client import ArchiveClient
from curator.assess.baseline import RouteBaseline, SourceBaseline, save_baseline
from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.gate.changes import describe
from curator.gate.evaluate import evaluate
from curator.pipeline import RunRequest, run_check
from curator.report.model import Report, SourceReport
from curator.report.outputs import write_all
from curator.settings import ArchiveSettings, FetchSettings, HistorySettings, Settings
from curator.states import LinkState, RouteStatus
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

T0 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
PATH = "/guide"


class Scenario:
    """One route whose source 3 is dead; runs a day apart, each with a fresh archive client."""

    def __init__(self, web: FixtureWeb, archive: LocalArchive, root: Path, fetch: FetchSettings):
        self.web, self.archive, self.root = web, archive, root
        self.urls = [web.add(f"site{n}.test", PATH, body=html_page(f"Page {n}")) for n in range(5)]
        web.add("site2.test", PATH, status=404, body="gone")
        self.dead = self.urls[2]
        self.route = write_route(root / "routes", "back-pain", self.urls, reviewed="2026-10-15")
        self.settings = Settings(
            fetch=fetch,
            history=HistorySettings(confirm_runs=3, confirm_hours=48),
            archive=ArchiveSettings(
                availability_url=archive.availability_url,
                save_url=archive.save_url,
                rate=1000.0,
                timeout=0.5,
                budget=3.0,
            ),
        )

    def run(self, day: float, *, archive: bool = True) -> Report:
        moment = T0 + timedelta(days=day)
        catalog = load_catalog(self.root / "routes")
        request = RunRequest(routes=list(catalog.routes.values()), known_slugs=frozenset({"x"}))
        client = ArchiveClient(self.settings.archive, "curator-test") if archive else None
        with (
            SqliteStore(self.root / "state.sqlite") as store,
            Fetcher(self.settings.fetch, resolver=self.web.resolver) as fetcher,
        ):
            return run_check(
                request, self.settings, fetcher, store, clock=lambda: moment, archive=client
            )


@pytest.fixture
def archive() -> Iterator[LocalArchive]:
    with LocalArchive() as local:
        yield local


@pytest.fixture
def scenario(
    web: FixtureWeb,
    archive: LocalArchive,
    tmp_path: Path,
    fast_settings: Callable[..., FetchSettings],
) -> Scenario:
    return Scenario(web, archive, tmp_path, fast_settings(retries=0))


def dead_source(report: Report) -> SourceReport:
    return report.routes[0].sources[2]


def test_a_dead_source_links_the_copy_from_before_its_review_asked_once_per_episode(
    scenario: Scenario, archive: LocalArchive
) -> None:
    archive.capture(scenario.dead, "20260901000000")
    archive.capture(scenario.dead, "20261010120000")  # the version the editor approved
    archive.capture(scenario.dead, "20261101000000")
    first = scenario.run(0)
    source = dead_source(first)
    assert source.state is LinkState.DEAD and not source.confirmed
    assert source.archived_url == archive.snapshot_url(scenario.dead, "20261010120000")
    assert source.archived_at == datetime(2026, 10, 10, 12, 0, tzinfo=UTC)
    asked = len(archive.lookups())
    assert asked >= 1
    for day in (1, 2):
        later = scenario.run(day)
    assert dead_source(later).confirmed
    assert dead_source(later).archived_url == source.archived_url  # remembered, not asked
    assert len(archive.lookups()) == asked
    data = json.loads(later.to_json())["routes"][0]["sources"]
    assert data[2]["archived_url"] == source.archived_url
    assert data[2]["archived_at"].startswith("2026-10-10T12:00:00")
    assert data[0]["archived_url"] is None and data[0]["archived_at"] is None


def test_a_new_failure_episode_asks_again(scenario: Scenario, archive: LocalArchive) -> None:
    scenario.run(0)  # dead: asked, no copy known then
    assert dead_source(scenario.run(1)).archived_url is None
    asked = len(archive.lookups())
    scenario.web.add("site2.test", PATH, body=html_page("Back again"))
    assert dead_source(scenario.run(2)).state is LinkState.ALIVE
    scenario.web.add("site2.test", PATH, status=410, body="gone")
    archive.capture(scenario.dead, "20261122030000")  # captured while it was alive again
    again = dead_source(scenario.run(3))
    assert len(archive.lookups()) > asked
    assert again.archived_url == archive.snapshot_url(scenario.dead, "20261122030000")


def test_the_route_files_own_archived_link_wins_and_costs_no_lookup(
    scenario: Scenario, archive: LocalArchive
) -> None:
    own = "https://web.archive.org/web/20261001000000/" + scenario.dead
    text = scenario.route.read_text()
    scenario.route.write_text(
        text.replace(
            f"    url: {scenario.dead}\n", f"    url: {scenario.dead}\n    archived: {own}\n"
        )
    )
    source = dead_source(scenario.run(0))
    assert source.archived_url == own
    assert source.archived_at == datetime(2026, 10, 1, tzinfo=UTC)
    assert archive.lookups() == []


def test_the_snapshot_saved_at_approval_is_preferred(
    scenario: Scenario, archive: LocalArchive
) -> None:
    archive.capture(scenario.dead, "20260901000000")
    saved = archive.snapshot_url(scenario.dead, "20261015093000")
    approved = datetime(2026, 10, 15, 9, 30, tzinfo=UTC)
    entry = SourceBaseline(
        url=scenario.dead, final_url=scenario.dead, title="Page 2", description=None,
        fingerprint="", text_length=0, key_terms=[], found_terms=[], approved_at=approved,
        archived_url=saved, archived_at=approved,
    )  # fmt: skip
    save_baseline(
        scenario.root / "routes",
        RouteBaseline(route="back-pain", approved_at=approved, sources=[entry]),
    )
    source = dead_source(scenario.run(0))
    assert (source.archived_url, source.archived_at) == (saved, approved)
    assert archive.lookups() == []


@pytest.mark.parametrize("fault", ["5xx", "timeout"])
def test_a_failing_archive_leaves_verdicts_and_exit_code_unchanged(
    web: FixtureWeb,
    tmp_path: Path,
    fast_settings: Callable[..., FetchSettings],
    fault: str,
) -> None:
    with LocalArchive() as calm, LocalArchive() as failing:
        baseline = Scenario(web, calm, tmp_path / "calm", fast_settings(retries=0))
        broken = Scenario(web, failing, tmp_path / "failing", fast_settings(retries=0))
        failing.capture(broken.dead, "20261010000000")
        if fault == "5xx":
            failing.fail_with = 503
        else:
            failing.delay = 5.0
        for day in (0, 1, 2):
            expected = baseline.run(day, archive=False)
            started = time.monotonic()
            got = broken.run(day)
            assert time.monotonic() - started < 4.0  # the archive's budget bounds the wait
            assert [r.status for r in got.routes] == [r.status for r in expected.routes]
            assert [s.state for s in got.routes[0].sources] == [
                s.state for s in expected.routes[0].sources
            ]
            assert dead_source(got).archived_url is None
            assert exit_code(got, had_problems=False) == exit_code(expected, had_problems=False)
        assert got.routes[0].status is RouteStatus.BROKEN
        # Nothing was remembered from the failures: once the archive answers, it is asked.
        failing.fail_with, failing.delay = None, 0.0
        assert dead_source(broken.run(3)).archived_url is not None


def test_every_report_shows_the_archived_copy(
    scenario: Scenario, archive: LocalArchive, tmp_path: Path
) -> None:
    archive.capture(scenario.dead, "20261010120000")
    copy = archive.snapshot_url(scenario.dead, "20261010120000")
    previous = scenario.run(0)
    scenario.run(1)
    report = scenario.run(2)  # confirmed dead now: the route is broken
    assert report.routes[0].status is RouteStatus.BROKEN
    reports = tmp_path / "reports"
    write_all(report, reports, previous=previous)
    index = (reports / "index.html").read_text()
    page = (reports / "routes" / "back-pain.html").read_text()
    assert f'href="{copy}"' in index and "archived copy" in index
    assert f'href="{copy}"' in page and "Archived copy" in page and "2026-10-10" in page
    assert copy in (reports / "latest.md").read_text()
    assert f"(archived copy: {copy})" in (reports / "digest.md").read_text()
    assert (
        json.loads((reports / "latest.json").read_text())["routes"][0]["sources"][2]["archived_url"]
        == copy
    )
    said = evaluate_gate(report, scenario)
    assert any(copy in message and "curator fix --write" in advice for message, advice in said)


def evaluate_gate(report: Report, scenario: Scenario) -> list[tuple[str, str]]:
    """The gate's messages about the route, as a gate run on an untouched file would say them."""
    route = load_catalog(scenario.root / "routes").routes["back-pain"]
    change = describe(route, route.path.read_text(), compared=True, today=T0.date())
    findings = evaluate(
        report,
        {"back-pain": change},
        scenario.settings.gate,
        review_max_age_days=365,
        today=T0.date(),
    )
    return [(f.message, f.advice) for f in findings]


@pytest.mark.parametrize("mode", ["redirect", "content-location"])
def test_approval_saves_each_source_and_the_rescue_prefers_that_snapshot(
    scenario: Scenario, archive: LocalArchive, mode: str
) -> None:
    archive.save_mode = mode
    archive.now = lambda: "20261115100000"
    archive.capture(scenario.dead, "20261001000000")  # an older copy the lookup would find
    scenario.web.add("site2.test", PATH, body=html_page("Page 2"))
    archive_settings = scenario.settings.archive.model_copy(update={"save_on_approve": True})
    settings = scenario.settings.model_copy(update={"archive": archive_settings})
    resolve = {f"site{n}.test": "127.0.0.1" for n in range(5)}
    console = Console(file=io.StringIO(), width=200)
    moment = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
    routes = scenario.root / "routes"
    assert approve_command(routes, ["back-pain"], settings, resolve, console, lambda: moment) == 0
    baseline = json.loads((routes / "baselines" / "back-pain.json").read_text())
    saved = [source["archived_url"] for source in baseline["sources"]]
    assert saved == [archive.snapshot_url(url, "20261115100000") for url in scenario.urls]
    assert baseline["sources"][2]["archived_at"].startswith("2026-11-15T10:00:00")

    scenario.web.add("site2.test", PATH, status=404, body="gone")
    source = dead_source(scenario.run(0))
    assert source.archived_url == archive.snapshot_url(scenario.dead, "20261115100000")
    assert archive.lookups() == []  # the saved snapshot needed no lookup


def test_a_failing_save_leaves_the_approval_standing(
    scenario: Scenario, archive: LocalArchive
) -> None:
    archive.fail_with = 500
    scenario.web.add("site2.test", PATH, body=html_page("Page 2"))
    archive_settings = scenario.settings.archive.model_copy(update={"save_on_approve": True})
    settings = scenario.settings.model_copy(update={"archive": archive_settings})
    resolve = {f"site{n}.test": "127.0.0.1" for n in range(5)}
    out = io.StringIO()
    routes = scenario.root / "routes"
    assert approve_command(routes, ["back-pain"], settings, resolve, Console(file=out)) == 0
    baseline = json.loads((routes / "baselines" / "back-pain.json").read_text())
    assert len(baseline["sources"]) == 5
    assert all(source["archived_url"] is None for source in baseline["sources"])
    assert "not archived:" in out.getvalue() and "HTTP 500" in out.getvalue()
    assert len(archive.asked) == 1  # asked once, then left alone for this approval


def test_a_secret_in_the_archived_address_is_redacted_like_the_url(
    web: FixtureWeb, tmp_path: Path, fast_settings: Callable[..., FetchSettings]
) -> None:
    with LocalArchive() as archive:
        scenario = Scenario(web, archive, tmp_path, fast_settings(retries=0))
        secret = web.add("site2.test", "/guide?token=s3cret", status=404, body="gone")
        text = scenario.route.read_text().replace(scenario.dead, secret)
        scenario.route.write_text(text)
        archive.capture(secret, "20261001000000")
        report = scenario.run(0)
    source = dead_source(report)
    assert source.archived_url is not None and "/web/20261001000000/" in source.archived_url
    assert "s3cret" not in report.to_json()
