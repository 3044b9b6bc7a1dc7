"""The page's title, as a reader (or a link preview) would name it.

Sources are tried in the order :class:`~curator.extract.choices.Choices` gives, by default
metascraper's: ``og:title`` and ``twitter:title`` (written for link previews, usually without the
site's name), the JSON-LD article's title, Dublin Core (as Readability reads it), then ``<title>``
with Readability's site-name cleaning ("Article | Site" -> "Article", but "Bob Dylan - Wikipedia"
stays whole), then the main ``<h1>``.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable

from lxml import etree

from curator.extract import jsonld
from curator.extract.choices import DEFAULT, Choices
from curator.extract.clean import clean_value, collapse
from curator.extract.document import Document
from curator.extract.text import all_text, element_text

TITLE_CAP = 300

# Readability's separators: | - \ / > » between spaces; the last four mark a hierarchy. Not the
# en or em dash: Readability.js has never had them (some ports add them), and with them a
# "Story – Site" <title> was cut where Readability, metascraper and goose3 all keep it whole.
_SEPARATOR_CHARS = r"|\-\\/>»"
_SEPARATOR = re.compile(rf"\s[{_SEPARATOR_CHARS}]\s")
_HIERARCHICAL = re.compile(r"\s[\\/>»]\s")
_FIRST_PART = re.compile(rf"^[^{_SEPARATOR_CHARS}]*[{_SEPARATOR_CHARS}]")
_SEPARATOR_RUN = re.compile(rf"[{_SEPARATOR_CHARS}]+")
# metascraper's optional ``removeSeparator``: keep what precedes the first | - / • or —.
_BEFORE_FIRST_SEPARATOR = re.compile(r"^[^|\-/•—]+")
_WHITESPACE_RUN = re.compile(r"\s+")


def title(document: Document, choices: Choices = DEFAULT) -> str | None:
    """The first title ``choices.title_order`` finds, cleaned and capped.

    With ``choices.title_vote``, the candidate that most other sources repeat (compared
    case-folded) wins instead, ties going to the earlier source.
    """
    if choices.title_vote:
        found = title_candidates(document, choices)
        votes = Counter(value.casefold() for _, value in found)
        return max(found, key=lambda item: votes[item[1].casefold()])[1] if found else None
    for source in choices.title_order:
        value = clean_value(_SOURCES[source](document), TITLE_CAP)
        if value is not None:
            return value
    return None


def title_candidates(document: Document, choices: Choices = DEFAULT) -> list[tuple[str, str]]:
    """Every title the page offers, as ``(source, value)`` in ``choices``' order."""
    found = []
    for source in choices.title_order:
        value = clean_value(_SOURCES[source](document), TITLE_CAP)
        if value is not None:
            found.append((source, value))
    return found


def _og(document: Document) -> str | None:
    return document.meta.get("og:title")


def _twitter(document: Document) -> str | None:
    return document.meta.get("twitter:title")


def _dublin_core(document: Document) -> str | None:
    found = document.first_meta("dc:title", "dcterm:title", "dcterms:title")
    return found[1] if found else None


def _title_cleaned(document: Document) -> str | None:
    raw = title_element_text(document)
    if not raw:
        return None
    h1s = [element_text(h) for h in document.elements("h1")]
    return strip_site_name(raw, h1s + [element_text(h) for h in document.elements("h2")], h1s)


def _title_whole(document: Document) -> str | None:
    return title_element_text(document)


def _title_first_part(document: Document) -> str | None:
    raw = title_element_text(document)
    found = _BEFORE_FIRST_SEPARATOR.match(raw) if raw else None
    return collapse(found.group(0)) if found else raw


def _jsonld(document: Document) -> str | None:
    """The JSON-LD article's title, read as Readability reads it (``_getJSONLD``).

    ``name`` or ``headline``, whichever matches the page title: some sites put their own name
    in ``name`` and the article's in ``headline``, others a one-line summary in ``headline``
    (Wikipedia); ``headline`` wins only when it resembles the cleaned ``<title>`` and ``name``
    does not. Only string values count, as in Readability. The article is found only where
    Readability finds one (:func:`jsonld.readability_article`): JSON-LD before ``<title>`` is
    its order, and where it skips a script every extractor falls back to ``<title>``.
    """
    scripts = (
        element.text or ""
        for element in document.elements("script")
        if element.get("type") == "application/ld+json"
    )
    article = jsonld.readability_article(scripts)
    if article is None:
        return None
    return _name_or_headline(document, article.get("name"), article.get("headline"))


