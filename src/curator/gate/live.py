"""Which URLs the gate fetches now, and which it may take from the store.

A source the change adds or alters is always fetched: the editor is asking about it today. Any
other source of a touched route is fetched only if the store has no look at it younger than the
freshness window, so a gate on a busy day costs the hosts little and the editor no waiting.
A look from an inconclusive run is no look at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from curator.gate.changes import RouteChange
from curator.pipeline import plan
from curator.states import LinkState
from curator.store.interface import Store


@dataclass(frozen=True)
class LivePlan:
    urls: frozenset[str]  # fetched now
    reused: frozenset[str]  # answered from a fresh stored look


def live_plan(
    changes: Iterable[RouteChange], store: Store | None, window: timedelta, now: datetime
) -> LivePlan:
    changes = list(changes)
    urls = plan(change.route for change in changes)
    changed = frozenset(url for change in changes for url in change.changed_urls)
    latest = store.recent(urls, limit=1) if store is not None else {}
    fresh = frozenset(
        url
        for url, looks in latest.items()
        if looks and looks[0].state is not LinkState.UNKNOWN and now - looks[0].checked_at <= window
    )
    live = frozenset(url for url in urls if url in changed or url not in fresh)
    return LivePlan(urls=live, reused=frozenset(urls) - live)
