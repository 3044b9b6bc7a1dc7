"""What a URL's past observations say about it now: failure streaks, confirmation, recovery.

Pure functions over observations (newest first) so the rules can be tested without a store or a
clock: every time used is an observation's own ``checked_at``.

Which observations count:

- *broken* (dead, soft-dead) and *ok* (alive, moved) are verdicts on the link;
- unknown and skipped are ignored entirely: an inconclusive run or a robots.txt refusal says
  nothing about the link, so it neither breaks a failure streak nor extends it;
- blocked is ignored too. The host refused to let us look, which is neither evidence that the
  page is gone nor that it is back, so it must not push a source towards "confirmed dead" and
  must not wipe a streak that was building up before the host started refusing us.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise

from curator.states import LinkState
from curator.store.interface import Observation


@dataclass(frozen=True)
class ConfirmationPolicy:
    """When a failure streak is believed: IABot-style, failing in ``runs`` runs over ``hours``.

    Both conditions are needed: many runs in one night only prove the host had a bad night, and a
    long time with one failure proves nothing about the runs in between.
    """

    runs: int = 3
    hours: float = 48.0

    def __post_init__(self) -> None:
        if self.runs < 1:
            raise ValueError(f"confirmation needs at least one failing run, got runs={self.runs}")
        if self.hours < 0:
            raise ValueError(f"confirmation hours cannot be negative, got hours={self.hours}")


@dataclass(frozen=True, slots=True)
class LinkHistory:
    """One URL's history boiled down to what reports, digests and the gate need."""

    consecutive_failures: int  # broken verdicts since the last ok one (ignored states skipped)
    first_failed_at: datetime | None  # when the current streak began; None without a streak
    confirmed: bool  # the streak satisfies the ConfirmationPolicy
    recovered: bool  # the newest observation is ok and the verdict before it was broken
    flapping: bool  # flips between broken and ok at least ``flap_flips`` times lately
    last_ok_at: datetime | None  # newest alive/moved observation among those given
    # The newest look found the page as the live look before it did (a 304, or the same bytes at
    # the same address): a fact of the check, shown with its time, not a change of the page.
    unchanged: bool = False


def is_judged(state: LinkState) -> bool:
    """Whether an observation in this state is a verdict on the link (see the module docstring)."""
    return state.is_broken or state.is_live


def summarize(
    observations_newest_first: Sequence[Observation],
    policy: ConfirmationPolicy,
    flap_window: int = 10,
    flap_flips: int = 3,
) -> LinkHistory:
    """Boil one URL's observations, newest first, down to a LinkHistory.

    ``flap_window`` counts judged observations, not runs, so a stretch of inconclusive runs does
    not hide flapping that happened just before it. Only what is passed in is seen: a streak
    longer than the observations given (the store's ``recent(limit=...)``) is counted up to
    that length, which is harmless as long as the limit exceeds ``policy.runs``.
    """
    judged = [o for o in observations_newest_first if is_judged(o.state)]

    streak: list[Observation] = []
    for obs in judged:
        if not obs.state.is_broken:
            break
        streak.append(obs)

    first_failed_at = streak[-1].checked_at if streak else None
    confirmed = len(streak) >= policy.runs and streak[0].checked_at - streak[
        -1
    ].checked_at >= timedelta(hours=policy.hours)

    newest = observations_newest_first[0] if observations_newest_first else None
    recovered = (
        newest is not None
        and newest.state.is_live
        and len(judged) >= 2
        and judged[1].state.is_broken
    )

    recent = [o.state.is_broken for o in judged[:flap_window]]
    flips = sum(1 for a, b in pairwise(recent) if a != b)

    last_ok_at = next((o.checked_at for o in judged if o.state.is_live), None)

    return LinkHistory(
        consecutive_failures=len(streak),
        first_failed_at=first_failed_at,
        confirmed=confirmed,
        recovered=recovered,
        flapping=flips >= flap_flips,
        last_ok_at=last_ok_at,
        unchanged=_unchanged(observations_newest_first),
    )


def _unchanged(observations_newest_first: Sequence[Observation]) -> bool:
    """Whether the newest look found the page of the last live look before it (``unchanged``);
    a failing look never did."""
    if not observations_newest_first or not observations_newest_first[0].state.is_live:
        return False
    newest = observations_newest_first[0]
    before = next((o for o in observations_newest_first[1:] if o.state.is_live), None)
    return found_unchanged(
        before,
        newest.url,
        not_modified=newest.http_status == 304,
        body_hash=newest.body_hash,
        final_url=newest.final_url,
    )


def found_unchanged(
    last_live: Observation | None,
    url: str,
    *,
    not_modified: bool,
    body_hash: str | None,
    final_url: str | None,
) -> bool:
    """Whether a check of ``url`` found the page of ``last_live``, the URL's last live look
    before it: a 304 to that look's validators, or the same bytes at the same final address.

    The one rule for "unchanged", asked twice: by the record while the run goes on (such a
    look keeps the reason its page was judged for: ``check.record.judge``), and by
    ``summarize`` from the stored looks (the report's ``sources[].unchanged``), so a source
    the report calls unchanged is one whose look kept its reason, and the other way round.
    """
    if last_live is None:
        return False
    if not_modified:
        return True
    return (
        body_hash is not None
        and body_hash == last_live.body_hash
        and (final_url or url) == (last_live.final_url or last_live.url)
    )
