"""Cut a run's URLs into shards that can run apart without breaking politeness.

Politeness is per host (a cap on requests in flight, spacing between starts, Retry-After pauses,
robots.txt), and it is enforced by one Fetcher's dispatcher. Two machines fetching the same
host would each apply the limits alone and together double them. So a shard holds whole hosts:
a host never spans shards, and whoever runs a shard owns that host's politeness for the run.

Shards are balanced by link count with longest-processing-time-first packing (the biggest host
goes to the emptiest shard): a run lasts as long as its slowest shard, and at a fixed per-host
pace a shard's time grows with its links. One host bigger than a fair share gets a shard to
itself; no packing can make a run shorter than that host's links at its own pace.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from curator import urls
from curator.classify.probe_learning import ProbePlan
from curator.draining import Draining
from curator.fetch.validators import Validators
from curator.inspect import Wants

V = TypeVar("V")


class PartOf(Mapping[str, V]):
    """A wave's per-URL mapping (validators, wants) as one shard's URLs see it, without a copy.

    The driver holds every shard of a wave to its end (the pool keeps what it was handed until
    the task is done), so a copy of the wave's mappings per shard would be a second table for
    every link held while the workers fetch: about 2 MiB per 50,000 links for the wants alone
    (bench/README.md, "The tree's peak at 50,000, second pass"). A worker gets it pickled as
    its own URLs' entries, in a ``Draining`` mapping it empties as its pages come."""

    __slots__ = ("_hosts", "_urls", "_whole")

    def __init__(self, whole: Mapping[str, V], urls: tuple[str, ...], hosts: frozenset[str]):
        self._whole, self._urls, self._hosts = whole, urls, hosts

    def __getitem__(self, url: str) -> V:
        if host_key(url) not in self._hosts:
            raise KeyError(url)
        return self._whole[url]

    def __iter__(self) -> Iterator[str]:
        whole = self._whole
        return (url for url in self._urls if url in whole)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __reduce__(self) -> tuple[Any, ...]:
        whole = self._whole
        return (Draining, (), None, None, ((url, whole[url]) for url in self))


@dataclass(frozen=True)
class Shard:
    """Whole hosts' worth of URLs, with what the worker needs per URL: the validators for a
    conditional request, and what to read off each page (blurb terms, fingerprint)."""

    number: int
    urls: tuple[str, ...]
    hosts: frozenset[str]
    validators: Mapping[str, Validators] = field(default_factory=dict)
    wants: Mapping[str, Wants] = field(default_factory=dict)
    probes: ProbePlan | None = None  # also learn the soft-404 answers pages need (work.Probes)

    def __len__(self) -> int:
        return len(self.urls)


def host_key(url: str) -> str:
    """The host a URL's politeness belongs to: ``WWW.Site.org.`` is ``www.site.org``."""
    return urls.host(url)


def group_by_host(urls: Iterable[str]) -> dict[str, list[str]]:
    """Unique URLs per host, in the order given."""
    hosts: dict[str, list[str]] = {}
    for url in dict.fromkeys(urls):
        hosts.setdefault(host_key(url), []).append(url)
    return hosts


def make_shards(
    urls: Sequence[str],
    count: int,
    validators: Mapping[str, Validators] | None = None,
    wants: Mapping[str, Wants] | None = None,
    probes: ProbePlan | None = None,
) -> list[Shard]:
    """At most ``count`` non-empty shards, whole hosts each, largest first.

    Ties are broken by host name so the same plan always gives the same shards, which keeps a
    re-run shard (a worker died) identical to the one it replaces.
    """
    if count < 1:
        raise ValueError(f"shard count must be at least 1, got {count}")
    validators, wants = validators or {}, wants or {}
    hosts = group_by_host(urls)
    bins: list[list[str]] = [[] for _ in range(min(count, len(hosts)))]
    heap = [(0, number) for number in range(len(bins))]  # (links so far, bin)
    for host in sorted(hosts, key=lambda h: (-len(hosts[h]), h)):
        size, number = heapq.heappop(heap)
        bins[number].append(host)
        heapq.heappush(heap, (size + len(hosts[host]), number))
    packed = sorted(
        (tuple(url for host in members for url in hosts[host]), frozenset(members))
        for members in bins
    )
    packed.sort(key=lambda item: -len(item[0]))
    return [
        Shard(
            number=number,
            urls=shard_urls,
            hosts=members,
            validators=PartOf(validators, shard_urls, members),
            wants=PartOf(wants, shard_urls, members),
            probes=probes_of(probes, members),
        )
        for number, (shard_urls, members) in enumerate(packed)
    ]


def probes_of(probes: ProbePlan | None, hosts: frozenset[str]) -> ProbePlan | None:
    """The part of the run's probe plan a shard's hosts use: a page's answer is its own
    host's (``classify.probe_address.probe_key``), so the others' answers would only be copied to a
    worker that never reads them."""
    if probes is None:
        return None
    answers = {key: a for key, a in probes.answers.items() if host_key(key[0]) in hosts}
    known = frozenset(key for key in probes.known if host_key(key[0]) in hosts)
    return replace(probes, known=known, answers=answers)
