"""Building runs and observations for store and history tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from curator.states import LinkState
from curator.store.interface import Observation, RunRecord

T0 = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


def at(hours: float) -> datetime:
    """A moment ``hours`` after T0: tests speak in hours since the first run."""
    return T0 + timedelta(hours=hours)


def run(run_id: str, hours: float = 0.0, **fields: Any) -> RunRecord:
    return RunRecord(run_id=run_id, started_at=at(hours), **fields)


def obs(
    url: str,
    state: LinkState = LinkState.ALIVE,
    hours: float = 0.0,
    run_id: str = "r0",
    **fields: Any,
) -> Observation:
    return Observation(run_id=run_id, url=url, checked_at=at(hours), state=state, **fields)
