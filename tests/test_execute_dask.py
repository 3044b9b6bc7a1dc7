"""Runs on a real local Dask cluster: ``dask scheduler`` and two ``dask worker`` processes on
127.0.0.1, started here. The fixture web runs in this process; workers reach it through the
run's StaticResolver, which travels with each task."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from checkroutes import run_request as request
from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_learning import ProbePlan
from curator.execute.dask import DaskExecutor
from curator.execute.interface import ExecutorError
from curator.execute.shards import make_shards
from curator.fetch.client import Fetcher
from curator.fetch.job import Validators
from curator.inspect import Inspection, Wants
from curator.pipeline import run_check
from curator.report.model import Report
from curator.settings import FetchSettings, Settings
from curator.states import LinkState
from curator.store.sqlite import SqliteStore
from dask_cluster import SKIP_ENV, LocalDaskCluster, dask_command, missing_reason
from execute_scenario import article, build, judged
from fixtureweb import FixtureWeb
from routefiles import write_route

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]


def _need_dask() -> None:
    if dask_command() is None:
        if os.environ.get(SKIP_ENV):
            pytest.skip(missing_reason())
        pytest.fail(missing_reason(), pytrace=False)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalDaskCluster]:
    _need_dask()
    with LocalDaskCluster(workers=2) as running:
        yield running


class Counting:
    """An executor wrapper that counts what reaches the driver, per URL."""

    def __init__(self, inner: DaskExecutor) -> None:
        self.inner = inner
        self.delivered: Counter[str] = Counter()

    def inspect_many(
        self,
        urls: Sequence[str],
        validators: Mapping[str, Validators] | None = None,
        wants: Mapping[str, Wants] | None = None,
        probes: ProbePlan | None = None,
    ) -> Iterator[Inspection | ProbeAnswer]:
        for inspection in self.inner.inspect_many(urls, validators, wants, probes):
            if isinstance(inspection, Inspection):
                self.delivered[inspection.result.url] += 1
            yield inspection

    def start(self) -> None:
        self.inner.start()

    def close(self) -> None:
        self.inner.close()


def test_a_clustered_run_gives_the_same_states_as_a_local_run(
    cluster: LocalDaskCluster,
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
) -> None:
    build(web, tmp_path / "routes", extra_hosts=6, per_host=5)
    settings = Settings(fetch=fast_settings())
    with Fetcher(settings.fetch, web.resolver) as fetcher:
        local = run_check(request(tmp_path / "routes"), settings, fetcher, None)
    shards: list[tuple[int, int]] = []
    executor = DaskExecutor(
        cluster.address, settings.fetch, web.resolver, on_shard=lambda *s: shards.append(s)
    )
    with executor:
        clustered = run_check(request(tmp_path / "routes"), settings, executor, None)
    assert judged(clustered) == judged(local)
    assert {state for state, *_ in judged(local).values()} >= {
        LinkState.ALIVE, LinkState.MOVED, LinkState.DEAD, LinkState.SOFT_DEAD,
        LinkState.BLOCKED, LinkState.SKIPPED,
    }  # fmt: skip
    assert (4, 4) in shards  # 2 workers x 1 thread x 2 shards per thread


def test_a_worker_killed_mid_run_still_completes_with_every_source_recorded_once(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _need_dask()
    hosts, per_host = 8, 5
    urls = []
    for h in range(hosts):
        for p in range(per_host):
            page = article(f"Host {h} page {p}")
            urls.append(web.add(f"www.h{h}-health.org", f"/p/{p}", body=page, delay=0.1))
    for start in range(0, len(urls), 5):
        write_route(tmp_path / "routes", f"route-{start // 5}", urls[start : start + 5])
    settings = Settings(fetch=fast_settings(per_host_concurrency=1))
    store = SqliteStore(tmp_path / "state.sqlite")
    outcome: dict[str, Report | BaseException] = {}
    with LocalDaskCluster(workers=2) as running:
        executor = Counting(DaskExecutor(running.address, settings.fetch, web.resolver))

        def drive() -> None:
            try:
                outcome["report"] = run_check(
                    request(tmp_path / "routes"), settings, executor, store
                )
            except BaseException as exc:
                outcome["error"] = exc

        driver = threading.Thread(target=drive)
        driver.start()
        # Wait until two shards are fetching at once: with one thread each, that is both
        # workers mid-shard, so the worker killed leaves a shard half done. (Waiting for two
        # shards to have started is not enough under load: a worker slow to start lets the
        # other finish one shard and start the next, and the killed worker had fetched nothing.)
        shards = make_shards(urls, 4)
        shard_of = {h: s.number for s in shards for h in s.hosts}
        size = {s.number: per_host * len(s.hosts) for s in shards}
        paths = {f"/p/{p}" for p in range(per_host)}

        def fetching() -> set[int | None]:
            fetched = Counter(shard_of.get(r.host) for r in web.log if r.path in paths)
            return {shard for shard, n in fetched.items() if shard is not None and n < size[shard]}

        deadline = time.monotonic() + 30
        while len(fetching()) < 2:
            assert time.monotonic() < deadline, "the cluster never fetched two shards at once"
            time.sleep(0.02)
        running.kill(0)
        driver.join(timeout=60)
        executor.close()
    store.close()
    assert "error" not in outcome, outcome.get("error")
    report = outcome["report"]
    assert isinstance(report, Report)
    assert {s.state for r in report.routes for s in r.sources} == {LinkState.ALIVE}
    # The killed worker's shard ran again elsewhere: some pages were fetched twice ...
    pages = Counter((r.host, r.path) for r in web.log if r.path in paths)
    assert max(pages.values()) > 1
    # ... yet the driver saw each URL once, and the store holds one observation per URL.
    assert set(urls) <= set(executor.delivered) and set(executor.delivered.values()) == {1}
    with sqlite3.connect(tmp_path / "state.sqlite") as db:
        rows = db.execute(
            "SELECT url, count(*) FROM observations WHERE run_id = ? GROUP BY url",
            (report.run.id,),
        ).fetchall()
    assert sorted(rows) == sorted((u, 1) for u in urls)


def test_an_unreachable_scheduler_is_a_clear_error(
    fast_settings: Callable[..., FetchSettings],
) -> None:
    _need_dask()
    with pytest.raises(
        ExecutorError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        DaskExecutor("tcp://127.0.0.1:9", fast_settings(), connect_timeout=1)
