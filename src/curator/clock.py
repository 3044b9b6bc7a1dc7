"""The clock a run reads: passed in wherever time matters, so tests set it instead of sleeping.

Confirmation windows, re-check ages, schedules and the gate's freshness all ask a ``Clock``;
``utcnow`` is the real one. Times are timezone-aware UTC throughout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)
