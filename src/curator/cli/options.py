"""Options several commands share, defined once so they read the same everywhere."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from curator.exitcodes import Exit
from curator.fetch.resolve import parse_resolve_option
from curator.settings import Settings, SettingsError, load_settings

F = TypeVar("F", bound=Callable[..., Any])

routes_option = click.option(
    "--routes",
    "routes_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("routes"),
    show_default=True,
    help="Directory of route files.",
)
reports_option = click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("reports"),
    show_default=True,
    help="Directory the reports are written to.",
)
store_option = click.option(
    "--store",
    default=None,
    metavar="PATH|URL",
    help="State store (SQLite file). Default from settings: .curator/state.sqlite. '' keeps none.",
)
config_option = click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Settings file (default: ./curator.toml if present).",
)


def network_options(func: F) -> F:
    """--allow-private-networks, --resolve and --concurrency: how a command reaches the web."""
    func = click.option(
        "--concurrency", type=click.IntRange(1, 1024), default=None, help="Requests in flight."
    )(func)
    func = click.option(
        "--resolve",
        "resolve",
        multiple=True,
        metavar="HOST:ADDR",
        help="Resolve HOST to ADDR, like curl --resolve (repeatable).",
    )(func)
    func = click.option(
        "--allow-private-networks",
        is_flag=True,
        help="Let curator fetch loopback/private addresses (tests, demos, intranets).",
    )(func)
    return func


def run_options(func: F) -> F:
    """What a checking run reads and writes: routes, reports, network, state store, settings.

    ``curator run`` and ``curator schedule`` take the same five, so a scheduled run is
    configured exactly as a manual one.
    """
    for option in (config_option, store_option, network_options, reports_option, routes_option):
        func = option(func)
    return func


def load_command_settings(
    config: Path | None, allow_private: bool = False, concurrency: int | None = None
) -> Settings:
    """Settings from the file, with the command line's overrides; exit 2 on a bad file."""
    try:
        settings = load_settings(config or Path("curator.toml"))
    except SettingsError as exc:
        click.echo(f"curator: {exc}", err=True)
        sys.exit(Exit.BAD_INPUT)
    fetch = settings.fetch
    if allow_private:
        fetch = fetch.model_copy(update={"allow_private_networks": True})
    if concurrency is not None:
        fetch = fetch.model_copy(update={"concurrency": concurrency})
    return settings.model_copy(update={"fetch": fetch})


def resolve_map(specs: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for spec in specs:
        try:
            host, addr = parse_resolve_option(spec)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--resolve") from exc
        mapping[host] = addr
    return mapping
