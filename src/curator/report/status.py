"""Why a route has the status it has, in the words every output uses.

The rollup (``curator.rollup``) decides a route's status from these sets and this phrasing;
the digest, the dashboard, JUnit and the gate explain it with the same ones. They live with the
report, not with the rollup, so the outputs never import the code that builds the report.
"""

from __future__ import annotations

from collections.abc import Sequence

from curator.report.model import Finding, SourceReport
from curator.states import Flag

STALENESS_FLAGS = frozenset(
    {Flag.CHANGED, Flag.RETITLED, Flag.UNSUPPORTED, Flag.UPDATED_AFTER_REVIEW}
)
STALE_FINDINGS = frozenset({"review-overdue"})
TOO_FEW_LIVE = "too-few-live-sources"
AT_RISK_FINDINGS = frozenset({TOO_FEW_LIVE})


def watching(source: SourceReport) -> str:
    """A failure not yet confirmed, in the words every output uses for it."""
    return f"failing {source.consecutive_failures} run(s) in a row, not yet confirmed"


def at_risk_reasons(sources: Sequence[SourceReport], findings: Sequence[Finding]) -> list[str]:
    """Why a route is at risk, one phrase each; empty when it is not. Every output that says
    "at-risk" explains it with these words, so the digest, JUnit and the gate agree."""
    reasons = [
        f"#{s.rank} {s.name} is {s.state.value}, {watching(s)}"
        for s in sources
        if s.state.is_broken and not s.confirmed
    ]
    reasons += [f.message for f in findings if f.code in AT_RISK_FINDINGS]
    return reasons
