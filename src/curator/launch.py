"""The ``curator`` command's entry point, importing nothing until it runs.

Under ``spawn`` every worker process imports the parent's main script again (as
``__mp_main__``, guarded code skipped). For the installed ``curator`` command that script is the
one pip writes, whose only import is this module: pointing it at ``curator.cli`` would load the
CLI and click into every worker for nothing.

The command ends without tearing its heap down (``curator.exiting``): the quick end is armed
before the CLI is imported, so every handler the CLI's libraries register still runs.
"""

from __future__ import annotations


def main() -> None:
    from curator.exiting import end_after_handlers

    ending = end_after_handlers()
    from curator.cli import main as cli  # here, not at the top: see the module's docstring

    try:
        cli()
    except SystemExit as exc:
        ending.exits(exc)
        raise
