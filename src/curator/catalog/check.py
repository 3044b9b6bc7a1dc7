"""From a parsed route document to a Route, reporting every problem at its line.

The checker walks the raw mapping field by field, so one pass finds all that is wrong with a
file (a validator that stops at the first error makes editors fix files one line per CI run).
It then builds the models from the parts that passed, so a route with one bad source still
gets its four good sources checked tonight.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from curator.catalog.document import InvalidDate
from curator.catalog.model import Route, Source
from curator.catalog.problems import Problem
from curator.catalog.rules import SLUG_HINT, is_slug, normalise_url, url_problem

ROUTE_KEYS = ("title", "reviewed", "summary", "sources", "similar")
REQUIRED_ROUTE_KEYS = ("title", "summary", "sources")
SOURCE_KEYS = ("name", "url", "blurb")
OPTIONAL_SOURCE_KEYS = ("archived",)  # written by `curator fix` for a confirmed dead source
SOURCES_PER_ROUTE = 5
"""The site's rule: every route ranks exactly five sources."""


@dataclass(frozen=True)
class SimilarRef:
    """A ``similar:`` entry and its line, kept for the catalog's cross-route check."""

    slug: str
    line: int


@dataclass(frozen=True)
class CheckedRoute:
    route: Route | None
    problems: tuple[Problem, ...]
    similar: tuple[SimilarRef, ...]


def check_route(document: Any, path: Path, today: date) -> CheckedRoute:
    """Check one parsed route file. ``today`` bounds ``reviewed:`` (passed in, not read)."""
    checker = _Checker(path, today)
    route = checker.route(document)
    return CheckedRoute(route, tuple(checker.problems), tuple(checker.similar_refs))


def line_for_loc(document: Any, loc: Sequence[int | str]) -> int:
    """The 1-based line of the deepest part of ``loc`` (a pydantic error location) that exists.

    A missing key lands on the line where its mapping starts, which is where it should be added.
    """
    node = document
    line = _start_line(node)
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = int(node.lc.key(part)[0]) + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = int(node.lc.item(part)[0]) + 1
            node = node[part]
        else:
            break
    return line


