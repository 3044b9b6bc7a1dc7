"""What ``curator fix`` would change in each route, read from the state store alone.

Two fixes, each only once the evidence is settled:

- a *moved* source gets its new address, once its latest checks (at least ``min_runs`` of
  them, two by default) all saw the same permanent redirect: one run's redirect may be a
  migration in progress, and a wrong rewrite loses the editor's address (a new address the
  route already cites is left for the editor: two ranks would name one page);
- a *confirmed dead* source that has an archived copy (the snapshot saved at approval, or the
  archive's answer kept for its current failure episode) gets ``archived: <copy>`` beside its
  ``url:``, so the site can link the copy. A source that already has ``archived:`` keeps it:
  that is the editor's choice.

History is read exactly as a run reads it (``curator.history``), so ``fix`` never calls
confirmed what the reports call "watching".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from curator.assess.baseline import RouteBaseline, SourceBaseline
from curator.catalog.model import Route, Source
from curator.catalog.rules import normalise_url, url_problem
from curator.history import ConfirmationPolicy, is_judged, summarize
from curator.settings import Settings
from curator.states import LinkState
from curator.store.interface import ArchiveLookup, Observation, Store


class FixKind(StrEnum):
    MOVED = "moved"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class Fix:
    """One change to one source of one route file."""

    kind: FixKind
    rank: int
    name: str
    url: str  # the source's address as the file has it
    value: str  # the new url (moved) or the archived copy (archived)
    why: str


def plan_fixes(
    routes: Sequence[Route],
    store: Store,
    settings: Settings,
    baselines: Mapping[str, RouteBaseline],
    *,
    min_runs: int = 2,
) -> dict[str, list[Fix]]:
    """The fixes of each route that has some, by slug, in the routes' order."""
    urls = list(dict.fromkeys(s.url for route in routes for s in route.sources))
    history = settings.history
    depth = max(history.confirm_runs, history.flap_window, min_runs) + 1
    past = store.recent(urls, limit=depth)
    lookups = store.archive_lookups(urls)
    policy = ConfirmationPolicy(runs=history.confirm_runs, hours=history.confirm_hours)
    fixes: dict[str, list[Fix]] = {}
    for route in routes:
        approved = baselines[route.slug].by_url() if route.slug in baselines else {}
        found: list[Fix] = []
        cited = {normalise_url(s.url) for s in route.sources}
        for rank, source in enumerate(route.sources, start=1):
            observations = past.get(source.url, [])
            moved = _moved_to(observations, min_runs)
            if moved is not None and (
                url_problem(moved[0]) is not None or normalise_url(moved[0]) in cited
            ):
                moved = None  # a fix `validate` would refuse: the route cites it already
            if moved is not None:
                address, runs = moved
                why = f"permanently redirected in the last {runs} checks"
                found.append(Fix(FixKind.MOVED, rank, source.name, source.url, address, why))
                continue
            copy = _archived_copy(source, observations, policy, settings, approved, lookups)
            if copy is not None:
                found.append(Fix(FixKind.ARCHIVED, rank, source.name, source.url, *copy))
        if found:
            fixes[route.slug] = found
    return fixes


def _moved_to(observations: Iterable[Observation], min_runs: int) -> tuple[str, int] | None:
    """The new address if the latest ``min_runs`` judged looks all saw the same move."""
    judged = [o for o in observations if is_judged(o.state)]
    if not judged or judged[0].state is not LinkState.MOVED or not judged[0].final_url:
        return None
    target = judged[0].final_url
    runs = 0
    for observation in judged:
        if observation.state is not LinkState.MOVED or observation.final_url != target:
            break
        runs += 1
    return (target, runs) if runs >= min_runs else None


def _archived_copy(
    source: Source,
    observations: Sequence[Observation],
    policy: ConfirmationPolicy,
    settings: Settings,
    approved: Mapping[str, SourceBaseline],
    lookups: Mapping[str, ArchiveLookup],
) -> tuple[str, str] | None:
    """(copy, why) for a confirmed dead source without ``archived:``; None otherwise."""
    if source.archived is not None or not observations:
        return None
    judged = [o for o in observations if is_judged(o.state)]
    if not judged or not judged[0].state.is_broken:
        return None
    history = summarize(
        observations, policy, settings.history.flap_window, settings.history.flap_flips
    )
    if not history.confirmed or history.first_failed_at is None:
        return None
    since = f"{history.first_failed_at:%Y-%m-%d}"
    state = judged[0].state.value
    saved = approved.get(source.url)
    if saved is not None and saved.archived_url:
        return saved.archived_url, f"{state} since {since}; the copy saved at approval"
    lookup = lookups.get(source.url)
    if lookup is not None and lookup.snapshot_url and lookup.episode == history.first_failed_at:
        return lookup.snapshot_url, f"{state} since {since}; the archive's copy"
    return None
