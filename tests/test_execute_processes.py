"""The process executor: worker processes judge every source exactly as one process does."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checkroutes import run_request as request
from curator.execute.interface import ExecutorError
from curator.execute.local import InProcessExecutor
from curator.execute.processes import ProcessExecutor
from curator.fetch.client import Fetcher
from curator.fetch.resolve import Resolver
from curator.pipeline import run_check
from curator.settings import FetchSettings, Settings
from execute_scenario import build, judged
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route


@pytest.mark.slow
def test_worker_processes_give_the_same_states_as_one_process(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    build(web, tmp_path / "routes", extra_hosts=6, per_host=5)
    settings = Settings(fetch=fast_settings())
    with Fetcher(settings.fetch, web.resolver) as fetcher:
        local = run_check(request(tmp_path / "routes"), settings, InProcessExecutor(fetcher), None)
    shards: list[tuple[int, int]] = []
    executor = ProcessExecutor(
        settings.fetch, web.resolver, workers=2, on_shard=lambda *s: shards.append(s)
    )
    with executor:
        sharded = run_check(request(tmp_path / "routes"), settings, executor, None)
    assert judged(sharded) == judged(local)
    assert len(judged(local)) == 14 + 30
    assert (1, 2) in shards and (2, 2) in shards  # the main wave ran as two shards
    # Politeness still lives in one place per host: robots.txt read once per run and host.
    assert web.count("www.mayoclinic.org", "/robots.txt") == 2  # one per run


def test_a_worker_keeps_its_fetcher_from_one_wave_to_the_next(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # The pool's initializer builds the Fetcher once: the second wave (a run's soft-404
    # probes, say) reuses what the first learnt, robots.txt included.
    first = web.add("kept.org", "/a", body=html_page("A"))
    second = web.add("kept.org", "/b", body=html_page("B"))
    with ProcessExecutor(fast_settings(), web.resolver, workers=1) as executor:
        [got] = executor.inspect_many([first])
        assert [i.result.status for i in executor.inspect_many([second])] == [200]
    assert web.count("kept.org", "/robots.txt") == 1
    # the caller's own string comes back, not the copy that crossed from the worker
    assert got.result.status == 200 and got.result.url is first


def test_results_stream_back_while_a_shard_is_still_running(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    quick = [web.add("quick.org", f"/{n}", body=html_page(f"Quick {n}")) for n in range(3)]
    # The slow page answers once every quick result is back, by condition rather than after a
    # fixed time a loaded machine may need just to start the worker; if results waited for
    # the shard to end, it would answer only after 30 s, not released.
    quick_back = threading.Event()
    released: list[bool] = []

    def late(req: FixtureRequest) -> None:
        released.append(quick_back.wait(30))
        req.respond(200, html_page("Late"))

    slow = web.add("slow.org", "/late", handler=late)
    # One worker, so the quick pages and the slow one share a shard.
    settings = fast_settings(read_timeout=60, total_timeout=60)
    with ProcessExecutor(settings, web.resolver, workers=1) as executor:
        arrivals = []
        for inspection in executor.inspect_many([*quick, slow]):
            arrivals.append(inspection.result.url)
            if set(quick) <= set(arrivals):
                quick_back.set()
    assert released == [True]  # the quick results came back while the shard still ran
    assert sorted(arrivals[:3]) == sorted(quick) and arrivals[3] == slow


def test_closing_after_an_abandoned_wave_ends_its_busy_worker_at_once(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # A run cancelled mid-wave (Ctrl-C, the scheduler stopping) stops reading results while
    # its worker is still waiting on a slow page: closing must not wait for that page.
    quick = web.add("quick.org", "/", body=html_page("Quick"))
    # The slow page takes far longer than a loaded machine needs to end a process.
    slow = web.add("slow.org", "/late", body=html_page("Late"), delay=100)
    executor = ProcessExecutor(fast_settings(total_timeout=110, read_timeout=110), web.resolver, 1)
    results = executor.inspect_many([quick, slow])
    assert next(results).result.url == quick
    results.close()  # the caller stops listening
    (pid,) = executor.pids
    began = time.monotonic()
    executor.close()
    assert time.monotonic() - began < 30
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped, not left running


class _Interrupted(Exception):
    """Stands in for Ctrl-C (pytest handles KeyboardInterrupt itself)."""


def _interrupt(*_: object) -> None:
    raise _Interrupted


def test_closing_a_wave_abandoned_before_its_workers_started_does_not_wait_for_it(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # Ctrl-C while the workers are still importing curator: no worker has announced its pid,
    # yet closing must not wait for their shards' slow pages.
    # The slow pages take far longer than a loaded machine needs to end the processes.
    slow = [web.add(f"slow{n}.org", "/late", body=html_page("Late"), delay=100) for n in range(2)]
    executor = ProcessExecutor(fast_settings(total_timeout=110, read_timeout=110), web.resolver, 2)
    results = executor.inspect_many(slow)
    previous = signal.signal(signal.SIGALRM, _interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        with pytest.raises(_Interrupted):
            next(results)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    began = time.monotonic()
    results.close()
    executor.close()
    assert time.monotonic() - began < 40


_on_pickle: Callable[[], None] | None = None  # run where the pool's start pickles a resolver


class _HookedResolver:
    """A fixture web's resolver whose pickling, which the pool's start does once per worker it
    spawns, runs ``_on_pickle``: a way to hold the start at a known moment."""

    def __init__(self, inner: Resolver) -> None:
        self.inner = inner

    def resolve(self, host: str, port: int) -> list[str]:
        return self.inner.resolve(host, port)

    def __getstate__(self) -> dict[str, object]:
        if _on_pickle is not None:
            _on_pickle()
        return self.__dict__


def test_ctrl_c_while_the_pool_is_starting_neither_tears_the_start_nor_breaks_close(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # Ctrl-C landing inside the standard pool's start left it half-made (its manager thread
    # created but not started), and closing then failed with "cannot join thread before it
    # is started". Hold the start while it spawns the first worker and interrupt right then.
    global _on_pickle
    slow = [web.add(f"slow{n}.org", "/late", body=html_page("Late"), delay=100) for n in range(2)]
    settings = fast_settings(total_timeout=110, read_timeout=110)
    executor = ProcessExecutor(settings, _HookedResolver(web.resolver), 2)
    holding, go = threading.Event(), threading.Event()
    torn: list[bool] = []

    def hold() -> None:
        if holding.is_set():
            return
        holding.set()
        try:
            go.wait(30)
        except _Interrupted:
            torn.append(True)  # the interrupt landed inside the start itself
            raise

    def ctrl_c() -> None:
        if holding.wait(30):
            signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGALRM)

    before = {child.pid for child in multiprocessing.active_children()}
    previous = signal.signal(signal.SIGALRM, _interrupt)
    _on_pickle = hold
    interrupter = threading.Thread(target=ctrl_c)
    interrupter.start()
    try:
        with pytest.raises(_Interrupted):
            next(executor.inspect_many(slow))
    finally:
        go.set()
        interrupter.join()
        _on_pickle = None
        signal.signal(signal.SIGALRM, previous)
    began = time.monotonic()
    executor.close()
    assert time.monotonic() - began < 40
    assert torn == []  # the start finished whole, in its own thread
    assert {child.pid for child in multiprocessing.active_children()} <= before  # none left


def test_a_wave_after_an_abandoned_one_gets_only_its_own_pages(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # The abandoned shard keeps its worker until it ends; what it still sends is not the new
    # wave's, and the new wave neither loses its pages nor gets the old ones.
    first = [web.add("one.org", f"/{n}", body=html_page(f"One {n}")) for n in range(3)]
    slow = web.add("slow.org", "/late", body=html_page("Late"), delay=1)
    second = web.add("two.org", "/", body=html_page("Two"))
    with ProcessExecutor(fast_settings(), web.resolver, workers=1) as executor:
        results = executor.inspect_many([*first, slow])
        assert next(results).result.url in first
        results.close()
        assert [i.result.url for i in executor.inspect_many([second])] == [second]


@pytest.mark.slow
def test_a_worker_that_dies_fails_the_run_clearly_instead_of_hanging(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    started = threading.Event()

    def hang(req: FixtureRequest) -> None:
        started.set()
        req.wait(20)

    url = web.add("hangs.org", "/", handler=hang)
    executor = ProcessExecutor(fast_settings(total_timeout=30, read_timeout=30), web.resolver, 1)
    try:
        results = executor.inspect_many([url])
        killer = threading.Thread(target=_kill_worker, args=(started, executor))
        killer.start()
        died = r"curator worker \(pid \d+\) failed .* 1 links of 1 hosts: .*terminated abruptly"
        with pytest.raises(ExecutorError, match=died):
            next(results)
        killer.join()
        # The dead worker took its pool with it; the next wave runs on a new one.
        after = web.add("after.org", "/", body=html_page("After"))
        assert [i.result.status for i in executor.inspect_many([after])] == [200]
    finally:
        executor.close()


def _kill_worker(started: threading.Event, executor: ProcessExecutor) -> None:
    assert started.wait(15)
    deadline = time.monotonic() + 5
    while not executor.pids and time.monotonic() < deadline:
        time.sleep(0.01)  # the shard's first word (its pid) is on its way to the driver
    (pid,) = executor.pids
    os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_curator_run_with_workers_reports_shards(tmp_path: Path, web: FixtureWeb) -> None:
    hosts = [f"www.site{n}-health.org" for n in range(5)]
    urls = [web.add(h, "/back-pain", body=html_page(f"Back pain at {h}")) for h in hosts]
    write_route(tmp_path / "routes", "back-pain", urls)
    (tmp_path / "curator.toml").write_text("[fetch]\nper_host_spacing = 0\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "curator", "run", "--allow-private-networks", "--workers", "2",
         "--store", "", *[f"--resolve={h}:127.0.0.1" for h in hosts]],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "shard 2/2 done" in proc.stderr
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert [s["state"] for s in report["routes"][0]["sources"]] == ["alive"] * 5
