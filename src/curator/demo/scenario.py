"""The decay story the demo tells: the web an editor approved, and three nightly runs later.

An editor approves the four sample routes while every source is fine. Then, over three runs a
day apart, the web decays the ways DESIGN.md lists: a page is deleted, one moves, one turns into
a "page not found" that still answers 200, one is rewritten into another article, one is
retitled, one host starts refusing robots, and two hosts have a bad night. The runs are spread
over the confirmation window, so the report can show the difference between a death that is
confirmed and a failure curator is only watching.

This module is data plus the function that turns it into what the demo web answers at each
moment (a ``Snapshot``); it knows nothing about fetching or reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from curator.demo.pages import PageBook, render
from curator.demo.site import Response, Snapshot

APPROVED_HOURS_AGO = 74.0
RUN_HOURS_AGO = (50.0, 25.0, 0.0)  # the three checks, a day apart, over the 48 h window


@dataclass(frozen=True)
class Pristine:
    """The page as the editor approved it."""


@dataclass(frozen=True)
class Status:
    """A bare error page with this status."""

    code: int


@dataclass(frozen=True)
class MovedTo:
    """A permanent redirect to ``path`` on the same site, where the page now lives."""

    path: str


@dataclass(frozen=True)
class SoftNotFound:
    """The site answers 200 with a "page not found" page, here and at every unknown path."""


@dataclass(frozen=True)
class Retitled:
    """The same article under a new title."""

    title: str


@dataclass(frozen=True)
class Rewritten:
    """Another article at the same address, updated after the editor's review."""

    page: str


Answer = Pristine | Status | MovedTo | SoftNotFound | Retitled | Rewritten


@dataclass(frozen=True)
class Decay:
    """What happens to one source's page in each of the three runs."""

    page: str  # the page id in pages.yaml
    story: str  # what happened, in an editor's words
    runs: tuple[Answer, Answer, Answer]


DECAYS = (
    Decay(
        "spine-health-leg-pain",
        "the page was deleted: 404 in all three runs",
        (Status(404), Status(404), Status(404)),
    ),
    Decay(
        "webmd-low-back-pain",
        "the article moved to a new address: 301",
        (MovedTo("/back-pain/low-back-pain-overview"),) * 3,
    ),
    Decay(
        "aans-low-back-pain",
        "same article, new title",
        (Retitled("Lumbar spine surgery: weighing benefits and risks"),) * 3,
    ),
    Decay(
        "mayo-back-pain",
        'answers 200 "Page not found" since the second run',
        (Pristine(), SoftNotFound(), SoftNotFound()),
    ),
    Decay(
        "medlineplus-back-pain",
        "the host refuses automated checks: 403",
        (Status(403), Status(403), Status(403)),
    ),
    Decay(
        "cdc-copd",
        "the address now carries a different article, updated after the review",
        (Rewritten("cdc-lung-health-hub"),) * 3,
    ),
    Decay(
        "nhs-arthritis",
        "a bad night: 503 in the last run only",
        (Pristine(), Pristine(), Status(503)),
    ),
    Decay(
        "medlineplus-arthritis",
        "500 in the first two runs, fine again in the last",
        (Status(500), Status(500), Pristine()),
    ),
)

_STATUS_TEXT = {
    403: ("Access denied", "Automated requests are not allowed from your address."),
    404: ("Not Found", "The requested URL was not found on this server."),
    500: ("Internal Server Error", "The server encountered an unexpected condition."),
    503: ("Service Unavailable", "The service is temporarily unavailable. Try again later."),
}

Address = Callable[[str, str], str]  # (host, path) -> the page's demo URL


def snapshot(book: PageBook, run: int | None, address: Address, approved: date) -> Snapshot:
    """The demo web at approval (``run`` None) or in run 0, 1 or 2 of the story."""
    answers: dict[tuple[str, str], Response] = {}
    missing = {host: _not_found(book, host, 404) for host in book.sites}
    for page_id, page in book.pages.items():
        if page.url:
            host, path = _split(page.url)
            answers[(host, path)] = _page(book, page_id, host)
    if run is None:
        return Snapshot(answers, missing)
    for decay in DECAYS:
        host, path = _split(book.pages[decay.page].url or "")
        answer = decay.runs[run]
        if isinstance(answer, Status):
            answers[(host, path)] = _status(answer.code)
        elif isinstance(answer, MovedTo):
            answers[(host, path)] = Response(301, b"", (("Location", address(host, answer.path)),))
            answers[(host, answer.path)] = _page(book, decay.page, host)
        elif isinstance(answer, SoftNotFound):
            answers[(host, path)] = missing[host] = _not_found(book, host, 200)
        elif isinstance(answer, Retitled):
            answers[(host, path)] = _page(book, decay.page, host, title=answer.title)
        elif isinstance(answer, Rewritten):
            # Rewritten the day after the editor approved the route.
            updated = date.fromordinal(approved.toordinal() + 1)
            answers[(host, path)] = _page(book, answer.page, host, modified=updated)
    return Snapshot(answers, missing)


def demo_url(url: str, address: Address) -> str:
    """Where a sample route's source lives on the demo web."""
    host, path = _split(url)
    return address(host, path)


def hosts(book: PageBook) -> list[str]:
    return sorted(book.sites)


def _split(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return (parts.hostname or ""), parts.path or "/"


def _page(
    book: PageBook,
    page_id: str,
    host: str,
    *,
    title: str | None = None,
    modified: date | None = None,
) -> Response:
    body = render(book.pages[page_id], book.sites[host], title=title, modified=modified)
    return Response(200, body)


def _not_found(book: PageBook, host: str, status: int) -> Response:
    return Response(status, render(book.pages["not-found"], book.sites[host]))


def _status(code: int) -> Response:
    title, text = _STATUS_TEXT[code]
    body = f"<!doctype html><html><head><title>{code} {title}</title></head><body>"
    body += f"<h1>{title}</h1><p>{text}</p></body></html>"
    return Response(code, body.encode("utf-8"))
