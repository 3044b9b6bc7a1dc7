"""The route file as typed values: what every later stage reads instead of raw YAML."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator
from pydantic_core import PydanticCustomError

from curator.catalog.rules import SLUG_HINT, is_slug, url_problem
from curator.frozen import FrozenModel


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return value.strip()


def _slug_shape(value: str) -> str:
    if not is_slug(value):
        raise PydanticCustomError(
            "slug", "'{slug}' is not a route slug ({hint})", {"slug": value, "hint": SLUG_HINT}
        )
    return value


Slug = Annotated[str, AfterValidator(_slug_shape)]
"""A route's name: its file name without extension, safe in URLs and paths."""


class Source(FrozenModel):
    """One ranked external source of a route.

    ``url`` stays the exact string the editor wrote (a parsed URL type would quietly add a
    trailing slash or re-encode it, and reports must show what the file says). ``line`` is where
    the ``url:`` key sits in the route file, so findings about this source can point there; it is
    bookkeeping, not content, and is left out of dumps.
    """

    name: str
    url: str
    blurb: str
    archived: str | None = None  # an archived copy the site links while the source is dead
    line: int = Field(default=0, ge=0, exclude=True)

    _text_not_blank = field_validator("name", "blurb")(_not_blank)

    @field_validator("url", "archived")
    @classmethod
    def _usable_url(cls, value: str | None) -> str | None:
        if value is None:
            return value
        problem = url_problem(value)
        if problem is not None:
            raise PydanticCustomError("bad_url", "URL {reason}", {"reason": problem})
        return value


class Route(FrozenModel):
    """One curated subject: the editor's summary, five ranked sources, and its neighbours.

    ``reviewed`` is None for a route no editor has signed off yet; later stages treat that
    as overdue rather than guessing a date.
    """

    slug: Slug
    path: Path
    title: str
    reviewed: date | None = None
    summary: str
    sources: list[Source]
    similar: list[Slug] = Field(default_factory=list)

    _text_not_blank = field_validator("title", "summary")(_not_blank)
