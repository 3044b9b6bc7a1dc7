"""The page's title, as a reader (or a link preview) would name it.

Declared titles come first: ``og:title`` and ``twitter:title`` are written for link previews and
carry no site-name suffix, JSON-LD ``headline`` likewise. Only when a page declares none do we fall
back to ``<title>``, which usually reads "Article | Site"; there we drop the site part with
Readability's heuristic (cut at the last separator unless that leaves too few words), which is
conservative enough to keep titles like "Bob Dylan - Wikipedia" whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

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
    """The best declared title, else the cleaned ``<title>``, else the first ``<h1>``.

    A meta or JSON-LD title that is only the site's name (``og:title="Yahoo"`` on an article)
    is passed over for the next one. ``<title>`` is taken as it is: on a home page the site's
    name is the title.
    """
    root = document.root

    @cache
    def title_element() -> str | None:
        raw = title_element_text(root)
        if not raw:
            return None
        h1s = [element_text(h) for h in root.iter("h1")]
        return strip_site_name(raw, h1s + [element_text(h) for h in root.iter("h2")], h1s)

    def dublin_core() -> str | None:
        found = document.first_meta("dc:title", "dcterm:title", "dcterms:title")
        return found[1] if found else None

    declared: tuple[Callable[[], str | None], ...] = (
        lambda: document.meta.get("og:title"),
        lambda: document.meta.get("twitter:title"),
        lambda: _jsonld_title(document, title_element() or ""),
        dublin_core,
    )
    site_name = clean_value(document.meta.get("og:site_name"), TITLE_CAP)
    only_site_name = None
    for candidate in declared:
        value = clean_value(candidate(), TITLE_CAP)
        if value is not None and value != site_name:
            return value
        only_site_name = only_site_name or value
    return (
        clean_value(title_element(), TITLE_CAP)
        or only_site_name
        or clean_value(first_h1(root), TITLE_CAP)
    )


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
