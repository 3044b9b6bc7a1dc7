"""A fetch thread's CPU per request over https, one request at a time, kept-alive or not.

    /work/venv/bin/python -m bench.fetch_tls                  # 400 pages, then 400 answered 304
    /work/venv/bin/python -m bench.fetch_tls --requests 1000

``bench.fetch_cpu`` serves plain http (``bench.peers.web``), where a new connection costs a
TCP connect; on the real web most links are https, where it also costs a TLS handshake, the
most expensive step a fetch thread can take. This serves pages from the tests' fixture web
(``tests/fixtureweb.py``, trustme certificates, threads in this process) and reads the one
fetch thread's own CPU from ``/proc/self/task/<tid>/stat`` (clock ticks: use a few hundred
requests), so the server's share is not counted. It prints the connections the web accepted:
one means every request after the first reused it.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from curator.fetch.client import Fetcher, Validators
from curator.settings import FetchSettings
from fixtureweb import FixtureRequest, FixtureWeb, html_page

PAGE = html_page("A source", "<p>" + "Some words about low back pain. " * 300 + "</p>").encode()
ETAG = '"v1"'


def _page(req: FixtureRequest) -> None:
    req.close_connection = False  # a custom handler's connection is closed unless kept
    if req.headers.get("If-None-Match") == ETAG:
        req.respond(304, b"", {"ETag": ETAG})
    else:
        req.respond(200, PAGE, {"ETag": ETAG})


def _thread_cpu(tid: int) -> float:
    fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    settings = FetchSettings(
        allow_private_networks=True,
        concurrency=1,
        per_host_concurrency=1,
        per_host_spacing=0,
        respect_robots=False,
    )
    with FixtureWeb(tls=True) as web:
        urls = [web.add("www.nhs.uk", f"/page/{n}", handler=_page) for n in range(args.requests)]
        with Fetcher(settings, resolver=web.resolver, ca_bundle=web.ca_bundle) as fetcher:
            fetcher.fetch(urls[0])  # the worker thread exists from here on
            worker = next(t for t in threading.enumerate() if t.name == "curator-fetch-0")
            assert worker.native_id is not None
            for label, validators in (("200", None), ("304", Validators(etag=ETAG))):
                before, connections = _thread_cpu(worker.native_id), web.connections()
                for url in urls:
                    fetcher.fetch(url, validators)
                spent = _thread_cpu(worker.native_id) - before
                print(
                    f"{label}: {1000 * spent / len(urls):.3f} ms a request in the fetch thread; "
                    f"{web.connections() - connections} new connections for {len(urls)} requests"
                )


if __name__ == "__main__":
    main()
