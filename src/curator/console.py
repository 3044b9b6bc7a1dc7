"""What a person watching the terminal sees: a progress bar, or plain lines in a log.

Kept apart from the pipeline so the core never knows whether a human is watching; every piece
of page-derived text passes through ``report.text.plain`` before it reaches the terminal.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from curator.fetch.result import FetchResult
from curator.report.model import Report
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
    """The console for people: stderr, so stdout stays free for machine output. In a log (no
    terminal) it is wide enough that route slugs are never cut."""
    width = None if sys.stderr.isatty() else 140
    return Console(stderr=True, highlight=False, width=width)


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
    of them, then one line for the rest and a total."""
    states = [LinkState.ALIVE, LinkState.MOVED, LinkState.DEAD, LinkState.SOFT_DEAD,
              LinkState.BLOCKED, LinkState.SKIPPED, LinkState.UNKNOWN]  # fmt: skip
    table = Table(title=f"curator run {report.run.id}", title_justify="left")
    table.add_column("route")
    table.add_column("status")
    for state in states:
        table.add_column(state.value, justify="right")
    ranked = sorted(report.routes, key=lambda r: (-r.status.severity, r.slug))
    shown, rest = ranked[:rows], ranked[rows:]

    def cells(counts: Counter[LinkState]) -> list[str]:
        return [str(counts[s]) if counts[s] else "·" for s in states]

    for route in shown:
        table.add_row(
            plain(route.slug, 50),
            f"[{_STYLE[route.status]}]{route.status.value}[/]",
            *cells(Counter(s.state for s in route.sources)),
        )
    if rest:
        by_status = Counter(route.status for route in rest)
        table.add_row(
            f"… {len(rest)} more route{'s' if len(rest) != 1 else ''}",
            ", ".join(
                f"{n} {status.value}"
                for status, n in sorted(by_status.items(), key=lambda item: -item[0].severity)
            ),
            *cells(Counter(s.state for route in rest for s in route.sources)),
            style="dim",
        )
    if len(ranked) > 1:
        table.add_section()
        table.add_row(
            f"all {len(ranked)} routes",
            "",
            *cells(Counter(s.state for route in ranked for s in route.sources)),
            style="bold",
        )
    console.print(table)
    if report.run.inconclusive:
        console.print(f"[bold]inconclusive:[/] {plain(report.run.reason, 300)}")
