"""Wayback snapshots as values: an address and the moment it was captured.

The archive names times as 14 digits, ``YYYYMMDDhhmmss`` in UTC, both in its API and inside
each snapshot address (``/web/20240101120000/https://example.org/``); this module is the one
place that reads and writes that form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_STAMP = "%Y%m%d%H%M%S"
_IN_ADDRESS = re.compile(r"/web/(\d{14})(?:[a-z]{2}_)?/")


@dataclass(frozen=True, slots=True)
class Snapshot:
    url: str
    captured_at: datetime


@dataclass(frozen=True, slots=True)
class Capture:
    """What the availability API names as closest: a snapshot, and whether the page answered
    2xx when it was taken (a capture of a "not found" page is no copy of the page)."""

    snapshot: Snapshot
    ok: bool


def wayback_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STAMP)


def parse_timestamp(text: str) -> datetime | None:
    """A 14-digit archive time as UTC, or None when it is not one."""
    if not re.fullmatch(r"\d{14}", text.strip()):
        return None
    try:
        return datetime.strptime(text.strip(), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def captured_at(snapshot_url: str) -> datetime | None:
    """When the snapshot at ``snapshot_url`` was taken, read from its address."""
    match = _IN_ADDRESS.search(snapshot_url)
    return parse_timestamp(match.group(1)) if match else None
