"""The performance workload: N article links over H hosts, with Zipf-skewed popularity.

Real citation lists are skewed: a few publishers (the WHO, the NHS, a big health site) are cited
again and again, most hosts once or twice. Host k (k = 1..H) gets a share of links proportional
to 1/k^s, so the busiest host dominates any tool that paces itself per host, which is exactly
the bound a polite checker should be measured against.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from bench.peers import realpages
from bench.peers.sites import PerfSpec, Site

_STEMS = [
    "spine", "backcare", "health", "ortho", "neuro", "physio", "pain", "clinic", "medical",
    "wellness", "posture", "lumbar", "joint", "rehab", "care", "therapy", "doctor", "nerve",
]  # fmt: skip
_TAILS = ["news", "info", "today", "journal", "central", "guide", "hub", "online", "direct"]
_TLDS = ["com", "org", "co.uk", "net", "org.uk", "com.au", "de", "info", "ca"]


@dataclass(frozen=True)
class Workload:
    sites: list[Site]
    urls: list[str]  # in an interleaved order, as a citation list would mix hosts
    links_per_host: dict[str, int]
    mean_latency: float  # seconds, over these links' simulated answers

    @property
    def busiest(self) -> int:
        return max(self.links_per_host.values())


def host_names(count: int, avoid: frozenset[str] = frozenset()) -> list[str]:
    """Distinct real-looking host names (so registered-domain logic applies), stable per count;
    none of them in ``avoid`` (the labelled set's hosts, which behave differently)."""
    every = (
        f"www.{stem}-{tail}.{tld}" for tld, tail, stem in itertools.product(_TLDS, _TAILS, _STEMS)
    )
    names = (name for name in every if name not in avoid)
    picked = list(itertools.islice(names, count))
    if len(picked) < count:
        raise ValueError(f"at most {len(_STEMS) * len(_TAILS) * len(_TLDS)} hosts")
    return picked


def zipf_counts(links: int, hosts: int, exponent: float = 1.0) -> list[int]:
    """Links per host rank, summing to ``links``, every host at least one (largest remainders)."""
    if links < hosts:
        raise ValueError(f"{links} links cannot cover {hosts} hosts")
    weights = [1 / (k**exponent) for k in range(1, hosts + 1)]
    total = sum(weights)
    spare = links - hosts
    exact = [spare * w / total for w in weights]
    counts = [1 + int(x) for x in exact]
    short = links - sum(counts)
    by_remainder = sorted(range(hosts), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    for i in by_remainder[:short]:
        counts[i] += 1
    return counts


def make_workload(
    links: int,
    hosts: int,
    port: int,
    *,
    exponent: float = 1.0,
    latency: tuple[float, float] = (0.020, 0.080),
    avoid: frozenset[str] = frozenset(),
    slugs: bool = False,
    real: bool = False,
    validators: bool = True,
) -> Workload:
    """``slugs``: every link in a directory of its own (``/p/3/317/a-slug``), on sites that
    ignore the slug and find the article by its number (see ``PerfSpec``). ``real``: real
    captured pages, one directory per link, hosts alternating between dated URLs and IDs
    followed by slugs (see ``bench.peers.realpages``)."""
    names = host_names(hosts, avoid)
    counts = zipf_counts(links, hosts, exponent)
    shapes = [realpages.SHAPES[rank % 2] if real else "" for rank in range(hosts)]
    specs = [
        PerfSpec(count, latency[0], latency[1], slugs, shape, validators)
        for count, shape in zip(counts, shapes, strict=True)
    ]
    sites = [Site(name, perf=spec) for name, spec in zip(names, specs, strict=True)]
    per_host = [
        [_url(name, port, spec.path(n)) for n in range(spec.count)]
        for name, spec in zip(names, specs, strict=True)
    ]
    urls = [u for group in itertools.zip_longest(*per_host) for u in group if u is not None]
    delays = [
        spec.latency(name, spec.path(n))
        for name, spec in zip(names, specs, strict=True)
        for n in range(spec.count)
    ]
    return Workload(sites, urls, dict(zip(names, counts, strict=True)), sum(delays) / len(delays))


def _url(host: str, port: int, path: str) -> str:
    netloc = host if port == 80 else f"{host}:{port}"
    return f"http://{netloc}{path}"
