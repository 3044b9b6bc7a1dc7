"""CPU of each reader ``inspect`` calls, timed in place as a run calls it, over the real pages.

    python -m bench.inspect_inplace [--repeat 5] [--addresses 400]
    python -m bench.inspect_inplace --slugs 400   # the slug workload's small pages

``bench.inspect_stages`` times each step alone, on inputs made beforehand; this wraps every
function ``curator.inspect`` calls by name (``read_page``, ``read_facts``, ``parked_marker``,
``client_redirect`` ...) with a CPU timer and reads the workload's bodies (``bench.peers
.realpages``) as most pages of a run are read: blurb terms asked, a bare 404 held as the host's
answer to made-up URLs, so the sketch is not hashed. It prints, for the fastest of ``--repeat``
passes, each reader's ms a page (over all pages, however many it ran on) and how many pages
called it; what no reader's timer holds (the tree freed on ``inspect``'s return, the body hash,
the glue) is the last line. The wrapper costs about a microsecond a call. Figures go to
bench/README.md.

``--addresses N`` reads N of the workload's articles at their own addresses instead (hosts in
turn, the two URL shapes, each article's body as the fixture web serves it: numbered, and with
its canonical link in the ``news`` shape), as a run reads them: every body under one made-up
address hides the readers of the address (``classify.absent``, ``front``, ``echo``), which run
on most of a real run's links because the workload's slugs are named nowhere on its pages.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from bench.peers.realpages import SHAPES, article, corpus_pages, path

import curator.inspect as inspecting
from curator.classify.probe_answer import ProbeAnswer
from curator.fetch.result import FetchResult
from curator.inspect import Wants

URL = "http://site.example/news/1/slug"
HEADERS = {"content-type": "text/html"}
TERMS = ("source", "says", "back", "pain", "treatment")  # the workload's blurb's key terms
# Names ``curator.inspect`` holds that are not readers: types, and the standard library's.
_NOT_READERS = frozenset({"replace", "partial", "cache", "dataclass", "inspect"})


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--addresses", type=int, default=0, help="articles read at their own")
    parser.add_argument("--slugs", type=int, default=0, help="the slug workload's small pages")
    args = parser.parse_args(argv)
    spent: dict[str, int] = defaultdict(int)
    calls: dict[str, int] = defaultdict(int)
    for name in dir(inspecting):
        reader = getattr(inspecting, name)
        if name.startswith("_") or name in _NOT_READERS or isinstance(reader, type):
            continue
        if callable(reader):
            setattr(inspecting, name, _timed(name, reader, spent, calls))
    fetched = (
        _slug_pages(args.slugs)
        if args.slugs
        else _articles(args.addresses)
        if args.addresses
        else [FetchResult(URL, URL, status=200, headers=HEADERS, body=b) for b in corpus_pages()]
    )
    shape = "/p/*/*/*" if args.slugs else "/news/*/*"
    wants = Wants(terms=TERMS, answer=ProbeAnswer("http://site.example", shape, 404, URL))
    passes: list[tuple[int, dict[str, int], dict[str, int]]] = []
    for _ in range(args.repeat):
        spent.clear()
        calls.clear()
        gc.collect()
        gc.disable()
        started = time.process_time_ns()
        for result in fetched:
            inspecting.inspect(result, wants)
        passes.append((time.process_time_ns() - started, dict(spent), dict(calls)))
        gc.enable()
    total, best, counts = min(passes, key=lambda each: each[0])
    pages = len(fetched)
    print(f"inspect as a whole: {total / pages / 1e6:.3f} ms a page over {pages} pages")
    for name, ns in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:24s} {ns / pages / 1e6:7.3f}  on {counts[name]} pages")
    print(f"  {'the rest (free, hash)':24s} {(total - sum(best.values())) / pages / 1e6:7.3f}")


def _articles(count: int) -> list[FetchResult]:
    """``count`` of the workload's articles, at their own addresses, over ten hosts."""
    fetched = []
    for n in range(count):
        host, shape = f"host{n % 10}.example", SHAPES[n % 2]
        url = f"http://{host}{path(shape, n)}"
        body = article(host, shape, n).body
        fetched.append(FetchResult(url, url, status=200, headers=HEADERS, body=body))
    return fetched


def _slug_pages(count: int) -> list[FetchResult]:
    """``count`` pages of the slug workload (``bench.peers --workloads slugs``) as its web
    serves them, over ten hosts, each at the address a citation gives."""
    from bench.peers.sites import PerfSpec, Site
    from bench.peers.web import _Web

    spec = PerfSpec(count, 0.0, 0.0, slugs=True)
    web = _Web([])
    fetched = []
    for n in range(count):
        host = f"host{n % 10}.example"
        site = Site(host, perf=spec)
        url = f"http://{host}{spec.path(n)}"
        reply = web.perf_reply(site, spec, spec.path(n))
        headers = {name.lower(): value for name, value in reply.headers}
        fetched.append(FetchResult(url, url, status=200, headers=headers, body=reply.body))
    return fetched


def _timed(
    name: str, reader: Callable[..., Any], spent: dict[str, int], calls: dict[str, int]
) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time_ns()
        try:
            return reader(*args, **kwargs)
        finally:
            spent[name] += time.process_time_ns() - started
            calls[name] += 1

    return timed


if __name__ == "__main__":
    main()