def describe(value: Any) -> str:
    """How a wrong value is named in a message: by what an editor typed, not a Python type."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


class _Checker:
    def __init__(self, path: Path, today: date) -> None:
        self.path = path
        self.today = today
        self.problems: list[Problem] = []
        self.similar_refs: list[SimilarRef] = []

    def report(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def route(self, document: Any) -> Route | None:
        if document is None:
            self.report(1, "file is empty; a route needs title, summary and sources")
            return None
        if not isinstance(document, CommentedMap):
            self.report(
                _start_line(document),
                f"top level must be a mapping of title, summary, sources ..., "
                f"not {describe(document)}",
            )
            return None
        slug = self.path.stem
        if not is_slug(slug):
            self.report(0, f"file name '{self.path.name}' is not a route slug ({SLUG_HINT})")
        self.check_keys(document, ROUTE_KEYS, REQUIRED_ROUTE_KEYS, label="")
        title = self.text(document, "title", "'title'")
        reviewed = self.reviewed(document)
        summary = self.text(document, "summary", "'summary'")
        sources = self.sources(document)
        similar = self.similar(document, slug)
        if not is_slug(slug) or title is None or summary is None or sources is None:
            return None
        try:
            return Route(
                slug=slug,
                path=self.path,
                title=title,
                reviewed=reviewed,
                summary=summary,
                sources=sources,
                similar=similar,
            )
        except ValidationError as exc:
            self.report_validation(document, exc)
            return None

    def report_validation(self, node: Any, exc: ValidationError, prefix: str = "") -> None:
        """Backstop: a model rule the field checks missed still gets a file:line."""
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            self.report(line_for_loc(node, error["loc"]), f"{prefix}'{where}' {error['msg']}")

    def check_keys(
        self, mapping: CommentedMap, allowed: Sequence[str], required: Sequence[str], label: str
    ) -> None:
        for key in mapping:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), allowed, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.report(_key_line(mapping, key), f"{label}unknown key '{key}'{suggestion}")
        for key in required:
            if key not in mapping:
                self.report(_start_line(mapping), f"{label}missing key '{key}'")

    def text(self, mapping: CommentedMap, key: str, label: str) -> str | None:
        if key not in mapping:
            return None
        value = mapping[key]
        # The key's line only for a problem: looked up for every value read, it was a tenth of
        # checking a clean route file.
        if value is None or (isinstance(value, str) and not value.strip()):
            self.report(_key_line(mapping, key), f"{label} must not be empty")
            return None
        if not isinstance(value, str):
            self.report(_key_line(mapping, key), f"{label} must be text, not {describe(value)}")
            return None
        return value.strip()  # str methods return plain str, shedding ruamel types

    def reviewed(self, mapping: CommentedMap) -> date | None:
        value = mapping.get("reviewed")
        if value is None:
            return None
        line = _key_line(mapping, "reviewed")
        if isinstance(value, InvalidDate):
            self.report(line, f"'reviewed' {value} is not a real date")
        elif isinstance(value, datetime) or not isinstance(value, date):
            self.report(line, f"'reviewed' must be a date like 2026-11-01, not {describe(value)}")
        elif value > self.today:
            self.report(line, f"'reviewed' {value} is in the future (today is {self.today})")
        else:
            return date(value.year, value.month, value.day)
        return None

    def sources(self, mapping: CommentedMap) -> list[Source] | None:
        if "sources" not in mapping:
            return None
        items = mapping["sources"]
        line = _key_line(mapping, "sources")
        if not isinstance(items, CommentedSeq):
            self.report(line, f"'sources' must be a list of sources, not {describe(items)}")
            return None
        if len(items) != SOURCES_PER_ROUTE:
            self.report(
                line,
                f"'sources' has {len(items)} {'entry' if len(items) == 1 else 'entries'}; "
                f"a route has exactly five",
            )
        clean: list[Source] = []
        first_rank_of: dict[str, int] = {}
        for index in range(len(items)):
            source = self.source(items, index, first_rank_of)
            if source is not None:
                clean.append(source)
        return clean

    def source(
        self, items: CommentedSeq, index: int, first_rank_of: dict[str, int]
    ) -> Source | None:
        """One source; ``first_rank_of`` (normalised URL -> rank) catches a page cited twice."""
        item = items[index]
        rank = index + 1
        label = f"source #{rank}: "
        if not isinstance(item, CommentedMap):
            self.report(
                int(items.lc.item(index)[0]) + 1,
                f"source #{index + 1} must be a mapping of name, url and blurb, "
                f"not {describe(item)}",
            )
            return None
        self.check_keys(item, SOURCE_KEYS + OPTIONAL_SOURCE_KEYS, SOURCE_KEYS, label=label)
        name = self.text(item, "name", f"{label}'name'")
        url = self.text(item, "url", f"{label}'url'")
        blurb = self.text(item, "blurb", f"{label}'blurb'")
        archived = self.text(item, "archived", f"{label}'archived'")
        unusable = "archived" in item and archived is None  # reported by text()
        if archived is not None and (problem := url_problem(archived)) is not None:
            where = _key_line(item, "archived")
            self.report(where, f"{label}archived URL '{archived}' {problem}")
            unusable = True
        if url is not None:
            problem = url_problem(url)
            if problem is not None:
                self.report(_key_line(item, "url"), f"{label}URL '{url}' {problem}")
                url = None
        if url is not None:
            first = first_rank_of.setdefault(normalise_url(url), rank)
            if first != rank:
                self.report(_key_line(item, "url"), f"{label}URL repeats source #{first} ({url})")
                url = None
        if name is None or url is None or blurb is None or unusable:
            return None
        try:
            line = _key_line(item, "url")
            return Source(name=name, url=url, blurb=blurb, archived=archived, line=line)
        except ValidationError as exc:
            self.report_validation(item, exc, prefix=label)
            return None

    def similar(self, mapping: CommentedMap, own_slug: str) -> list[str]:
        items = mapping.get("similar")
        if items is None:
            return []
        if not isinstance(items, CommentedSeq):
            self.report(
                _key_line(mapping, "similar"),
                f"'similar' must be a list of route slugs, not {describe(items)}",
            )
            return []
        clean: list[str] = []
        first_line_of: dict[str, int] = {}
        for index, value in enumerate(items):
            line = int(items.lc.item(index)[0]) + 1
            if not isinstance(value, str):
                self.report(line, f"similar: expected a route slug, not {describe(value)}")
            elif not is_slug(value):
                self.report(line, f"similar: '{value}' is not a route slug ({SLUG_HINT})")
            elif value == own_slug:
                self.report(line, f"similar: '{value}' is this route itself")
            elif value in first_line_of:
                self.report(
                    line,
                    f"similar: '{value}' is listed twice (first at line {first_line_of[value]})",
                )
            else:
                slug = str.__str__(value)
                first_line_of[slug] = line
                clean.append(slug)
                self.similar_refs.append(SimilarRef(slug, line))
        return clean


def _key_line(mapping: CommentedMap, key: Any) -> int:
    return int(mapping.lc.key(key)[0]) + 1


def _start_line(node: Any) -> int:
    lc = getattr(node, "lc", None)
    line = getattr(lc, "line", None)
    return 1 if line is None else int(line) + 1
