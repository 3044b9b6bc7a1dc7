"""Shards: whole hosts each, balanced by links, stable for the same plan."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_learning import ProbePlan
from curator.execute.choose import PROCESS_MIN_LINKS, default_workers
from curator.execute.shards import host_key, make_shards
from curator.execute.work import share_of
from curator.fetch.job import Validators
from curator.inspect import Wants
from curator.settings import FetchSettings


def _zipf_urls(hosts: int, links: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(hosts)]
    picks = rng.choices(range(hosts), weights, k=links)
    return [f"https://WWW.Host{h}.org/page/{n}" for n, h in enumerate(picks)]


def test_a_host_never_spans_two_shards_whatever_its_spelling() -> None:
    urls = _zipf_urls(200, 20_000)
    urls += ["http://www.host3.org/plain-http", "https://www.host3.org./trailing-dot#frag"]
    shards = make_shards(urls, 8)
    owner: dict[str, int] = {}
    for shard in shards:
        for url in shard.urls:
            assert owner.setdefault(host_key(url), shard.number) == shard.number
    assert host_key("https://www.host3.org./x") == host_key("http://WWW.HOST3.ORG/y")
    assert sorted(u for s in shards for u in s.urls) == sorted(set(urls))


def test_shards_are_balanced_by_links_unless_one_host_is_bigger_than_a_share() -> None:
    urls = _zipf_urls(200, 20_000)
    shards = make_shards(urls, 4)
    sizes = [len(s) for s in shards]
    biggest_host = max(Counter(host_key(u) for u in urls).values())
    assert sizes == sorted(sizes, reverse=True)
    # Largest-first packing: no shard exceeds the ideal by more than one host's worth.
    assert max(sizes) <= max(biggest_host, 20_000 / 4 + biggest_host)
    assert max(sizes) - min(sizes) <= biggest_host
    # Many small hosts balance almost exactly.
    even = [f"https://h{h}.org/{p}" for h in range(100) for p in range(10)]
    assert {len(s) for s in make_shards(even, 4)} == {250}


def test_never_more_shards_than_hosts_and_validators_and_terms_follow_their_url() -> None:
    urls = ["https://a.org/1", "https://a.org/2", "https://b.org/1"]
    shards = make_shards(
        urls, 8, {"https://b.org/1": Validators(etag='"x"')}, {"https://a.org/2": Wants(("spine",))}
    )
    assert len(shards) == 2
    by_host = {next(iter(s.hosts)): s for s in shards}
    assert by_host["b.org"].validators == {"https://b.org/1": Validators(etag='"x"')}
    assert by_host["a.org"].wants == {"https://a.org/2": Wants(("spine",))}
    assert make_shards([], 4) == []
    with pytest.raises(ValueError, match="at least 1"):
        make_shards(urls, 0)


def test_the_same_plan_always_gives_the_same_shards() -> None:
    urls = _zipf_urls(50, 2000)
    assert make_shards(urls, 6) == make_shards(urls, 6)
    forward, backward = make_shards(urls, 6), make_shards(list(reversed(urls)), 6)
    assert [s.hosts for s in forward] == [s.hosts for s in backward]


def test_workers_share_the_global_concurrency() -> None:
    settings = FetchSettings(concurrency=64).plain()
    assert share_of(settings, 2).concurrency == 32
    assert share_of(settings, 100).concurrency == 1
    assert default_workers(PROCESS_MIN_LINKS - 1, cpus=8) == 1
    assert default_workers(PROCESS_MIN_LINKS, cpus=8) == 8
    assert default_workers(1_000_000, cpus=1) == 1


def test_each_shard_gets_only_its_own_hosts_probe_answers() -> None:
    """A worker is sent the stored soft-404 answers of its own hosts only: it never judges
    another host's pages, and a large run's answers were copied to every worker."""
    urls = [f"https://www.h{h}.org/news/{n}/slug" for h in range(6) for n in range(3)]
    answers = {
        answer.key: answer
        for h in range(6)
        for answer in [ProbeAnswer(f"https://WWW.H{h}.org", "/news/number/text", 404, "x")]
    }
    plan = ProbePlan(known=frozenset(answers), similarity=0.8, answers=answers)
    shards = make_shards(urls, 3, probes=plan)
    assert len(shards) == 3
    for shard in shards:
        assert shard.probes is not None and shard.probes.similarity == 0.8
        hosts = {host_key(origin) for origin, _ in shard.probes.answers}
        assert hosts == set(shard.hosts) and len(shard.probes.answers) == 2
        assert shard.probes.known == frozenset(shard.probes.answers)
    assert make_shards(urls, 3)[0].probes is None
