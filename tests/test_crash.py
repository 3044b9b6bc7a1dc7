"""A run killed at any moment loses nothing it had recorded and leaves nothing half-written.

The pipeline records observations in batches as they are classified (``check.record.Recorder``),
the store is SQLite in WAL mode, and report files are written then renamed. The in-process tests
pin down the batching and how the end of a run settles what batches recorded early; the slow
test SIGKILLs ``python -m curator run`` at seeded random moments and checks what is left.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.fetch.result import FetchResult
from curator.pipeline import RunRequest, run_check
from curator.report.model import Report
from curator.session.cancel import RunCancelled
from curator.settings import FetchSettings, HistorySettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from reportcheck import assert_reports_whole
from routefiles import write_route

# -- in process: batches, and how the end of a run settles them ------------------------------


def _article(n: int) -> str:
    return html_page(f"Article {n}", "<p>Back pain is common and usually gets better.</p>" * 20)


def _settings(fast_settings: Callable[..., FetchSettings], **history: object) -> Settings:
    return Settings(fetch=fast_settings(), history=HistorySettings(**history))  # type: ignore[arg-type]


def _run(
    tmp_path: Path,
    web: FixtureWeb,
    settings: Settings,
    store: SqliteStore,
    progress: Callable[[FetchResult], None] | None = None,
) -> Report:
    catalog = load_catalog(tmp_path / "routes")
    request = RunRequest(list(catalog.routes.values()), frozenset(catalog.routes))
    with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
        return run_check(request, settings, fetcher, store, progress=progress)


def _stored(path: Path) -> dict[tuple[str, str], str]:
    """(run, url) -> state, read through a connection of its own, as another process would."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT run_id, url, state FROM observations").fetchall()
    return {(run, url): state for run, url, state in rows}


def test_observations_are_in_the_store_before_the_run_ends(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add(f"site{n}.example.org", "/page", body=_article(n)) for n in range(10)]
    write_route(tmp_path / "routes", "one", urls[:5])
    write_route(tmp_path / "routes", "two", urls[5:])
    seen_mid_run: list[int] = []

    def progress(result: FetchResult) -> None:
        seen_mid_run.append(len(_stored(tmp_path / "state.sqlite")))

    with SqliteStore(tmp_path / "state.sqlite") as store:
        # Batches of three, however long a loaded machine takes: no batch is written on time.
        settings = _settings(fast_settings, record_batch=3, record_seconds=3600)
        report = _run(tmp_path, web, settings, store, progress)
    # The 10th result arrives after three batches of three were written.
    assert seen_mid_run[-1] == 9
    assert seen_mid_run == sorted(seen_mid_run)
    assert len(_stored(tmp_path / "state.sqlite")) == 10
    assert all(s.state is LinkState.ALIVE for r in report.routes for s in r.sources)


