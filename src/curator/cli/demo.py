"""``curator demo``: the whole pipeline on a bundled, decaying local web, with no network."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator.cli.options import reports_option
from curator.console import err_console
from curator.demo import DemoError, DemoOptions, run_demo
from curator.exitcodes import Exit


@click.command()
@reports_option
@click.option(
    "--serve",
    is_flag=True,
    help="Keep the demo web running after the run (until Ctrl-C), to look at it in a browser.",
)
def demo(reports_dir: Path, serve: bool) -> None:
    """Check the sample routes against bundled snapshots of their sources and write the reports.

    An editor approves the routes, then three runs a day apart (a simulated clock) watch the
    sources decay: a deleted page, a moved one, a "page not found" that answers 200, a
    rewritten article, a retitled one, a host refusing robots and a bad night. Needs no
    network and leaves your routes/ alone. Exit 0 when the story was told; 3 when it could not be.
    """
    console = err_console()
    try:
        run_demo(DemoOptions(reports_dir=reports_dir, serve=serve), console)
    except DemoError as exc:
        console.print(f"curator demo: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(Exit.INCONCLUSIVE)
    sys.exit(Exit.OK)
