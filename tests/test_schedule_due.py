"""Due-based planning (``curator run --due``) as a pure function, on a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from curator.session.due import DueReason, Selection, per_host_budget, plan_due
from curator.settings import FetchSettings, ScheduleSettings, Settings
from curator.states import LinkState
from curator.store.interface import Observation

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=UTC)


def settings(**schedule: object) -> Settings:
    return Settings(
        schedule=ScheduleSettings(**schedule),  # type: ignore[arg-type]
        fetch=FetchSettings(per_host_spacing=0),
    )


def looks(url: str, *states_and_ages: tuple[LinkState, timedelta]) -> list[Observation]:
    """Observations of ``url``, newest first, each ``age`` before NOW."""
    return [
        Observation(run_id=f"r{i}", url=url, checked_at=NOW - age, state=state)
        for i, (state, age) in enumerate(states_and_ages)
    ]


def test_new_unjudged_failing_and_stale_links_are_due_the_rest_are_not() -> None:
    day = timedelta(days=1)
    history = {
        "https://a.example/alive-2d": looks(
            "https://a.example/alive-2d", (LinkState.ALIVE, 2 * day)
        ),
        "https://a.example/alive-8d": looks(
            "https://a.example/alive-8d", (LinkState.ALIVE, 8 * day)
        ),
        "https://a.example/moved-9d": looks(
            "https://a.example/moved-9d", (LinkState.MOVED, 9 * day)
        ),
        "https://b.example/dead-1d": looks("https://b.example/dead-1d", (LinkState.DEAD, day)),
        "https://b.example/dead-2h": looks(
            "https://b.example/dead-2h", (LinkState.DEAD, timedelta(hours=2))
        ),
        "https://b.example/blocked-1d": looks(
            "https://b.example/blocked-1d", (LinkState.BLOCKED, day)
        ),
        "https://b.example/offline": looks(
            "https://b.example/offline",
            (LinkState.UNKNOWN, timedelta(hours=1)),
            (LinkState.ALIVE, 2 * day),
        ),
        # Confirmed dead (3 failures over 48 h+): back to the weekly pace.
        "https://c.example/confirmed": looks(
            "https://c.example/confirmed",
            (LinkState.DEAD, 1 * day),
            (LinkState.DEAD, 2 * day),
            (LinkState.DEAD, 3 * day),
        ),
    }
    urls = ["https://new.example/page", *history]
    plan = plan_due(urls, history, NOW, settings())
    assert plan.live == {
        "https://new.example/page",
        "https://a.example/alive-8d",
        "https://a.example/moved-9d",
        "https://b.example/dead-1d",
        "https://b.example/blocked-1d",
        "https://b.example/offline",
    }
    assert plan.deferred == ()
    assert plan.reasons["https://new.example/page"] is DueReason.NEW
    assert plan.reasons["https://b.example/offline"] is DueReason.UNJUDGED
    assert plan.reasons["https://b.example/dead-1d"] is DueReason.FAILING
    assert plan.reasons["https://b.example/blocked-1d"] is DueReason.BLOCKED
    assert plan.reasons["https://a.example/alive-8d"] is DueReason.STALE
    assert plan.reasons["https://b.example/dead-2h"] is DueReason.FRESH
    assert plan.reasons["https://c.example/confirmed"] is DueReason.FRESH
    assert "6 of 9 links checked now" in plan.summary()


def test_a_link_checked_late_last_night_is_due_tonight() -> None:
    """Night-length slack: 20 h after a failing check is "daily" for a run 6 h long."""
    url = "https://b.example/dead"
    history = {url: looks(url, (LinkState.DEAD, timedelta(hours=20)))}
    assert plan_due([url], history, NOW, settings(night_hours=6)).live == {url}
    assert plan_due([url], history, NOW, settings(night_hours=1)).live == frozenset()


def test_ages_follow_the_settings() -> None:
    url = "https://a.example/page"
    history = {url: looks(url, (LinkState.ALIVE, timedelta(days=3)))}
    assert plan_due([url], history, NOW, settings(recheck_alive_days=7)).live == frozenset()
    assert plan_due([url], history, NOW, settings(recheck_alive_days=2)).live == {url}


def test_per_host_budget_takes_new_then_failing_then_oldest_and_defers_the_rest() -> None:
    host = "https://busy.example"
    history = {
        f"{host}/alive-10d": looks(f"{host}/alive-10d", (LinkState.ALIVE, timedelta(days=10))),
        f"{host}/alive-30d": looks(f"{host}/alive-30d", (LinkState.ALIVE, timedelta(days=30))),
        f"{host}/alive-20d": looks(f"{host}/alive-20d", (LinkState.ALIVE, timedelta(days=20))),
        f"{host}/dead": looks(f"{host}/dead", (LinkState.DEAD, timedelta(days=1))),
        "https://quiet.example/alive-9d": looks(
            "https://quiet.example/alive-9d", (LinkState.ALIVE, timedelta(days=9))
        ),
    }
    urls = [f"{host}/new", *history]
    plan = plan_due(urls, history, NOW, settings(per_host_budget=3))
    # busy.example: new, then the failing link, then the oldest alive look; two deferred,
    # oldest first. quiet.example has its own budget.
    assert plan.live == {
        f"{host}/new",
        f"{host}/dead",
        f"{host}/alive-30d",
        "https://quiet.example/alive-9d",
    }
    assert plan.deferred == (f"{host}/alive-20d", f"{host}/alive-10d")
    assert "2 deferred to the next run (budget 3 per host)" in plan.summary()


def test_deferred_links_go_first_in_the_next_run() -> None:
    host = "https://busy.example"
    old = {
        f"{host}/p{i}": looks(f"{host}/p{i}", (LinkState.ALIVE, timedelta(days=8 + i)))
        for i in range(4)
    }
    first = plan_due(old, old, NOW, settings(per_host_budget=2))
    assert first.live == {f"{host}/p3", f"{host}/p2"}
    # The next night: the two checked tonight have a fresh look; the deferred ones do not.
    tomorrow = NOW + timedelta(days=1)
    checked = {url: looks(url, (LinkState.ALIVE, timedelta(0))) for url in first.live}
    after = {**old, **checked}
    second = plan_due(after, after, tomorrow, settings(per_host_budget=2))
    assert second.live == set(first.deferred)


def test_new_links_are_never_deferred() -> None:
    urls = [f"https://busy.example/new{i}" for i in range(5)]
    plan = plan_due(urls, {}, NOW, settings(per_host_budget=2))
    assert plan.live == set(urls) and plan.deferred == ()


def test_budget_derives_from_spacing_and_night_length() -> None:
    base = Settings(
        fetch=FetchSettings(per_host_spacing=2.0), schedule=ScheduleSettings(night_hours=4)
    )
    assert per_host_budget(base) == 4 * 3600 // (2 * 2)
    assert per_host_budget(settings()) is None  # no spacing: no need to ration


def test_watched_selection_only_takes_new_failing_blocked_and_unjudged() -> None:
    history = {
        "https://a.example/stale": looks(
            "https://a.example/stale", (LinkState.ALIVE, timedelta(days=30))
        ),
        "https://a.example/dead": looks(
            "https://a.example/dead", (LinkState.DEAD, timedelta(days=1))
        ),
    }
    urls = ["https://a.example/new", *history]
    plan = plan_due(urls, history, NOW, settings(), selection=Selection.WATCHED)
    assert plan.live == {"https://a.example/new", "https://a.example/dead"}
    assert plan.reasons["https://a.example/stale"] is DueReason.FRESH
