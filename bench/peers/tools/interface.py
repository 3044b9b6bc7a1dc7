"""What the bench needs of a link checker: a command line for a job, and its verdicts after.

One module per tool answers both, so adding a peer means adding one file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Job:
    """One run of one tool over one link list."""

    kind: str  # "labelled", "matched" or "default"
    urls: list[str]
    index_url: str  # a page on the fixture web linking to every URL, for tools that crawl
    workdir: Path  # fresh, world-readable: inputs and outputs of this run only
    concurrency: int | None = None  # None: the tool's own defaults, politeness included
    index_parts: tuple[str, ...] = ()  # the same links over several smaller pages


@dataclass(frozen=True)
class Invocation:
    argv: list[str]
    env: dict[str, str] | None = None
    stdin: Path | None = None


@dataclass(frozen=True)
class Verdicts:
    """Which URLs the tool called broken, out of those it reported at all."""

    broken: frozenset[str]
    reported: frozenset[str] = field(default_factory=frozenset)


class Tool(Protocol):
    name: str
    default_concurrency: int  # what "default settings" means for the latency bound

    def missing(self) -> str | None:
        """Why the tool cannot run here, or None."""
        ...

    def invocation(self, job: Job) -> Invocation: ...

    def verdicts(self, job: Job, stdout: Path) -> Verdicts: ...


def url_key(url: str) -> str:
    """Tools echo URLs back slightly differently (a trailing slash, host case): compare this."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))
