"""A first failure is not a death: confirmation over runs and time, recovery, flapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.history import ConfirmationPolicy, LinkHistory, summarize
from curator.settings import SettingsError, load_settings
from curator.states import LinkState
from curator.store.interface import Observation
from store_helpers import at, obs

URL = "https://example.org/page"
POLICY = ConfirmationPolicy(runs=3, hours=48)

ALIVE, MOVED, DEAD, SOFT = LinkState.ALIVE, LinkState.MOVED, LinkState.DEAD, LinkState.SOFT_DEAD
UNKNOWN, SKIPPED, BLOCKED = LinkState.UNKNOWN, LinkState.SKIPPED, LinkState.BLOCKED


def history(*timeline: tuple[float, LinkState], **kwargs: int) -> LinkHistory:
    """Summarize a timeline written oldest first, as people read it: (hours since T0, state)."""
    observations = [obs(URL, state, hours, f"run-{hours}") for hours, state in timeline]
    return summarize(list(reversed(observations)), POLICY, **kwargs)


def test_no_history_is_nothing_to_report() -> None:
    assert summarize([], POLICY) == LinkHistory(
        consecutive_failures=0,
        first_failed_at=None,
        confirmed=False,
        recovered=False,
        flapping=False,
        last_ok_at=None,
    )


def test_failing_once_is_not_confirmed() -> None:
    h = history((0, ALIVE), (24, DEAD))
    assert h.consecutive_failures == 1
    assert h.first_failed_at == at(24)
    assert h.last_ok_at == at(0)
    assert not h.confirmed


def test_failing_in_enough_runs_within_one_night_is_not_confirmed() -> None:
    h = history((0, DEAD), (2, DEAD), (4, SOFT), (6, DEAD))
    assert h.consecutive_failures == 4
    assert not h.confirmed


def test_failing_over_enough_time_in_too_few_runs_is_not_confirmed() -> None:
    assert not history((0, DEAD), (200, DEAD)).confirmed


def test_failing_in_n_runs_over_t_hours_is_confirmed() -> None:
    h = history((0, ALIVE), (24, DEAD), (48, SOFT), (72, DEAD))
    assert h.consecutive_failures == 3
    assert h.first_failed_at == at(24)
    assert h.confirmed


def test_the_time_window_is_inclusive_and_measured_within_the_streak() -> None:
    assert history((0, DEAD), (24, DEAD), (48, DEAD)).confirmed
    assert not history((0, DEAD), (24, DEAD), (47.9, DEAD)).confirmed
    # an old failure before a success does not count towards the window
    assert not history((-100, DEAD), (0, ALIVE), (24, DEAD), (30, DEAD), (40, DEAD)).confirmed


def test_the_policy_is_configurable() -> None:
    observations = [obs(URL, DEAD, 0, "a"), obs(URL, DEAD, 1, "b")][::-1]
    assert summarize(observations, ConfirmationPolicy(runs=2, hours=1)).confirmed
    assert not summarize(observations, ConfirmationPolicy(runs=2, hours=2)).confirmed
    assert summarize(observations[:1], ConfirmationPolicy(runs=1, hours=0)).confirmed


def test_an_ok_check_ends_the_streak_and_counts_as_recovery() -> None:
    h = history((0, DEAD), (24, DEAD), (48, DEAD), (72, MOVED))
    assert h.consecutive_failures == 0
    assert h.first_failed_at is None
    assert not h.confirmed
    assert h.recovered
    assert h.last_ok_at == at(72)


def test_recovery_is_only_news_once() -> None:
    assert not history((0, DEAD), (24, ALIVE), (48, ALIVE)).recovered
    assert not history((0, ALIVE), (24, ALIVE)).recovered
    assert not history((0, ALIVE)).recovered


def test_unknown_and_skipped_runs_neither_break_nor_extend_a_streak() -> None:
    h = history((0, DEAD), (12, UNKNOWN), (24, DEAD), (36, SKIPPED), (48, DEAD), (60, UNKNOWN))
    assert h.consecutive_failures == 3
    assert h.first_failed_at == at(0)
    assert h.confirmed
    assert history((0, DEAD), (24, UNKNOWN), (48, UNKNOWN)).consecutive_failures == 1


def test_blocked_neither_counts_as_failure_nor_resets_the_streak() -> None:
    assert history((0, BLOCKED), (24, BLOCKED), (48, BLOCKED)).consecutive_failures == 0
    h = history((0, DEAD), (24, BLOCKED), (48, DEAD), (72, BLOCKED), (96, DEAD))
    assert h.consecutive_failures == 3 and h.confirmed


def test_recovery_is_judged_against_the_last_real_verdict() -> None:
    assert history((0, DEAD), (24, UNKNOWN), (48, BLOCKED), (72, ALIVE)).recovered
    assert not history((0, DEAD), (24, ALIVE), (48, UNKNOWN)).recovered  # now: cannot tell


def test_a_link_that_keeps_flipping_is_flapping() -> None:
    h = history((0, ALIVE), (24, DEAD), (48, ALIVE), (72, DEAD), (96, ALIVE))
    assert h.flapping
    assert h.recovered


def test_a_single_outage_is_not_flapping() -> None:
    assert not history((0, ALIVE), (24, DEAD), (48, DEAD), (72, ALIVE), (96, ALIVE)).flapping


def test_flapping_looks_only_at_the_recent_window() -> None:
    timeline = [(0, ALIVE), (1, DEAD), (2, ALIVE), (3, DEAD), (4, ALIVE)]
    timeline += [(10 + h, ALIVE) for h in range(10)]
    assert history(*timeline, flap_window=20).flapping
    assert not history(*timeline, flap_window=10).flapping
    assert not history(*timeline[:5], flap_flips=5).flapping


def test_inconclusive_runs_do_not_hide_flapping() -> None:
    timeline = [(0, ALIVE), (1, DEAD), (2, ALIVE), (3, DEAD)]
    timeline += [(10 + h, UNKNOWN) for h in range(12)]
    assert history(*timeline).flapping


def test_a_policy_that_can_never_be_met_is_refused() -> None:
    with pytest.raises(ValueError, match="runs"):
        ConfirmationPolicy(runs=0)
    with pytest.raises(ValueError, match="hours"):
        ConfirmationPolicy(hours=-1)


def test_history_settings_come_from_curator_toml(tmp_path: Path) -> None:
    config = tmp_path / "curator.toml"
    config.write_text(
        'store = "sqlite:///var/curator.sqlite"\n[history]\nconfirm_runs = 5\nconfirm_hours = 96\n'
    )
    settings = load_settings(config)
    assert settings.store == "sqlite:///var/curator.sqlite"
    assert (settings.history.confirm_runs, settings.history.confirm_hours) == (5, 96.0)
    assert settings.history.flap_window == 10

    config.write_text("[history]\nconfirm_runs = 0\n")
    with pytest.raises(SettingsError, match=r"curator.toml:2: history.confirm_runs"):
        load_settings(config)


def test_a_look_is_unchanged_when_it_found_the_last_live_look_s_page() -> None:
    """A 304, or the same bytes at the same final address as the last live look, is a check
    that found the page unchanged; a failure between does not hide it, a new body or a new
    address is a change, and a failing look is never unchanged."""

    def newest_first(*looks: dict[str, object]) -> list[Observation]:
        return [obs(URL, hours=-i, **look) for i, look in enumerate(looks)]

    page = {"http_status": 200, "body_hash": "aa", "final_url": URL}
    assert summarize(newest_first({**page, "http_status": 304}, page), POLICY).unchanged
    assert summarize(newest_first(page, {"state": DEAD}, page), POLICY).unchanged
    assert not summarize(newest_first(page), POLICY).unchanged  # a first look
    assert not summarize(newest_first({**page, "body_hash": "bb"}, page), POLICY).unchanged
    moved = {**page, "final_url": URL + "/new"}
    assert not summarize(newest_first(moved, page), POLICY).unchanged
    assert not summarize(newest_first({**page, "state": SOFT}, page), POLICY).unchanged
