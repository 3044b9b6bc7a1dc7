"""curator itself, through its CLI, exactly as a user runs it.

Links become route files (five sources each, as the site's rule demands) in the job's
directory. Names resolve through /etc/hosts like the peers' (the system resolver), so no
``--resolve`` is needed; ``--allow-private-networks`` lets it fetch the loopback fixture.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.peers.tools.interface import Invocation, Job, Verdicts, url_key

BROKEN_STATES = frozenset({"dead", "soft-dead"})


class Curator:
    name = "curator"
    default_concurrency = 32  # FetchSettings.concurrency; per host: 2 in flight, 1 s apart

    def missing(self) -> str | None:
        return None

    def invocation(self, job: Job) -> Invocation:
        routes = job.workdir / "routes"
        write_routes(routes, job.urls)
        config = job.workdir / "curator.toml"  # absent for defaults: nothing else is read
        argv = [sys.executable, "-m", "curator", "run", "--routes", str(routes)]
        argv += ["--reports", str(job.workdir / "reports"), "--store", "", "--no-progress"]
        argv += ["--allow-private-networks", "--config", str(config)]
        if job.concurrency is not None:
            # Matched: the peers' politeness (none per host) at the same requests in flight.
            config.write_text(
                f"[fetch]\nper_host_concurrency = {job.concurrency}\nper_host_spacing = 0\n",
                encoding="utf-8",
            )
            argv += ["--concurrency", str(job.concurrency)]
        return Invocation(argv)

    def verdicts(self, job: Job, stdout: Path) -> Verdicts:
        report = json.loads((job.workdir / "reports" / "latest.json").read_text("utf-8"))
        sources = [s for route in report["routes"] for s in route["sources"]]
        reported = {url_key(s["url"]) for s in sources}
        broken = {url_key(s["url"]) for s in sources if s["state"] in BROKEN_STATES}
        return Verdicts(frozenset(broken), frozenset(reported))

    def states(self, job: Job) -> dict[str, str]:
        """Each link's state, for explaining misclassifications."""
        report = json.loads((job.workdir / "reports" / "latest.json").read_text("utf-8"))
        return {
            url_key(s["url"]): f"{s['state']} ({s.get('reason') or s['http_status']})"
            for route in report["routes"]
            for s in route["sources"]
        }


def write_routes(directory: Path, urls: list[str]) -> None:
    """One route file per five links (a route has exactly five sources)."""
    if len(urls) % 5:
        raise ValueError(f"{len(urls)} links do not fill routes of five")
    directory.mkdir(parents=True, exist_ok=True)
    for start in range(0, len(urls), 5):
        chunk = urls[start : start + 5]
        lines = [
            f"title: Bench route {start // 5 + 1}",
            "reviewed: 2026-11-01",
            "summary: Sources about back pain, checked by the peer comparison bench.",
            "sources:",
        ]
        for rank, url in enumerate(chunk, start=1):
            lines += [
                f"  - name: Source {rank}",
                f"    url: {url}",
                "    blurb: What this source says about back pain and its treatment.",
            ]
        lines.append("similar: []")
        (directory / f"r{start // 5 + 1:05d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
