"""The state store's contract: what the pipeline, reports and scheduler may ask of history.

Kept small on purpose so a server database can implement it beside SQLite without the pipeline
noticing. Values are plain frozen dataclasses; timestamps are timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from curator.classify.probe_address import ProbeKey
from curator.classify.probe_answer import ProbeAnswer
from curator.states import ErrorKind, Flag, LinkState


class StoreError(Exception):
    """The state store cannot be opened or used; the message names the file or URL and why."""


class StoreUnavailableError(StoreError):
    """The store's server could not be reached: the run cannot judge (exit 3), the
    configuration may well be right."""


@dataclass(frozen=True, slots=True)
class Observation:
    """What one run saw of one URL."""

    run_id: str
    url: str
    checked_at: datetime
    state: LinkState
    http_status: int | None = None
    final_url: str | None = None
    error_kind: ErrorKind | None = None
    error_message: str | None = None
    reason: str = ""
    title: str | None = None
    description: str | None = None
    page_modified: str | None = None  # ISO date the page declares for its last change
    etag: str | None = None
    last_modified: str | None = None  # the HTTP validator, verbatim
    body_hash: str | None = None
    fingerprint: str | None = None  # main-content fingerprint (assess stage)
    elapsed: float = 0.0
    # Source flags seen with this look, so a later run that reuses the look (a gate inside its
    # freshness window, a due-based run) reports them without fetching again.
    flags: frozenset[Flag] = frozenset()
    # Which blurb key terms the page mentioned, so a 304 (no body to read) keeps its support.
    found_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    inconclusive: bool = False
    kind: str = "run"  # run | gate | approve | recheck ...
    counts: Mapping[str, int] = field(default_factory=dict)  # state/status -> number
    report_json: str | None = None  # the run's curator.report/1 document, for re-rendering
    # The routes folder checked (resolved), and whether only some of its routes were (--only,
    # a scheduled job's routes, the gate): a partial run updates the routes it checked inside
    # the folder's latest full picture and never stands for the whole (report/picture.py).
    # None for runs recorded before curator kept it.
    routes_dir: str | None = None
    partial: bool = False
    # Whether the store keeps a report document for the run. Set on runs read from a store, also
    # when they were listed without their documents (``Store.runs(reports=False)``).
    has_report: bool = False


@dataclass(frozen=True, slots=True)
class ArchiveLookup:
    """What the web archive answered for one URL in one failure episode.

    ``episode`` is when the URL's current streak of failures began: a lookup is made once per
    episode and kept, so a source dead for a month costs the archive one question, not thirty.
    ``snapshot_url`` is None when the archive had no usable copy (that answer is kept too).
    """

    url: str
    episode: datetime
    looked_at: datetime
    snapshot_url: str | None = None
    snapshot_at: datetime | None = None


class Store(Protocol):
    def start_run(self, run: RunRecord) -> None:
        """Register a run before its first observation, so a crash leaves a visible record."""

    def record(self, observations: Sequence[Observation]) -> None:
        """Persist a batch in one transaction; safe to call many times per run."""

    def finish_run(self, run: RunRecord) -> None:
        """Mark the run finished (finished_at, inconclusive, counts, report_json)."""

    def recent(self, urls: Iterable[str], limit: int = 20) -> dict[str, list[Observation]]:
        """Up to ``limit`` observations per URL, newest first, from finished or unfinished runs."""

    def runs(self, limit: int = 30, *, reports: bool = True) -> list[RunRecord]:
        """The latest runs, newest first. ``reports=False`` leaves each run's report document
        out (``report_json`` None, ``has_report`` still true when one is kept): a document holds
        every source of its run, and a list of runs is mostly read for their counts."""

    def report_json(self, run_id: str) -> str | None:
        """One run's report document; None when the run kept none or is not in the store."""

    def archive_lookups(self, urls: Iterable[str]) -> dict[str, ArchiveLookup]:
        """Each URL's lookup of its latest failure episode; URLs never looked up are absent."""

    def remember_archive_lookups(self, lookups: Sequence[ArchiveLookup]) -> None:
        """Keep the archive's answers (one per URL and episode; a repeat replaces it)."""

    def probe_answers(self, keys: Iterable[ProbeKey]) -> dict[ProbeKey, ProbeAnswer]:
        """The latest learnt answer to made-up URLs for each (origin, path shape) known."""

    def save_probe_answers(self, answers: Sequence[ProbeAnswer]) -> None:
        """Keep these answers (each with its ``learnt_at``), replacing older ones."""

    def close(self) -> None: ...
