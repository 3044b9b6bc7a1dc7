"""The CPU floor of one request in Python: http.client, urllib3 and requests alone, no curator.

    /work/venv/bin/python -m bench.fetch_floor                # 1,500 real pages, twice each way
    /work/venv/bin/python -m bench.fetch_floor --small --links 3000 --hosts 200  # small pages

The same real pages as ``bench.fetch_cpu --real --concurrency 1 --no-latency`` (the peer web,
no simulated latency), fetched one at a time from this thread through each library's plain
public API, kept-alive connections reused, bodies read whole (in 64 kB steps, http.client's at
once). What curator spends a request beyond these (``bench.fetch_cpu``) is its own layers:
politeness, robots.txt, the address guard, deadlines, retries, redirects by hand; what
requests spends beyond urllib3 is what a fetcher built on urllib3's pools alone would not.
"""

from __future__ import annotations

import argparse
import http.client
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import requests
import urllib3
from bench.peers.web import fixture_web, pick_port
from bench.peers.workload import make_workload

_STEP = 64 * 1024


def _http_client(urls: list[str], port: int) -> None:
    connections: dict[str, http.client.HTTPConnection] = {}
    for url in urls:
        parts = urlsplit(url)
        name = parts.netloc
        connection = connections.get(name)
        if connection is None:
            connection = connections[name] = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", parts.path, headers={"Host": name, "User-Agent": "floor"})
        # read1 does not end an http.client response at its length (CPython 3.11), read does
        connection.getresponse().read()


def _urllib3(urls: list[str], port: int) -> None:
    manager = urllib3.PoolManager(num_pools=256)
    for url in urls:
        parts = urlsplit(url)
        headers = {"Host": parts.netloc, "User-Agent": "floor"}
        pool = manager.connection_from_host(
            "127.0.0.1", port, "http", pool_kwargs={"headers": {"Host": parts.netloc}}
        )
        response = pool.urlopen(
            "GET", parts.path, headers=headers, preload_content=False, redirect=False, retries=0
        )
        while response.read1(_STEP):
            pass
        response.release_conn()


def _requests(urls: list[str], port: int) -> None:
    session = requests.Session()
    session.trust_env = False
    for url in urls:
        parts = urlsplit(url)
        direct = f"http://127.0.0.1:{port}{parts.path}"
        response = session.get(
            direct, headers={"Host": parts.netloc}, stream=True, allow_redirects=False
        )
        while response.raw.read1(_STEP, decode_content=False):
            pass
        response.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", type=int, default=1500)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--small", action="store_true",
                        help="the small pages of bench.fetch_cpu's default (1.7 kB)")  # fmt: skip
    args = parser.parse_args()
    port = pick_port(0)
    workload = make_workload(args.links, args.hosts, port, real=not args.small, latency=(0.0, 0.0))
    ways: list[tuple[str, Callable[[list[str], int], None]]] = [
        ("http.client", _http_client),
        ("urllib3", _urllib3),
        ("requests", _requests),
    ]
    with fixture_web(workload.sites, port):
        for name, way in ways * 2:
            began = time.thread_time()
            way(workload.urls, port)
            spent = time.thread_time() - began
            print(f"{name:12s} {1000 * spent / len(workload.urls):.3f} ms CPU a request")


if __name__ == "__main__":
    main()