def _jsonld_any(document: Document) -> str | None:
    """The first article-like object's title, from any JSON-LD curator can parse (lists,
    ``@graph`` members, type lists, lenient JSON): the reading before Readability's, kept to be
    measured against it."""
    for obj in jsonld.articles(document.jsonld, pages=False):
        found = _name_or_headline(document, jsonld.text(obj, "name"), jsonld.text(obj, "headline"))
        if found:
            return found
    return None


def _name_or_headline(document: Document, name: object, headline: object) -> str | None:
    name = name if isinstance(name, str) and name.strip() else None
    headline = headline if isinstance(headline, str) and headline.strip() else None
    if name and headline and name != headline:
        page_title = _title_cleaned(document) or ""
        if similarity(headline, page_title) > 0.75 >= similarity(name, page_title):
            return _decoded(headline)
        return _decoded(name)
    found = name or headline
    return _decoded(found) if found else None


def _decoded(value: str) -> str:
    """JSON-LD is written by CMS templates that often HTML-escape it (``&#8216;``)."""
    return html.unescape(value) if "&" in value else value


def _h1(document: Document) -> str | None:
    return first_h1(document)


_SOURCES: dict[str, Callable[[Document], str | None]] = {
    "og": _og,
    "twitter": _twitter,
    "json-ld": _jsonld,
    "json-ld-any": _jsonld_any,
    "dc": _dublin_core,
    "title": _title_cleaned,
    "title-whole": _title_whole,
    "title-first-part": _title_first_part,
    "h1": _h1,
}


def similarity(text_a: str, text_b: str) -> float:
    """Share of ``text_b``'s words that also occur in ``text_a`` (Readability's measure)."""
    words_a = set(re.findall(r"\w+", text_a.lower()))
    words_b = re.findall(r"\w+", text_b.lower())
    if not words_a or not words_b:
        return 0.0
    unique_b = [w for w in words_b if w not in words_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(words_b))


def title_element_text(document: Document) -> str | None:
    """Text of the document's ``<title>``, ignoring SVG titles in the body."""
    for element in document.elements("title"):
        if any(parent.tag == "svg" for parent in element.iterancestors()):
            continue
        text = collapse(all_text(element))
        if text:
            return text
    return None


def first_h1(document: Document) -> str | None:
    """The page's main heading: the first ``<h1>`` in its main content, not the logo.

    Many sites wrap their logo or name in an ``<h1>`` inside the site header; soft-404 detection
    wants the heading of the content ("Page not found"). So: the first non-empty ``<h1>`` inside
    ``<main>``/``<article>``/``role=main``, else the first outside a site header or nav, else
    the first at all.
    """
    fallback: str | None = None
    outside_header: str | None = None
    for element in document.elements("h1"):
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


def _placement(element: etree._Element) -> str:
    """ "main" inside main content, "chrome" inside the site's header/nav, else "page"."""
    chrome = False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("main", "article") or ancestor.get("role") == "main":
            return "main"
        if ancestor.tag in ("header", "nav") or ancestor.get("role") in ("banner", "navigation"):
            chrome = True
    return "chrome" if chrome else "page"


def strip_site_name(original: str, headings: list[str], h1s: list[str]) -> str:
    """Readability's title cleaning: drop "| Site Name" parts when enough words remain.

    Cut at the last separator (or, if that leaves fewer than three words, drop the first part);
    with no separator, take what follows a colon unless a heading repeats the whole title; a
    title under 15 or over 150 characters yields to the page's only ``<h1>``. A result of four
    words or fewer falls back to the whole title, unless it came from a hierarchy
    ("Docs > Guide > Install") and lost only the last level.
    """
    original = collapse(original)
    current = original
    hierarchical = False
    separators = list(_SEPARATOR.finditer(original))
    if separators:
        hierarchical = bool(_HIERARCHICAL.search(original))
        current = original[: separators[-1].start()]
        if _words(current) < 3:
            current = _FIRST_PART.sub("", original)
    elif ": " in current:
        if original not in headings:
            current = original[original.rfind(":") + 1 :]
            if _js_words(current) < 3:
                current = original[original.find(":") + 1 :]
            elif _js_words(original[: original.find(":")]) > 5:
                current = original
    elif (len(current) > 150 or len(current) < 15) and len(h1s) == 1:
        current = h1s[0] or current
    current = collapse(current)
    count = _words(current)
    if count <= 4 and (
        not hierarchical or count != _js_words(_SEPARATOR_RUN.sub("", original)) - 1
    ):
        current = original
    return current


def _words(text: str) -> int:
    return len(text.split())


def _js_words(text: str) -> int:
    """Readability's ``wordCount``, ``str.split(/\\s+/).length``: a leading or trailing space
    counts as a word, so the part after a colon (" Flood warnings") counts three. Its thresholds
    were set with that count."""
    return len(_WHITESPACE_RUN.split(text))
