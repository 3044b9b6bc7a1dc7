"""``curator`` on the command line: argument parsing only; the work happens in ``app``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator import __version__, app
from curator.exitcodes import Exit
from curator.fetch.resolve import parse_resolve_option
from curator.settings import Settings, SettingsError, load_settings

_routes_option = click.option(
    "--routes",
    "routes_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("routes"),
    show_default=True,
    help="Directory of route files.",
)


def _settings(config: Path | None, allow_private: bool, concurrency: int | None) -> Settings:
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


def _resolve_map(specs: tuple[str, ...]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for spec in specs:
        try:
            host, addr = parse_resolve_option(spec)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--resolve") from exc
        mapping[host] = addr
    return mapping


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def main() -> None:
    """Keep a curated site's sources alive and its summaries true.

    Usage errors exit 2, like bad input (click's own convention agrees with DESIGN.md).
    """


@main.command()
@_routes_option
def validate(routes_dir: Path) -> None:
    """Check every route file offline; print each problem as file:line: message."""
    sys.exit(app.validate(routes_dir))


@main.command()
@_routes_option
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("reports"),
    show_default=True,
    help="Where latest.json and latest.md are written.",
)
@click.option("--only", multiple=True, metavar="SLUG", help="Check only these routes (repeatable).")
@click.option(
    "--allow-private-networks",
    is_flag=True,
    help="Let curator fetch loopback/private addresses (tests, demos, intranets).",
)
@click.option(
    "--store",
    default=None,
    metavar="PATH|URL",
    help="State store (SQLite file). Default from settings: .curator/state.sqlite. '' keeps none.",
)
@click.option(
    "--resolve",
    "resolve",
    multiple=True,
    metavar="HOST:ADDR",
    help="Resolve HOST to ADDR, like curl --resolve (repeatable).",
)
@click.option(
    "--concurrency", type=click.IntRange(1, 1024), default=None, help="Requests in flight."
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Settings file (default: ./curator.toml if present).",
)
@click.option("--no-progress", is_flag=True, help="No progress bar or progress lines.")
def run(
    routes_dir: Path,
    reports_dir: Path,
    only: tuple[str, ...],
    allow_private_networks: bool,
    store: str | None,
    resolve: tuple[str, ...],
    concurrency: int | None,
    config: Path | None,
    no_progress: bool,
) -> None:
    """Check every route's sources and write reports/latest.json and latest.md.

    Exit codes: 0 all checked routes are fine; 1 a route is broken (a confirmed dead source);
    2 bad input (route files, settings, usage); 3 inconclusive (the checker looked offline).
    """
    settings = _settings(config, allow_private_networks, concurrency)
    options = app.RunOptions(
        routes_dir=routes_dir,
        reports_dir=reports_dir,
        only=only,
        store=store,
        resolve=_resolve_map(resolve),
        progress=not no_progress,
    )
    sys.exit(app.run(options, settings))
