"""The page's one-paragraph summary, and where it came from.

Declared descriptions are read from the sources :class:`~curator.extract.choices.Choices` names,
by default in metascraper's order: link-preview tags (og, twitter, what the site wants quoted),
the classic meta description, JSON-LD. Where they disagree, the value most of them agree
on wins. A page that declares nothing gets the first substantial paragraph of its main content,
as Readability's excerpt does, so editors still see what the page says; ``description_source``
tells them it was not declared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from lxml import etree

from curator.extract import jsonld
from curator.extract.choices import DEFAULT, Choices
from curator.extract.clean import clean_value
from curator.extract.document import Document
from curator.extract.text import BLOCK_TAGS, element_text

DESCRIPTION_CAP = 1000
MIN_PARAGRAPH = 25
"""Shorter paragraphs are bylines, captions or buttons, not a summary."""

_META_KEYS = {
    "og": ("og:description",),
    "twitter": ("twitter:description",),
    "meta": ("description",),
    "dc": ("dc:description", "dcterm:description", "dcterms:description"),
    "itemprop": ("itemprop:description",),
}
_BOILERPLATE = re.compile(
    r"byline|author|caption|credit|dateline|timestamp|share|social|breadcrumb|cookie|"
    r"newsletter|subscribe|promo|advert|sponsor",
    re.IGNORECASE,
)


def description(document: Document, choices: Choices = DEFAULT) -> tuple[str | None, str | None]:
    """The description and its source name, or ``(None, None)``.

    With ``choices.description_vote`` the declared value most sources agree on wins, ties going
    to the earlier source: a lone ``og:description`` that the meta description and JSON-LD both
    contradict is usually a social teaser or a subtitle, not the page's summary. Without it, the
    first declared value wins.
    """
    declared = declared_descriptions(document, choices)
    if declared:
        if not choices.description_vote:
            return declared[0][1], declared[0][0]
        votes = Counter(value.casefold() for _, value in declared)
        source, value = max(declared, key=lambda item: votes[item[1].casefold()])
        return value, source
    if "paragraph" in choices.description_order:
        paragraph = clean_value(first_paragraph(document.root), DESCRIPTION_CAP)
        if paragraph:
            return paragraph, "paragraph"
    return None, None


def declared_descriptions(document: Document, choices: Choices = DEFAULT) -> list[tuple[str, str]]:
    """Every description the page declares, as ``(source, value)`` in ``choices``' order."""
    declared = []
    for source in choices.description_order:
        read = _DECLARED.get(source)
        value = clean_value(read(document), DESCRIPTION_CAP) if read else None
        if value:
            declared.append((source, value))
    return declared


def _meta_reader(keys: tuple[str, ...]) -> Callable[[Document], str | None]:
    def read(document: Document) -> str | None:
        found = document.first_meta(*keys)
        return found[1] if found else None

    return read


def _jsonld(document: Document) -> str | None:
    return jsonld.first_text(jsonld.articles(document.jsonld), "description")


_DECLARED: dict[str, Callable[[Document], str | None]] = {
    **{source: _meta_reader(keys) for source, keys in _META_KEYS.items()},
    "json-ld": _jsonld,
}


def first_paragraph(root: etree._Element) -> str | None:
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


def _landmarks(root: etree._Element) -> list[etree._Element]:
    found = []
    for element in root.iter("article", "main", "div", "section"):
        if (
            element.tag in ("article", "main")
            or element.get("role") == "main"
            or element.get("itemprop") == "articleBody"
        ):
            found.append(element)
    return found


def _first_paragraph_in(container: etree._Element, tags: tuple[str, ...]) -> str | None:
    for element in container.iter(*tags):
        if element.tag == "div" and not _holds_only_inline(element):
            continue
        if _BOILERPLATE.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        text = element_text(element)
        if len(text) >= MIN_PARAGRAPH:
            return text
    return None


def _holds_only_inline(element: etree._Element) -> bool:
    return bool((element.text or "").strip()) and not any(
        child.tag in BLOCK_TAGS for child in element.iterdescendants()
    )


def main_container(root: etree._Element) -> etree._Element:
    """The element whose paragraphs score highest, a much reduced Readability scoring."""
    scores: defaultdict[etree._Element, float] = defaultdict(float)
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
    return max(scores, key=lambda element: scores[element])
