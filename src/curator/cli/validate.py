"""``curator validate``: check route files offline."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator import app
from curator.cli.options import routes_option


@click.command()
@routes_option
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
def validate(routes_dir: Path, files: tuple[Path, ...]) -> None:
    """Check the route FILES, or every route file in --routes, offline.

    Prints each problem to stdout as file:line: message. Route files end in lower-case .yaml
    or .yml; a file ending in another case (.YAML) is reported by name, never skipped silently.
    Exit codes: 0 valid; 2 problems, or no route files at all.
    """
    sys.exit(app.validate(routes_dir, files))
