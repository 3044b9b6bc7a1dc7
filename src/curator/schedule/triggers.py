"""When a job fires: crontab and interval triggers, and where a restarted scheduler resumes.

Two traps are handled here so the rest of the scheduler never meets them:

- APScheduler 3's ``CronTrigger.from_crontab`` numbers weekdays from Monday = 0, while every
  crontab (and every operator) means Sunday = 0. ``"0 8 * * 1"`` would silently fire on
  Tuesdays. We translate the weekday field to day names before APScheduler sees it.
- Resumption. The scheduler keeps its place in a ledger (the time each job last started, see
  :mod:`curator.schedule.ledger`); :func:`resume` turns that into the job's first run time so
  that a missed run is caught up once (coalesced) if it is within the grace time, and skipped
  otherwise, exactly as APScheduler treats a run missed while the process was alive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

_CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)", re.IGNORECASE)
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
_MAX_CATCH_UP_SLOTS = 10_000
"""Slots walked to find the latest missed run; more than that and the gap is far past grace."""


def time_zone(name: str) -> ZoneInfo:
    """An IANA zone; ValueError with a hint for anything else (``CET`` and ``EST`` included)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone '{name}' (use an IANA name such as Europe/London or UTC)"
        ) from exc


def parse_duration(text: str) -> timedelta:
    """``90s``, ``30m``, ``6h``, ``1d``, ``2w`` or combinations like ``1h30m``."""
    compact = text.strip()
    parts = _DURATION_PART.findall(compact)
    if not parts or _DURATION_PART.sub("", compact).strip():
        raise ValueError(f"'{text}' is not a duration (write e.g. 90s, 30m, 6h, 1d or 1h30m)")
    total = timedelta()
    for amount, unit in parts:
        total += timedelta(**{_UNITS[unit.lower()]: float(amount)})
    if total <= timedelta(0):
        raise ValueError(f"'{text}' is not a positive duration")
    return total


def cron_trigger(expression: str, zone: ZoneInfo) -> CronTrigger:
    """A trigger from a standard 5-field crontab line, weekdays numbered as cron does."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(
            f"cron expression '{expression}' has {len(fields)} fields; expected 5 "
            "(minute hour day-of-month month day-of-week)"
        )
    try:
        fields[4] = _weekdays(fields[4])
    except ValueError as exc:
        raise ValueError(f"bad cron expression '{expression}': {exc}") from exc
    for name, value in zip(_CRON_FIELDS, fields, strict=True):
        try:
            CronTrigger(**{name: value}, timezone=zone)
        except (ValueError, TypeError) as exc:
            reason = str(exc).removeprefix(f"Error validating expression '{value}': ")
            what = name.replace("_", "-")
            raise ValueError(
                f"bad cron expression '{expression}': {what} '{value}': {reason}"
            ) from exc
    return CronTrigger.from_crontab(" ".join(fields), timezone=zone)


def interval_trigger(every: timedelta, zone: ZoneInfo) -> IntervalTrigger:
    return IntervalTrigger(seconds=every.total_seconds(), timezone=zone)


def _weekdays(field: str) -> str:
    """Crontab's day-of-week field as day names, which APScheduler reads unambiguously."""
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for part in field.split(","):
        body, slash, step_text = part.partition("/")
        step = _number(step_text, "step") if slash else 1
        if step < 1:
            raise ValueError(f"day-of-week step must be at least 1 in '{field}'")
        if body == "*":
            low, high = 0, 6
        elif "-" in body:
            first, last = body.split("-", 1)
            low, high = _day(first), _day(last)
            if high < low:
                raise ValueError(f"day-of-week range '{body}' runs backwards")
        else:
            low = _day(body)
            high = 6 if slash else low
        days.update(day % 7 for day in range(low, high + 1, step))
    return ",".join(_DAY_NAMES[day] for day in sorted(days))


def _day(text: str) -> int:
    name = text.strip().lower()[:3]
    if name in _DAY_NAMES:
        return _DAY_NAMES.index(name)
    number = _number(text, "day of week")
    if not 0 <= number <= 7:
        raise ValueError(f"day of week {number} is out of range (0-7, Sunday is 0 or 7)")
    return number


def _number(text: str, what: str) -> int:
    if not text.strip().isdigit():
        raise ValueError(f"{what} '{text}' is not a number or a day name")
    return int(text)


@dataclass(frozen=True)
class Resume:
    """Where a job picks up after a (re)start.

    ``next_run_time`` is handed to APScheduler; when it is in the past, APScheduler runs the
    job once at start (the job's misfire grace covers it). ``catching_up`` names the missed
    slot being run late; ``missed`` names a slot that was too late to run at all.
    """

    next_run_time: datetime | None
    catching_up: datetime | None = None
    missed: datetime | None = None


def resume(
    trigger: BaseTrigger, last_started: datetime | None, now: datetime, grace: timedelta
) -> Resume:
    """The first run time of a job that last started at ``last_started`` (None: never)."""
    if last_started is None:
        return Resume(trigger.get_next_fire_time(None, now))
    due = trigger.get_next_fire_time(last_started, last_started)
    if due is None or due > now:
        return Resume(due)
    latest = due
    for _ in range(_MAX_CATCH_UP_SLOTS):
        following = trigger.get_next_fire_time(latest, latest)
        if following is None or following > now:
            break
        latest = following
    else:
        return Resume(trigger.get_next_fire_time(None, now), missed=latest)
    if now - latest <= grace:
        return Resume(latest, catching_up=latest)
    return Resume(trigger.get_next_fire_time(latest, now), missed=latest)


def upcoming(trigger: BaseTrigger, start: Resume, now: datetime, count: int = 3) -> list[datetime]:
    """The next ``count`` run times from a resume point; a catch-up counts as "now"."""
    times: list[datetime] = []
    current = start.next_run_time
    while current is not None and len(times) < count:
        times.append(max(current, now))
        current = trigger.get_next_fire_time(current, max(current, now))
    return times
