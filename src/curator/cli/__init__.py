"""``curator`` on the command line: argument parsing only; the work happens in the core.

One module per command; adding a command means adding a module and one line in ``COMMANDS``.
A command's module is imported only when that command runs (or ``--help`` lists it): the
scheduler, the gate and the demo pull in APScheduler, git plumbing and a TLS web server, and a
large ``curator run`` waits for its imports before it reads the first route file.
"""

from __future__ import annotations

import errno
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


# Failures of the machine, not of curator: reported in a sentence. Anything else is a bug and
# keeps its traceback.
_ENVIRONMENT_ERRORS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}
)


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

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; the environment failing under it ends in a message, not a traceback:
        an unreachable store server exits 3 (inconclusive), a store that cannot be used or a
        full disk exits 2, naming the file or URL. Files are replaced atomically, so what a
        failed write leaves is the previous version."""
        from curator.exitcodes import Exit
        from curator.store.interface import StoreError, StoreUnavailableError

        try:
            return super().invoke(ctx)
        except StoreUnavailableError as exc:
            click.echo(f"curator: {exc}", err=True)
            ctx.exit(Exit.INCONCLUSIVE)
        except StoreError as exc:
            click.echo(f"curator: {exc}", err=True)
            ctx.exit(Exit.BAD_INPUT)
        except OSError as exc:
            if exc.errno not in _ENVIRONMENT_ERRORS:
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"curator: {where}{exc.strerror or exc}", err=True)
            ctx.exit(Exit.BAD_INPUT)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curator")
def main() -> None:
    """Keep a curated site's sources alive and its summaries true.

    Usage errors exit 2, like bad input (click's own convention agrees with DESIGN.md).
    """
