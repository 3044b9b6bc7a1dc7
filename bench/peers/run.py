"""The comparison, end to end: serve the fixture web, run every tool, collect the figures.

Phases: the labelled set (all tools at once: it is small, and each tool's retry timers, not CPU,
set its length), then the performance workload at matched concurrency (``runs`` rounds, tools
in turn), then a smaller workload at each tool's default settings (politeness included).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import threading
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.peers.etchosts import bench_names
from bench.peers.labelled import CASES, POSITIVE, SITES, Case
from bench.peers.measure import Measurement, run_measured
from bench.peers.sites import Reply, Site, link_list_page
from bench.peers.tools import Curator, Job, Tool, url_key
from bench.peers.web import STATS_PATH, fixture_web, pick_port
from bench.peers.workload import Workload, make_workload

INDEX_HOST = "www.bench-links.net"
# Links per part page, for tools that stop parsing big pages (LinkChecker: 1 MiB).
PART_LINKS = 5_000
# Environment variables that would route a tool through a proxy instead of the fixture web.
_PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


@dataclass(frozen=True)
class Plan:
    links: int = 20_000
    hosts: int = 200
    concurrency: int = 64
    runs: int = 3
    default_links: int = 1_000
    default_runs: int = 1
    labelled: bool = True
    limit: float = 900.0  # seconds before a tool run is killed
    keep: bool = False
    slugs: bool = False  # the slug-ignoring workload (one directory per link), see workload.py
    real: bool = False  # real corpus pages at real URL shapes, see realpages.py


@dataclass(frozen=True)
class Accuracy:
    tp: int
    fp: int
    fn: int
    tn: int
    misses: list[tuple[Case, str]]  # (case, what the tool said)
    exact: int | None = None  # links whose state equals the label (tools that give states)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@dataclass
class Speed:
    """A tool's runs over one workload, and the figures a reader compares."""

    links: int
    concurrency: int
    mean_latency: float
    runs: list[Measurement] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    requests: list[int] = field(default_factory=list)  # as the fixture web counted them
    peak_in_flight: list[int] = field(default_factory=list)  # most requests at once, server-side

    def median(self, pick: Callable[[Measurement], float]) -> float:
        return statistics.median(pick(m) for m in self.runs)

    @property
    def bound(self) -> float:
        """The latency-bound limit: every link waits its latency, ``concurrency`` at a time."""
        return self.links * self.mean_latency / self.concurrency


@dataclass
class Results:
    port: int
    workload: Workload
    default_workload: Workload
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    accuracy_errors: dict[str, str] = field(default_factory=dict)
    matched: dict[str, Speed] = field(default_factory=dict)
    default: dict[str, Speed] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)


