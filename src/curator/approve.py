"""``curator approve``: record what each source says now, as the editor approves the route.

Approval fetches the route's sources, writes their baseline (title, description, main-content
fingerprint, blurb terms and how many the page mentions) beside the routes, and moves the
route's ``reviewed:`` date to today, editing that one line so the editor's comments, key order
and formatting survive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rich.console import Console

from curator.app import make_resolver
from curator.assess.baseline import RouteBaseline, SourceBaseline, save_baseline
from curator.assess.support import key_terms
from curator.catalog import (
    Route,
    format_problems,
    load_catalog,
    load_route_document,
    save_route_document,
)
from curator.console import err_console
from curator.execute import Executor
from curator.execute.choose import choose_executor
from curator.exitcodes import Exit
from curator.inspect import Inspection, Wants
from curator.pipeline import utcnow
from curator.settings import Settings


@dataclass(frozen=True)
class Approval:
    """What approving one route did: its baseline, and the sources it could not baseline."""

    route: Route
    baseline: RouteBaseline
    skipped: tuple[tuple[str, str], ...]  # (source name, why)


def approve_routes(
    routes: Sequence[Route], executor: Executor, clock: Callable[[], datetime]
) -> list[Approval]:
    """Fetch every source of ``routes`` once, then write each route's baseline and date."""
    wants: dict[str, Wants] = {}
    for route in routes:
        for source in route.sources:
            terms = dict.fromkeys(wants.get(source.url, Wants()).terms)
            terms.update(dict.fromkeys(key_terms(source.blurb)))
            wants[source.url] = Wants(terms=tuple(terms), fingerprint=True)
    looks = executor.inspect_many(list(wants), None, wants)  # no probes asked: inspections only
    inspections = {i.result.url: i for i in looks if isinstance(i, Inspection)}
    now = clock()
    approvals = []
    for route in routes:
        approval = _baseline(route, inspections, now)
        save_baseline(route.path.parent, approval.baseline)
        set_reviewed(route, now.date())
        approvals.append(approval)
    return approvals


def _baseline(route: Route, inspections: dict[str, Inspection], now: datetime) -> Approval:
    entries: list[SourceBaseline] = []
    skipped: list[tuple[str, str]] = []
    for source in route.sources:
        inspection = inspections.get(source.url)
        why = _unusable(inspection)
        if why is not None or inspection is None or inspection.page is None:
            skipped.append((source.name, why or "not fetched"))
            continue
        entries.append(
            SourceBaseline(
                url=source.url,
                final_url=inspection.result.final_url,
                title=inspection.page.title,
                description=inspection.page.description,
                fingerprint=inspection.fingerprint or "",
                text_length=inspection.text_length,
                key_terms=key_terms(source.blurb),
                found_terms=list(inspection.found_terms),
                approved_at=now,
            )
        )
    return Approval(
        route=route,
        baseline=RouteBaseline(route=route.slug, approved_at=now, sources=entries),
        skipped=tuple(skipped),
    )


def _unusable(inspection: Inspection | None) -> str | None:
    if inspection is None:
        return "not fetched"
    result = inspection.result
    if result.error is not None:
        return f"{result.error.kind.value}: {result.error.message}"
    if result.status is None or not 200 <= result.status < 300:
        return f"HTTP {result.status}"
    if inspection.page is None:
        return f"not a web page ({result.content_type or 'unknown type'})"
    return None


def set_reviewed(route: Route, today: date) -> None:
    """Set ``reviewed: today`` in the route file, touching nothing else in it."""
    document = load_route_document(route.path)
    if "reviewed" in document:
        document["reviewed"] = today
    else:
        position = list(document).index("title") + 1 if "title" in document else 0
        document.insert(position, "reviewed", today)
    save_route_document(document, route.path)


def approve_command(
    routes_dir: Path,
    slugs: Sequence[str],
    settings: Settings,
    resolve: dict[str, str],
    console: Console | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Exit:
    """The command around :func:`approve_routes`: load, approve, say what happened."""
    console = console or err_console()
    catalog = load_catalog(routes_dir, only=list(slugs) or None)
    if catalog.problems:
        console.print(format_problems(catalog.problems), markup=False, soft_wrap=True)
        console.print("nothing approved: fix the route files first")
        return Exit.BAD_INPUT
    routes = list(catalog.routes.values())
    links = len({s.url for r in routes for s in r.sources})
    executor = choose_executor(settings.fetch, make_resolver(resolve), links)
    try:
        approvals = approve_routes(routes, executor, clock)
    finally:
        executor.close()
    incomplete = False
    for approval in approvals:
        done = len(approval.baseline.sources)
        console.print(
            f"{approval.route.slug}: approved {done} of {len(approval.route.sources)} sources; "
            f"reviewed set to {clock().date().isoformat()}",
            markup=False,
            soft_wrap=True,
        )
        for name, why in approval.skipped:
            incomplete = True
            console.print(f"  not baselined: {name} ({why})", markup=False, soft_wrap=True)
    return Exit.FAILED if incomplete else Exit.OK
