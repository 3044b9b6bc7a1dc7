"""``curator gate``: the publishing gate CI runs on a change to the routes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from curator.cli.options import (
    config_option,
    load_command_settings,
    network_options,
    resolve_map,
    routes_option,
    store_option,
)
from curator.gate import GateOptions, run_gate
from curator.gate.output import in_github_actions


@click.command()
@click.argument("route_files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--changed-since",
    metavar="GIT_REV",
    default=None,
    help="Gate the route files changed since this git revision (working tree included).",
)
@routes_option
@network_options
@store_option
@config_option
@click.option(
    "--junit",
    "junit_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write the verdict as JUnit XML to this file.",
)
@click.option(
    "--sarif",
    "sarif_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write the verdict as SARIF 2.1.0 (GitHub code scanning) to this file.",
)
def gate(
    route_files: tuple[Path, ...],
    changed_since: str | None,
    routes_dir: Path,
    allow_private_networks: bool,
    resolve: tuple[str, ...],
    concurrency: int | None,
    store: str | None,
    config: Path | None,
    junit_path: Path | None,
    sarif_path: Path | None,
) -> None:
    """Check what a change to the routes adds, before it is published.

    Validates the named route files (or those changed since GIT_REV) offline, then checks live
    every source the change adds or alters; other sources of those routes reuse stored results
    younger than the [gate] freshness window. Under GitHub Actions it annotates the offending
    lines.

    Exit codes: 0 passed; 1 failed; 2 bad input (route files, settings, git revision, usage);
    3 inconclusive (the network or the checker failed, not the links).
    """
    settings = load_command_settings(config, allow_private_networks, concurrency)
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    github = in_github_actions()
    options = GateOptions(
        files=route_files,
        changed_since=changed_since,
        routes_dir=routes_dir,
        store=store,
        resolve=resolve_map(resolve),
        junit=junit_path,
        sarif=sarif_path,
        github=github,
        step_summary=Path(step_summary) if github and step_summary else None,
    )
    sys.exit(run_gate(options, settings))
