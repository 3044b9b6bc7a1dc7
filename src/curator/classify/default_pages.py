"""Hosting software's default pages: the page a server shows before any site is put on it.

A cited link whose domain now answers "Welcome to nginx!" or the Apache2 Ubuntu Default Page no
longer serves its source, like a parked domain: the domain was moved, lapsed and re-hosted, or
wiped. The software ships fixed wording, so the page is recognised by that wording as the whole
of its title (or, on a short untitled page, of its main heading), in any language the site was
written in. Quoting the wording (a tutorial about configuring nginx) does not count: such a page
has a title of its own. The wordings live in ``default_pages.json`` beside this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

PAGES_FILE = "default_pages.json"
# A page whose heading alone names the software must be this short: the default pages are a
# few lines, a page saying more is the site's own.
SHORT_WORDS = 150
_TRAILING = re.compile(r"[\s.!:;,…-]+$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class DefaultPages:
    titles: dict[str, str]  # normalised title -> software
    headings: dict[str, str]  # normalised heading -> software
    patterns: tuple[tuple[re.Pattern[str], str], ...]  # title patterns with their software


def normalise(text: str) -> str:
    """Case folded, spaces collapsed, trailing punctuation dropped: how wording is compared."""
    return _TRAILING.sub("", _SPACES.sub(" ", text).strip()).casefold()


@cache
def default_pages() -> DefaultPages:
    data = json.loads(resources.files("curator.classify").joinpath(PAGES_FILE).read_text("utf-8"))
    return parse(data)


def parse(data: dict[str, object]) -> DefaultPages:
    software = data["software"]
    assert isinstance(software, dict)
    titles: dict[str, str] = {}
    headings: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for name, entry in software.items():
        titles.update((normalise(title), name) for title in entry.get("titles", ()))
        headings.update((normalise(heading), name) for heading in entry.get("headings", ()))
        patterns += [(re.compile(p, re.IGNORECASE), name) for p in entry.get("title_patterns", ())]
    return DefaultPages(titles, headings, tuple(patterns))


# How a default page's marker starts: it travels in the same slot as a parking phrase (both say
# the domain shows a lander, not the source), and the reason tells them apart by it.
MARKER_PREFIX = "default page of "


def default_page(title: str | None, heading: str | None, text: str) -> str | None:
    """``default page of <software>: “<wording>”`` when this is one, else None. ``text`` is the
    page's visible text: only its length is read, and only when the heading decides."""
    pages = default_pages()
    if title and title.strip():
        key = normalise(title)
        name = pages.titles.get(key) or next(
            (name for pattern, name in pages.patterns if pattern.fullmatch(key)), None
        )
        if name is None and heading and normalise(heading) == key and _short(text):
            name = pages.headings.get(key)  # an untitled page whose heading stood in as title
        return f"{MARKER_PREFIX}{name}: “{title.strip()}”" if name else None
    if heading and _short(text):
        name = pages.headings.get(normalise(heading))
        return f"{MARKER_PREFIX}{name}: “{heading.strip()}”" if name else None
    return None


def _short(text: str) -> bool:
    return text.count(" ") < SHORT_WORDS
