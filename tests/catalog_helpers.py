"""Writing route files for catalog tests and reading problems back as the user sees them."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from curator.catalog import Problem

TODAY = date(2026, 11, 23)

SOURCES = """\
sources:
  - name: One
    url: https://one.example.org/page
    blurb: First source.
  - name: Two
    url: https://two.example.org/page
    blurb: Second source.
  - name: Three
    url: https://three.example.org/page
    blurb: Third source.
  - name: Four
    url: https://four.example.org/page
    blurb: Fourth source.
  - name: Five
    url: https://five.example.org/page
    blurb: Fifth source.
"""


def valid_route(title: str = "A Route", similar: str = "[]") -> str:
    """A route file that passes every check; tests break one line of it at a time."""
    return f"title: {title}\nreviewed: 2026-11-01\nsummary: Some summary.\n{SOURCES}" + (
        f"similar: {similar}\n"
    )


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def shown(problems: Iterable[Problem], root: Path) -> list[str]:
    """Problems exactly as ``curator validate`` prints them, with the tmp directory cut off."""
    return [str(problem).removeprefix(f"{root}/") for problem in problems]
