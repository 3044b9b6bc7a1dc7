"""``curator run``: check every route's sources and write the reports."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator import app
from curator.cli.options import load_command_settings, resolve_map, run_options
from curator.session.due import Selection


@click.command()
@run_options
@click.option("--only", multiple=True, metavar="SLUG", help="Check only these routes (repeatable).")
@click.option("--no-progress", is_flag=True, help="No progress bar or progress lines.")
@click.option(
    "--quiet", "-q", is_flag=True, help="Nothing on stderr but errors (no progress or hints)."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the report itself (latest.json's document) to stdout instead of the summary.",
)
@click.option(
    "--due",
    is_flag=True,
    help="Fetch only the links due a check (new, failing, or older than their re-check age), "
    "within a per-host budget; the rest reuse their last look. See docs/scheduling.md.",
)
@click.option(
    "--cluster",
    metavar="ADDRESS",
    default=None,
    help="Run the checks as tasks on this Dask scheduler (tcp://host:8786).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Local worker processes (1: this process). Default: one per CPU for 2,000+ links.",
)
def run(
    routes_dir: Path,
    reports_dir: Path,
    only: tuple[str, ...],
    allow_private_networks: bool,
    resolve: tuple[str, ...],
    concurrency: int | None,
    store: str | None,
    config: Path | None,
    no_progress: bool,
    quiet: bool,
    as_json: bool,
    due: bool,
    cluster: str | None,
    workers: int | None,
) -> None:
    """Check every route's sources and write reports/latest.json and latest.md.

    The summary (or, with --json, the report) goes to stdout; progress and hints to stderr.
    Exit codes: 0 all checked routes are fine; 1 a route is broken (a confirmed dead source);
    2 bad input (route files, settings, usage, an unknown --only slug); 3 inconclusive (the
    checker looked offline, or every source was skipped).
    """
    if cluster and workers is not None:
        raise click.UsageError("--workers is for local runs; a --cluster has its own workers")
    settings = load_command_settings(config, allow_private_networks, concurrency)
    options = app.RunOptions(
        routes_dir=routes_dir,
        reports_dir=reports_dir,
        only=only,
        store=store,
        resolve=resolve_map(resolve),
        progress=not no_progress,
        quiet=quiet,
        json=as_json,
        select=Selection.DUE if due else Selection.ALL,
        cluster=cluster,
        workers=workers,
    )
    sys.exit(app.run(options, settings))
