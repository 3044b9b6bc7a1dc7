"""The page's one-paragraph summary, and where it came from.

Link-preview tags (og, twitter) first: they are what the site wants quoted. Then the classic meta
description, Dublin Core, and JSON-LD; where these disagree, the value most of them agree on wins.
A page that declares nothing gets the first substantial paragraph of its main content, as
Readability's excerpt does, so editors still see what the page says; ``description_source`` tells
them it was not declared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from lxml.html import HtmlElement

from curator.extract import jsonld
from curator.extract.clean import clean_value
from curator.extract.document import Document
from curator.extract.text import BLOCK_TAGS, element_text, is_hidden

DESCRIPTION_CAP = 1000
MIN_PARAGRAPH = 25
"""Shorter paragraphs are bylines, captions or buttons, not a summary."""

_META_SOURCES = (
    ("og:description", "og"),
    ("twitter:description", "twitter"),
    ("description", "meta"),
    ("dc:description", "meta"),
    ("dcterm:description", "meta"),
    ("dcterms:description", "meta"),
    ("itemprop:description", "meta"),
)
_UNLIKELY = re.compile(
    r"comment|footer|sidebar|nav|menu|related|share|social|promo|sponsor|advert|cookie|banner|"
    r"breadcrumb|subscribe|newsletter|popup|modal|caption|byline|meta",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"byline|author|caption|credit|dateline|timestamp|share|social|breadcrumb|cookie|"
    r"newsletter|subscribe|promo|advert|sponsor",
    re.IGNORECASE,
)
_LIKELY = re.compile(r"article|body|content|entry|main|post|story|text|blog", re.IGNORECASE)


def description(document: Document) -> tuple[str | None, str | None]:
    """The description and its source name, or ``(None, None)``.

    Among declared descriptions the one most declarations agree on wins, ties going to the
    preferred source (og first). A lone ``og:description`` that the meta description and JSON-LD
    both contradict is usually a social teaser or a subtitle ("There's no going back"), not the
    page's summary.
    """
    declared = declared_descriptions(document)
    if declared:
        votes = Counter(value.casefold() for _, value in declared)
        source, value = max(declared, key=lambda item: votes[item[1].casefold()])
        return value, source
    paragraph = clean_value(first_paragraph(document.root), DESCRIPTION_CAP)
    return (paragraph, "paragraph") if paragraph else (None, None)


def declared_descriptions(document: Document) -> list[tuple[str, str]]:
    """Every description the page declares, as ``(source, value)`` in order of preference.

    A "description" that is just the site's name (``og:description="Engadget"``) is skipped.
    """
    site_name = clean_value(document.meta.get("og:site_name"), DESCRIPTION_CAP)
    raw = [(source, document.meta.get(key)) for key, source in _META_SOURCES]
    raw.append(("json-ld", jsonld.first_text(jsonld.articles(document.jsonld), "description")))
    declared = []
    for source, text in raw:
        value = clean_value(text, DESCRIPTION_CAP)
        if value and value != site_name:
            declared.append((source, value))
    return declared


def first_paragraph(root: HtmlElement) -> str | None:
    """First substantial paragraph of the page's main content.

    The main content is the first landmark (``<article>``, ``<main>``, ``role=main``,
    ``itemprop=articleBody``) that holds a ``<p>``, else the element whose paragraphs score
    highest. Pages without landmarks are often "div soup", so there a ``<div>`` holding only
    inline content counts as a paragraph too, as in Readability; pages with landmarks mark up
    their paragraphs, and their inline divs are taglines and widgets. Bylines and captions (by
    class or id) are skipped.
    """
    for container in _landmarks(root):
        found = _first_paragraph_in(container, ("p",))
        if found is not None:
            return found
    return _first_paragraph_in(main_container(root), ("p", "div"))


def _landmarks(root: HtmlElement) -> list[HtmlElement]:
    found = []
    for element in root.iter("article", "main", "div", "section"):
        if (
            element.tag in ("article", "main")
            or element.get("role") == "main"
            or element.get("itemprop") == "articleBody"
        ):
            found.append(element)
    return found


def _first_paragraph_in(container: HtmlElement, tags: tuple[str, ...]) -> str | None:
    for element in container.iter(*tags):
        if element.tag == "div" and not _holds_only_inline(element):
            continue
        if _BOILERPLATE.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        if _inside_hidden(element, container):
            continue
        text = element_text(element)
        if len(text) >= MIN_PARAGRAPH:
            return text
    return None


def _holds_only_inline(element: HtmlElement) -> bool:
    return bool((element.text or "").strip()) and not any(
        child.tag in BLOCK_TAGS for child in element.iterdescendants()
    )


def main_container(root: HtmlElement) -> HtmlElement:
    """The element whose paragraphs score highest, a much reduced Readability scoring."""
    scores: defaultdict[HtmlElement, float] = defaultdict(float)
    for paragraph in root.iter("p"):
        text = element_text(paragraph)
        if len(text) < MIN_PARAGRAPH:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] += score
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] += score / 2
    if not scores:
        return root
    return max(scores, key=lambda element: scores[element] * _class_weight(element))


def _class_weight(element: HtmlElement) -> float:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    weight = 1.0
    if _UNLIKELY.search(names):
        weight *= 0.5
    if _LIKELY.search(names) or element.tag in ("article", "main"):
        weight *= 1.5
    return weight


def _inside_hidden(element: HtmlElement, stop: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if is_hidden(ancestor):
            return True
    return False
