"""The commands' core: what ``curator run`` and ``curator validate`` do, minus argument parsing.

Options arrive as a frozen dataclass; the functions return an exit code. Everything with a side
effect on the outside world (network, disk, terminal) is built here from the options, so the
pipeline below stays a function of its inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from curator.catalog import format_problems, load_catalog
from curator.catalog import validate as validate_routes
from curator.console import err_console, progress_reporter, summary_table
from curator.execute.choose import choose_executor
from curator.execute.interface import ExecutorError
from curator.exitcodes import Exit
from curator.fetch.resolve import Resolver, StaticResolver, SystemResolver
from curator.pipeline import RunRequest, run_check
from curator.report.context import ReportContext, load_context
from curator.report.model import Report
from curator.report.outputs import FILES, write_all
from curator.settings import Settings
from curator.states import RouteStatus
from curator.store.interface import RunRecord
from curator.store.open import open_store


@dataclass(frozen=True)
class RunOptions:
    routes_dir: Path = Path("routes")
    reports_dir: Path = Path("reports")
    only: Sequence[str] = ()
    store: str | None = None  # None: the settings' default; "" : keep no history
    resolve: dict[str, str] = field(default_factory=dict)
    progress: bool = True
    cluster: str | None = None  # a Dask scheduler address: run the shards there
    workers: int | None = None  # local worker processes; None: one per CPU for a large run


def make_resolver(overrides: dict[str, str]) -> Resolver:
    """curl-style ``--resolve`` overrides over the system resolver."""
    return StaticResolver(overrides, fallback=SystemResolver()) if overrides else SystemResolver()


def validate(routes_dir: Path, console: Console | None = None) -> Exit:
    console = console or err_console()
    if not routes_dir.is_dir():
        console.print(f"{routes_dir}: not a directory of route files")
        return Exit.BAD_INPUT
    problems = validate_routes(routes_dir)
    console.print(format_problems(problems), markup=False, highlight=False, soft_wrap=True)
    return Exit.BAD_INPUT if problems else Exit.OK


def run(options: RunOptions, settings: Settings, console: Console | None = None) -> Exit:
    """Check the routes, write the reports, and say how it went in an exit code."""
    console = console or err_console()
    if not options.routes_dir.is_dir():
        console.print(f"{options.routes_dir}: not a directory of route files")
        return Exit.BAD_INPUT
    catalog = load_catalog(options.routes_dir, only=list(options.only) or None)
    for problem in catalog.problems:
        console.print(str(problem), markup=False, highlight=False, soft_wrap=True)
    known = frozenset(p.stem for p in options.routes_dir.glob("*.y*ml"))
    request = RunRequest(
        routes=list(catalog.routes.values()),
        known_slugs=known,
        problems=[str(p) for p in catalog.problems],
    )
    store_url = settings.store if options.store is None else options.store
    store = open_store(store_url) if store_url else None
    try:
        total = len({s.url for r in request.routes for s in r.sources})
        with progress_reporter(total) if options.progress else nullcontext() as sink:
            try:
                executor = choose_executor(
                    settings.fetch,
                    make_resolver(options.resolve),
                    total,
                    cluster=options.cluster,
                    workers=options.workers,
                    on_shard=sink.shards if sink is not None else None,
                )
            except ExecutorError as exc:
                console.print(f"curator: {exc}", markup=False, highlight=False)
                return Exit.BAD_INPUT
            try:
                report = run_check(request, settings, executor, store, progress=sink)
            except ExecutorError as exc:
                console.print(f"curator: the run could not finish: {exc}", markup=False)
                return Exit.INCONCLUSIVE
            finally:
                executor.close()
        context = load_context(store, report.run.id) if store is not None else ReportContext()
    finally:
        if store is not None:
            store.close()
    write_reports(report, options.reports_dir, context.history, context.previous)
    summary_table(report, console)
    console.print(f"reports written to {options.reports_dir}/ ({', '.join(FILES)}, routes/)")
    return exit_code(report, had_problems=bool(catalog.problems))


def write_reports(
    report: Report,
    reports_dir: Path,
    history: Sequence[RunRecord] = (),
    previous: Report | None = None,
) -> None:
    """Every report file; ``history`` feeds the trend chart, ``previous`` the digest."""
    write_all(report, reports_dir, history, previous)


def exit_code(report: Report, had_problems: bool) -> Exit:
    """Bad input first (an editor can fix it now), then an inconclusive run, then broken routes."""
    if had_problems:
        return Exit.BAD_INPUT
    if report.run.inconclusive:
        return Exit.INCONCLUSIVE
    if any(route.status is RouteStatus.BROKEN for route in report.routes):
        return Exit.FAILED
    return Exit.OK
