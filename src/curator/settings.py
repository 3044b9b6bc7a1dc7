"""Every knob curator has, with the defaults that protect people.

One place, so an operator reading this file sees all of them. Values can be overridden in a
``curator.toml`` file (``[fetch]``, ``[classify]`` ... tables named like the models below) or, for
the few that matter on the command line, by CLI options.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_CONTACT = "https://github.com/curator-links/curator"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FetchSettings(_Section):
    """How hard and how politely curator talks to other people's servers."""

    user_agent: str = f"curator/0.1 (+{DEFAULT_CONTACT}; link checker)"
    concurrency: int = Field(32, ge=1, le=1024, description="requests in flight, all hosts")
    per_host_concurrency: int = Field(2, ge=1, description="requests in flight to one host")
    per_host_spacing: float = Field(
        1.0, ge=0, description="seconds between the starts of two requests to one host"
    )
    connect_timeout: float = Field(10.0, gt=0)
    read_timeout: float = Field(20.0, gt=0, description="longest silence while reading")
    total_timeout: float = Field(45.0, gt=0, description="deadline for one attempt, all hops")
    retries: int = Field(2, ge=0, description="extra attempts after a transient failure")
    backoff_base: float = Field(1.0, ge=0, description="first backoff, doubled per retry")
    backoff_max: float = Field(30.0, ge=0)
    retry_after_cap: float = Field(
        60.0, ge=0, description="longest Retry-After honoured; longer ones count as blocked"
    )
    max_redirects: int = Field(10, ge=0)
    max_body_bytes: int = Field(
        2_000_000, ge=1024, description="decoded bytes kept per page; more is truncated"
    )
    max_raw_bytes: int = Field(
        10_000_000, ge=1024, description="bytes read off the wire per page before giving up"
    )
    allow_private_networks: bool = False
    respect_robots: bool = True


class ClassifySettings(_Section):
    """How a fetch becomes a link state without crying wolf."""

    soft404_probe: bool = Field(True, description="compare with a random sibling path")
    probe_similarity: float = Field(
        0.9, ge=0, le=1, description="body similarity above which a link equals the probe"
    )
    probe_max_age_days: float = Field(
        14.0,
        gt=0,
        description="a host's learnt answer to made-up URLs is asked again after this long",
    )
    probe_borderline: float = Field(
        0.1,
        ge=0,
        le=1,
        description="a page this close to probe_similarity has its host's answer asked afresh",
    )
    offline_min_hosts: int = Field(
        2, ge=1, description="fewest network-failed hosts that can make a run inconclusive"
    )
    offline_fraction: float = Field(
        0.6, gt=0, le=1, description="share of hosts failing at the network level = offline"
    )
    min_live_sources: int = Field(
        4, ge=0, description="fewer live sources than this in a route is a finding"
    )


class AssessSettings(_Section):
    """When a source's page no longer says what the editor approved.

    ``change_threshold`` is calibrated by ``python -m bench.drift`` (see bench/README.md):
    cosmetic variants of the corpus pages stay above it, pages whose article was replaced fall
    below it.
    """

    change_threshold: float = Field(
        0.5, ge=0, le=1, description="main-content similarity below which a source is changed"
    )
    review_max_age_days: int = Field(
        365, ge=1, description="a route reviewed longer ago than this is review-overdue"
    )
    support_min: float = Field(
        0.5, ge=0, le=1, description="share of the blurb's key terms the page must mention"
    )
    support_max_drop: float = Field(
        0.25, ge=0, le=1, description="relative fall of support since approval that counts"
    )


