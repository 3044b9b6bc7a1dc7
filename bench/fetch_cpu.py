"""The fetch threads' CPU per link, alone: ``Fetcher.fetch_many`` over the peer comparison's web.

    /work/venv/bin/python -m bench.fetch_cpu                       # 5,000 small pages, 50 hosts
    /work/venv/bin/python -m bench.fetch_cpu --real --links 2000   # real corpus pages (~96 kB)
    /work/venv/bin/python -m bench.fetch_cpu --getaddrinfo         # a system lookup per resolve
    /work/venv/bin/python -m bench.fetch_cpu --profile --top 40    # cProfile in every fetch thread

``bench.profile_run`` sees the fetch threads only as what the process spent beyond its main
thread, mixed with inspection and reports; this runs the fetch stage by itself (64 in flight,
no per-host pacing, robots.txt asked as usual), so a change in ``fetch/`` shows in a figure of
its own. The web is ``bench.peers.web`` in its own process. Names resolve through a
``StaticResolver``; ``--getaddrinfo`` adds a ``getaddrinfo`` call to every lookup, as the
system resolver makes in ``bench.peers`` (which puts its names in /etc/hosts), so the cost of
asking the resolver shows. cProfile's clock is itself a system call here: profiled figures are
several times the unprofiled ones; read their shares, not their sums.
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

from curator.fetch.client import Fetcher
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
    parser.add_argument("--getaddrinfo", action="store_true", help="a system lookup per resolve")
    parser.add_argument("--profile", action="store_true", help="cProfile every fetch thread")
    parser.add_argument("--top", type=int, default=30, help="functions listed by own CPU")
    args = parser.parse_args()

    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=args.real)
    settings = FetchSettings(
        allow_private_networks=True, concurrency=64, per_host_concurrency=64, per_host_spacing=0
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
        before, main_before = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()
        began = time.monotonic()
        count = size = 0
        with Fetcher(settings, resolver) as fetcher:
            for result in fetcher.fetch_many(workload.urls):
                count += 1
                size += len(result.body)
        wall = time.monotonic() - began
        after, main_after = resource.getrusage(resource.RUSAGE_SELF), time.thread_time()

    user = after.ru_utime - before.ru_utime
    system = after.ru_stime - before.ru_stime
    main_cpu = main_after - main_before
    per = 1000 / count
    print(
        f"{count} links over {args.hosts} hosts, {'real' if args.real else 'small'} pages "
        f"(mean body {size / count / 1000:.1f} kB), "
        f"{'getaddrinfo' if args.getaddrinfo else 'static'} resolver; wall {wall:.1f} s"
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
