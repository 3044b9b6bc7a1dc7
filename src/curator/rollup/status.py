"""From per-source verdicts to what a route is: its status and the findings an editor reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from curator.domains import registered_domain
from curator.redact import redact_url
from curator.report.model import Finding, SourceReport
from curator.report.status import (
    STALE_FINDINGS,
    STALENESS_FLAGS,
    TOO_FEW_LIVE,
    at_risk_reasons,
    watching,
)
from curator.states import Flag, LinkState, RouteStatus


@lru_cache(maxsize=4096)
def finding(code: str, message: str, rank: int | None = None) -> Finding:
    """A finding; an equal one made again (``#1 WebMD: served over plain http`` in many routes)
    is the same frozen value, held once while it recurs rather than once a route to the run's
    end. Bounded, so a long-lived scheduler's cache stays small."""
    return Finding(code=code, message=message, rank=rank)


def route_status(
    sources: Sequence[SourceReport], findings: Sequence[Finding], inconclusive: bool
) -> RouteStatus:
    """DESIGN.md's order: broken, else at-risk, else stale, else healthy; an inconclusive run
    judges nothing.

    At-risk exists so that nothing an editor would call broken shows as healthy while history
    has not yet confirmed it: a 404 seen in one run is not a confirmed death, but it is not
    green either.
    """
    if inconclusive:
        return RouteStatus.UNKNOWN
    if any(s.state.is_broken and s.confirmed for s in sources):
        return RouteStatus.BROKEN
    if at_risk_reasons(sources, findings):
        return RouteStatus.AT_RISK
    if any(set(s.flags) & STALENESS_FLAGS for s in sources) or any(
        f.code in STALE_FINDINGS for f in findings
    ):
        return RouteStatus.STALE
    return RouteStatus.HEALTHY


def source_findings(sources: Sequence[SourceReport]) -> list[Finding]:
    """One line per source that needs a look, worst first within the route's order."""
    findings: list[Finding] = []
    for s in sources:
        label = f"#{s.rank} {s.name}"
        if s.state.is_broken:
            watch = "confirmed" if s.confirmed else f"watching: {watching(s)}"
            findings.append(
                finding(code=s.state.value, rank=s.rank, message=f"{label}: {s.reason} ({watch})")
            )
        elif s.state in (LinkState.MOVED, LinkState.BLOCKED, LinkState.SKIPPED):
            findings.append(
                finding(code=s.state.value, rank=s.rank, message=f"{label}: {s.reason}")
            )
        for flag in s.flags:
            if flag is Flag.OFFSITE_REDIRECT:
                ends_at = redact_url(s.final_url or "")
                findings.append(
                    finding(
                        code=flag.value,
                        rank=s.rank,
                        message=f"{label}: now ends on another site ({ends_at})",
                    )
                )
            elif flag is Flag.INSECURE:
                findings.append(
                    finding(
                        code=flag.value, rank=s.rank, message=f"{label}: served over plain http"
                    )
                )
    return findings


def route_findings(
    sources: Sequence[SourceReport],
    similar: Sequence[str],
    known_slugs: frozenset[str],
    min_live: int,
    inconclusive: bool,
) -> list[Finding]:
    """Route-level findings: the ones about the set of sources, not any one of them."""
    findings: list[Finding] = []
    for slug in similar:
        if slug not in known_slugs:
            findings.append(
                finding(
                    code="unknown-similar-route",
                    message=f"links to similar route '{slug}', which has no route file",
                )
            )
    domains = Counter(registered_domain(s.url) for s in sources)
    for domain, count in sorted(domains.items()):
        if count > 1:
            findings.append(
                finding(
                    code="duplicate-domain",
                    message=f"{count} sources come from {domain}; a top five should be five voices",
                )
            )
    live = sum(1 for s in sources if s.state.is_live)
    if not inconclusive and live < min_live:
        findings.append(
            finding(
                code=TOO_FEW_LIVE,
                message=(
                    f"only {live} of {len(sources)} sources are live (at least {min_live} wanted)"
                ),
            )
        )
    return findings
