"""A worker's shard comes back in chunks: full ones at once, a partial one when its time is up,
every URL exactly once."""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable

from curator.execute.shards import Shard, make_shards
from curator.execute.work import inspect_shard
from curator.fetch.client import Fetcher
from curator.inspect import Inspection, Wants
from curator.settings import FetchSettings
from fixtureweb import FixtureRequest, FixtureWeb, html_page


def test_a_shard_comes_back_in_full_chunks_and_its_last_one_without_waiting(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = tuple(web.add("chunks.org", f"/{n}", body=html_page(f"Page {n}")) for n in range(10))
    shard = Shard(1, urls, frozenset({"chunks.org"}))
    began = time.monotonic()
    with Fetcher(fast_settings(), web.resolver) as fetcher:
        # A chunk's time (30 s) never comes: full chunks leave when full, the last one when
        # the shard ends.
        chunks = list(inspect_shard(fetcher, shard, chunk_size=4, chunk_seconds=30))
    assert time.monotonic() - began < 20
    assert [len(chunk) for chunk in chunks] == [4, 4, 2]
    got = [item.result.url for chunk in chunks for item in chunk if isinstance(item, Inspection)]
    assert sorted(got) == sorted(urls)
    assert all(item.result.status == 200 for chunk in chunks for item in chunk)  # type: ignore[union-attr]


def test_a_partial_chunk_leaves_when_its_time_is_up_while_the_next_page_is_slow(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    quick = [web.add("quick.org", f"/{n}", body=html_page(f"Quick {n}")) for n in range(2)]
    first_chunk_out = threading.Event()
    released: list[bool] = []

    def late(req: FixtureRequest) -> None:
        released.append(first_chunk_out.wait(30))  # answers only once a chunk has left
        req.respond(200, html_page("Late"))

    slow = web.add("slow.org", "/late", handler=late)
    shard = Shard(1, (*quick, slow), frozenset({"quick.org", "slow.org"}))
    settings = fast_settings(read_timeout=60, total_timeout=60)
    chunks: list[list[str]] = []
    with Fetcher(settings, web.resolver) as fetcher:
        for chunk in inspect_shard(fetcher, shard, chunk_size=64, chunk_seconds=0.05):
            chunks.append([item.result.url for item in chunk])  # type: ignore[union-attr]
            first_chunk_out.set()
    assert released == [True]
    # The quick pages left before the slow one answered (in one chunk or two, as they came).
    assert sorted(url for chunk in chunks[:-1] for url in chunk) == sorted(quick)
    assert chunks[-1] == [slow]


def test_a_workers_copy_of_a_shard_lets_go_of_each_pages_wants_and_reads_them_first(
    web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add("wants.org", f"/{n}", body=html_page(f"Spine care {n}")) for n in range(6)]
    wants = {url: Wants(("spine",) if n % 2 else ("knee",)) for n, url in enumerate(urls)}
    [made] = make_shards(urls, 1, wants=wants)
    sent = pickle.loads(pickle.dumps(made))  # what a worker process runs
    with Fetcher(fast_settings(), web.resolver) as fetcher:
        found = {
            item.result.url: item.found_terms
            for chunk in inspect_shard(fetcher, sent)
            for item in chunk
            if isinstance(item, Inspection)
        }
        again = {
            item.result.url: item.found_terms
            for chunk in inspect_shard(fetcher, made)  # read where it was made: kept
            for item in chunk
            if isinstance(item, Inspection)
        }
    # every page read for its own terms, from either copy
    assert found == again == {u: ("spine",) if n % 2 else () for n, u in enumerate(urls)}
    assert len(sent.wants) == 0  # the worker's copy emptied as its pages came
    assert dict(made.wants) == wants  # the driver's, only read
