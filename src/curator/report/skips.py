"""Why sources were skipped, and what would get them checked: a skip is never silent.

A run over local addresses without ``--allow-private-networks`` skips every source; a site
whose robots.txt turns link checkers away skips its pages. Each reason is told with the flag or
setting that changes it, in the run's summary and by the gate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from curator.report.model import Report, SourceReport
from curator.states import ErrorKind, LinkState


@dataclass(frozen=True)
class SkipReason:
    reason: str  # in an editor's words: "private address"
    remedy: str  # the flag or setting that gets such a source checked


PRIVATE = SkipReason(
    "private address",
    "pass --allow-private-networks (or set [fetch] allow_private_networks = true) to check it",
)
ROBOTS = SkipReason(
    "robots.txt",
    "the site asks link checkers to stay away; [fetch] respect_robots = false overrides it",
)
OTHER = SkipReason("excluded", "not fetched on purpose; see the source's reason in the report")

_BY_KIND = {ErrorKind.FORBIDDEN_ADDRESS: PRIVATE, ErrorKind.ROBOTS: ROBOTS}


@dataclass(frozen=True)
class SkipCount:
    reason: str
    remedy: str
    sources: int


def skip_reason(source: SourceReport) -> SkipReason | None:
    """Why ``source`` was skipped; None if it was not."""
    if source.state is not LinkState.SKIPPED:
        return None
    return _BY_KIND.get(source.error.kind, OTHER) if source.error is not None else OTHER


def skip_counts(report: Report) -> list[SkipCount]:
    """Skipped sources by reason, most first."""
    counts = Counter(
        reason
        for route in report.routes
        for source in route.sources
        if (reason := skip_reason(source)) is not None
    )
    return [SkipCount(reason.reason, reason.remedy, n) for reason, n in counts.most_common()]
