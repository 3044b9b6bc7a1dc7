"""When to try a request again, and how long to wait first: decided here and nowhere else."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from curator.knobs import FetchKnobs
from curator.states import ErrorKind

RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_AFTER_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class RetryPlan:
    """Try again after ``delay`` seconds; ``host_wide`` when the server asked for the pause
    (Retry-After), which then applies to every request to that host, not just this one."""

    delay: float
    host_wide: bool = False


def should_retry(
    *,
    attempt: int,
    settings: FetchKnobs,
    status: int | None = None,
    error: ErrorKind | None = None,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> RetryPlan | None:
    """The retry decision for one finished attempt (``attempt`` counts from 1), or None.

    Which error kinds are worth another try is ``ErrorKind.is_transient``'s to say (see its
    reasons there). A refused connection gets one more try only: a server restarting refuses
    briefly, one that is gone refuses forever. A Retry-After longer than ``retry_after_cap`` is
    not waited for: the answer (429/503) stands, and the link reads as blocked rather than
    stalling the run.
    """
    if attempt > settings.retries:
        return None
    if error is not None:
        if error.is_transient or (error is ErrorKind.REFUSED and attempt == 1):
            return RetryPlan(backoff(attempt, settings, rng))
        return None
    if status not in RETRY_STATUSES:
        return None
    if retry_after is not None and status in RETRY_AFTER_STATUSES:
        if retry_after > settings.retry_after_cap:
            return None
        return RetryPlan(retry_after, host_wide=True)
    return RetryPlan(backoff(attempt, settings, rng))


def backoff(attempt: int, settings: FetchKnobs, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))].

    Full jitter spreads retries from many workers so they do not return to a struggling host
    in lockstep.
    """
    ceiling = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
    return (rng or random).uniform(0, ceiling)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); None if absent
    or unreadable. A date in the past means "now" (0)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isascii() and text.isdigit():  # "²" and "٣" are digits to str.isdigit, not to float
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
