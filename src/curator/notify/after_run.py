"""After a run: send the digest where the team reads it, if the settings say this run deserves it.

Called by ``app.run`` once the reports are written. Its lines go to the run's console with a
``notify:`` prefix (the scheduler keeps those lines for its log); none of them shows a target's
secrets (see ``send``). Whatever happens here, the run's
exit code is the one its verdicts gave.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console

from curator.notify.message import NotifyTemplateError, compose, has_news
from curator.notify.send import Delivery, send
from curator.report.model import Report
from curator.settings import NotifySettings


def notify_after_run(
    report: Report,
    previous: Report | None,
    settings: NotifySettings,
    console: Console,
    targets: Sequence[str] | None = None,
) -> Delivery | None:
    """Send the run's message to ``targets`` (default: the settings' URLs) when ``when`` says so;
    None when nothing was due to be sent. Never raises: a bug here costs the message, not the
    run's exit code."""
    try:
        return _notify(report, previous, settings, console, targets)
    except Exception as exc:
        _say(console, f"notify: not sent: internal error: {type(exc).__name__}")
        return Delivery(failures=(f"internal error: {type(exc).__name__}",))


def _notify(
    report: Report,
    previous: Report | None,
    settings: NotifySettings,
    console: Console,
    targets: Sequence[str] | None,
) -> Delivery | None:
    urls = [u.get_secret_value() for u in settings.urls] if targets is None else list(targets)
    if not urls or settings.when == "never":
        return None
    if settings.when == "changes" and not has_news(report, previous):
        return None
    try:
        message = compose(report, previous, settings.title, settings.body)
    except NotifyTemplateError as exc:
        _say(console, f"notify: not sent: the [notify] template failed: {exc}")
        return Delivery(failures=(f"template: {exc}",))
    delivery = send(urls, message)
    for failure in delivery.failures:
        _say(console, f"notify: failed: {failure}")
    if delivery.sent:
        console.print(
            f"notify: sent to {delivery.sent} of {len(urls)} target(s)",
            markup=False,
            highlight=False,
        )
    return delivery


def _say(console: Console, line: str) -> None:
    console.print(line, markup=False, highlight=False, soft_wrap=True)
