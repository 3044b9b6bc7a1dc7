"""Every knob curator has, with the defaults that protect people.

One place, so an operator reading this file sees all of them. Values can be overridden in a
``curator.toml`` file (``[fetch]``, ``[classify]`` ... tables named like the models below) or, for
the few that matter on the command line, by CLI options.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from curator.knobs import Accept, Exclude, FetchKnobs, Headers, PolicyKnobs, Secret
from curator.patterns import PatternError, host_pattern, url_pattern
from curator.tomlines import line_of

DEFAULT_CONTACT = "https://github.com/curator-links/curator"


class _Section(BaseModel):
    # No inf or nan anywhere: "wait forever" is never a setting (inf spacing killed the fetch
    # threads with an OverflowError and hung the run). Upper bounds below are the same idea:
    # far beyond any sane value, short of what breaks threads, clocks or memory.
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def _reason(value: str) -> str:
    if not value.strip():
        raise ValueError("a reason is required: say why, for the editors who read the reports")
    return value.strip()


def _compiles(compile_pattern: Callable[[str], object]) -> Callable[[str], str]:
    """A validator keeping a pattern as written, once it compiles; pydantic reports the error."""

    def check(value: str) -> str:
        try:
            compile_pattern(value)
        except PatternError as exc:
            raise ValueError(str(exc)) from exc
        return value

    return check


_host_pattern = _compiles(host_pattern)
_url_pattern = _compiles(url_pattern)


class ExcludeRule(_Section):
    """URLs never fetched (state ``skipped``); see curator.patterns for the pattern syntax."""

    url: str = Field(description="glob over the whole URL, or 're:' and a regular expression")
    reason: str

    _why = field_validator("reason")(_reason)
    _pattern = field_validator("url")(_url_pattern)


class AcceptRule(_Section):
    """Extra HTTP statuses that count as alive for a host."""

    host: str = Field(description="host name, or a glob like *.example.org")
    status: tuple[int, ...] = Field(min_length=1)
    reason: str

    _why = field_validator("reason")(_reason)
    _host = field_validator("host")(_host_pattern)

    @field_validator("status")
    @classmethod
    def _statuses(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        bad = [code for code in value if not 100 <= code <= 999]
        if bad:
            raise ValueError(f"not HTTP status codes: {bad}")
        return value


class HeaderRule(_Section):
    """Request headers a host needs (a cookie, a token): sent to that host only, never shown."""

    host: str = Field(description="host name, or a glob like *.example.org")
    headers: dict[str, SecretStr] = Field(min_length=1)
    reason: str

    _why = field_validator("reason")(_reason)
    _host = field_validator("host")(_host_pattern)


class PolicySettings(_Section):
    """``[policy]``: per-URL and per-host exceptions, each with the reason reports show.

    It rides inside ``FetchSettings`` (``fetch.policy``) because every Fetcher, in this
    process, in worker processes or on a Dask cluster, is built from FetchSettings alone; the
    file spells it ``[[policy.exclude]]``, ``[[policy.accept]]``, ``[[policy.headers]]``.
    """

    exclude: tuple[ExcludeRule, ...] = ()
    accept: tuple[AcceptRule, ...] = ()
    headers: tuple[HeaderRule, ...] = ()

    def plain(self) -> PolicyKnobs:
        """These rules as the fetch layer and the workers read them (``curator.knobs``)."""
        return PolicyKnobs(
            exclude=tuple(Exclude(rule.url, rule.reason) for rule in self.exclude),
            accept=tuple(Accept(rule.host, rule.status, rule.reason) for rule in self.accept),
            headers=tuple(
                Headers(
                    rule.host,
                    {
                        name: Secret(value.get_secret_value())
                        for name, value in rule.headers.items()
                    },
                    rule.reason,
                )
                for rule in self.headers
            ),
        )


class FetchSettings(_Section):
    """How hard and how politely curator talks to other people's servers."""

    user_agent: str = f"curator/0.1 (+{DEFAULT_CONTACT}; link checker)"
    concurrency: int = Field(32, ge=1, le=1024, description="requests in flight, all hosts")
    per_host_concurrency: int = Field(2, ge=1, le=64, description="requests in flight to one host")
    per_host_spacing: float = Field(
        1.0, ge=0, le=3600, description="seconds between the starts of two requests to one host"
    )
    connect_timeout: float = Field(10.0, gt=0, le=600)
    read_timeout: float = Field(20.0, gt=0, le=600, description="longest silence while reading")
    total_timeout: float = Field(
        45.0, gt=0, le=3600, description="deadline for one attempt, all hops"
    )
    retries: int = Field(2, ge=0, le=10, description="extra attempts after a transient failure")
    backoff_base: float = Field(1.0, ge=0, le=3600, description="first backoff, doubled per retry")
    backoff_max: float = Field(30.0, ge=0, le=3600)
    retry_after_cap: float = Field(
        60.0,
        ge=0,
        le=86400,
        description="longest Retry-After honoured; longer ones count as blocked",
    )
    max_redirects: int = Field(10, ge=0, le=100)
    max_body_bytes: int = Field(
        2_000_000, ge=1024, le=1 << 30, description="decoded bytes kept per page; more is truncated"
    )
    max_raw_bytes: int = Field(
        10_000_000,
        ge=1024,
        le=1 << 32,
        description="bytes read off the wire per page before giving up",
    )
    # One keep-alive connection pool per host name, and that name's last DNS answer (which picks
    # the pool): over more hosts than this, the least recently used host's pool is closed and the
    # answer asked longest ago forgotten. Never fewer than four per request in flight.
    host_pools: int = Field(
        256, ge=1, le=1 << 16, description="hosts whose connections and DNS answer are kept"
    )
    allow_private_networks: bool = False
    respect_robots: bool = True
    # Each worker's threads share this many malloc arenas (glibc; 0 keeps glibc's arena per
    # thread). Two take about 20 MiB off a real-page run's peak with the same wall time on
    # real and small pages, alternated on a quiet machine (bench/README.md, "Two malloc arenas
    # a worker, by default"). Above 0 the driver and workers also keep glibc's mmap threshold
    # at 128 KiB (``execute.arenas``; "The tree's peak under 250 MB").
    worker_malloc_arenas: int = Field(
        2, ge=0, le=64, description="malloc arenas a worker process's threads share; 0: glibc's"
    )
    # A worker's threads free whole pages (bodies, lxml trees) that glibc keeps in each thread's
    # arena; giving them back every so often keeps the worker at what its pages need now
    # (bench/README.md, "Giving memory back"). The driver of a run with worker processes does
    # the same while it reads their results ("The tree's peak at 50,000, second pass").
    worker_malloc_trim_seconds: float = Field(
        1.0,
        ge=0,
        le=3600,
        description="how often a worker, and the driver of worker processes, returns freed "
        "memory (glibc); 0: never",
    )
    policy: PolicySettings = Field(
        default_factory=PolicySettings, description="written as [policy]: see PolicySettings"
    )

    def plain(self) -> FetchKnobs:
        """These settings as the Fetcher and the worker processes read them, without pydantic
        (``curator.knobs``). Every field goes by name, so a field missing there fails here."""
        values = {name: getattr(self, name) for name in type(self).model_fields}
        values["policy"] = self.policy.plain()
        return FetchKnobs(**values)


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
        2,
        ge=1,
        le=1_000_000,
        description="fewest network-failed hosts that can make a run inconclusive",
    )
    offline_fraction: float = Field(
        0.6, gt=0, le=1, description="share of hosts failing at the network level = offline"
    )
    min_live_sources: int = Field(
        4, ge=0, le=1000, description="fewer live sources than this in a route is a finding"
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
        365, ge=1, le=36500, description="a route reviewed longer ago than this is review-overdue"
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
        default=3, ge=1, le=1000, description="failing runs in a row before a death counts"
    )
    confirm_hours: float = Field(
        default=48.0,
        ge=0,
        le=87600,
        description="least time between the first and latest failure of the streak",
    )
    flap_window: int = Field(
        default=10, ge=2, le=1000, description="latest judged runs looked at for flapping"
    )
    flap_flips: int = Field(
        default=3,
        ge=1,
        le=1000,
        description="broken/ok changes within the window that make a link flapping",
    )
    record_batch: int = Field(
        default=200,
        ge=1,
        le=100_000,
        description="observations written per store transaction while a run goes on",
    )
    record_seconds: float = Field(
        default=5.0,
        gt=0,
        le=3600,
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
        le=87600,
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
    # warn, not fail: DESIGN's gate blocks a confirmed or newly added dead source (the rules
    # above already fail those); an at-risk route's failures are not confirmed yet, and one bad
    # night at a host must not block an unrelated fix. Teams that want a floor enforced set fail.
    at_risk: Severity = Field(
        default="warn",
        description="a touched route at risk: a source failing, not yet confirmed, or too few live",
    )


class ScheduleSettings(_Section):
    """How scheduled and due-based runs pace themselves and share the state store.

    ``recheck_failing_hours`` must be at most ``history.confirm_hours / (confirm_runs - 1)``
    (24 h with the defaults) for a death to be confirmed within the confirmation window.
    """

    recheck_alive_days: float = Field(
        default=7.0,
        gt=0,
        le=3650,
        description="alive, moved or skipped links are re-checked this often",
    )
    recheck_failing_hours: float = Field(
        default=24.0,
        gt=0,
        le=87600,
        description="failing (unconfirmed) or blocked links: this often",
    )
    night_hours: float = Field(
        default=6.0,
        gt=0,
        le=168,
        description="how long a due-based run may take: sets the per-host budget and age slack",
    )
    per_host_budget: int | None = Field(
        default=None,
        ge=1,
        le=10_000_000,
        description="most URLs per host per due-based run; default night / spacing / 2",
    )
    lock_wait_seconds: float = Field(
        default=30.0,
        ge=0,
        le=86400,
        description="how long a run waits for another run on the same state",
    )
    misfire_grace_hours: float = Field(
        default=6.0,
        ge=0,
        le=168,
        description="a scheduled run this late (machine asleep) still runs, once",
    )
    stop_timeout_seconds: float = Field(
        default=20.0,
        gt=0,
        le=3600,
        description="how long a stopping scheduler waits for a run to abort",
    )


class ArchiveSettings(_Section):
    """Where a dead source's archived copy is looked up, and how gently (see curator.archive).

    The archive is somebody else's free service, shared by everyone: curator asks it once per
    URL per failure episode (the answer is kept in the state store), at its own slow rate, and
    gives up for the night at the first sign of trouble, so a slow or failing archive never
    fails or stalls a run. The two URLs are the operator's choice and trusted as such: the
    private-address guard that protects every source fetch does not apply to them.
    """

    enabled: bool = Field(True, description="look up an archived copy of each dead source")
    availability_url: str = Field(
        "https://archive.org/wayback/available",
        description="the Wayback availability API (answers the snapshot closest to a time)",
    )
    save_on_approve: bool = Field(
        False, description="ask the archive to capture each source as an editor approves it"
    )
    save_url: str = Field(
        "https://web.archive.org/save/", description="Save Page Now: the page's URL is appended"
    )
    rate: float = Field(1.0, gt=0, description="requests per second to the archive, at most")
    timeout: float = Field(10.0, gt=0, description="seconds one archive request may take")
    save_timeout: float = Field(
        60.0, gt=0, description="seconds one capture may take (the archive loads the page)"
    )
    budget: float = Field(
        60.0, gt=0, description="seconds a run may spend on the archive in all; then it stops"
    )
    retry_after_cap: float = Field(
        30.0, ge=0, description="longest Retry-After waited for; a longer one ends the lookups"
    )


DEFAULT_NOTIFY_TITLE = "curator: {{ summary }}"
DEFAULT_NOTIFY_BODY = "{{ digest }}"


class NotifySettings(_Section):
    """Where the digest goes after a run (apprise URLs: mailto://, slack://, json:// ...).

    ``when = "changes"`` sends only when the digest has news, so a quiet night sends nothing
    and people keep reading the ones that come. URLs are secrets (tokens, passwords): kept as
    ``SecretStr`` so no repr or log shows them; ``${NAME}`` in a URL is read from the
    environment at send time. ``title`` and ``body`` are Jinja2 templates, rendered sandboxed.
    """

    urls: tuple[SecretStr, ...] = Field(default=(), description="apprise notification URLs")
    when: Literal["changes", "always", "never"] = Field(
        default="changes", description="changes: only when the digest has news"
    )
    title: str = Field(default=DEFAULT_NOTIFY_TITLE, description="Jinja2 template, one line")
    body: str = Field(default=DEFAULT_NOTIFY_BODY, description="Jinja2 template; the digest")

    @field_validator("title", "body")
    @classmethod
    def _template(cls, value: str) -> str:
        # Imported here: jinja2 is for the commands that send notifications, not every one.
        from jinja2 import TemplateSyntaxError
        from jinja2.sandbox import SandboxedEnvironment

        try:
            SandboxedEnvironment().parse(value)
        except TemplateSyntaxError as exc:
            raise ValueError(f"bad template (its line {exc.lineno}): {exc.message}") from exc
        return value


class Settings(_Section):
    fetch: FetchSettings = FetchSettings()
    classify: ClassifySettings = ClassifySettings()
    assess: AssessSettings = AssessSettings()
    history: HistorySettings = HistorySettings()
    gate: GatePolicy = GatePolicy()
    schedule: ScheduleSettings = ScheduleSettings()
    archive: ArchiveSettings = ArchiveSettings()
    store: str = Field(
        default=".curator/state.sqlite",
        description="state store: a SQLite path (relative to the working directory) or URL",
    )
    notify: NotifySettings = NotifySettings()

    @model_validator(mode="before")
    @classmethod
    def _policy_into_fetch(cls, data: object) -> object:
        """``[policy]`` in the file becomes ``fetch.policy`` (see PolicySettings for why)."""
        if not isinstance(data, dict) or "policy" not in data:
            return data
        data = dict(data)
        policy = data.pop("policy")
        fetch = data.get("fetch", {})
        if isinstance(fetch, FetchSettings):
            fetch = fetch.model_dump()
        data["fetch"] = {**fetch, "policy": policy} if isinstance(fetch, dict) else fetch
        return data

    @property
    def policy(self) -> PolicySettings:
        return self.fetch.policy


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and the key."""


def load_settings(path: Path | None) -> Settings:
    """Read ``curator.toml`` (if given and present) over the defaults."""
    if path is None or not path.exists():
        return Settings()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise SettingsError("\n".join(_located(path, text, err) for err in exc.errors())) from exc


def _located(path: Path, text: str, error: ErrorDetails) -> str:
    """One problem as ``file:line: key: message`` (``file: key: message`` if no line is found)."""
    loc = tuple(error["loc"])
    if loc[:2] == ("fetch", "policy"):
        loc = loc[1:]  # the file says [policy]
    line = line_of(text, loc)
    where = f"{path}:{line}" if line else str(path)
    key = ".".join(str(part) for part in loc)
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    return f"{where}: {key}: {message}"
