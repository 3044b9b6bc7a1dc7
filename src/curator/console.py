"""What a person watching the terminal sees: a progress bar, or plain lines in a log.

Kept apart from the pipeline so the core never knows whether a human is watching; every piece
of page-derived text passes through ``report.text.plain`` before it reaches the terminal.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import islice
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from curator.fetch.result import FetchResult
from curator.report.model import Report, SourceReport
from curator.report.skips import skip_counts
from curator.report.spooled import in_order
from curator.report.text import plain
from curator.states import LinkState, RouteStatus

_STYLE = {
    RouteStatus.BROKEN: "bold red",
    RouteStatus.AT_RISK: "dark_orange",
    RouteStatus.STALE: "yellow",
    RouteStatus.HEALTHY: "green",
    RouteStatus.UNKNOWN: "dim",
}


def err_console() -> Console:
    """Progress, hints and errors: stderr, so stdout carries only results."""
    return Console(stderr=True, highlight=False, width=_width(sys.stderr))


def out_console() -> Console:
    """Results (problems, the summary, a report): stdout, so ``> file`` and ``| tee`` keep them."""
    return Console(highlight=False, width=_width(sys.stdout))


def _width(stream: TextIO) -> int | None:
    """The terminal's width (rich reads it, or ``COLUMNS``); in a log with neither, 140."""
    return None if stream.isatty() or os.environ.get("COLUMNS") else 140


@contextmanager
def progress_reporter(total: int, stream: TextIO | None = None) -> Iterator[ProgressSink]:
    """A rich progress bar on a terminal; a line every 10% (and at the end) otherwise."""
    stream = stream or sys.stderr
    if stream.isatty():
        with Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=Console(file=stream),
            transient=True,
        ) as bar:
            task = bar.add_task("", total=total)
            shard_note = [""]

            def advance(url: str) -> None:
                bar.update(task, advance=1, description=f"{shard_note[0]}{plain(url, 60)}")

            def shards(done: int, of: int) -> None:
                shard_note[0] = f"shards {done}/{of}  "

            yield ProgressSink(advance, shards)
    else:
        sink = _LogLines(total, stream)
        yield ProgressSink(sink.advance, sink.shards)


class ProgressSink:
    """The pipeline's progress callback, whatever draws it; ``shards`` is told
    ``(done, total)`` by executors that run a run in shards."""

    def __init__(
        self, advance: Callable[[str], None], shards: Callable[[int, int], None] | None = None
    ) -> None:
        self._advance = advance
        self._shards = shards

    def __call__(self, result: FetchResult) -> None:
        self._advance(result.url)

    def shards(self, done: int, total: int) -> None:
        if self._shards is not None:
            self._shards(done, total)


