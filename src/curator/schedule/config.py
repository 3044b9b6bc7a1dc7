"""``schedules.yaml``: the named jobs ``curator schedule`` runs, checked with their line numbers.

The file is read with the route files' parser (:mod:`curator.catalog.document`): the same
refusal of anchors, tags and duplicate keys, the same ``file:line`` problems. A schedule that
cannot be trusted is refused as a whole; a scheduler running half of what the operator wrote
would silently skip nights.

    timezone: Europe/London          # default for the jobs below
    jobs:
      nightly:
        kind: full                   # full | recheck | digest
        cron: "30 2 * * *"           # or  every: 6h
        routes: [back-pain]          # optional subset; default all
        concurrency: 8               # optional
        due: true                    # full checks only: fetch what is due (curator run --due)
        misfire_grace: 6h            # optional; default from settings
        notify: ["mailtos://..."]    # optional: this job's notification targets instead of
                                     # [notify] urls in curator.toml; [] sends nothing
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from apscheduler.triggers.base import BaseTrigger
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from curator.catalog.document import read_route_file
from curator.catalog.load import ROUTE_SUFFIXES
from curator.catalog.model import Slug
from curator.catalog.problems import Problem
from curator.catalog.rules import is_slug
from curator.schedule.triggers import (
    cron_trigger,
    interval_trigger,
    parse_duration,
    time_zone,
)

DEFAULT_FILE = Path("schedules.yaml")


class JobKind(StrEnum):
    FULL = "full"  # check every route (due-based unless due: false)
    RECHECK = "recheck"  # new, failing and watched links only
    DIGEST = "digest"  # reports/overdue.md: routes whose review is overdue


_FILE_KEYS = ("timezone", "jobs")
_LONGEST_SPAN = timedelta(days=366)  # longer is a typo, and past it APScheduler's clock overflows
_JOB_KEYS = (
    "kind", "cron", "every", "timezone", "routes", "concurrency", "due", "misfire_grace", "notify",
)  # fmt: skip


class JobSpec(BaseModel):
    """One named job of ``schedules.yaml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: JobKind
    cron: str | None = None
    every: timedelta | None = None
    timezone: str = "UTC"
    routes: tuple[Slug, ...] = ()
    concurrency: int | None = Field(default=None, ge=1, le=1024)
    due: bool = True
    misfire_grace: timedelta | None = None
    notify: tuple[str, ...] | None = Field(default=None, repr=False)  # URLs hold secrets
    line: int = Field(default=0, ge=0, exclude=True)

    @field_validator("kind", mode="before")
    @classmethod
    def _known_kind(cls, value: Any) -> Any:
        if value not in set(JobKind):
            expected = ", ".join(kind.value for kind in JobKind)
            raise PydanticCustomError(
                "kind",
                "unknown kind '{kind}' (expected {expected})",
                {"kind": value, "expected": expected},
            )
        return value

    @field_validator("every", "misfire_grace", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        try:
            if isinstance(value, str):
                span = parse_duration(value)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                span = timedelta(seconds=value)
            else:
                return value
        except ValueError as exc:
            raise PydanticCustomError("duration", str(exc)) from exc
        except OverflowError:  # timedelta's own limit (about 2.7 million years)
            span = timedelta.max
        if span > _LONGEST_SPAN:
            raise PydanticCustomError("duration", f"'{value}' is longer than a year")
        return span

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            time_zone(value)
        except ValueError as exc:
            raise PydanticCustomError("timezone", str(exc)) from exc
        return value

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                cron_trigger(value, time_zone("UTC"))
            except ValueError as exc:
                raise PydanticCustomError("cron", str(exc)) from exc
        return value

    @model_validator(mode="after")
    def _one_trigger(self) -> JobSpec:
        if (self.cron is None) == (self.every is None):
            raise PydanticCustomError(
                "trigger", "a job needs exactly one of 'cron:' (crontab line) or 'every:' (6h)"
            )
        return self

    def trigger(self) -> BaseTrigger:
        zone = time_zone(self.timezone)
        if self.cron is not None:
            return cron_trigger(self.cron, zone)
        assert self.every is not None
        return interval_trigger(self.every, zone)

    def describe(self) -> str:
        when = f'cron "{self.cron}"' if self.cron is not None else f"every {_span(self.every)}"
        subset = f", routes {', '.join(self.routes)}" if self.routes else ""
        return f"{self.kind.value}, {when} {self.timezone}{subset}"


class ScheduleFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    path: Path
    jobs: tuple[JobSpec, ...]


class ScheduleError(Exception):
    """A schedules file that cannot be used; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(sorted(problems))


def load_schedules(path: Path, routes_dir: Path | None = None) -> ScheduleFile:
    """Read and check ``path``; ``routes_dir`` (if given) is where route subsets must exist."""
    parsed = read_route_file(path)
    if parsed.problems:
        raise ScheduleError(parsed.problems)
    document = parsed.document
    if not isinstance(document, CommentedMap):
        raise ScheduleError([Problem(path, 1, "top level must be a mapping with a 'jobs:' key")])
    problems = _unknown_keys(document, _FILE_KEYS, path, "schedules file")
    zone = document.get("timezone", "UTC")
    try:
        time_zone(str(zone))
    except ValueError as exc:
        problems.append(Problem(path, _value_line(document, "timezone"), str(exc)))
        zone = "UTC"
    jobs_node = document.get("jobs")
    if not isinstance(jobs_node, CommentedMap) or not jobs_node:
        line = _value_line(document, "jobs") if "jobs" in document else 1
        problems.append(Problem(path, line, "'jobs:' must be a mapping of job names to jobs"))
        raise ScheduleError(problems)
    known_routes = _route_slugs(routes_dir)
    jobs: list[JobSpec] = []
    for name, node in jobs_node.items():
        line = _key_line(jobs_node, name)
        job, job_problems = _load_job(str(name), node, line, str(zone), path, known_routes)
        problems.extend(job_problems)
        if job is not None:
            jobs.append(job)
    if problems:
        raise ScheduleError(problems)
    return ScheduleFile(path=path, jobs=tuple(jobs))


def _load_job(
    name: str,
    node: Any,
    line: int,
    zone: str,
    path: Path,
    known_routes: frozenset[str] | None,
) -> tuple[JobSpec | None, list[Problem]]:
    if not is_slug(name):
        message = f"job name '{name}' must be lower-case letters and digits joined by hyphens"
        return None, [Problem(path, line, message)]
    if not isinstance(node, CommentedMap):
        return None, [Problem(path, line, f"job '{name}' must be a mapping (kind:, cron: ...)")]
    problems = _unknown_keys(node, _JOB_KEYS, path, f"job '{name}'")
    values = {key: node[key] for key in _JOB_KEYS if key in node}
    values.setdefault("timezone", zone)
    try:
        job = JobSpec.model_validate({"name": name, "line": line, **values})
    except ValidationError as exc:
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else ""
            where = _value_line(node, field) if field in node else line
            index = error["loc"][1] if len(error["loc"]) > 1 else None
            if field == "routes" and isinstance(index, int):
                where = _item_line(node["routes"], index, where)
            prefix = f"job '{name}': {field}: " if field else f"job '{name}': "
            problems.append(Problem(path, where, prefix + error["msg"]))
        return None, problems
    if known_routes is not None:
        for index, slug in enumerate(job.routes):
            if slug not in known_routes:
                where = _item_line(node["routes"], index, _value_line(node, "routes"))
                problems.append(
                    Problem(path, where, f"job '{name}': unknown route '{slug}' (no route file)")
                )
    return (None if problems else job), problems


def _unknown_keys(
    node: CommentedMap, allowed: tuple[str, ...], path: Path, what: str
) -> list[Problem]:
    return [
        Problem(
            path,
            _key_line(node, key),
            f"{what}: unknown key '{key}' (expected one of: {', '.join(allowed)})",
        )
        for key in node
        if key not in allowed
    ]


def _route_slugs(routes_dir: Path | None) -> frozenset[str] | None:
    if routes_dir is None or not routes_dir.is_dir():
        return None
    return frozenset(
        p.stem
        for p in routes_dir.iterdir()
        if p.suffix in ROUTE_SUFFIXES and not p.name.startswith(".")
    )


def _span(value: timedelta | None) -> str:
    """``6h``, ``1h30m``, ``90s``: a duration the way schedules.yaml spells it."""
    seconds = int(value.total_seconds()) if value is not None else 0
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts) or "0s"


def _key_line(node: CommentedMap, key: Any) -> int:
    return int(node.lc.key(key)[0]) + 1


def _value_line(node: CommentedMap, key: Any) -> int:
    return int(node.lc.value(key)[0]) + 1


def _item_line(node: Any, index: int, default: int) -> int:
    if isinstance(node, CommentedSeq) and 0 <= index < len(node):
        return int(node.lc.item(index)[0]) + 1
    return default
