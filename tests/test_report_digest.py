"""The digest across real runs: newly broken, recovered, newly stale, moved, and a first run."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from curator.report import digest
from curator.report.context import load_context
from curator.report.model import Report
from curator.states import Flag, LinkState
from curator.store.interface import Observation, RunRecord
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from reportscenario import T0, ReportScenario


def scenario(web: FixtureWeb, tmp_path: Path) -> ReportScenario:
    from conftest import make_fast_settings

    return ReportScenario(web, tmp_path, make_fast_settings())


def render(s: ReportScenario, report: Report) -> str:
    with SqliteStore(s.store_path) as store:
        previous = load_context(store, report.run.id).previous
    return digest.render(report, previous)


def section(text: str, title: str) -> str:
    """The lines under ``## title`` up to the next heading."""
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_first_run_says_there_is_nothing_to_compare(web: FixtureWeb, tmp_path: Path) -> None:
    s = scenario(web, tmp_path)
    text = render(s, s.run(0))
    assert "First run: nothing to compare with yet. 5 routes: 2 at-risk, 3 healthy." in text
    assert "##" not in text


def test_newly_broken_moved_and_failing_since_the_previous_run(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = scenario(web, tmp_path)
    s.run(0)
    s.move()
    text = render(s, s.run(1.5))
    assert "Changes since the previous run (2026-11-02 03:00 UTC): 2 newly broken, 1 moved." in text
    broken = section(text, "Newly broken")
    assert "**Leg Pain** (leg-pain): #3 Source 3: the page is gone (HTTP 404)" in broken
    assert "**Neck Pain** (neck-pain): #4 Source 4" in broken
    moved = section(text, "Moved (update the link)")
    assert f"**Sciatica** (sciatica): #2 Source 2: now at {s.moved_to}" in moved.replace("\\", "")
    assert "Recovered" not in text and "Newly stale" not in text
    # Short enough to paste into a chat.
    assert len(text.splitlines()) < 20


@pytest.mark.slow
def test_recovered_when_a_confirmed_dead_source_answers_again(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = scenario(web, tmp_path)
    s.run(0)
    s.run(1.5)
    s.revive()
    text = render(s, s.run(3))
    recovered = section(text, "Recovered")
    assert "**Leg Pain** (leg-pain): now healthy; #3 Source 3 answers again" in recovered
    assert "Newly broken" not in text and "Neck Pain" not in text


@pytest.mark.slow
def test_a_new_failure_is_watched_not_announced_as_broken(web: FixtureWeb, tmp_path: Path) -> None:
    s = scenario(web, tmp_path)
    s.run(0)
    s.run(0.25)  # failing again, but within the hour confirmation needs
    web.add("www.back-pain-2.example", "/topics/back-pain", status=410)
    text = render(s, s.run(0.5))
    assert "Newly broken" not in text
    at_risk = section(text, "Newly at risk")
    assert (
        "**Back Pain** (back-pain): #2 Source 2 is dead, failing 1 run(s) in a row, "
        "not yet confirmed" in at_risk
    )
    assert "Leg Pain" not in at_risk  # it was at risk already last time
    # The route's new failure is said once, under the route, not again per source.
    assert "Failing, not yet confirmed" not in text


def test_newly_stale_from_a_stored_look_that_saw_the_page_retitled(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = scenario(web, tmp_path)
    s.run(0)
    retitled = s.urls["back-pain"][1]
    with SqliteStore(s.store_path) as store:
        # A recheck between the two full runs saw source 2 retitled.
        store.start_run(RunRecord(run_id="recheck-1", started_at=T0, kind="recheck"))
        store.record(
            [
                Observation(
                    run_id="recheck-1",
                    url=retitled,
                    checked_at=T0 + timedelta(minutes=30),
                    state=LinkState.ALIVE,
                    http_status=200,
                    final_url=retitled,
                    title="Something else entirely",
                    flags=frozenset({Flag.RETITLED}),
                )
            ]
        )
        store.finish_run(
            RunRecord(
                run_id="recheck-1",
                started_at=T0,
                finished_at=T0 + timedelta(minutes=30),
                kind="recheck",
            )
        )
    every_url = frozenset(url for urls in s.urls.values() for url in urls)
    report = s.run(1.0, live=every_url - {retitled})
    text = render(s, report)
    assert "**Back Pain** (back-pain): #2 Source 2: retitled" in section(text, "Newly stale")


def test_no_changes_and_inconclusive_runs_say_so(web: FixtureWeb, tmp_path: Path) -> None:
    s = scenario(web, tmp_path)
    s.run(0)
    report = s.run(0.1)
    text = render(s, report)
    assert (
        "No changes since the previous run (2026-11-02 03:00 UTC). 5 routes: 2 at-risk, 3 healthy."
        in text
    )

    offline = report.model_copy(
        update={"run": report.run.model_copy(update={"inconclusive": True, "reason": "all down"})}
    )
    text = digest.render(offline, report)
    assert text.startswith("# curator digest") and "Inconclusive run: all down." in text
