"""``curator`` on the command line: argument parsing only; the work happens in the core.

One module per command; adding a command means adding a module and one line in ``COMMANDS``.
A command's module is imported only when that command runs (or ``--help`` lists it): the
scheduler, the gate and the demo pull in APScheduler, git plumbing and a TLS web server, and a
large ``curator run`` waits for its imports before it reads the first route file.
"""

from __future__ import annotations

import importlib

import click

from curator import __version__

# Command name -> "module:attribute" of its click command.
COMMANDS = {
    "run": "curator.cli.run:run",
    "approve": "curator.cli.approve:approve",
    "validate": "curator.cli.validate:validate",
    "gate": "curator.cli.gate:gate",
    "report": "curator.cli.report:report",
    "fix": "curator.cli.fix:fix",
    "schedule": "curator.cli.schedule:schedule",
    "demo": "curator.cli.demo:demo",
    "notify": "curator.cli.notify:notify",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported on first use (click's documented lazy pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def main() -> None:
    """Keep a curated site's sources alive and its summaries true.

    Usage errors exit 2, like bad input (click's own convention agrees with DESIGN.md).
    """
