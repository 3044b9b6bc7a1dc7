"""LinkChecker (Python; PyPI ``linkchecker``): crawls the link page, CSV on stdout.

Links to other hosts count as external and are only syntax-checked unless ``--check-extern``
is given; every bench link is on another host than the link page, so that flag is part of
"checking these links", not a tuning. The CSV lists errors and warnings; ``valid`` says which.
"""

from __future__ import annotations

import csv
from pathlib import Path

from bench.peers.tools.interface import Invocation, Job, Verdicts, url_key

BIN = Path(__file__).resolve().parents[2] / ".peers-venv" / "bin" / "linkchecker"


class LinkChecker:
    name = "linkchecker"
    default_concurrency = 10  # threads; per host at most ~10 requests/s (0.1-0.6 s apart)

    def missing(self) -> str | None:
        return None if BIN.exists() else f"not installed ({BIN} missing; see bench/README.md)"

    def invocation(self, job: Job) -> Invocation:
        argv = [str(BIN), "--check-extern", "--no-status", "--no-warnings", "-o", "csv"]
        if job.concurrency is not None:
            # Matched: as many threads as requests in flight elsewhere, and the per-host rate
            # cap lifted (the fixture sends the "LinkChecker" header that allows it).
            config = job.workdir / "linkcheckerrc"
            config.write_text("[checking]\nmaxrequestspersecond=100000\n", encoding="utf-8")
            config.chmod(0o644)  # LinkChecker drops root privileges to "nobody"
            argv += ["-t", str(job.concurrency), "-f", str(config)]
        # LinkChecker parses at most 1 MiB of a page; big link lists come in parts.
        return Invocation([*argv, *(job.index_parts or (job.index_url,))])

    def verdicts(self, job: Job, stdout: Path) -> Verdicts:
        lines = [
            line
            for line in stdout.read_text(encoding="utf-8", errors="replace").splitlines(True)
            if not line.startswith("#")
        ]
        rows = list(csv.DictReader(lines, delimiter=";"))
        index = {url_key(u) for u in (job.index_url, *job.index_parts)}
        reported = {url_key(row["urlname"]) for row in rows} - index
        broken = {url_key(row["urlname"]) for row in rows if row["valid"] == "False"} - index
        return Verdicts(frozenset(broken), frozenset(reported))