class _LogLines:
    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.done = total, stream, 0
        self.started = time.monotonic()
        self.step = max(1, total // 10)

    def advance(self, url: str) -> None:
        self.done += 1
        if self.done % self.step == 0 or self.done == self.total:
            elapsed = time.monotonic() - self.started
            print(
                f"checked {self.done}/{self.total} links ({elapsed:.1f}s)",
                file=self.stream,
                flush=True,
            )

    def shards(self, done: int, total: int) -> None:
        elapsed = time.monotonic() - self.started
        print(f"shard {done}/{total} done ({elapsed:.1f}s)", file=self.stream, flush=True)


# Rows the end-of-run table shows; the rest are counted in one line. The reports list every
# route; the terminal only needs the routes to look at first (a 4,000-row table takes rich
# seconds to lay out and nobody reads it).
SUMMARY_ROWS = 25


def summary_table(report: Report, console: Console, rows: int = SUMMARY_ROWS) -> None:
    """The worst routes first, one row each with the counts of each state, at most ``rows``
    of them, then one line for the rest and a total.

    The slug and the status are never cut: on a narrow terminal the state columns that are all
    zero go first, then the least telling ones (``_DROP_ORDER``), and what no longer fits wraps.
    """
    # The rest are counted as they are read, not held: a large run's routes are read back one
    # at a time (``report.spooled``).
    ranked = in_order(report.routes, lambda r: (-r.status.severity, r.slug))
    shown = list(islice(ranked, rows))
    totals = Counter(s.state for route in shown for s in route.sources)
    rest, by_status, rest_states = 0, Counter[RouteStatus](), Counter[LinkState]()
    for route in ranked:
        rest += 1
        by_status[route.status] += 1
        for source in route.sources:
            rest_states[source.state] += 1
            totals[source.state] += 1
    slug_width = max((len(plain(route.slug, 50)) for route in shown), default=5)
    status_width = max((len(route.status.value) for route in shown), default=6)
    states = _fitting_states(totals, console.width, slug_width, status_width)
    hidden = [s.value for s in _STATES if totals[s] and s not in states]
    table = Table(
        title=f"curator run {report.run.id}",
        title_justify="left",
        caption=f"too narrow to show: {', '.join(hidden)}" if hidden else None,
        caption_justify="left",
    )
    table.add_column("route", min_width=min(slug_width, max(10, console.width // 2)),
                     overflow="fold")  # fmt: skip
    table.add_column("status", min_width=status_width, overflow="fold")
    for state in states:
        table.add_column(_HEADER.get(state, state.value), justify="right", overflow="fold")

    def cells(counts: Counter[LinkState]) -> list[str]:
        return [str(counts[s]) if counts[s] else "·" for s in states]

    for route in shown:
        table.add_row(
            plain(route.slug, 50),
            f"[{_STYLE[route.status]}]{route.status.value}[/]",
            *cells(Counter(s.state for s in route.sources)),
        )
    if rest:
        table.add_row(
            f"… {rest} more route{'s' if rest != 1 else ''}",
            ", ".join(
                f"{n} {status.value}"
                for status, n in sorted(by_status.items(), key=lambda item: -item[0].severity)
            ),
            *cells(rest_states),
            style="dim",
        )
    if len(shown) + rest > 1:
        table.add_section()
        table.add_row(f"all {len(shown) + rest} routes", "", *cells(totals), style="bold")
    console.print(table)
    if report.run.inconclusive:
        console.print(f"[bold]inconclusive:[/] {plain(report.run.reason, 300)}")


_STATES = tuple(LinkState)  # states.py's order
# Which state columns a narrow terminal gives up first: what an editor acts on stays longest.
_DROP_ORDER = (LinkState.SKIPPED, LinkState.UNKNOWN, LinkState.BLOCKED, LinkState.ALIVE,
               LinkState.MOVED, LinkState.SOFT_DEAD, LinkState.DEAD)  # fmt: skip
_HEADER = {LinkState.SOFT_DEAD: "soft-\ndead"}


def _fitting_states(
    totals: Counter[LinkState], width: int, slug_width: int, status_width: int
) -> list[LinkState]:
    """The state columns that fit beside the slug and the status, in their usual order."""
    kept = [state for state in _STATES if totals[state]] or [LinkState.ALIVE]

    def needed(states: Sequence[LinkState]) -> int:
        # Each column takes its widest cell plus three for padding and its border.
        cells = [max(5 if s is LinkState.SOFT_DEAD else len(s.value), len(str(totals[s])))
                 for s in states]  # fmt: skip
        return 1 + sum(w + 3 for w in (slug_width, status_width, *cells))

    for state in _DROP_ORDER:
        if needed(kept) <= width or len(kept) == 1:
            break
        if state in kept:
            kept.remove(state)
    return kept


# Failing sources listed under the table; the reports have them all.
FAILING_ROWS = 20


def failing_sources(report: Report, console: Console, rows: int = FAILING_ROWS) -> None:
    """Each dead or soft-dead source (route, rank, URL, state, since when), worst first:
    confirmed before watched, then the longest failing."""
    failing = [
        (route.slug, source)
        for route in report.routes
        for source in route.sources
        if source.state.is_broken
    ]
    if not failing:
        return
    failing.sort(key=lambda item: (not item[1].confirmed, _since(item[1]), item[0], item[1].rank))
    console.print(f"failing sources ({len(failing)}), worst first:", highlight=False)
    for slug, source in failing[:rows]:
        watch = "confirmed" if source.confirmed else f"watching, {source.consecutive_failures}x"
        console.print(
            f"  {plain(slug, 80)} #{source.rank} {plain(source.url, 200)}\n"
            f"    {source.state.value} ({watch}) since {_since(source):%Y-%m-%d %H:%M} UTC",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if len(failing) > rows:
        console.print(f"  … and {len(failing) - rows} more in reports/latest.md", markup=False)


def _since(source: SourceReport) -> datetime:
    return source.first_failed_at or source.checked_at or datetime.max.replace(tzinfo=UTC)


def skipped_summary(report: Report, console: Console) -> None:
    """How many sources were skipped, by reason, and what would check them."""
    for count in skip_counts(report):
        console.print(
            f"skipped: {count.sources} source{'s' if count.sources != 1 else ''}, "
            f"{count.reason}; {count.remedy}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