def test_a_batch_is_written_once_enough_time_has_passed(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    fast = [web.add(f"fast{n}.example.org", "/page", body=_article(n)) for n in range(3)]
    slower = web.add("slower.example.org", "/page", body=_article(8), delay=0.8)
    slowest = web.add("slowest.example.org", "/page", body=_article(9), delay=1.6)
    write_route(tmp_path / "routes", "one", [*fast, slower, slowest])
    settings = _settings(fast_settings, record_batch=1000, record_seconds=0.3)
    before_last: list[int] = []

    def progress(result: FetchResult) -> None:
        if result.url == slowest:
            before_last.append(len(_stored(tmp_path / "state.sqlite")))

    with SqliteStore(tmp_path / "state.sqlite") as store:
        _run(tmp_path, web, settings, store, progress)
    # Nowhere near a full batch, but when the slower page came back the others had waited
    # long enough: all four were written before the slowest arrived.
    assert before_last == [4]


def test_end_of_run_settles_what_a_batch_judged_without_its_probe(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # A catch-all site: every path answers the same friendly page. Only the soft-404 probe
    # (fetched beside the main pass; it answers late here) can tell, so the batch first
    # records it alive.
    catch_all = html_page("Health site", "<p>We looked everywhere for that. </p>" * 30)
    store_path = tmp_path / "state.sqlite"
    during_probe: list[dict[tuple[str, str], str]] = []

    def everything(req: FixtureRequest) -> None:
        if req.path not in ("/topics/back", "/robots.txt"):
            req.wait(0.5)  # the cited page's batch (of one) is written meanwhile
            during_probe.append(_stored(store_path))
        req.respond(200, catch_all)

    cited = web.add("www.catchall.org", "/topics/back", body=catch_all)
    web.add("www.catchall.org", "*", handler=everything)
    others = [web.add(f"ok{n}.example.org", "/page", body=_article(n)) for n in range(4)]
    write_route(tmp_path / "routes", "one", [cited, *others])

    with SqliteStore(store_path) as store:
        report = _run(tmp_path, web, _settings(fast_settings, record_batch=1), store)
    assert report.routes[0].sources[0].state is LinkState.SOFT_DEAD
    probe_time = [state for (_, url), state in during_probe[0].items() if url == cited]
    assert probe_time == ["alive"]  # recorded before the probe could say otherwise
    final = [state for (_, url), state in _stored(store_path).items() if url == cited]
    assert final == ["soft-dead"]  # one row, settled


def test_a_run_that_turns_out_offline_is_settled_to_unknown(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # Batches of one: the first DNS failure alone cannot make a run look offline (it takes two
    # hosts), so it is first recorded dead; the end of the run knows better.
    write_route(tmp_path / "routes", "off", [f"https://www.h{n}.invalid/p" for n in range(5)])
    with SqliteStore(tmp_path / "state.sqlite") as store:
        report = _run(tmp_path, web, _settings(fast_settings, record_batch=1), store)
    assert report.run.inconclusive
    assert set(_stored(tmp_path / "state.sqlite").values()) == {"unknown"}
    # The early batches' looks were recorded as judged (dead) and then settled from the look
    # alone: the report says why it judged nothing, and keeps no flag of a judgement.
    sources = report.routes[0].sources
    assert {s.reason for s in sources} == {"the checker looked offline; nothing judged"}
    assert all(s.flags == [] for s in sources)


def test_a_cancelled_run_keeps_its_written_batches_and_nothing_half(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add(f"site{n}.example.org", "/page", body=_article(n)) for n in range(10)]
    write_route(tmp_path / "routes", "one", urls[:5])
    write_route(tmp_path / "routes", "two", urls[5:])
    arrived: list[str] = []

    def progress(result: FetchResult) -> None:
        arrived.append(result.url)
        if len(arrived) == 8:
            raise RunCancelled("stop")

    with SqliteStore(tmp_path / "state.sqlite") as store, pytest.raises(RunCancelled):
        _run(
            tmp_path,
            web,
            _settings(fast_settings, record_batch=3, record_seconds=3600),
            store,
            progress,
        )
    stored = _stored(tmp_path / "state.sqlite")
    assert len(stored) == 6  # two whole batches; the 7th result waited for its batch
    assert {url for _, url in stored} == set(arrived[:6])
    with SqliteStore(tmp_path / "state.sqlite") as store:
        (run,) = store.runs()
    assert run.finished_at is None


# -- out of process: kill -9 at random moments -------------------------------------------------

HOSTS = [f"host{n}.example.org" for n in range(12)]
PAGES_PER_HOST = 6
CRASH_TOML = """\
[fetch]
per_host_spacing = 0
concurrency = 4
per_host_concurrency = 2
backoff_base = 0.01
backoff_max = 0.05
retries = 1
connect_timeout = 2
read_timeout = 2
total_timeout = 5
[history]
record_batch = 5
record_seconds = 0.3
"""


def _slowish_web(web: FixtureWeb, tmp_path: Path) -> list[str]:
    """72 pages on 12 hosts, each answering after 60-180 ms; a few dead ones; 15 routes."""
    rng = random.Random(11)
    urls = []
    for host in HOSTS:
        for n in range(PAGES_PER_HOST):
            status = 404 if rng.random() < 0.1 else 200
            body = _article(n) if status == 200 else "gone"
            urls.append(
                web.add(host, f"/a/{n}", status=status, body=body, delay=rng.uniform(0.06, 0.18))
            )
    rng.shuffle(urls)
    for n in range(0, len(urls), 5):
        chunk = urls[n : n + 5]
        if len(chunk) == 5:
            write_route(tmp_path / "routes", f"route-{n // 5:02d}", chunk)
    (tmp_path / "curator.toml").write_text(CRASH_TOML, encoding="utf-8")
    return [
        "--no-progress",
        "--allow-private-networks",
        *(f"--resolve={h}:127.0.0.1" for h in HOSTS),
    ]


def _start(tmp_path: Path, args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "curator", "run", *args],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _store_rows(path: Path) -> tuple[dict[tuple[str, str], str], dict[str, str | None]]:
    """Observations and runs (run -> finished_at) as committed right now."""
    if not path.exists():
        return {}, {}
    conn = sqlite3.connect(path, timeout=5)
    try:
        observations = _stored_with(conn)
        runs = dict(conn.execute("SELECT run_id, finished_at FROM runs").fetchall())
    except sqlite3.OperationalError:  # the schema is not there yet: the run is starting up
        return {}, {}
    finally:
        conn.close()
    return observations, runs


def _stored_with(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    rows = conn.execute("SELECT run_id, url, state FROM observations").fetchall()
    return {(run, url): state for run, url, state in rows}


@pytest.mark.slow
@pytest.mark.timeout(300)  # seven runs of curator; a loaded 2-core machine needs the room
def test_kill_9_at_random_moments_loses_nothing_recorded(tmp_path: Path, web: FixtureWeb) -> None:
    args = _slowish_web(web, tmp_path)
    state = tmp_path / ".curator" / "state.sqlite"
    began = time.monotonic()
    first = subprocess.run(
        [sys.executable, "-m", "curator", "run", *args], cwd=tmp_path, capture_output=True,
        timeout=60,
    )  # fmt: skip
    duration = time.monotonic() - began
    assert first.returncode == 0, first.stderr.decode()
    assert_reports_whole(tmp_path / "reports")

    rng = random.Random(20261123)
    moments: list[float | str | None] = [rng.uniform(0.3, duration * 0.9) for _ in range(3)]
    # "batch": as soon as the run has a batch in the store, by condition, not by the clock (a
    # loaded machine may start a run later than the first one did). None: right after the run
    # is recorded finished.
    killed_with_batches = 0
    for moment in [*moments, "batch", None]:
        known = set(_store_rows(state)[1])  # runs before this one (killed ones stay unfinished)
        proc = _start(tmp_path, args)
        waiting = moment if isinstance(moment, float) else 60
        deadline = time.monotonic() + waiting
        before: dict[tuple[str, str], str] = {}
        runs: dict[str, str | None] = {}
        finished_before = sum(1 for f in _store_rows(state)[1].values() if f)
        while time.monotonic() < deadline and proc.poll() is None:
            before, runs = _store_rows(state)
            if moment is None and sum(1 for f in runs.values() if f) > finished_before:
                break  # finished in the store: the reports are being written now
            if moment == "batch" and any(run not in known for run, _ in before):
                break  # this run has a batch in the store
            time.sleep(0.02)
        before, runs = _store_rows(state)
        proc.kill()  # SIGKILL, unless the run has ended and been reaped (poll) meanwhile
        proc.wait(10)
        assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read() if proc.stderr else ""

        with sqlite3.connect(state) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            after = _stored_with(conn)
        lost = set(before) - set(after)
        assert not lost, f"killed at {moment}: {len(lost)} recorded observations lost"
        assert_reports_whole(tmp_path / "reports")
        if any(run not in known and runs.get(run) is None for run, _ in before):
            killed_with_batches += 1  # this run, killed unfinished with batches stored

    # At least one run was killed mid-way with batches already safe in the store.
    assert killed_with_batches >= 1

    again = subprocess.run(
        [sys.executable, "-m", "curator", "run", *args], cwd=tmp_path, capture_output=True,
        timeout=60,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr.decode()
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    with SqliteStore(state) as store:
        latest = store.runs(1)[0]
    assert report["run"]["id"] == latest.run_id and latest.finished_at is not None
    assert datetime.fromisoformat(report["run"]["finished_at"]) <= datetime.now(UTC)
    assert sum(len(r["sources"]) for r in report["routes"]) == 70
    assert_reports_whole(tmp_path / "reports")
