"""``curator approve``: an editor vouches for a route's summary and blurbs as they are now."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator.approve import approve_command
from curator.cli.options import (
    config_option,
    load_command_settings,
    network_options,
    resolve_map,
    routes_option,
)


@click.command()
@click.argument("slugs", nargs=-1)
@click.option("--all", "all_routes", is_flag=True, help="Approve every route.")
@click.option(
    "--force",
    is_flag=True,
    help="Stamp a route even when some sources could not be baselined (never with none).",
)
@routes_option
@network_options
@config_option
def approve(
    slugs: tuple[str, ...],
    all_routes: bool,
    force: bool,
    routes_dir: Path,
    allow_private_networks: bool,
    resolve: tuple[str, ...],
    concurrency: int | None,
    config: Path | None,
) -> None:
    """Record each source's page as approved now and set the routes' reviewed date to today.

    Writes ROUTES/baselines/SLUG.json (commit it with the route). A route with a source that
    is not live (dead, soft-dead, blocked, skipped, unknown) is left as it was unless --force,
    which stamps it with the sources that could be baselined; a page that is not live is never
    a baseline. Exit 1 when any source could not be baselined (named, with why); 2 for unknown
    slugs or broken route files; 3 when another run held the state store too long (nothing
    approved), or when the checker looked offline and a source could not be reached.
    """
    if bool(slugs) == all_routes:
        raise click.UsageError("name the routes to approve, or give --all (not both)")
    settings = load_command_settings(config, allow_private_networks, concurrency)
    sys.exit(approve_command(routes_dir, list(slugs), settings, resolve_map(resolve), force=force))
