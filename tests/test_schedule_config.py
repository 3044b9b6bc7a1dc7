"""``schedules.yaml``: the shipped default loads, crontab means what cron means, and every
mistake is reported at its line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from curator.schedule.config import JobKind, ScheduleError, load_schedules
from curator.schedule.triggers import cron_trigger, parse_duration, resume, upcoming
from routefiles import write_route

REPO = Path(__file__).resolve().parents[1]
LONDON = ZoneInfo("Europe/London")


def test_the_default_schedules_file_loads_with_the_three_jobs() -> None:
    schedule = load_schedules(REPO / "schedules.yaml", REPO / "routes")
    jobs = {job.name: job for job in schedule.jobs}
    assert {job.kind for job in jobs.values()} == set(JobKind)
    nightly = jobs["nightly"].trigger()
    # 02:30 London time, in winter (GMT) and in summer (BST) alike.
    winter = nightly.get_next_fire_time(None, datetime(2026, 1, 10, 12, tzinfo=UTC))
    summer = nightly.get_next_fire_time(None, datetime(2026, 7, 10, 12, tzinfo=UTC))
    assert (winter.hour, winter.minute, winter.utcoffset()) == (2, 30, timedelta(0))
    assert (summer.hour, summer.minute, summer.utcoffset()) == (2, 30, timedelta(hours=1))
    digest = jobs["overdue-digest"].trigger()
    monday = digest.get_next_fire_time(None, datetime(2026, 11, 18, tzinfo=UTC))  # a Wednesday
    assert monday.astimezone(LONDON).strftime("%A %H:%M") == "Monday 08:00"


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("1", {"Monday"}),
        ("0", {"Sunday"}),
        ("7", {"Sunday"}),
        ("1-5", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}),
        ("sat,sun", {"Saturday", "Sunday"}),
        ("*/3", {"Sunday", "Wednesday", "Saturday"}),
    ],
)
def test_cron_weekdays_count_from_sunday_like_crontab(field: str, days: set[str]) -> None:
    """APScheduler 3 alone would read "1" as Tuesday; a schedule must mean what cron means."""
    trigger = cron_trigger(f"0 8 * * {field}", LONDON)
    fired, when = set(), datetime(2026, 11, 1, tzinfo=LONDON)
    for _ in range(14):
        when = trigger.get_next_fire_time(when, when)
        fired.add(when.strftime("%A"))
    assert fired == days


def test_durations() -> None:
    assert parse_duration("6h") == timedelta(hours=6)
    assert parse_duration("1h30m") == timedelta(minutes=90)
    assert parse_duration("2s") == timedelta(seconds=2)
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration("6 hours")


def problems_of(tmp_path: Path, text: str) -> list[str]:
    write_route(tmp_path / "routes", "back-pain", [f"https://h{i}.example/" for i in range(5)])
    path = tmp_path / "schedules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScheduleError) as caught:
        load_schedules(path, tmp_path / "routes")
    return [str(p).replace(str(tmp_path) + "/", "") for p in caught.value.problems]


def test_every_mistake_is_reported_at_its_line(tmp_path: Path) -> None:
    text = (
        "timezone: Europe/London\n"  # 1
        "jobs:\n"  # 2
        "  nightly:\n"  # 3
        "    kind: fulll\n"  # 4
        '    cron: "30 2 * * *"\n'  # 5
        "  broken-cron:\n"  # 6
        "    kind: full\n"  # 7
        '    cron: "61 2 * * *"\n'  # 8
        "  subset:\n"  # 9
        "    kind: full\n"  # 10
        "    every: 6h\n"  # 11
        "    routes:\n"  # 12
        "      - back-pain\n"  # 13
        "      - no-such-route\n"  # 14
        "  elsewhere:\n"  # 15
        "    kind: recheck\n"  # 16
        "    every: 1h\n"  # 17
        "    timezone: Mars/Olympus\n"  # 18
        "    retries: 3\n"  # 19
        "  both:\n"  # 20
        "    kind: digest\n"  # 21
        '    cron: "0 8 * * 1"\n'  # 22
        "    every: 1d\n"  # 23
        "  odd:\n"  # 24
        "    kind: full\n"  # 25
        "    every: often\n"  # 26
        "owner: ops\n"  # 27
    )
    found = problems_of(tmp_path, text)
    assert found == [
        "schedules.yaml:4: job 'nightly': kind: unknown kind 'fulll' "
        "(expected full, recheck, digest)",
        "schedules.yaml:8: job 'broken-cron': cron: bad cron expression '61 2 * * *': "
        "minute '61': the last value (61) is higher than the maximum value (59)",
        "schedules.yaml:14: job 'subset': unknown route 'no-such-route' (no route file)",
        "schedules.yaml:18: job 'elsewhere': timezone: unknown time zone 'Mars/Olympus' "
        "(use an IANA name such as Europe/London or UTC)",
        "schedules.yaml:19: job 'elsewhere': unknown key 'retries' (expected one of: kind, cron, "
        "every, timezone, routes, concurrency, due, misfire_grace, notify)",
        "schedules.yaml:20: job 'both': a job needs exactly one of 'cron:' (crontab line) or "
        "'every:' (6h)",
        "schedules.yaml:26: job 'odd': every: 'often' is not a duration "
        "(write e.g. 90s, 30m, 6h, 1d or 1h30m)",
        "schedules.yaml:27: schedules file: unknown key 'owner' (expected one of: timezone, jobs)",
    ]


def test_syntax_errors_and_duplicate_jobs_have_lines(tmp_path: Path) -> None:
    duplicate = "jobs:\n  a:\n    kind: full\n    every: 1h\n  a:\n    kind: full\n    every: 2h\n"
    assert problems_of(tmp_path, duplicate) == [
        "schedules.yaml:5: duplicate key 'a' (first at line 2)"
    ]
    broken = "jobs:\n  a:\n    kind: full\n   every: [1h\n"
    (problem,) = problems_of(tmp_path, broken)
    assert problem.startswith("schedules.yaml:") and "malformed YAML" in problem
    assert problems_of(tmp_path, "timezone: CET-ish\njobs: {}\n") == [
        "schedules.yaml:1: unknown time zone 'CET-ish' (use an IANA name such as Europe/London "
        "or UTC)",
        "schedules.yaml:2: 'jobs:' must be a mapping of job names to jobs",
    ]


NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_resume_after_a_completed_run_waits_for_the_next_slot() -> None:
    trigger = cron_trigger("30 2 * * *", LONDON)
    last = datetime(2026, 11, 23, 2, 30, 1, tzinfo=UTC)
    start = resume(trigger, last, NOW, timedelta(hours=6))
    assert start.catching_up is None and start.missed is None
    assert start.next_run_time == datetime(2026, 11, 24, 2, 30, tzinfo=LONDON)


def test_resume_catches_up_a_missed_slot_once_within_grace() -> None:
    trigger = cron_trigger("30 9 * * *", LONDON)
    three_nights_ago = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    start = resume(trigger, three_nights_ago, NOW, timedelta(hours=6))
    # Only the latest missed slot (today 09:30), once; then tomorrow as usual.
    assert start.catching_up == datetime(2026, 11, 23, 9, 30, tzinfo=LONDON)
    times = upcoming(trigger, start, NOW)
    assert times == [
        NOW,
        datetime(2026, 11, 24, 9, 30, tzinfo=LONDON),
        datetime(2026, 11, 25, 9, 30, tzinfo=LONDON),
    ]


def test_resume_skips_a_slot_missed_by_more_than_the_grace() -> None:
    trigger = cron_trigger("30 2 * * *", LONDON)
    start = resume(trigger, datetime(2026, 11, 20, 2, 30, tzinfo=UTC), NOW, timedelta(hours=6))
    assert start.catching_up is None
    assert start.missed == datetime(2026, 11, 23, 2, 30, tzinfo=LONDON)
    assert start.next_run_time == datetime(2026, 11, 24, 2, 30, tzinfo=LONDON)


def test_a_job_that_never_ran_waits_for_its_first_slot() -> None:
    trigger = cron_trigger("30 2 * * *", LONDON)
    start = resume(trigger, None, NOW, timedelta(hours=6))
    assert start.next_run_time == datetime(2026, 11, 24, 2, 30, tzinfo=LONDON)
