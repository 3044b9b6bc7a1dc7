"""What a report output is: a name, the files it writes, and how it renders them.

Every output (``latest.json``, ``latest.md``, the HTML site, ``digest.md``, ``junit.xml``,
``curator.sarif``) answers the same small protocol and lives in its own module under
:mod:`curator.report.formats`, which finds them all (as pip-audit's ``_format/`` does). Adding an
output means adding one file there; :mod:`curator.report.outputs` renders and writes whatever the
registry holds, so nothing else has to learn its name.

Outputs only render: writing is one job for all of them (``outputs.write_all`` stages every
file and renames them together, so one failing output never leaves a mix of old and new files).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from curator.report.model import Report, RouteReport
from curator.store.interface import RunRecord


@dataclass(frozen=True)
class Page:
    """One file of the reports, by its path relative to the reports directory."""

    path: str
    text: str
    # A large file's text in pieces, written as they come rather than joined first (a large
    # run's latest.json, latest.md, junit.xml, curator.sarif); when given, ``text`` is unused.
    pieces: Iterable[str] | None = None

    def chunks(self) -> Iterable[str]:
        """What to write, in order."""
        return self.pieces if self.pieces is not None else (self.text,)


def _nothing_written(route: RouteReport) -> bool:
    return False


@dataclass(frozen=True)
class RunReports:
    """Everything an output may render from: the run's report and what the store adds to it.

    ``history`` feeds the trend chart, ``previous`` the digest's "since last run", and
    ``written`` says whether a route's page is written already (rendered while the run went on,
    or kept as it is on disk), so the site does not render it again.
    """

    report: Report
    history: Sequence[RunRecord] = ()
    previous: Report | None = None
    written: Callable[[RouteReport], bool] = field(default=_nothing_written)


@runtime_checkable
class Output(Protocol):
    """One report output."""

    @property
    def name(self) -> str:
        """Short and stable, for people and for code asking for one output."""

    @property
    def files(self) -> tuple[str, ...]:
        """The files it writes, relative to the reports directory (a glob for many)."""

    def render(self, reports: RunReports) -> Iterable[Page]:
        """Its pages, each rendered when asked for (the site has one per route)."""


@dataclass(frozen=True)
class SingleFile:
    """An output of exactly one file, rendered by one function of the report."""

    name: str
    file: str
    text: Callable[[RunReports], str]

    @property
    def files(self) -> tuple[str, ...]:
        return (self.file,)

    def render(self, reports: RunReports) -> Iterable[Page]:
        yield Page(self.file, self.text(reports))


@dataclass(frozen=True)
class StreamedFile:
    """An output of exactly one file, rendered in pieces by one function of the report."""

    name: str
    file: str
    pieces: Callable[[RunReports], Iterable[str]]

    @property
    def files(self) -> tuple[str, ...]:
        return (self.file,)

    def render(self, reports: RunReports) -> Iterable[Page]:
        yield Page(self.file, "", self.pieces(reports))
