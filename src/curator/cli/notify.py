"""``curator notify --test``: send one test message to the configured notification targets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from curator.cli.options import config_option, load_command_settings
from curator.exitcodes import Exit
from curator.notify import Message, send

TEST_TITLE = "curator: test notification"
TEST_BODY = (
    "This is a test message from curator.\n\n"
    "If you can read it, the digest of each run with news will reach you here."
)


@click.command()
@click.option("--test", "test", is_flag=True, help="Send one test message (required).")
@click.option(
    "--url",
    "urls",
    multiple=True,
    metavar="APPRISE_URL",
    help="Send to this target instead of [notify] urls (repeatable).",
)
@config_option
def notify(test: bool, urls: tuple[str, ...], config: Path | None) -> None:
    """Check that notifications arrive: send one test message to every target.

    Targets are [notify] urls in curator.toml, or --url. Target names are shown with their
    secrets masked.

    Exit codes: 0 every target took the message; 1 a target failed; 2 no targets, bad
    settings or usage.
    """
    if not test:
        click.echo("curator notify: nothing to do: pass --test to send a test message", err=True)
        sys.exit(Exit.BAD_INPUT)
    settings = load_command_settings(config)
    targets = list(urls) or [url.get_secret_value() for url in settings.notify.urls]
    if not targets:
        click.echo(
            "curator notify: no targets: set [notify] urls in curator.toml or pass --url", err=True
        )
        sys.exit(Exit.BAD_INPUT)
    delivery = send(targets, Message(title=TEST_TITLE, body=TEST_BODY, news=True))
    for failure in delivery.failures:
        click.echo(f"curator notify: failed: {failure}", err=True)
    click.echo(f"curator notify: sent to {delivery.sent} of {len(targets)} target(s)", err=True)
    sys.exit(Exit.OK if delivery.ok else Exit.FAILED)
