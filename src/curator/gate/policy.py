"""The gate's rules by name, and how severe the settings make each one.

The rules themselves (when each applies) live in ``evaluate``; this module only names them, so
outputs and settings agree on the spelling, and maps each to its ``[gate]`` setting.
"""

from __future__ import annotations

from enum import StrEnum

from curator.settings import GatePolicy, Severity


class GateRule(StrEnum):
    ADDED_BROKEN = "added-broken"
    CONFIRMED_BROKEN = "confirmed-broken"
    ADDED_OFFSITE_REDIRECT = "added-offsite-redirect"
    STALE_UNREVIEWED = "stale-unreviewed"
    BLOCKED = "blocked"
    MOVED = "moved"
    REVIEW_OVERDUE = "review-overdue"
    WATCHING = "watching"
    OFFSITE_REDIRECT = "offsite-redirect"
    AT_RISK = "at-risk"


def severity(policy: GatePolicy, rule: GateRule) -> Severity:
    """The setting for ``rule``: its ``[gate]`` key is the rule's name with underscores."""
    return {
        GateRule.ADDED_BROKEN: policy.added_broken,
        GateRule.CONFIRMED_BROKEN: policy.confirmed_broken,
        GateRule.ADDED_OFFSITE_REDIRECT: policy.added_offsite_redirect,
        GateRule.STALE_UNREVIEWED: policy.stale_unreviewed,
        GateRule.BLOCKED: policy.blocked,
        GateRule.MOVED: policy.moved,
        GateRule.REVIEW_OVERDUE: policy.review_overdue,
        GateRule.WATCHING: policy.watching,
        GateRule.OFFSITE_REDIRECT: policy.offsite_redirect,
        GateRule.AT_RISK: policy.at_risk,
    }[rule]
