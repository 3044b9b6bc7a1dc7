"""From a run's report and the change behind it to the gate's verdict: failures and warnings.

Every finding says what is wrong, where (route file and line of the offending ``url:``), and what
the editor should do about it, because a gate that only says "no" teaches people to bypass it.
Page-derived text (reasons, final URLs) is passed through ``plain`` before it is put in a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from curator.gate.changes import RouteChange
from curator.gate.policy import GateRule, severity
from curator.redact import redact_url
from curator.report.model import Report, RouteReport, SourceReport
from curator.report.skips import skip_reason
from curator.report.status import AT_RISK_FINDINGS, at_risk_reasons
from curator.report.text import plain
from curator.settings import GatePolicy, Severity
from curator.states import Flag, LinkState, RouteStatus

_STALE_FLAGS = (Flag.CHANGED, Flag.UNSUPPORTED)


@dataclass(frozen=True)
class GateFinding:
    """One thing the gate has to say about a touched route."""

    rule: GateRule
    fails: bool  # False: a warning
    path: Path
    line: int
    slug: str
    title: str  # a few words, for annotation titles and JUnit
    message: str  # what is wrong
    advice: str  # what to do about it
    url: str | None = None
    rank: int | None = None


def evaluate(
    report: Report,
    changes: Mapping[str, RouteChange],
    policy: GatePolicy,
    *,
    review_max_age_days: int,
    today: date,
) -> list[GateFinding]:
    """Apply the policy to every touched route in the report; failures first, then by place."""
    findings: list[GateFinding] = []
    for route in report.routes:
        change = changes.get(route.slug)
        if change is None:
            continue
        said = [
            *(item for source in route.sources for item in _about_source(source, change)),
            *_about_route(route, change, today, review_max_age_days),
            *_at_risk(route, severity(policy, GateRule.AT_RISK)),
        ]
        for item in said:
            level = severity(policy, item.rule)
            if level == "ignore":
                continue
            source = item.source
            findings.append(
                GateFinding(
                    rule=item.rule,
                    fails=level == "fail",
                    path=change.route.path,
                    line=(source.line or 1) if source is not None else change.reviewed_line,
                    slug=route.slug,
                    title=item.title,
                    message=item.message,
                    advice=item.advice,
                    url=source.url if source is not None else None,
                    rank=source.rank if source is not None else None,
                )
            )
    return sorted(findings, key=lambda f: (not f.fails, str(f.path), f.line, f.rule))


def inconclusive_reason(report: Report, live: frozenset[str]) -> str | None:
    """Why the gate cannot judge, or None if it can.

    Either the run itself judged the checker offline, or every URL fetched for this change failed
    at the network level: then a dead host and a lost network look alike, and the gate must not
    block a publish (or pass it) on that.
    """
    if report.run.inconclusive:
        return report.run.reason or "the checker looked offline"
    shown = {redact_url(url) for url in live}  # a report shows URLs redacted
    fetched = {s.url: s for r in report.routes for s in r.sources if s.url in shown}
    if fetched and all(s.error is not None and s.error.kind.is_network for s in fetched.values()):
        kinds = sorted({s.error.kind.value for s in fetched.values() if s.error is not None})
        return (
            f"every live check ({len(fetched)}) failed at the network level "
            f"({', '.join(kinds)}); the network, not the links, may be at fault"
        )
    return None


@dataclass(frozen=True)
class _Said:
    rule: GateRule
    title: str
    message: str
    advice: str
    source: SourceReport | None = None


def _about_source(s: SourceReport, change: RouteChange) -> list[_Said]:
    """What the gate says about one source: its state (at most one line), then its flags."""
    added = s.url in {redact_url(url) for url in change.changed_urls}  # as the report shows it
    label = f"#{s.rank} {plain(s.name, 80)}"
    why = plain(s.reason, 160) or s.state.value
    state = _about_broken(s, added, label, why) if s.state.is_broken else None
    state = state or _about_unbroken(s, label, why)
    return ([state] if state is not None else []) + _about_flags(s, change, added, label)


def _about_broken(s: SourceReport, added: bool, label: str, why: str) -> _Said:
    if added:
        return _Said(
            GateRule.ADDED_BROKEN,
            f"{s.state.value} source added",
            f"{label} <{s.url}> is {s.state.value}: {why}; this change adds it",
            "replace the URL with a working address for this source, or pick another source",
            s,
        )
    if s.confirmed:
        since = f" since {s.first_failed_at:%Y-%m-%d}" if s.first_failed_at else ""
        archived = f"; archived copy: <{s.archived_url}>" if s.archived_url else ""
        return _Said(
            GateRule.CONFIRMED_BROKEN,
            f"confirmed {s.state.value} source",
            f"{label} <{s.url}> is {s.state.value}: {why}; "
            f"confirmed after {s.consecutive_failures} failed checks{since}{archived}",
            "replace the URL (or the source) in this route before publishing it"
            + (", or link the archived copy with `curator fix --write`" if archived else ""),
            s,
        )
    return _Said(
        GateRule.WATCHING,
        f"{s.state.value}, not yet confirmed",
        f"{label} <{s.url}> is {s.state.value}: {why}; failed "
        f"{s.consecutive_failures} check(s) in a row, not yet confirmed",
        "nothing yet; if it keeps failing it will be confirmed and block this route",
        s,
    )


def _about_unbroken(s: SourceReport, label: str, why: str) -> _Said | None:
    if (skipped := skip_reason(s)) is not None:
        return _Said(
            GateRule.BLOCKED,
            f"skipped: {skipped.reason}",
            f"{label} <{s.url}> was not checked (skipped: {skipped.reason}): {why}",
            skipped.remedy,
            s,
        )
    if s.state is LinkState.BLOCKED:
        return _Said(
            GateRule.BLOCKED,
            f"source {s.state.value}",
            f"{label} <{s.url}> could not be verified ({s.state.value}): {why}",
            "open the URL in a browser and confirm it still says what the blurb claims",
            s,
        )
    if s.state is LinkState.MOVED:
        target = plain(s.final_url, 300) or "its new address"
        return _Said(
            GateRule.MOVED,
            "source moved",
            f"{label} <{s.url}> redirects permanently to <{target}>",
            f"replace the URL with {target} after checking it is the same page "
            "(`curator fix` proposes it once the move was seen in two runs)",
            s,
        )
    return None


def _about_flags(s: SourceReport, change: RouteChange, added: bool, label: str) -> list[_Said]:
    said: list[_Said] = []
    if Flag.OFFSITE_REDIRECT in s.flags:
        target = plain(s.final_url, 300) or "another site"
        rule = GateRule.ADDED_OFFSITE_REDIRECT if added else GateRule.OFFSITE_REDIRECT
        said.append(
            _Said(
                rule,
                "source ends on another site",
                f"{label} <{s.url}> ends on another site: <{target}>",
                "if the other site's page is the right source, cite it directly; otherwise replace "
                "the URL",
                s,
            )
        )
    stale = [flag.value for flag in _STALE_FLAGS if flag in s.flags]
    if stale and not change.reviewed_moved:
        said.append(
            _Said(
                GateRule.STALE_UNREVIEWED,
                "source changed since review",
                f"{label} <{s.url}> is {' and '.join(stale)} since the route was approved, "
                "and this change does not move its reviewed date",
                f"check the summary and blurb against the page, then re-approve with "
                f"`curator approve {change.route.slug}`, or move `reviewed:` (line "
                f"{change.reviewed_line}) to today once checked",
                s,
            )
        )
    return said


def _at_risk(route: RouteReport, level: Severity) -> list[_Said]:
    """The route-level word on an at-risk route.

    Each failing source is already reported on its own line (``watching``/``added-broken``), so
    as a mere warning this speaks only when the route has too few live sources; when a team sets
    ``at_risk = "fail"`` it always speaks, because it is then what fails the gate.
    """
    if route.status is not RouteStatus.AT_RISK:
        return []
    if level != "fail" and not any(f.code in AT_RISK_FINDINGS for f in route.findings):
        return []
    why = "; ".join(plain(reason, 200) for reason in at_risk_reasons(route.sources, route.findings))
    return [
        _Said(
            GateRule.AT_RISK,
            "route at risk",
            f"{route.slug} is at risk: {why}",
            "check the failing sources in a browser and replace any that are gone, so the route "
            "keeps enough live sources",
        )
    ]


def _about_route(
    route: RouteReport, change: RouteChange, today: date, max_age_days: int
) -> list[_Said]:
    reported = next((f for f in route.findings if f.code == GateRule.REVIEW_OVERDUE.value), None)
    reviewed = change.route.reviewed
    if reported is not None:
        message = plain(reported.message, 300)
    elif reviewed is None:
        message = "the route has no reviewed date: no editor has signed it off"
    elif (today - reviewed).days > max_age_days:
        message = f"last reviewed {reviewed:%Y-%m-%d}, more than {max_age_days} days ago"
    else:
        return []
    return [
        _Said(
            GateRule.REVIEW_OVERDUE,
            "review overdue",
            f"{route.slug}: {message}",
            f"re-read the summary and blurbs against the sources, then run "
            f"`curator approve {route.slug}` (or set `reviewed:` to today)",
        )
    ]
