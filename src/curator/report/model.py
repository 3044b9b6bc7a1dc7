"""The report document, ``curator.report/1``: the contract other tools read.

Every output (JSON, Markdown, HTML, JUnit) renders this one model; none re-derives a state.
Changing a field name here is a schema change and needs a version bump.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import ConfigDict, Field

from curator.frozen import FrozenModel
from curator.states import ErrorKind, Flag, LinkState, RouteStatus

SCHEMA = "curator.report/1"


class ErrorInfo(FrozenModel):
    kind: ErrorKind
    message: str


class SourceReport(FrozenModel):
    rank: int
    name: str
    url: str
    state: LinkState
    http_status: int | None
    final_url: str | None
    title: str | None
    description: str | None
    flags: list[Flag]
    error: ErrorInfo | None
    checked_at: datetime | None
    consecutive_failures: int
    confirmed: bool
    reason: str = Field("", description="why curator gave this state, in an editor's words")
    first_failed_at: datetime | None = None
    line: int | None = Field(None, description="line of the source's url in its route file")
    blurb: str = Field("", description="the editor's one-line blurb from the route file")
    approved_title: str | None = Field(None, description="the title when the route was approved")
    approved_description: str | None = Field(
        None, description="the description when the route was approved"
    )
    archived_url: str | None = Field(
        None, description="a dead source's archived copy (see curator.archive.rescue)"
    )
    archived_at: datetime | None = Field(None, description="when that copy was captured")
    unchanged: bool = Field(
        False,
        description="the check found the page as the last live look did (HTTP 304, or the same "
        "bytes at the same address), so that look and its reason were carried forward",
    )


class Finding(FrozenModel):
    code: str  # a Flag value or a route-level code such as review-overdue
    message: str
    rank: int | None = None  # the source it concerns, if any


class RouteReport(FrozenModel):
    slug: str
    title: str
    status: RouteStatus  # at-risk joined schema 1 as a new value (additive: no field changed)
    findings: list[Finding]
    sources: list[SourceReport]
    path: str | None = None
    summary: str = Field("", description="the editor's summary from the route file")
    checked_run: str | None = Field(
        None, description="in a merged picture, the run that last checked this route"
    )
    checked_at: datetime | None = Field(
        None, description="when that run finished; null: in this report's own run"
    )


class RunInfo(FrozenModel):
    id: str
    started_at: datetime
    finished_at: datetime
    inconclusive: bool
    reason: str | None = None
    urls: int = 0
    requests_per_second: float | None = None
    partial: bool = Field(False, description="only some of the folder's routes were checked")


class Report(FrozenModel):
    schema_: str = Field(SCHEMA, alias="schema")
    run: RunInfo
    # A list, or a large run's routes read back one at a time (``report.spooled``); what a
    # reader can count on is a sequence it may read more than once.
    routes: Sequence[RouteReport]
    problems: list[str] = Field(
        default_factory=list, description="route files that could not be checked, file:line"
    )

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        if isinstance(self.routes, list):
            return self.model_dump_json(by_alias=True, indent=2)
        if not self.routes:
            return self.model_copy(update={"routes": []}).to_json()
        # Spooled routes (``report.spooled``) are not something pydantic can dump: the same
        # text, written a route at a time by the JSON output.
        from curator.report import json_report

        return "".join(json_report.pieces(self)).removesuffix("\n")
