"""``curator fix``: apply what curator found (moved URLs, archived copies) to the route files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator.cli.options import config_option, load_command_settings, routes_option, store_option
from curator.console import err_console
from curator.fix.command import FixOptions, fix_routes


@click.command()
@routes_option
@click.option("--only", multiple=True, metavar="SLUG", help="Fix only this route (repeatable).")
@click.option("--write", is_flag=True, help="Change the route files (default: print the diff).")
@click.option("--now", is_flag=True, help="Take a move seen in one run (default: two runs).")
@store_option
@config_option
def fix(
    routes_dir: Path,
    only: tuple[str, ...],
    write: bool,
    now: bool,
    store: str | None,
    config: Path | None,
) -> None:
    """Rewrite moved URLs and add archived: links to confirmed dead sources, from the state store.

    Nothing is fetched. Without --write the change is printed as a unified diff and no file is
    touched. Exit codes: 0 nothing to fix (or fixed with --write), 1 fixes shown, 2 bad input.
    """
    settings = load_command_settings(config)
    options = FixOptions(routes_dir=routes_dir, only=only, store=store, write=write, now=now)
    sys.exit(fix_routes(options, settings, sys.stdout, err_console()))
