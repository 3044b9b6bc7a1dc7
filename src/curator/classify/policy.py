"""The operator's ``[policy]`` over a verdict: excluded URLs are skipped, accepted statuses alive.

Applied after ``classify`` so the rules that decide what a fetch means stay in one place and
the exceptions an operator wrote stay in another, each verdict saying which rule made it (the
reason an editor reads names the policy entry's own reason).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from curator import urls
from curator.classify.link import Verdict
from curator.fetch.result import FetchResult
from curator.policy import Policy
from curator.states import ErrorKind, LinkState

if TYPE_CHECKING:
    from curator.settings import PolicySettings

_OVERRIDABLE = (LinkState.DEAD, LinkState.BLOCKED)


def apply_policy(verdict: Verdict, result: FetchResult, settings: PolicySettings) -> Verdict:
    if not (settings.exclude or settings.accept or settings.headers):
        return verdict
    if result.error is not None and result.error.kind is ErrorKind.EXCLUDED:
        return replace(
            verdict,
            state=LinkState.SKIPPED,
            reason=f"not checked: excluded by policy ({result.error.message})",
            flags=frozenset(),
        )
    policy = Policy(settings.plain())
    verdict = _accepted(verdict, result, policy)
    reasons = _header_reasons(result, policy)
    if reasons:
        verdict = replace(verdict, reason=f"{verdict.reason}; {reasons}")
    return verdict


def _header_reasons(result: FetchResult, policy: Policy) -> str:
    """Which hosts were sent [policy] headers and why, so an editor knows this check saw what
    a plain visitor would not."""
    said: dict[str, None] = {}
    for url in dict.fromkeys([result.url, *(hop.location for hop in result.hops)]):
        for reason in policy.header_reasons(url):
            said[f"sent policy headers to {urls.host(url)} ({reason})"] = None
    return "; ".join(said)


def _accepted(verdict: Verdict, result: FetchResult, policy: Policy) -> Verdict:
    if verdict.state not in _OVERRIDABLE or (
        verdict.error is not None and verdict.error.kind is not ErrorKind.HTTP_STATUS
    ):
        return verdict
    accepted = policy.accepted(result.final_url, result.status)
    if accepted is None:
        return verdict
    return replace(
        verdict,
        state=LinkState.ALIVE,
        reason=f"HTTP {accepted.status} counts as alive for {accepted.host} by policy "
        f"({accepted.reason})",
        error=None,
    )
