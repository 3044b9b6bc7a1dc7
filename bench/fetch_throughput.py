"""How fast the fetch stage goes against a local web: links per second and peak memory.

    /work/venv/bin/python bench/fetch_throughput.py [--urls 2000] [--hosts 20] [--concurrency 32]

The fixture web runs in a child process so that its threads do not share our GIL; the figure
is then the client's overhead near the latency bound (local pages answer in well under a
millisecond). Peak RSS is this process's (the client's) only; results are counted, not kept.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from curator.fetch.client import Fetcher
from curator.fetch.resolve import StaticResolver
from curator.settings import FetchSettings
from fixtureweb import FixtureWeb, html_page

PAGE = html_page("A source", "<p>" + "Some words about low back pain. " * 300 + "</p>")


def host_name(i: int) -> str:
    return f"host{i}.example"


def serve(hosts: int, per_host: int, pipe: Connection) -> None:
    with FixtureWeb() as web:
        for h in range(hosts):
            for p in range(per_host):
                web.add(host_name(h), f"/page/{p}", body=PAGE)
        pipe.send(web.port)
        pipe.recv()  # wait until told to stop


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--per-host", type=int, default=2, help="per-host concurrency cap")
    args = parser.parse_args()
    per_host_urls = args.urls // args.hosts

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(args.hosts, per_host_urls, theirs))
    server.start()
    port = ours.recv()
    resolver = StaticResolver({host_name(h): "127.0.0.1" for h in range(args.hosts)})
    urls = [
        f"http://{host_name(h)}:{port}/page/{p}"
        for p in range(per_host_urls)
        for h in range(args.hosts)
    ]
    settings = FetchSettings(
        allow_private_networks=True,
        concurrency=args.concurrency,
        per_host_concurrency=args.per_host,
        per_host_spacing=0,
    )
    try:
        with Fetcher(settings, resolver) as fetcher:
            began = time.monotonic()
            statuses = [r.status for r in fetcher.fetch_many(urls)]  # bodies not kept
            took = time.monotonic() - began
    finally:
        ours.send("stop")
        server.join()
    ok = statuses.count(200)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(statuses)} URLs over {args.hosts} hosts, concurrency {args.concurrency}, "
        f"per-host cap {args.per_host}: {took:.2f} s, {len(statuses) / took:.0f} links/s, "
        f"{ok} ok, peak RSS {peak_mib:.0f} MiB"
    )


if __name__ == "__main__":
    main()
