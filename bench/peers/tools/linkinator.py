"""linkinator (Node; npm ``linkinator``): crawls the link page, JSON on stdout."""

from __future__ import annotations

import json
from pathlib import Path

from bench.peers.tools.interface import Invocation, Job, Verdicts, url_key

BIN = Path(__file__).resolve().parents[2] / ".peers-node" / "node_modules" / ".bin" / "linkinator"


class Linkinator:
    name = "linkinator"
    default_concurrency = 100  # --concurrency default; no per-host limit, no timeout

    def missing(self) -> str | None:
        return None if BIN.exists() else f"not installed ({BIN} missing; see bench/README.md)"

    def invocation(self, job: Job) -> Invocation:
        argv = [str(BIN), job.index_url, "--format", "json"]
        if job.concurrency is not None:
            argv += ["--concurrency", str(job.concurrency)]
        return Invocation(argv)

    def verdicts(self, job: Job, stdout: Path) -> Verdicts:
        links = json.loads(stdout.read_text(encoding="utf-8"))["links"]
        index = url_key(job.index_url)
        reported = {url_key(link["url"]) for link in links} - {index}
        broken = {url_key(link["url"]) for link in links if link["state"] == "BROKEN"} - {index}
        return Verdicts(frozenset(broken), frozenset(reported))
