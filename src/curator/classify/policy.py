"""The operator's ``[policy]`` over a verdict: excluded URLs are skipped, accepted statuses alive.

Applied after ``classify`` so the rules that decide what a fetch means stay in one place and
the exceptions an operator wrote stay in another, each verdict saying which rule made it (the
reason an editor reads names the policy entry's own reason).
"""

from __future__ import annotations

from dataclasses import replace

from curator.classify.link import Verdict
from curator.fetch.result import FetchResult
from curator.policy import Policy
from curator.settings import PolicySettings
from curator.states import ErrorKind, LinkState

_OVERRIDABLE = (LinkState.DEAD, LinkState.BLOCKED)


def apply_policy(verdict: Verdict, result: FetchResult, settings: PolicySettings) -> Verdict:
    if not (settings.exclude or settings.accept):
        return verdict
    error = result.error
    if error is not None and error.kind is ErrorKind.EXCLUDED:
        return replace(
            verdict,
            state=LinkState.SKIPPED,
            reason=f"not checked: excluded by policy ({error.message})",
            flags=frozenset(),
        )
    if verdict.state not in _OVERRIDABLE or (
        verdict.error is not None and verdict.error.kind is not ErrorKind.HTTP_STATUS
    ):
        return verdict
    accepted = Policy(settings).accepted(result.final_url, result.status)
    if accepted is None:
        return verdict
    return replace(
        verdict,
        state=LinkState.ALIVE,
        reason=f"HTTP {accepted.status} counts as alive for {accepted.host} by policy "
        f"({accepted.reason})",
        error=None,
    )
