"""``curator report``: re-render every report from the state store, fetching nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from curator.cli.options import config_option, load_command_settings, reports_option, store_option
from curator.exitcodes import Exit
from curator.redact import redact_url
from curator.report.context import ReportContextError
from curator.report.outputs import FILES, UnsafeReportPath
from curator.report.rerender import NothingToRender, rerender
from curator.session.core import store_url
from curator.store.interface import StoreError, StoreUnavailableError
from curator.store.open import open_store


@click.command()
@reports_option
@store_option
@config_option
def report(reports_dir: Path, store: str | None, config: Path | None) -> None:
    """Write the reports again from the latest finished run in the state store.

    Nothing is fetched and no route file is read. Exit codes: 0 written; 2 no store, no
    finished run in it, or a stored report that cannot be read; 3 the store's server could
    not be reached.
    """
    settings = load_command_settings(config)
    location = store_url(settings, store)
    if not location:
        _fail("no state store given: pass --store PATH")
    if "://" not in location and not Path(location).expanduser().exists():
        _fail(f"{location}: no state store there; run `curator run` first")
    try:
        opened = open_store(location)
        try:
            written = rerender(opened, reports_dir)
        finally:
            opened.close()
    except StoreUnavailableError as exc:
        _fail(str(exc), Exit.INCONCLUSIVE)
    except (StoreError, NothingToRender, ReportContextError) as exc:
        _fail(f"{redact_url(location)}: {exc}")
    except UnsafeReportPath as exc:
        _fail(str(exc))
    click.echo(
        f"reports for run {written.run.id} written to {reports_dir}/ ({', '.join(FILES)})",
        err=True,
    )


def _fail(message: str, code: Exit = Exit.BAD_INPUT) -> NoReturn:
    click.echo(f"curator report: {message}", err=True)
    sys.exit(code)
