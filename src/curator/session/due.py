"""Due-based planning: which links a run fetches now, and which reuse their last look.

A nightly run that fetched every link every night would hammer the same hosts for no news.
Instead (``curator run --due``, and every scheduled check):

- a URL with no look yet (a new or edited source) is due at once;
- a URL whose latest look is ``unknown`` (the checker was offline) is due at once;
- a failing link that is not yet confirmed, or a blocked one, is due after
  ``recheck_failing_hours`` (daily by default), so the failing runs that confirm a death
  (``history.confirm_runs`` over ``history.confirm_hours``) happen inside that window;
- everything else (alive, moved, skipped, confirmed dead) after ``recheck_alive_days``.

Ages get ``night_hours`` of slack: a link checked late in last night's run is still due when
tonight's run starts, instead of slipping a whole day.

Each host gets a budget of URLs per run, from its request spacing and the length of the night,
so a run stays polite and still ends by morning. Links are taken new first (never deferred:
there is no look to show for them), then unjudged, then failing ones (their confirmation
clock is ticking), then the oldest looks. What does not fit is deferred; a deferred link is
older next time, so it goes before the links checked tonight.

:func:`plan_due` is a pure function of its arguments (the clock included).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from curator.history import ConfirmationPolicy, summarize
from curator.settings import Settings
from curator.states import LinkState
from curator.store.interface import Observation, Store

REQUESTS_PER_URL = 2
"""Requests one link costs on average when budgeting a host: the page itself, plus its share
of robots.txt, soft-404 probes, redirects and the odd retry."""


class Selection(StrEnum):
    """Which links a run fetches; the rest reuse their stored look."""

    ALL = "all"  # curator run: everything
    DUE = "due"  # curator run --due, scheduled full checks
    WATCHED = "watched"  # scheduled rechecks: new, unjudged, failing and blocked links only


class DueReason(StrEnum):
    NEW = "new"  # never looked at: a new or edited source
    UNJUDGED = "unjudged"  # the latest look was inconclusive
    FAILING = "failing"  # dead or soft-dead, not yet confirmed: being watched
    BLOCKED = "blocked"  # the host refused to let us look
    STALE = "stale"  # an older look than its re-check age
    FRESH = "fresh"  # looked at recently enough: not due


_RANK = {DueReason.NEW: 0, DueReason.UNJUDGED: 1, DueReason.FAILING: 2, DueReason.BLOCKED: 2}
_WATCHED = frozenset({DueReason.NEW, DueReason.UNJUDGED, DueReason.FAILING, DueReason.BLOCKED})


@dataclass(frozen=True)
class DuePlan:
    """``live``: fetch now. ``deferred``: due but over their host's budget, in the order they
    would have been taken. ``reasons``: why each URL is (or is not) due."""

    live: frozenset[str]
    deferred: tuple[str, ...]
    reasons: Mapping[str, DueReason]
    budget: int | None = None

    def summary(self) -> str:
        due = Counter(
            reason for url, reason in self.reasons.items() if reason is not DueReason.FRESH
        )
        parts = ", ".join(f"{count} {reason.value}" for reason, count in sorted(due.items()))
        line = f"due: {len(self.live)} of {len(self.reasons)} links checked now"
        line += f" ({parts})" if parts else ""
        if self.deferred:
            line += (
                f"; {len(self.deferred)} deferred to the next run (budget {self.budget} per host)"
            )
        return line


def per_host_budget(settings: Settings) -> int | None:
    """URLs per host per run: the night's length over the host's request spacing."""
    if settings.schedule.per_host_budget is not None:
        return settings.schedule.per_host_budget
    spacing = settings.fetch.per_host_spacing
    if spacing <= 0:
        return None
    night = settings.schedule.night_hours * 3600
    return max(1, int(night / (spacing * REQUESTS_PER_URL)))


def plan_due(
    urls: Iterable[str],
    latest_observations: Mapping[str, Sequence[Observation]],
    now: datetime,
    settings: Settings,
    *,
    selection: Selection = Selection.DUE,
) -> DuePlan:
    """Split ``urls`` into those fetched now and those reusing their last look.

    ``latest_observations`` maps each URL to its observations, newest first (the store's
    ``recent``); a URL missing from it has never been looked at.
    """
    policy = ConfirmationPolicy(
        runs=settings.history.confirm_runs, hours=settings.history.confirm_hours
    )
    slack = timedelta(hours=settings.schedule.night_hours)
    alive_age = timedelta(days=settings.schedule.recheck_alive_days) - slack
    failing_age = timedelta(hours=settings.schedule.recheck_failing_hours) - slack
    reasons: dict[str, DueReason] = {}
    last_seen: dict[str, datetime | None] = {}
    for url in dict.fromkeys(urls):
        observations = latest_observations.get(url, ())
        reason, seen = _reason(observations, now, policy, alive_age, failing_age)
        if selection is Selection.WATCHED and reason not in _WATCHED:
            reason = DueReason.FRESH
        reasons[url] = reason
        last_seen[url] = seen
    if selection is Selection.ALL:
        return DuePlan(live=frozenset(reasons), deferred=(), reasons=reasons)

    budget = per_host_budget(settings)
    by_host: dict[str, list[str]] = {}
    for url, reason in reasons.items():
        if reason is not DueReason.FRESH:
            by_host.setdefault(_host(url), []).append(url)
    live: set[str] = set()
    deferred: list[str] = []
    for host_urls in by_host.values():
        host_urls.sort(key=lambda u: (_RANK.get(reasons[u], 3), _age_key(last_seen[u])))
        new = sum(1 for u in host_urls if reasons[u] is DueReason.NEW)
        # New links are never deferred: with no look to reuse, the pipeline fetches them
        # anyway. They spend the budget first.
        cut = len(host_urls) if budget is None else max(budget, new)
        live.update(host_urls[:cut])
        deferred.extend(host_urls[cut:])
    deferred.sort(key=lambda u: (_RANK.get(reasons[u], 3), _age_key(last_seen[u])))
    return DuePlan(frozenset(live), tuple(deferred), reasons, budget)


def plan_from_store(
    urls: Sequence[str],
    store: Store,
    now: datetime,
    settings: Settings,
    selection: Selection,
) -> DuePlan:
    """:func:`plan_due` over the store's history of ``urls``."""
    depth = max(settings.history.confirm_runs, settings.history.flap_window) + 1
    return plan_due(urls, store.recent(urls, limit=depth), now, settings, selection=selection)


def _reason(
    observations: Sequence[Observation],
    now: datetime,
    policy: ConfirmationPolicy,
    alive_age: timedelta,
    failing_age: timedelta,
) -> tuple[DueReason, datetime | None]:
    if not observations:
        return DueReason.NEW, None
    latest = observations[0]
    if latest.state is LinkState.UNKNOWN:
        return DueReason.UNJUDGED, latest.checked_at
    age = now - latest.checked_at
    if latest.state.is_broken and not summarize(observations, policy).confirmed:
        return (DueReason.FAILING if age >= failing_age else DueReason.FRESH), latest.checked_at
    if latest.state is LinkState.BLOCKED:
        return (DueReason.BLOCKED if age >= failing_age else DueReason.FRESH), latest.checked_at
    return (DueReason.STALE if age >= alive_age else DueReason.FRESH), latest.checked_at


def _age_key(seen: datetime | None) -> float:
    """Oldest first; never seen before everything."""
    return float("-inf") if seen is None else seen.timestamp()


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or url).lower()
    except ValueError:
        return url
