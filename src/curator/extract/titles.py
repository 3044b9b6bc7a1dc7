"""The page's title, as a reader (or a link preview) would name it.

Declared titles come first: ``og:title`` and ``twitter:title`` are written for link previews and
carry no site-name suffix, JSON-LD ``headline`` likewise. Only when a page declares none do we fall
back to ``<title>``, which usually reads "Article | Site"; there we drop the site part with
Readability's heuristic (cut at the last separator unless that leaves too few words), which is
conservative enough to keep titles like "Bob Dylan - Wikipedia" whole.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from curator.extract import jsonld
from curator.extract.clean import clean_value, collapse
from curator.extract.document import Document
from curator.extract.text import element_text

TITLE_CAP = 300

_SEPARATOR = re.compile(r" [|\-\\/>»] ")
_HIERARCHICAL = re.compile(r" [\\/>»] ")
_SEPARATOR_CHARS = re.compile(r"[|\-\\/>»]+")


def title(document: Document) -> str | None:
    """The best declared title, else the cleaned ``<title>``, else the first ``<h1>``."""
    raw = title_element_text(document.root)
    cleaned = None
    if raw:
        h1s = [element_text(h) for h in document.root.iter("h1")]
        headings = h1s + [element_text(h) for h in document.root.iter("h2")]
        cleaned = strip_site_name(raw, headings, h1s)
    declared = document.first_meta("og:title", "twitter:title")
    if declared is not None:
        return clean_value(declared[1], TITLE_CAP)
    headline = _jsonld_title(document, cleaned or "")
    if headline is not None:
        return clean_value(headline, TITLE_CAP)
    declared = document.first_meta("dc:title", "dcterm:title", "dcterms:title")
    if declared is not None:
        return clean_value(declared[1], TITLE_CAP)
    if cleaned:
        return clean_value(cleaned, TITLE_CAP)
    return clean_value(first_h1(document.root), TITLE_CAP)


def _jsonld_title(document: Document, page_title: str) -> str | None:
    """An article's JSON-LD title: ``name`` or ``headline``, whichever matches the page title.

    Some sites put their own name in ``name`` and the article's in ``headline``, others a
    one-line summary in ``headline`` (Wikipedia); the one resembling ``<title>`` is the title.
    """
    for obj in jsonld.articles(document.jsonld, pages=False):
        name, headline = jsonld.text(obj, "name"), jsonld.text(obj, "headline")
        if name and headline and collapse(name) != collapse(headline):
            if similarity(headline, page_title) > 0.75 >= similarity(name, page_title):
                return headline
            return name
        if name or headline:
            return name or headline
    return None


def similarity(text_a: str, text_b: str) -> float:
    """Share of ``text_b``'s words that also occur in ``text_a`` (Readability's measure)."""
    words_a = set(re.findall(r"\w+", text_a.lower()))
    words_b = re.findall(r"\w+", text_b.lower())
    if not words_a or not words_b:
        return 0.0
    unique_b = [w for w in words_b if w not in words_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(words_b))


def title_element_text(root: HtmlElement) -> str | None:
    """Text of the document's ``<title>``, ignoring SVG titles in the body."""
    for element in root.iter("title"):
        if any(parent.tag == "svg" for parent in element.iterancestors()):
            continue
        text = collapse(element.text_content())
        if text:
            return text
    return None


def first_h1(root: HtmlElement) -> str | None:
    """The page's main heading: the first ``<h1>`` in its main content, not the logo.

    Many sites wrap their logo or name in an ``<h1>`` inside the site header; soft-404 detection
    wants the heading of the content ("Page not found"). So: the first non-empty ``<h1>`` inside
    ``<main>``/``<article>``/``role=main``, else the first outside a site header or nav, else
    the first at all.
    """
    fallback: str | None = None
    outside_header: str | None = None
    for element in root.iter("h1"):
        text = element_text(element)
        if not text:
            continue
        place = _placement(element)
        if place == "main":
            return text
        if place == "page" and outside_header is None:
            outside_header = text
        fallback = fallback or text
    return outside_header or fallback


def _placement(element: HtmlElement) -> str:
    """ "main" inside main content, "chrome" inside the site's header/nav, else "page"."""
    chrome = False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("main", "article") or ancestor.get("role") == "main":
            return "main"
        if ancestor.tag in ("header", "nav") or ancestor.get("role") in ("banner", "navigation"):
            chrome = True
    return "chrome" if chrome else "page"


def strip_site_name(original: str, headings: list[str], h1s: list[str]) -> str:
    """Readability's title cleaning: drop "| Site Name" parts when enough words remain."""
    original = collapse(original)
    current = original
    hierarchical = False
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = bool(_HIERARCHICAL.search(original))
        current = original[: separators[-1].start()]
        if _words(current) < 3:
            current = re.sub(r"^[^|\-\\/>»]*[|\-\\/>»]", "", original)
    elif ": " in current:
        if original not in headings:
            current = original[original.rfind(":") + 1 :]
            if _words(current) < 3:
                current = original[original.find(":") + 1 :]
            elif _words(original[: original.find(":")]) > 5:
                current = original
    elif (len(current) > 150 or len(current) < 15) and len(h1s) == 1:
        current = h1s[0] or current
    current = collapse(current)
    count = _words(current)
    if count <= 4 and (not hierarchical or count != _words(_SEPARATOR_CHARS.sub("", original)) - 1):
        current = original
    return current


def _words(text: str) -> int:
    return len(text.split())
