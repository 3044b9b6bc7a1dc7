"""Resource bounds: peak memory and time of a whole run, per link, as runs and bodies grow.

    /work/venv/bin/python bench/scale.py                       # 5k, 20k, 50k links; 10 KB vs 1 MB
    /work/venv/bin/python bench/scale.py --links 5000 --sizes ''   # one quick point

Each point is a fresh child process that does what ``curator run`` does, minus the terminal:
write ``links / 5`` route files, load the catalog, ``run_check`` through the real pipeline
(fetch, inspect, classify, probe, record in a real SQLite store in batches) and render and write
every report. Its peak RSS comes from ``wait4``, so each point is measured alone. The fixture web
runs in another process (its memory is not counted): virtual hosts of 50 pages each, small pages
(10 KB) with every 100th page 1 MB, so a run meets large bodies all along.

Politeness is off for the bench: ``per_host_spacing = 0``, concurrency 64, 4 per host. Real
runs space requests to a host by a second; that changes wall time, not memory per link. Fetch and
inspection run in the driver process (``InProcessExecutor``) so one process holds everything a
run keeps; ``--workers`` spreads them over processes in real runs (see bench/scale_out.py).

"flat" means the peak memory above the interpreter's own baseline, divided by links, stays the
same at 5k, 20k and 50k links, and the same whether pages are 10 KB or 1 MB: what a run keeps per
link is its metadata and verdict, never the page.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixtureweb import FixtureWeb, html_page

PAGES_PER_HOST = 50
LARGE_EVERY = 100  # every 100th page is a large one
PARAGRAPH = (
    "<p>Low back pain is a leading cause of disability around the world, and most of it "
    "gets better within weeks. </p>"
)


def host_name(h: int) -> str:
    return f"www.site{h}-health.org"


def page(n: int, kb: int) -> bytes:
    repeats = max(1, kb * 1024 // len(PARAGRAPH))
    return html_page(
        f"Source page {n}: back pain",
        f"<main><h1>Back pain {n}</h1>{PARAGRAPH * repeats}</main>",
        head=f"<meta name='description' content='What page {n} says about back pain.'>",
    ).encode()


@dataclass(frozen=True)
class Point:
    links: int
    small_kb: int
    large_kb: int  # bodies of every LARGE_EVERY-th page (equal to small_kb: no large pages)

    @property
    def hosts(self) -> int:
        return -(-self.links // PAGES_PER_HOST)

    def urls(self, port: int) -> list[str]:
        return [
            f"http://{host_name(n // PAGES_PER_HOST)}:{port}/topics/{n % PAGES_PER_HOST}"
            for n in range(self.links)
        ]


def serve(point: Point, pipe: Connection) -> None:
    """The fixture web: 50 distinct bodies per size, shared by every host (memory stays small)."""
    small = [page(n, point.small_kb) for n in range(PAGES_PER_HOST)]
    large = [page(n, point.large_kb) for n in range(PAGES_PER_HOST)]
    with FixtureWeb() as web:
        for h in range(point.hosts):
            web.add(host_name(h), "/robots.txt", status=404)
        for n in range(point.links):
            body = large if n % LARGE_EVERY == LARGE_EVERY - 1 else small
            web.add(host_name(n // PAGES_PER_HOST), f"/topics/{n % PAGES_PER_HOST}",
                    body=body[n % PAGES_PER_HOST])  # fmt: skip
        pipe.send(web.port)
        pipe.recv()


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(point: Point, port: int, concurrency: int) -> None:
    """One measured run; prints its figures as one JSON line."""
    from curator.catalog import load_catalog
    from curator.fetch.client import Fetcher
    from curator.fetch.resolve import StaticResolver
    from curator.pipeline import RunRequest, run_check
    from curator.report.outputs import write_all
    from curator.settings import FetchSettings, Settings
    from curator.store.sqlite import SqliteStore

    baseline = rss_mib()
    urls = point.urls(port)
    with tempfile.TemporaryDirectory(prefix="curator-scale-") as tmp:
        root = Path(tmp)
        routes = root / "routes"
        routes.mkdir()
        for r in range(0, len(urls), 5):
            sources = "".join(
                f"  - name: Source {i + 1}\n    url: {url}\n"
                f"    blurb: What source {i + 1} says about back pain and disability.\n"
                for i, url in enumerate(urls[r : r + 5])
            )
            (routes / f"route-{r // 5:05d}.yaml").write_text(
                f"title: Route {r // 5}\nreviewed: 2026-11-01\nsummary: About back pain.\n"
                f"sources:\n{sources}similar: []\n",
                encoding="utf-8",
            )
        del urls
        began = time.monotonic()
        catalog = load_catalog(routes)
        loaded = time.monotonic()
        settings = Settings(
            fetch=FetchSettings(
                allow_private_networks=True,
                concurrency=concurrency,
                per_host_concurrency=4,
                per_host_spacing=0,
                retries=1,
                backoff_base=0.05,
            )
        )
        resolver = StaticResolver({host_name(h): "127.0.0.1" for h in range(point.hosts)})
        request = RunRequest(list(catalog.routes.values()), frozenset(catalog.routes))
        with (
            Fetcher(settings.fetch, resolver) as fetcher,
            SqliteStore(root / "state.sqlite") as store,
        ):
            report = run_check(request, settings, fetcher, store)
        checked = time.monotonic()
        after_run = rss_mib()
        write_all(report, root / "reports")
        written = time.monotonic()
        states: dict[str, int] = {}
        for route in report.routes:
            for source in route.sources:
                states[source.state.value] = states.get(source.state.value, 0) + 1
        print(json.dumps({
            "routes": len(catalog.routes), "baseline_mib": baseline, "after_run_mib": after_run,
            "load_s": loaded - began, "run_s": checked - loaded, "reports_s": written - checked,
            "states": states,
        }))  # fmt: skip


def measure(point: Point, concurrency: int) -> dict[str, object]:
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(point, theirs), daemon=True)
    server.start()
    port = ours.recv()
    try:
        began = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--port", str(port), "--concurrency", str(concurrency),
             "--child", f"{point.links}:{point.small_kb}:{point.large_kb}"],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - began
    finally:
        ours.send("stop")
        server.join(10)
    if proc.returncode != 0:
        raise SystemExit(f"the measured run failed (exit {proc.returncode})")
    figures: dict[str, object] = json.loads(out.decode().strip().splitlines()[-1])
    figures.update(peak_mib=usage.ru_maxrss / 1024, wall_s=wall)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--links", default="5000,20000,50000", help="comma-separated link counts")
    parser.add_argument(
        "--sizes", default="2000", help="link count(s) for the 10 KB vs 1 MB body comparison"
    )
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        links, small, large = (int(x) for x in args.child.split(":"))
        child(Point(links, small, large), args.port, args.concurrency)
        return

    points = [Point(int(n), 10, 1024) for n in args.links.split(",") if n]
    for n in (int(x) for x in args.sizes.split(",") if x):
        points += [Point(n, 10, 10), Point(n, 1024, 1024)]
    print(
        f"concurrency {args.concurrency}, 4 per host, per_host_spacing 0, {PAGES_PER_HOST} pages "
        f"per host; in-process executor; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs",
        flush=True,
    )
    header = (
        f"{'links':>7} {'routes':>6} {'bodies':>17} {'wall s':>7} {'run s':>7} {'reports s':>9} "
        f"{'links/s':>7} {'peak MiB':>8} {'base MiB':>8} {'KiB/link':>8}  states"
    )
    print(header, flush=True)
    for point in points:
        f = measure(point, args.concurrency)
        run_s = float(f["run_s"])  # type: ignore[arg-type]
        peak, base = float(f["peak_mib"]), float(f["baseline_mib"])  # type: ignore[arg-type]
        if point.small_kb == point.large_kb:
            bodies = f"all {point.small_kb} KB"
        else:
            bodies = f"{point.small_kb} KB, 1% {point.large_kb // 1024} MB"
        print(
            f"{point.links:>7} {f['routes']:>6} {bodies:>17} {float(f['wall_s']):>7.1f} "  # type: ignore[arg-type]
            f"{run_s:>7.1f} {float(f['reports_s']):>9.1f} {point.links / run_s:>7.0f} "  # type: ignore[arg-type]
            f"{peak:>8.0f} {base:>8.0f} {(peak - base) * 1024 / point.links:>8.1f}  {f['states']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
