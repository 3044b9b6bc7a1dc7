"""``curator schedule``: run the jobs of ``schedules.yaml`` until stopped, or list them."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import click

from curator.cli.options import load_command_settings, resolve_map, run_options
from curator.exitcodes import Exit
from curator.schedule.config import DEFAULT_FILE, ScheduleError, load_schedules
from curator.schedule.jobs import JobContext
from curator.schedule.ledger import Ledger, LedgerError
from curator.schedule.logs import setup_logging
from curator.schedule.service import SchedulerService, install_signal_handlers, serve
from curator.schedule.triggers import upcoming
from curator.session.core import store_url
from curator.session.lock import LockBusy, beside, scheduler_lock, store_file


@click.command()
@click.option(
    "--schedules",
    "schedules_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_FILE,
    show_default=True,
    help="The jobs to run.",
)
@click.option("--list", "list_only", is_flag=True, help="Print each job's next 3 run times.")
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain lines, or one JSON object per line for log collectors.",
)
@run_options
def schedule(
    schedules_file: Path,
    list_only: bool,
    log_format: str,
    routes_dir: Path,
    reports_dir: Path,
    allow_private_networks: bool,
    resolve: tuple[str, ...],
    concurrency: int | None,
    store: str | None,
    config: Path | None,
) -> None:
    """Run the scheduled jobs (full checks, rechecks, digests) until SIGTERM or Ctrl-C.

    One scheduler per state store; a second one exits 2. A missed run (machine asleep,
    scheduler down) runs once at start if within its grace time. Exit codes: 0 stopped
    cleanly; 2 bad schedules file, settings or usage; 3 a run had to be cut off at shutdown.
    """
    settings = load_command_settings(config, allow_private_networks, concurrency)
    try:
        schedules = load_schedules(schedules_file, routes_dir)
    except ScheduleError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        sys.exit(Exit.BAD_INPUT)
    location = store_url(settings, store)
    state = store_file(location)
    if state is None:
        click.echo(
            "curator schedule: needs a SQLite state store (--store PATH) for its history, "
            "lock and ledger",
            err=True,
        )
        sys.exit(Exit.BAD_INPUT)
    try:
        ledger = Ledger(beside(state, ".schedule.json"))
    except LedgerError as exc:
        click.echo(f"curator schedule: {exc}", err=True)
        sys.exit(Exit.BAD_INPUT)
    log = setup_logging("json" if log_format == "json" else "text")
    context = JobContext(routes_dir, reports_dir, location, settings, resolve_map(resolve))
    service = SchedulerService(schedules, context, ledger, log)
    if list_only:
        _print_list(service)
        sys.exit(Exit.OK)
    try:
        with scheduler_lock(state):
            stop = threading.Event()
            install_signal_handlers(stop, log)
            code = serve(service, stop, settings.schedule.stop_timeout_seconds)
    except LockBusy as exc:
        click.echo(f"curator schedule: {exc}", err=True)
        sys.exit(Exit.BAD_INPUT)
    sys.exit(code)


def _print_list(service: SchedulerService) -> None:
    now = service.clock()
    plans = service.plan(now)
    for job in service.schedule.jobs:
        times = upcoming(job.trigger(), plans[job.name], now)
        click.echo(f"{job.name} ({job.describe()})")
        if plans[job.name].catching_up is not None:
            click.echo("  now: catching up a missed run")
        for when in times:
            click.echo(f"  {when.isoformat(timespec='seconds')}")
        if not times:
            click.echo("  (never fires again)")
