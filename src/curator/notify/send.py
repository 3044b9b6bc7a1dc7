"""Handing a message to apprise, one target at a time, with the targets' secrets kept out of logs.

A notification URL is a credential (``mailtos://user:password@...``, ``slack://TokenA/TokenB``,
a webhook whose path is its secret), so no line curator writes shows one as configured: a
target is named by apprise's own privacy rendering of it (``url(privacy=True)``, which masks
what each service calls secret), cut to service and host, with ``curator.redact`` masking the
user. Apprise's own log records are filtered while it sends, replacing every secret-looking
part of the URL it was given.

``${NAME}`` in a URL is read from the environment when it is sent, so the secret itself can
live in the scheduler's environment or CI's secret store instead of ``curator.toml``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from curator.notify.message import Message
from curator.redact import MASK, redact_text, redact_url
from curator.settings import DEFAULT_CONTACT

if TYPE_CHECKING:
    import apprise

_VARIABLE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PARTS = re.compile(r"[^/:@?&=#,;]+")  # the pieces of a URL between its punctuation
_LOGGERS = ("apprise", "urllib3.connectionpool")


@dataclass(frozen=True)
class Delivery:
    """How a notification went: how many targets took it, and what went wrong with the others
    (each line names the target in its redacted form)."""

    sent: int = 0
    failures: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.failures


def send(urls: Sequence[str], message: Message) -> Delivery:
    """Send ``message`` to every target; never raises for a target's sake."""
    import apprise  # here, not at the top: a run without targets never pays for its import

    asset = apprise.AppriseAsset(
        app_id="curator", app_desc="curator link checker", app_url=DEFAULT_CONTACT
    )
    sent = 0
    failures: list[str] = []
    for configured in urls:
        shown = short_name(configured)
        try:
            url = _expand(configured)
        except KeyError as exc:
            failures.append(f"{shown}: environment variable {exc.args[0]} is not set")
            continue
        notifier = apprise.Apprise(asset=asset)
        with _masked(url):
            if not notifier.add(url):
                failures.append(f"{shown}: not a notification URL apprise knows")
                continue
            shown = target_name(notifier, url)
            try:
                ok = bool(
                    notifier.notify(
                        body=message.body,
                        title=message.title,
                        body_format=apprise.NotifyFormat.MARKDOWN,
                    )
                )
            except Exception as exc:  # a plugin bug must cost one target, never the run
                failures.append(f"{shown}: {redact_text(_mask(str(exc), url))}")
                continue
        if ok:
            sent += 1
        else:
            failures.append(f"{shown}: the service did not accept the message")
    return Delivery(sent=sent, failures=tuple(failures))


def target_name(notifier: apprise.Apprise, url: str) -> str:
    """The target as a log line may show it: apprise's privacy form, cut to its service and
    host (a path is where many services keep their token), with anything secret-looking that
    is left masked."""
    names = notifier.urls(privacy=True)
    return _mask(short_name(names[0]), url) if names else "(no target)"


def short_name(url: str) -> str:
    """``scheme://host`` of a notification URL, ``***@`` for its user, ``/…`` for its path."""
    scheme, _, rest = url.partition("://")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    tail = rest[len(authority) :]
    shown = redact_url(f"{scheme}://{authority}")
    return shown + ("/…" if tail.strip("/?#") else "")


def _expand(url: str) -> str:
    return _VARIABLE.sub(lambda match: os.environ[match.group(1)], url)


def _secrets(url: str) -> list[str]:
    """Every piece of ``url`` past its scheme and host that could be a secret, longest first.

    Deliberately broad (path segments, user names, parameter values): a log line that reads
    ``***`` where a harmless path was is a small price for never printing a token.
    """
    _, _, rest = url.partition("://")
    authority, _, tail = rest.partition("/")
    userinfo, _, _ = authority.rpartition("@")
    pieces = _PARTS.findall(userinfo) + _PARTS.findall(tail)
    return sorted({p for p in pieces if len(p) >= 4}, key=len, reverse=True)


def _mask(text: str, url: str) -> str:
    for secret in _secrets(url):
        text = text.replace(secret, MASK)
    return text


class _MaskFilter(logging.Filter):
    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _mask(record.getMessage(), self.url)
        record.args = ()
        return True


@contextmanager
def _masked(url: str) -> Iterator[None]:
    """While apprise sends to ``url``, its log records (and those of urllib3, which logs the
    request path at debug level) have the URL's secrets masked."""
    logs = [logging.getLogger(name) for name in _LOGGERS]
    masking = _MaskFilter(url)
    for log in logs:
        log.addFilter(masking)
    try:
        yield
    finally:
        for log in logs:
            log.removeFilter(masking)
