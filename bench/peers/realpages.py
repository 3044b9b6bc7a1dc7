"""The real-page workload's pages and URL shapes: what a citation list of news and blog articles
looks like, rather than thousands of 1 kB pages in one directory.

Bodies are the captured pages of ``../shared/corpus`` (read in place when the bench starts, never
copied into the project), those of 20-200 kB, so every page carries a real site's chrome, scripts
and markup. Article n of a host gets one of them (chosen from the host and n, so the same on
every run and for every tool) with its number written into the title and the first line of the
body, so no two links on a host serve the same bytes.

URLs put each article in a directory of its own, in the two shapes the real web uses most:

- ``dated``: ``/2019/03/14/<slug>``, a blog or newspaper archive. The slug is part of the
  address: a wrong slug is a 404, as on WordPress.
- ``news``: ``/news/<id>/<slug>``, an ID followed by a slug. The site finds the article by its
  ID and ignores the slug (the page names its real address in a canonical link); an unknown ID
  is a 404.

Hosts alternate between the two shapes by rank. Pages answer conditional requests as real
servers do: each has a strong ETag and a Last-Modified date, and ``If-None-Match`` or
``If-Modified-Since`` that matches gets a 304 with no body.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "pages"
SMALLEST, LARGEST = 20_000, 200_000  # bytes: the sizes of real article pages
SHAPES = ("dated", "news")
_FIRST_DAY = date(2015, 1, 1)
_FIRST_ID, _ID_STEP = 104_729, 7  # IDs that do not look like article numbers
LAST_MODIFIED = "Tue, 14 May 2024 09:30:00 GMT"
_WORDS = ("back", "pain", "relief", "spine", "posture", "exercise", "doctors", "study", "sleep")


@functools.cache
def corpus_pages() -> tuple[bytes, ...]:
    """The corpus pages between 20 and 200 kB, in a stable order."""
    if not CORPUS.is_dir():
        raise FileNotFoundError(f"{CORPUS}: the real-page workload reads the page corpus here")
    pages = []
    for path in sorted(CORPUS.glob("*/page.html")):
        body = path.read_bytes()
        if SMALLEST <= len(body) <= LARGEST:
            pages.append(body)
    if not pages:
        raise FileNotFoundError(f"{CORPUS}: no page between {SMALLEST} and {LARGEST} bytes")
    return tuple(pages)


def slug(number: int) -> str:
    """A readable slug that only article ``number`` has."""
    a, b, c = (_WORDS[(number // 9**i) % len(_WORDS)] for i in range(3))
    return f"{a}-{b}-{c}-{number}"


def path(shape: str, number: int) -> str:
    if shape == "dated":
        day = _FIRST_DAY + timedelta(days=number)
        return f"/{day:%Y/%m/%d}/{slug(number)}"
    if shape == "news":
        return f"/news/{_FIRST_ID + _ID_STEP * number}/{slug(number)}"
    raise ValueError(f"unknown URL shape {shape!r}")


def number(shape: str, asked: str) -> int | None:
    """The article a path asks for, or None (a 404)."""
    parts = asked.split("/")
    if shape == "dated":
        if len(parts) != 5 or not all(p.isdigit() for p in parts[1:4]):
            return None
        try:
            day = date(int(parts[1]), int(parts[2]), int(parts[3]))
        except ValueError:
            return None
        n = (day - _FIRST_DAY).days
        return n if n >= 0 and parts[4] == slug(n) else None
    if len(parts) != 4 or parts[1] != "news" or not parts[2].isdigit():
        return None
    offset = int(parts[2]) - _FIRST_ID
    return offset // _ID_STEP if offset >= 0 and offset % _ID_STEP == 0 else None


@dataclass(frozen=True)
class Article:
    body: bytes
    etag: str


def _pick(host: str, n: int) -> tuple[int, str]:
    """Which corpus page article ``n`` of ``host`` is built from, and its ETag."""
    key = hashlib.blake2b(f"{host}/{n}".encode(), digest_size=8).digest()
    index = int.from_bytes(key, "big") % len(corpus_pages())
    return index, f'"{key.hex()}-{index}"'


def etag(host: str, n: int) -> str:
    """The validator of article ``n``, without building its body (for a 304)."""
    return _pick(host, n)[1]


def article(host: str, shape: str, n: int) -> Article:
    """Article ``n`` of ``host``: a corpus page made its own, and its validator."""
    index, tag = _pick(host, n)
    page = corpus_pages()[index]
    mark = f" - article {n} of {host}".encode()
    body = page.replace(b"</title>", mark + b"</title>", 1)
    head_end = body.find(b"<body")
    if head_end != -1:
        close = body.find(b">", head_end)
        if close != -1:
            line = f"\n<p>Article {n} of {host}.</p>\n".encode()
            body = body[: close + 1] + line + body[close + 1 :]
    if shape == "news":  # the page names its real address, whatever slug was asked for
        canonical = f'<link rel="canonical" href="http://{host}{path(shape, n)}">\n'
        body = body.replace(b"</head>", canonical.encode() + b"</head>", 1)
    return Article(body, tag)
