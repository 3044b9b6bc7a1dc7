"""What an earlier run saw of a page, sent back for a conditional request.

Its own module, apart from the fetch job that sends it: the driver builds these from the
store's history and hands them to the workers, and importing them from ``fetch.job`` brought
``requests``, urllib3, http.client and ssl (about 13 MiB) into a driver that fetches nothing
itself when worker processes run (bench/README.md, "The tree's peak under 250 MB").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Validators:
    """What an earlier run saw, for a conditional request (If-None-Match/If-Modified-Since)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out