def run_bench(plan: Plan, tools: Sequence[Tool], say: Callable[[str], None] = print) -> Results:
    port = pick_port()
    taken = frozenset(site.host for site in SITES) | {INDEX_HOST}
    shape = {"slugs": plan.slugs, "real": plan.real}
    workload = make_workload(plan.links, plan.hosts, port, avoid=taken, **shape)
    default_workload = make_workload(plan.default_links, plan.hosts, port, avoid=taken, **shape)
    labelled_urls = [case.url(port) for case in CASES]
    pages = {
        "/labelled.html": Reply(200, link_list_page("Labelled links", labelled_urls)),
        "/matched.html": Reply(200, link_list_page("Workload", workload.urls)),
        "/default.html": Reply(200, link_list_page("Workload", default_workload.urls)),
    }
    for name, urls in (("matched", workload.urls), ("default", default_workload.urls)):
        for part in range(0, len(urls), PART_LINKS):
            page = link_list_page("Workload part", urls[part : part + PART_LINKS])
            pages[f"/{name}-{part // PART_LINKS}.html"] = Reply(200, page)
    index = Site(INDEX_HOST, pages=pages)
    sites = [*SITES, *workload.sites, index]
    if len({site.host for site in sites}) != len(sites):
        raise ValueError("two fixture sites share a host name")
    results = Results(port, workload, default_workload)
    available = []
    for tool in tools:
        reason = tool.missing()
        if reason is None:
            available.append(tool)
        else:
            results.missing[tool.name] = reason
            say(f"{tool.name}: {reason}")
    root = Path(tempfile.mkdtemp(prefix="curator-peers-"))
    root.chmod(0o755)  # LinkChecker drops root privileges and must still read its config
    names = {site.host: site.address for site in sites}
    netloc = INDEX_HOST if port == 80 else f"{INDEX_HOST}:{port}"
    try:
        with bench_names(names), fixture_web(sites, port):
            if plan.labelled:
                say(f"labelled set: {len(CASES)} links, all tools at once")
                _labelled(plan, available, f"http://{netloc}/labelled.html", root, results)
            for number in range(plan.runs):
                for tool in _rotated(available, number):
                    say(f"matched concurrency {plan.concurrency}, run {number + 1}: {tool.name}")
                    job = Job(
                        "matched", workload.urls, f"http://{netloc}/matched.html",
                        _fresh(root, f"matched-{tool.name}-{number}"), plan.concurrency,
                        _parts(netloc, "matched", len(workload.urls)),
                    )  # fmt: skip
                    speed = results.matched.setdefault(
                        tool.name,
                        Speed(len(workload.urls), plan.concurrency, workload.mean_latency),
                    )
                    _timed(plan, tool, job, speed, say, port)
            for number in range(plan.default_runs):
                for tool in _rotated(available, number):
                    say(f"default settings, run {number + 1}: {tool.name}")
                    job = Job(
                        "default", default_workload.urls, f"http://{netloc}/default.html",
                        _fresh(root, f"default-{tool.name}-{number}"), None,
                        _parts(netloc, "default", len(default_workload.urls)),
                    )  # fmt: skip
                    speed = results.default.setdefault(
                        tool.name,
                        Speed(
                            len(default_workload.urls),
                            tool.default_concurrency,
                            default_workload.mean_latency,
                        ),
                    )
                    _timed(plan, tool, job, speed, say, port)
    finally:
        if plan.keep:
            say(f"tool outputs kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return results


def _labelled(plan: Plan, tools: Sequence[Tool], index_url: str, root: Path, out: Results) -> None:
    urls = [case.url(out.port) for case in CASES]

    def one(tool: Tool) -> None:
        job = Job("labelled", urls, index_url, _fresh(root, f"labelled-{tool.name}"))
        try:
            _execute(plan, tool, job)
            verdicts = tool.verdicts(job, job.workdir / "stdout")
        except Exception as exc:  # a tool that crashes still leaves the others' figures
            out.accuracy_errors[tool.name] = f"{type(exc).__name__}: {exc}"
            return
        said = tool.states(job) if isinstance(tool, Curator) else {}
        out.accuracy[tool.name] = score(CASES, out.port, verdicts.broken, said)

    threads = [threading.Thread(target=one, args=(tool,)) for tool in tools]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def score(
    cases: Sequence[Case], port: int, broken: frozenset[str], said: dict[str, str]
) -> Accuracy:
    tp = fp = fn = tn = 0
    misses: list[tuple[Case, str]] = []
    for case in cases:
        key = url_key(case.url(port))
        called = key in broken
        truth = case.label in POSITIVE
        if called and truth:
            tp += 1
        elif called:
            fp += 1
        elif truth:
            fn += 1
        else:
            tn += 1
        if called != truth:
            misses.append((case, said.get(key, "broken" if called else "not broken")))
    exact = None
    if said:
        wanted = {case: "alive" if case.label == "transient" else case.label for case in cases}
        exact = sum(
            said.get(url_key(case.url(port)), "").split(" ")[0] == wanted[case] for case in cases
        )
    return Accuracy(tp, fp, fn, tn, misses, exact)


def _timed(
    plan: Plan, tool: Tool, job: Job, speed: Speed, say: Callable[[str], None], port: int
) -> None:
    _server_counts(port)  # starts the count afresh
    measured = _execute(plan, tool, job)
    requests, peak = _server_counts(port)
    try:
        verdicts = tool.verdicts(job, job.workdir / "stdout")
    except Exception as exc:
        speed.failures.append(f"exit {measured.exit_code}, no readable output: {exc}")
        say(f"  {tool.name} failed: exit {measured.exit_code}, {exc}")
        return
    if measured.timed_out:
        speed.failures.append(f"killed after {plan.limit:.0f} s")
        return
    speed.runs.append(measured)
    speed.requests.append(requests)
    speed.peak_in_flight.append(peak)
    say(
        f"  {measured.wall:.1f} s wall, {measured.cpu:.1f} s CPU, "
        f"{measured.peak_rss / 2**20:.0f} MiB peak, {len(verdicts.broken)} broken, "
        f"{requests} requests, at most {peak} at once"
    )


def _server_counts(port: int) -> tuple[int, int]:
    """Requests the fixture web answered since the last call, and the most it held at once."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{STATS_PATH}", timeout=10) as answer:
        data = json.load(answer)
    return sum(data["requests"].values()), max(data["peak"].values(), default=0)


def _parts(netloc: str, name: str, links: int) -> tuple[str, ...]:
    count = (links + PART_LINKS - 1) // PART_LINKS
    return tuple(f"http://{netloc}/{name}-{i}.html" for i in range(count))


def _execute(plan: Plan, tool: Tool, job: Job) -> Measurement:
    invocation = tool.invocation(job)
    env = {k: v for k, v in os.environ.items() if k not in _PROXY_VARS}
    env.update(invocation.env or {})
    env["NO_COLOR"] = "1"
    return run_measured(
        invocation.argv,
        cwd=job.workdir,
        stdout=job.workdir / "stdout",
        stderr=job.workdir / "stderr",
        env=env,
        stdin=invocation.stdin,
        limit=plan.limit,
    )


def _fresh(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir()
    path.chmod(0o777)  # LinkChecker runs as "nobody"
    return path


def _rotated(tools: Sequence[Tool], by: int) -> list[Tool]:
    """A different tool goes first each round, so none always meets a cold or warm machine."""
    shift = by % len(tools) if tools else 0
    return [*tools[shift:], *tools[:shift]]
