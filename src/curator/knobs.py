"""The fetch settings as the fetch layer reads them: plain frozen values, no pydantic.

``curator.settings.FetchSettings`` (a pydantic model) is where each fetch setting is named,
bounded, defaulted and documented, and where a settings file is validated; the driver turns
the validated model into these values (``FetchSettings.plain()``) and the Fetcher, its jobs and
every worker process read only these. A worker thus never imports pydantic nor the settings
models: about 10 MiB of every worker process (bench/README.md, "The workers' imports and the
tree's peak"). The fields mirror the model's one for one: ``plain()`` passes every field of
the model by name, so a field added to one and not the other fails the first run at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol


class Secret:
    """A header value an operator configured: shown to the wire, never to a repr or a log."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Exclude:
    """``[[policy.exclude]]``: URLs never fetched (see ``settings.ExcludeRule``)."""

    url: str
    reason: str


@dataclass(frozen=True)
class Accept:
    """``[[policy.accept]]``: extra statuses alive for a host (see ``settings.AcceptRule``)."""

    host: str
    status: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Headers:
    """``[[policy.headers]]``: request headers for a host (see ``settings.HeaderRule``)."""

    host: str
    headers: Mapping[str, Secret]
    reason: str


@dataclass(frozen=True)
class PolicyKnobs:
    """``[policy]`` (see ``settings.PolicySettings``)."""

    exclude: tuple[Exclude, ...] = ()
    accept: tuple[Accept, ...] = ()
    headers: tuple[Headers, ...] = ()


@dataclass(frozen=True, kw_only=True)
class FetchKnobs:
    """``[fetch]``: each field is the one of ``settings.FetchSettings`` of the same name."""

    user_agent: str
    concurrency: int
    per_host_concurrency: int
    per_host_spacing: float
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    retries: int
    backoff_base: float
    backoff_max: float
    retry_after_cap: float
    max_redirects: int
    max_body_bytes: int
    max_raw_bytes: int
    host_pools: int
    allow_private_networks: bool
    respect_robots: bool
    worker_malloc_arenas: int
    worker_malloc_trim_seconds: float
    policy: PolicyKnobs


class Validated(Protocol):
    """The validated model (``settings.FetchSettings``), named by what is read of it: this
    module imports nothing of the settings, which import it."""

    def plain(self) -> FetchKnobs: ...


def as_knobs(settings: FetchKnobs | Validated) -> FetchKnobs:
    """What the fetch layer reads, from either form (callers in the driver hold the model)."""
    return settings if isinstance(settings, FetchKnobs) else settings.plain()
