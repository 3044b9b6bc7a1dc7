"""The weekly digest: ``reports/overdue.md``, the routes an editor should review next.

Works from the route files alone (their ``reviewed:`` dates), so it needs no network and no
store, and never competes with a check for the state lock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from curator.catalog import Route, load_catalog
from curator.report.files import write_atomic
from curator.report.text import md_cell


@dataclass(frozen=True, order=True)
class OverdueRoute:
    """``reviewed`` None: never reviewed; ``days`` then counts as infinitely overdue."""

    days: float
    slug: str
    title: str
    reviewed: date | None


def overdue_routes(routes: Iterable[Route], today: date, max_age_days: int) -> list[OverdueRoute]:
    """Routes reviewed more than ``max_age_days`` ago, or never; most overdue first."""
    found = []
    for route in routes:
        age = float("inf") if route.reviewed is None else float((today - route.reviewed).days)
        if age > max_age_days:
            found.append(OverdueRoute(age, route.slug, route.title, route.reviewed))
    return sorted(found, reverse=True)


def render_overdue(overdue: list[OverdueRoute], today: date, max_age_days: int) -> str:
    lines = [
        f"# Reviews overdue, {today:%Y-%m-%d}",
        "",
        f"Routes whose summary and sources were last reviewed more than {max_age_days} days ago.",
        "",
    ]
    if not overdue:
        return "\n".join([*lines, "None: every route was reviewed recently."]) + "\n"
    lines += ["| Route | Title | Reviewed | Days ago |", "|---|---|---|---|"]
    for item in overdue:
        reviewed = item.reviewed.isoformat() if item.reviewed else "never"
        days = "—" if item.reviewed is None else f"{int(item.days)}"
        lines.append(f"| `{md_cell(item.slug)}` | {md_cell(item.title)} | {reviewed} | {days} |")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class DigestResult:
    path: Path
    overdue: int
    routes: int
    problems: tuple[str, ...]


def write_digest(
    routes_dir: Path,
    reports_dir: Path,
    today: date,
    max_age_days: int,
    only: tuple[str, ...] = (),
) -> DigestResult:
    catalog = load_catalog(routes_dir, only=list(only) or None, today=today)
    overdue = overdue_routes(catalog.routes.values(), today, max_age_days)
    path = reports_dir / "overdue.md"
    write_atomic(path, render_overdue(overdue, today, max_age_days))
    return DigestResult(
        path, len(overdue), len(catalog.routes), tuple(str(p) for p in catalog.problems)
    )
