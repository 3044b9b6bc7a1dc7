"""The fetch threads' CPU per link, alone: ``Fetcher.fetch_many`` over the peer comparison's web.

    /work/venv/bin/python -m bench.fetch_cpu                       # 5,000 small pages, 50 hosts
    /work/venv/bin/python -m bench.fetch_cpu --real --links 2000   # real corpus pages (~96 kB)
    /work/venv/bin/python -m bench.fetch_cpu --getaddrinfo         # a system lookup per resolve
    /work/venv/bin/python -m bench.fetch_cpu --profile --top 40    # cProfile in every fetch thread
    /work/venv/bin/python -m bench.fetch_cpu --real --revalidate   # conditional requests: 304s
    /work/venv/bin/python -m bench.fetch_cpu --real --concurrency 1 --no-latency  # one at a time

``bench.profile_run`` sees the fetch threads only as what the process spent beyond its main
thread, mixed with inspection and reports; this runs the fetch stage by itself (64 in flight,
no per-host pacing, robots.txt asked as usual), so a change in ``fetch/`` shows in a figure of
its own. The web is ``bench.peers.web`` in its own process. Names resolve through a
``StaticResolver``; ``--getaddrinfo`` adds a ``getaddrinfo`` call to every lookup, as the
system resolver makes in ``bench.peers`` (which puts its names in /etc/hosts), so the cost of
asking the resolver shows. cProfile's clock is itself a system call here: profiled figures are
several times the unprofiled ones; read their shares, not their sums.

``--revalidate`` fetches every page once unmeasured, keeps its ETag and Last-Modified, and
measures a second pass that sends them: every answer is a 304 without a body, as a second run
over unchanged pages sees. ``--concurrency 1 --no-latency`` runs one request at a time with no
simulated latency: no lock or GIL contention, so the figure moves least between runs on a busy
machine and suits comparing two versions of one step.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import socket
import sys
import time

from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

from curator.fetch.client import Fetcher, Validators
from curator.fetch.resolve import StaticResolver
from curator.settings import FetchSettings


class _GetaddrinfoResolver:
    """Answers 127.0.0.1 after a real ``getaddrinfo`` (glibc reads /etc/hosts for it)."""

    def resolve(self, host: str, port: int) -> list[str]:
        socket.getaddrinfo("localhost", port, type=socket.SOCK_STREAM)
        return ["127.0.0.1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--real", action="store_true", help="real corpus pages, real URL shapes")
    parser.add_argument("--concurrency", type=int, default=64, help="requests in flight")
    parser.add_argument("--no-latency", action="store_true", help="pages answer at once")
    parser.add_argument("--revalidate", action="store_true", help="measure conditional requests")
    parser.add_argument("--getaddrinfo", action="store_true", help="a system lookup per resolve")
    parser.add_argument("--profile", action="store_true", help="cProfile every fetch thread")
    parser.add_argument("--top", type=int, default=30, help="functions listed by own CPU")
    args = parser.parse_args()

    port = pick_port(0)
    latency = (0.0, 0.0) if args.no_latency else (0.020, 0.080)
    workload = make_workload(args.links, args.hosts, port, real=args.real, latency=latency)
    settings = FetchSettings(
        allow_private_networks=True,
        concurrency=args.concurrency,
        per_host_concurrency=args.concurrency,
        per_host_spacing=0,
    )
    resolver = (
        _GetaddrinfoResolver()
        if args.getaddrinfo
        else StaticResolver(dict.fromkeys((site.host for site in workload.sites), "127.0.0.1"))
    )
    profiles: list[cProfile.Profile] = []
    if args.profile:
        work = Fetcher._work

        def profiled(fetcher: Fetcher) -> None:
            profile = cProfile.Profile(time.thread_time)
            profiles.append(profile)
            profile.runcall(work, fetcher)

        Fetcher._work = profiled  # type: ignore[method-assign]

    with fixture_web(workload.sites, port):
        validators: dict[str, Validators] = {}
        if args.revalidate:
            with Fetcher(settings, resolver) as fetcher:
                for result in fetcher.fetch_many(workload.urls):
                    validators[result.url] = Validators(
                        result.headers.get("etag"), result.headers.get("last-modified")
                    )
        before, main_before = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
        began = time.monotonic()
        count = size = unchanged = 0
        with Fetcher(settings, resolver) as fetcher:
            for result in fetcher.fetch_many(workload.urls, validators):
                count += 1
                size += len(result.body)
                unchanged += result.not_modified
        wall = time.monotonic() - began
        after, main_after = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()

    user = after.ru_utime - before.ru_utime
    system = after.ru_stime - before.ru_stime
    main_cpu = main_after - main_before
    per = 1000 / count
    print(
        f"{count} links over {args.hosts} hosts, {'real' if args.real else 'small'} pages "
        f"(mean body {size / count / 1000:.1f} kB), "
        f"{'getaddrinfo' if args.getaddrinfo else 'static'} resolver, "
        f"{args.concurrency} in flight; {unchanged} not modified; wall {wall:.1f} s"
    )
    print(
        f"CPU per link: {(user + system) * per:.3f} ms (fetch threads "
        f"{(user + system - main_cpu) * per:.3f}, main {main_cpu * per:.3f}; "
        f"user {user * per:.3f}, system {system * per:.3f})"
    )
    if profiles:
        stats = pstats.Stats(profiles[0], stream=sys.stdout)
        for profile in profiles[1:]:
            stats.add(profile)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
