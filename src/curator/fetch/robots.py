"""robots.txt: what curator may fetch on one origin.

Read once per origin per run (the per-host object caches it), through the same guarded
transport and User-Agent as every other request. Anything short of a readable robots.txt
allows everything:
- 4xx (no robots.txt): nothing is disallowed, as the standard says (RFC 9309 §2.3.1.3);
- 5xx or unreachable: RFC 9309 tells crawlers to assume a full disallow, but curator is a
  checker, not a crawler: treating a broken server as "do not look" would mark a dead link
  as skipped and hide it from editors. We make one request per page either way;
- unparseable text: Protego ignores what it cannot read, which leaves everything allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_MAX_BYTES = 512 * 1024  # Google reads at most 500 KiB; more is not robots.txt


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def robots_url(url: str) -> str:
    return origin_of(url) + "/robots.txt"


@dataclass(frozen=True)
class RobotsPolicy:
    """The rules for one origin; ``rules is None`` means everything is allowed."""

    rules: Protego | None = None

    @classmethod
    def from_response(cls, status: int | None, body: bytes) -> RobotsPolicy:
        if status is None or not 200 <= status < 300:
            return cls()
        try:
            return cls(Protego.parse(body.decode("utf-8", "replace")))
        except Exception:  # a parser crash on garbage must not stop a link check
            return cls()

    def allows(self, url: str, user_agent: str) -> bool:
        if self.rules is None:
            return True
        return bool(self.rules.can_fetch(url, user_agent))
