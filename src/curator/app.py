"""The commands' core: what ``curator run`` and ``curator validate`` do, minus argument parsing.

Options arrive as a frozen dataclass; the functions return an exit code. Everything with a side
effect on the outside world (network, disk, terminal) is built here from the options, so the
pipeline below stays a function of its inputs.

Two streams, as Unix tools use them: results (``validate``'s problems, the end-of-run summary,
``--json``'s report) go to stdout, so ``> file`` and ``| tee`` keep them; progress, hints and
errors go to stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.console import Console

from curator import domains, heap
from curator.archive.client import archive_client
from curator.catalog import Catalog, format_problems, most_links, validate_files
from curator.catalog import validate as validate_routes
from curator.catalog.load import unknown_slugs
from curator.clock import Clock, utcnow
from curator.console import (
    err_console,
    failing_sources,
    out_console,
    progress_reporter,
    skipped_summary,
    summary_table,
)
from curator.execute.interface import Executor, ExecutorError, ShardProgress
from curator.exitcodes import Exit
from curator.notify.after_run import notify_after_run
from curator.pipeline import plan
from curator.report.context import ReportContext, load_context
from curator.report.model import Report
from curator.report.outputs import FILES, EarlyRoutePages, UnsafeReportPath, write_all
from curator.report.picture import picture
from curator.session.core import RunSession
from curator.session.due import Selection
from curator.session.lock import LockBusy
from curator.settings import Settings
from curator.states import LinkState, RouteStatus


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
    select: Selection = Selection.ALL  # DUE: only the links due a check (curator.session.due)
    kind: str = "run"  # the run's kind in the store: run | recheck
    cancel: threading.Event | None = None  # once set, the run stops at its next fetched URL
    on_report: Callable[[Report], None] | None = None  # called with the report once written
    quiet: bool = False  # nothing on stderr but errors: no progress, hints or "written to"
    json: bool = False  # stdout gets latest.json's document instead of the summary table
    notify: Sequence[str] | None = None  # notification URLs; None: the [notify] settings'


def validate(routes_dir: Path, files: Sequence[Path] = (), console: Console | None = None) -> Exit:
    """Check the route files (``files``, or every file in ``routes_dir``); problems to stdout."""
    console = console or out_console()
    if not files and not routes_dir.is_dir():
        err_console().print(f"{routes_dir}: not a directory of route files", markup=False)
        return Exit.BAD_INPUT
    problems = validate_files(files) if files else validate_routes(routes_dir)
    console.print(format_problems(problems), markup=False, highlight=False, soft_wrap=True)
    return Exit.BAD_INPUT if problems else Exit.OK


def run(
    options: RunOptions,
    settings: Settings,
    console: Console | None = None,
    out: Console | None = None,
    *,
    clock: Clock = utcnow,
) -> Exit:
    """Check the routes, write the reports, and say how it went in an exit code.

    ``console`` hears progress, hints and errors (stderr), ``out`` the results (stdout); a
    caller passing only ``console`` hears everything there. The whole run holds the state
    store's run lock, so a manual and a scheduled run never interleave their history; a run
    that cannot get it in time judged nothing (exit 3). Bad input found before the run (no
    routes folder, an unknown slug in ``only``) exits 2 having written nothing at all.
    """
    out = out or console or out_console()
    console = console or err_console()
    if not options.routes_dir.is_dir():
        console.print(f"{options.routes_dir}: not a directory of route files", markup=False)
        return Exit.BAD_INPUT
    if unknown := unknown_slugs(options.routes_dir, options.only):
        for entry in unknown:
            console.print(
                f"{options.routes_dir}: no route file for slug '{entry}'; nothing was checked",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        return Exit.BAD_INPUT
    session = RunSession(
        settings,
        options.routes_dir,
        store=options.store,
        resolve=options.resolve,
        clock=clock,
        cancel=options.cancel,
    )
    if options.select is not Selection.ALL and not session.store_url:
        console.print("curator: --due needs a state store to know what was checked when")
        return Exit.BAD_INPUT
    try:
        with session.locked(), heap.long_lived():
            return _run(options, session, console, out)
    except LockBusy as exc:
        console.print(f"curator: {exc}", markup=False, highlight=False, soft_wrap=True)
        return Exit.INCONCLUSIVE


def _run(options: RunOptions, session: RunSession, console: Console, out: Console) -> Exit:
    settings = session.settings
    only = list(options.only) or None
    shards = _ShardRelay()
    try:
        # Chosen from the route files' count alone and started at once, so worker processes
        # import curator while this one reads the route files (each about a second at 4,000
        # routes); see choose_executor.
        executor = session.executor(
            most_links(options.routes_dir, only),
            cluster=options.cluster,
            workers=options.workers,
            on_shard=shards,
        )
    except ExecutorError as exc:
        console.print(f"curator: {exc}", markup=False, highlight=False)
        return Exit.BAD_INPUT
    pages = EarlyRoutePages(options.reports_dir)  # rendered while the links are fetched
    try:
        executor.start()
        with domains.reading_ahead():  # the suffix list read beside the route files
            catalog = session.catalog(only, spool=True)  # a large one waits on disk
            heap.settle()
            outcome = _check(options, session, console, catalog, executor, shards, pages)
    except BaseException:
        pages.discard()
        raise
    finally:
        executor.close()
    if isinstance(outcome, Exit):
        pages.discard()
        return outcome
    report, context, shown = outcome
    # The routes are in the report now: the catalog's models are not held while the report
    # files are written, the driver's own peak (bench/README.md, "The tree's peak, flat per
    # link").
    had_problems = bool(catalog.problems)
    del catalog
    try:
        write_all(shown, options.reports_dir, context.history, context.previous, pages)
    except UnsafeReportPath as exc:
        console.print(f"curator: {exc}", markup=False, highlight=False, soft_wrap=True)
        return Exit.BAD_INPUT
    if options.on_report is not None:
        options.on_report(report)
    if options.json:
        out.print(shown.to_json(), markup=False, highlight=False, soft_wrap=True)
    else:
        summary_table(report, out)
        failing_sources(report, out)
        skipped_summary(report, out)
    if not options.quiet:
        console.print(
            _written(options, report, shown), markup=False, highlight=False, soft_wrap=True
        )
    notify_after_run(report, context.previous, settings.notify, console, options.notify)
    code = exit_code(report, had_problems=had_problems)
    if code is Exit.OK and nothing_judged(report):
        console.print(
            "curator: nothing could be judged: every source was skipped or unknown",
            markup=False,
        )
        return Exit.INCONCLUSIVE
    return code


def _check(
    options: RunOptions,
    session: RunSession,
    console: Console,
    catalog: Catalog,
    executor: Executor,
    shards: _ShardRelay,
    pages: EarlyRoutePages,
) -> tuple[Report, ReportContext, Report] | Exit:
    """The checking half of a run: the report, what the report files need from the store and
    the picture they show (``report.picture``: the report itself for a full run), or the exit
    code of a run that could not finish. Closes ``executor`` once it is done."""
    for problem in catalog.problems:
        console.print(str(problem), markup=False, highlight=False, soft_wrap=True)
    request = session.request(catalog, kind=options.kind, partial=bool(options.only))
    store = session.open_store()
    archive = archive_client(session.settings)
    try:
        if store is not None and options.select is not Selection.ALL:
            due = session.due(request, store, options.select)
            if not options.quiet:
                console.print(due.summary(), markup=False, highlight=False, soft_wrap=True)
            request = replace(request, live=due.live)
        total = len(request.live if request.live is not None else plan(request.routes))
        showing = options.progress and not options.quiet
        with progress_reporter(total) if showing else nullcontext() as sink:
            shards.target = sink.shards if sink is not None else None
            try:
                report = session.check(
                    request,
                    executor,
                    store,
                    progress=sink,
                    on_route=pages,
                    archive=archive,
                    release=executor.close,  # the workers go before the report is built
                )
                heap.settle()
            except ExecutorError as exc:
                console.print(f"curator: the run could not finish: {exc}", markup=False)
                return Exit.INCONCLUSIVE
            finally:
                executor.close()  # before the reports: the workers' memory is given back
        context = load_context(store, report.run.id) if store is not None else ReportContext()
        shown = (picture(store, report) if store is not None else None) or report
    finally:
        if archive is not None:
            archive.close()
        if store is not None:
            store.close()
    return report, context, shown


def _written(options: RunOptions, report: Report, shown: Report) -> str:
    """Where the reports went, and how much of what they show this run checked."""
    written = f"reports written to {options.reports_dir}/ ({', '.join(FILES)})"
    if shown is not report:
        written += (
            f"; {len(report.routes)} of {len(shown.routes)} routes checked in this run, "
            "the others as of their last check"
        )
    return written


@dataclass
class _ShardRelay:
    """The executor's shard callback, made before the progress display it feeds exists."""

    target: ShardProgress | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.target is not None:
            self.target(done, total)


def nothing_judged(report: Report) -> bool:
    """True when the run had sources and every one was skipped or unknown: such a run must not
    pass for a clean one (a run over private addresses without --allow-private-networks)."""
    states = [source.state for route in report.routes for source in route.sources]
    return bool(states) and all(s in (LinkState.SKIPPED, LinkState.UNKNOWN) for s in states)


def exit_code(report: Report, had_problems: bool) -> Exit:
    """Bad input first (an editor can fix it now), then an inconclusive run, then broken routes."""
    if had_problems:
        return Exit.BAD_INPUT
    if report.run.inconclusive:
        return Exit.INCONCLUSIVE
    if any(route.status is RouteStatus.BROKEN for route in report.routes):
        return Exit.FAILED
    return Exit.OK