class HistorySettings(_Section):
    """When a failing source counts as dead, not just unlucky (see curator.history).

    IABot-style: a source is confirmed dead only after failing in ``confirm_runs`` runs spread
    over at least ``confirm_hours``, so one bad night at a host never reaches an editor as dead.
    """

    confirm_runs: int = Field(
        default=3, ge=1, description="failing runs in a row before a death counts"
    )
    confirm_hours: float = Field(
        default=48.0,
        ge=0,
        description="least time between the first and latest failure of the streak",
    )
    flap_window: int = Field(
        default=10, ge=2, description="latest judged runs looked at for flapping"
    )
    flap_flips: int = Field(
        default=3, ge=1, description="broken/ok changes within the window that make a link flapping"
    )
    record_batch: int = Field(
        default=200,
        ge=1,
        description="observations written per store transaction while a run goes on",
    )
    record_seconds: float = Field(
        default=5.0,
        gt=0,
        description="longest wait before classified observations are written (a kill loses less)",
    )


Severity = Literal["fail", "warn", "ignore"]


class GatePolicy(_Section):
    """What the publishing gate blocks, what it only mentions, and how old a look may be.

    Strict where the change is, fair where it is not: a source the change adds must work now,
    while a source nobody touched fails the gate only once its death is confirmed, so one bad
    night at somebody else's host never blocks an editor's unrelated fix. Each rule is ``fail``,
    ``warn`` or ``ignore``.
    """

    freshness_hours: float = Field(
        default=24.0,
        ge=0,
        description="stored looks younger than this are reused for sources the change left alone",
    )
    added_broken: Severity = Field(
        default="fail", description="a dead or soft-dead source the change adds or alters"
    )
    confirmed_broken: Severity = Field(
        default="fail", description="a confirmed dead source anywhere in a touched route"
    )
    added_offsite_redirect: Severity = Field(
        default="fail", description="a source the change adds that ends on another site"
    )
    stale_unreviewed: Severity = Field(
        default="fail",
        description="a changed/unsupported source in a route whose reviewed date did not move",
    )
    blocked: Severity = Field(
        default="warn", description="a source that refuses automated checks (or was skipped)"
    )
    moved: Severity = Field(default="warn", description="a source permanently redirected")
    review_overdue: Severity = Field(default="warn", description="a touched route due a review")
    watching: Severity = Field(
        default="warn", description="an untouched source failing, but not yet confirmed dead"
    )
    offsite_redirect: Severity = Field(
        default="warn", description="an untouched source that now ends on another site"
    )


class ScheduleSettings(_Section):
    """How scheduled and due-based runs pace themselves and share the state store.

    ``recheck_failing_hours`` must be at most ``history.confirm_hours / (confirm_runs - 1)``
    (24 h with the defaults) for a death to be confirmed within the confirmation window.
    """

    recheck_alive_days: float = Field(
        default=7.0, gt=0, description="alive, moved or skipped links are re-checked this often"
    )
    recheck_failing_hours: float = Field(
        default=24.0, gt=0, description="failing (unconfirmed) or blocked links: this often"
    )
    night_hours: float = Field(
        default=6.0,
        gt=0,
        description="how long a due-based run may take: sets the per-host budget and age slack",
    )
    per_host_budget: int | None = Field(
        default=None,
        ge=1,
        description="most URLs per host per due-based run; default night / spacing / 2",
    )
    lock_wait_seconds: float = Field(
        default=30.0, ge=0, description="how long a run waits for another run on the same state"
    )
    misfire_grace_hours: float = Field(
        default=6.0, ge=0, description="a scheduled run this late (machine asleep) still runs, once"
    )
    stop_timeout_seconds: float = Field(
        default=20.0, gt=0, description="how long a stopping scheduler waits for a run to abort"
    )


class Settings(_Section):
    fetch: FetchSettings = FetchSettings()
    classify: ClassifySettings = ClassifySettings()
    assess: AssessSettings = AssessSettings()
    history: HistorySettings = HistorySettings()
    gate: GatePolicy = GatePolicy()
    schedule: ScheduleSettings = ScheduleSettings()
    store: str = Field(
        default=".curator/state.sqlite",
        description="state store: a SQLite path (relative to the working directory) or URL",
    )


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and the key."""


def load_settings(path: Path | None) -> Settings:
    """Read ``curator.toml`` (if given and present) over the defaults."""
    if path is None or not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(f"{path}: {problems}") from exc
