"""Broken and stale routes per run, as numbers and as the geometry of a small line chart.

The chart is drawn by the HTML template as inline SVG from these numbers: no chart library, no
script, nothing to fetch, and every value that reaches the page is a number we computed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from curator.store.interface import RunRecord

WIDTH = 640
HEIGHT = 160
_LEFT, _RIGHT, _TOP, _BOTTOM = 34, 10, 10, 24


@dataclass(frozen=True)
class TrendPoint:
    run_id: str
    finished_at: datetime
    broken: int
    stale: int
    inconclusive: bool


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    label: str  # the tooltip: date and value


@dataclass(frozen=True)
class Series:
    name: str  # "broken" or "stale": also the CSS class that colours it
    points: str  # the SVG polyline's points attribute
    dots: tuple[Dot, ...]
    latest: int


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    series: tuple[Series, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]
    plot_left: float
    plot_right: float
    plot_bottom: float
    runs: int
    summary: str  # what a screen reader says instead of the picture


def trend_points(history_newest_first: Sequence[RunRecord]) -> list[TrendPoint]:
    """Oldest first, finished runs only; counts come from ``RunRecord.counts``."""
    points = [
        TrendPoint(
            run_id=run.run_id,
            finished_at=run.finished_at,
            broken=int(run.counts.get("route:broken", 0)),
            stale=int(run.counts.get("route:stale", 0)),
            inconclusive=run.inconclusive,
        )
        for run in history_newest_first
        if run.finished_at is not None
    ]
    points.reverse()
    return points


def _series(
    name: str,
    points: Sequence[TrendPoint],
    x: Callable[[int], float],
    y: Callable[[int], float],
) -> Series:
    """One line of the chart: a dot per run, each with its run's time and count as a tooltip."""
    values = [getattr(p, name) for p in points]
    dots = tuple(
        Dot(
            x(i),
            y(v),
            f"{p.finished_at:%Y-%m-%d %H:%M} UTC: {v} {name}"
            + (" (inconclusive run)" if p.inconclusive else ""),
        )
        for i, (p, v) in enumerate(zip(points, values, strict=True))
    )
    points_attr = " ".join(f"{d.x},{d.y}" for d in dots)
    return Series(name=name, points=points_attr, dots=dots, latest=values[-1])


def chart(points: Sequence[TrendPoint]) -> TrendChart | None:
    """The chart's geometry, or None with fewer than two runs (a single dot is not a trend)."""
    if len(points) < 2:
        return None
    top = max(1, *(max(p.broken, p.stale) for p in points))
    step = _nice_step(top)
    y_max = step * -(-top // step)
    plot_w = WIDTH - _LEFT - _RIGHT
    plot_h = HEIGHT - _TOP - _BOTTOM

    def x(i: int) -> float:
        return round(_LEFT + plot_w * i / (len(points) - 1), 1)

    def y(value: int) -> float:
        return round(_TOP + plot_h * (1 - value / y_max), 1)

    series = tuple(_series(name, points, x, y) for name in ("broken", "stale"))
    y_ticks = tuple(Tick(y(v), str(v)) for v in range(0, y_max + 1, step))
    first, last = points[0], points[-1]
    same_day = first.finished_at.date() == last.finished_at.date()
    stamp = "%H:%M" if same_day else "%b %d"
    x_ticks = (
        Tick(x(0), first.finished_at.strftime(stamp)),
        Tick(x(len(points) - 1), last.finished_at.strftime(stamp)),
    )
    summary = (
        f"Broken and stale routes over the last {len(points)} runs: "
        f"broken went from {first.broken} to {last.broken}, stale from {first.stale} to "
        f"{last.stale}."
    )
    return TrendChart(
        width=WIDTH,
        height=HEIGHT,
        series=series,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        plot_left=_LEFT,
        plot_right=WIDTH - _RIGHT,
        plot_bottom=HEIGHT - _BOTTOM,
        runs=len(points),
        summary=summary,
    )


def _nice_step(top: int) -> int:
    """A tick step giving at most about four gridlines at round numbers."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 4:
            return step
    return int(10 ** len(str(top // 4)))
