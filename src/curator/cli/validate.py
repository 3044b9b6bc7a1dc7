"""``curator validate``: check route files offline."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator import app
from curator.cli.options import routes_option


@click.command()
@routes_option
def validate(routes_dir: Path) -> None:
    """Check every route file offline; print each problem as file:line: message."""
    sys.exit(app.validate(routes_dir))
