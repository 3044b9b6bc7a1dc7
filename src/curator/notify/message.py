"""What a notification says, and whether a run deserves one.

The title and body are Jinja2 templates an operator writes in ``curator.toml``; they are
rendered in Jinja2's ``SandboxedEnvironment`` so a template can read the report but cannot
reach Python internals (attribute access to ``__class__``, ``mro`` and the like raises). The
default body is the digest itself, ``reports/digest.md``'s text, so chat and mail say exactly
what the file says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from curator.report import digest
from curator.report.model import Report
from curator.states import RouteStatus

When = Literal["changes", "always", "never"]

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


class NotifyTemplateError(ValueError):
    """A title or body template that does not compile or cannot be rendered."""


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    news: bool  # the digest reports changes since the previous run


def compile_template(source: str) -> Template:
    """The template, compiled in the sandbox; a syntax error names its line in the template."""
    try:
        return _ENV.from_string(source)
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (template line {line})" if line else ""
        raise NotifyTemplateError(f"{exc}{where}") from exc


def has_news(report: Report, previous: Report | None) -> bool:
    """Whether the digest has something to say: changes since the previous conclusive run.

    An inconclusive run judged nothing, and a first run has nothing to compare with; neither is
    news (``when = "always"`` sends them anyway).
    """
    if report.run.inconclusive or previous is None:
        return False
    return not digest.compare(report, previous).empty


def compose(report: Report, previous: Report | None, title: str, body: str) -> Message:
    """Render ``title`` and ``body`` over the run: ``digest`` (the digest's Markdown),
    ``summary`` (its first sentence), ``report`` (the whole report, redacted), ``counts``
    (routes per status) and ``news``."""
    text = digest.render(report, previous)
    news = has_news(report, previous)
    tally = Counter(route.status for route in report.routes)
    context = {
        "digest": text,
        "summary": _summary(text),
        "report": report,
        "run": report.run,
        "counts": {status.value: tally[status] for status in RouteStatus},
        "news": news,
    }
    try:
        rendered_title = compile_template(title).render(context)
        rendered_body = compile_template(body).render(context)
    except TemplateError as exc:
        raise NotifyTemplateError(str(exc)) from exc
    # A title is one line on every service: the first line of whatever the template made.
    first_line = rendered_title.strip().splitlines()[0] if rendered_title.strip() else "curator"
    return Message(title=first_line[:250], body=rendered_body, news=news)


def _summary(text: str) -> str:
    """The digest's first sentence: the line after its heading."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[0] if lines else "run finished"
