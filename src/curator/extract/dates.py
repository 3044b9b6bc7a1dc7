"""Publication and modification dates a page declares about itself.

Only declared dates count (meta tags, JSON-LD, ``<time>`` markup): guessing from URLs or body text
would make ``updated-after-review`` fire on pages that merely mention a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from curator.extract import jsonld
from curator.extract.document import Document
from curator.extract.text import all_text

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "itemprop:datepublished",
    "datepublished",
    "dc:date:issued",
    "dcterms:issued",
    "dcterms:created",
    "dc:date",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "sailthru:date",
    "parsely-pub-date",
    "citation_publication_date",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "itemprop:datemodified",
    "datemodified",
    "dcterms:modified",
    "dc:date:modified",
    "last-modified",
    "lastmod",
    "http-equiv:last-modified",
)
_EARLIEST_YEAR = 1990
_OFFSET_WITHOUT_COLON = re.compile(r"([+-]\d\d)(\d\d)$")
_FORMATS = ("%Y/%m/%d", "%Y%m%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def published(document: Document) -> datetime | date | None:
    """The publication date the page declares, most specific markup first."""
    return _declared(document, PUBLISHED_META, "datePublished", "datepublished")


def modified(document: Document) -> datetime | date | None:
    """The last-modified date the page declares."""
    return _declared(document, MODIFIED_META, "dateModified", "datemodified")


def parse_date(raw: str) -> datetime | date | None:
    """ISO 8601 (as sites write it), RFC 2822, or a few common spelled-out forms; else None.

    A date-only value stays a ``date`` so callers do not mistake midnight for a time.
    """
    value = raw.strip()
    if not value:
        return None
    parsed = _iso(value) or _rfc2822(value) or _spelled(value)
    if parsed is None or not _EARLIEST_YEAR <= parsed.year <= 2100:
        return None
    return parsed


def _declared(
    document: Document, meta_keys: tuple[str, ...], jsonld_key: str, itemprop: str
) -> datetime | date | None:
    """JSON-LD first (it describes the article itself), then meta tags, then ``<time>``."""
    candidates: list[str] = []
    found = jsonld.first_text(jsonld.articles(document.jsonld), jsonld_key)
    if found:
        candidates.append(found)
    candidates.extend(document.meta[k] for k in meta_keys if k in document.meta)
    for element in document.elements("time"):
        if element.get("itemprop", "").lower() == itemprop or (
            itemprop == "datepublished" and "pubdate" in element.attrib
        ):
            candidates.append(element.get("datetime") or all_text(element))
    for candidate in candidates:
        parsed = parse_date(candidate)
        if parsed is not None:
            return parsed
    return None


def _iso(value: str) -> datetime | date | None:
    text = value.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value) else value
    text = _OFFSET_WITHOUT_COLON.sub(r"\1:\2", text) if "T" in text else text
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _rfc2822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _spelled(value: str) -> date | None:
    for pattern in _FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None
