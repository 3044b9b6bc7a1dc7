"""extract(): everything the later stages want to know about a fetched page.

Each value has its own rules module (titles, descriptions, dates, text); this module only decodes,
parses and assembles, plus the two short rules (canonical URL, language) that need the page URL or
the HTTP headers.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

from curator.extract import dates, jsonld
from curator.extract.clean import cap, collapse
from curator.extract.decode import detect_encoding, header
from curator.extract.descriptions import description
from curator.extract.document import Document, parse, parse_utf8
from curator.extract.model import EMPTY_PAGE, PageMeta
from curator.extract.plain_text import as_html, looks_like_markup
from curator.extract.text import visible_text
from curator.extract.titles import TITLE_CAP, first_h1, title
from curator.fetch.result import media_type

_NOT_HTML = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip",
             "application/octet-stream")  # fmt: skip


def extract(body: bytes, url: str, headers: Mapping[str, str]) -> PageMeta:
    """Read a page's metadata and visible text; never raises on bad input.

    A body that is empty, binary or not parseable yields a PageMeta with every field None (and
    empty text), so later stages treat it as "the page says nothing" rather than crashing.
    """
    return read_page(body, url, headers)[0]


def read_page(
    body: bytes, url: str, headers: Mapping[str, str]
) -> tuple[PageMeta, Document | None]:
    """``extract``, with the parsed page as well (None when there is none): a later reading of
    a few pages (where a thin page's links lead) then costs no second parse."""
    content_type = header(headers, "content-type") or ""
    if not body or content_type.lower().startswith(_NOT_HTML):
        return EMPTY_PAGE, None
    encoding = detect_encoding(body, headers)
    if b"\x00" in body[:1024] and not encoding.startswith("utf-16"):
        return EMPTY_PAGE, None  # binary (an image or archive served as text/html): nothing
    plain = media_type(content_type) == "text/plain"
    if plain and not looks_like_markup(text := body.decode(encoding, errors="replace")):
        # what a browser shows of a plain-text answer: its lines (``extract.plain_text``)
        document = parse(as_html(text))
    elif codecs.lookup(encoding).name == "utf-8":
        document = parse_utf8(body)
    else:
        document = parse(body.decode(encoding, errors="replace"))
    if document is None:
        return EMPTY_PAGE, None
    summary, source = description(document)
    h1 = first_h1(document)
    page = PageMeta(
        title=title(document),
        description=summary,
        canonical=canonical(document, url),
        lang=language(document, headers),
        published=dates.published(document),
        modified=dates.modified(document),
        h1=cap(h1, TITLE_CAP) if h1 else None,
        text=visible_text(document.root),
        description_source=source,
        declared=declarations(document),
    )
    return page, document


def declarations(document: Document) -> tuple[str, ...]:
    """The types the page declares in its structured data, read off the indexes the parse
    already built: a film's page may put its JSON-LD at the very end of a long document."""
    og_type = document.meta.get("og:type")
    og = (f"og:{og_type.strip().lower()}",) if og_type else ()
    return (*og, *jsonld.declared(document.jsonld)) if document.jsonld else og


def canonical(document: Document, url: str) -> str | None:
    """``<link rel=canonical>`` (else ``og:url``) resolved against the page URL and ``<base>``."""
    base = url
    for element in document.elements("base"):
        if element.get("href"):
            base = urljoin(url, element.get("href", "").strip())
            break
    candidates = [
        element.get("href", "")
        for element in document.elements("link")
        if "canonical" in (element.get("rel") or "").lower().split()
    ]
    candidates.append(document.meta.get("og:url", ""))
    for candidate in candidates:
        candidate = collapse(candidate)
        if not candidate:
            continue
        absolute = urljoin(base, candidate)
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None


def language(document: Document, headers: Mapping[str, str]) -> str | None:
    """``<html lang>``, else Content-Language, else a language meta tag, else ``og:locale``.

    ``og:locale`` comes last because sites leave their template's ``en_US`` on every page;
    it is normalised to a language tag (``en_US`` becomes ``en-US``).
    """
    root = document.root
    candidates: list[str | None] = [
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        root.get("xml:lang"),
        header(headers, "content-language"),
        document.meta.get("http-equiv:content-language"),
        document.meta.get("dc:language"),
        document.meta.get("language"),
        document.meta.get("lang"),
        document.meta.get("og:locale"),
    ]
    for candidate in candidates:
        if candidate:
            tag: str = candidate.split(",")[0].strip().replace("_", "-")
            if tag and len(tag) <= 35 and all(part.isalnum() for part in tag.split("-")):
                return tag
    return None
