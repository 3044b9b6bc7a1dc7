"""The value the extraction stage hands to the stages after it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PageMeta:
    """What a fetched page says about itself, cleaned for comparison and for editors.

    Every text field is already entity-decoded, whitespace-collapsed and length-capped, so the
    assess stage can compare old and new values directly and reports can show them as they are.
    ``None`` means the page does not declare the value (or declares only garbage).
    """

    title: str | None
    description: str | None
    canonical: str | None
    """Absolute http(s) URL the page names as its own address."""
    lang: str | None
    published: datetime | date | None
    """The page's own publication date, if it declares one."""
    modified: datetime | date | None
    """The page's own last-modified date; ``updated-after-review`` compares it with ``reviewed``."""
    h1: str | None
    """First main heading; soft-404 detection reads it ("Page not found")."""
    text: str
    """Visible text, whitespace-collapsed and capped; soft-404 and drift similarity read it."""
    description_source: str | None
    """Where the description came from: og, twitter, meta, json-ld or paragraph."""
    declared: tuple[str, ...] = ()
    """What the page's structured data says it is, anywhere in the document: its ``og:type``
    as ``og:<value>``, then each JSON-LD object's first ``@type`` in document order, marked
    ``+dated`` when the object names its publication date and author. ``classify.declared``
    reads a work's name off it."""


EMPTY_PAGE = PageMeta(
    title=None,
    description=None,
    canonical=None,
    lang=None,
    published=None,
    modified=None,
    h1=None,
    text="",
    description_source=None,
)
