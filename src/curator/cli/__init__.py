"""``curator`` on the command line: argument parsing only; the work happens in the core.

One module per command; adding a command means adding a module and one line below.
"""

from __future__ import annotations

import click

from curator import __version__
from curator.cli.approve import approve
from curator.cli.demo import demo
from curator.cli.gate import gate
from curator.cli.report import report
from curator.cli.run import run
from curator.cli.schedule import schedule
from curator.cli.validate import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def main() -> None:
    """Keep a curated site's sources alive and its summaries true.

    Usage errors exit 2, like bad input (click's own convention agrees with DESIGN.md).
    """


main.add_command(run)
main.add_command(approve)
main.add_command(validate)
main.add_command(gate)
main.add_command(report)
main.add_command(schedule)
main.add_command(demo)
