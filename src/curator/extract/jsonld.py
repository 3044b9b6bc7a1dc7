"""Reading schema.org JSON-LD objects, which sites fill in loosely."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

# Readability's list of article-like types, plus web pages as a weaker fallback.
_ARTICLE_TYPE = re.compile(r"(Article|Posting|Report|APIReference|Recipe|Review)$")
_PAGE_TYPE = re.compile(r"(WebPage|Page|WebSite|CreativeWork|Episode|Product|VideoObject)$")


def types(obj: Mapping[str, Any]) -> list[str]:
    """The ``@type`` names of ``obj`` without any schema.org prefix."""
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return [n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)]


# Marks a declared type whose object names its publication date and author: an article's
# template is kept by some not-found pages, never with a date and byline of their own.
DATED = "+dated"


def declared(objects: Iterable[Mapping[str, Any]]) -> list[str]:
    """Each object's first ``@type``, in order, marked ``DATED`` when the object names its
    publication date and author."""
    found: list[str] = []
    for obj in objects:
        names = types(obj)
        if names:
            dated = "datePublished" in obj and "author" in obj
            found.append(names[0] + DATED if dated else names[0])
    return found


def articles(
    objects: Iterable[Mapping[str, Any]], *, pages: bool = True
) -> list[Mapping[str, Any]]:
    """Article-like objects first, then (if ``pages``) page-like ones, in document order."""
    objects = list(objects)
    first = [o for o in objects if any(_ARTICLE_TYPE.search(t) for t in types(o))]
    if not pages:
        return first
    second = [o for o in objects if o not in first and any(_PAGE_TYPE.search(t) for t in types(o))]
    return first + second


def text(obj: Mapping[str, Any], key: str) -> str | None:
    """A string property, tolerating lists and ``{"@value": ...}`` wrappers.

    JSON-LD is written by CMS templates that often HTML-escape it (``&#8216;``) although JSON
    needs no escaping, so entities are decoded here, unlike in attributes the parser decoded.
    """
    value = obj.get(key)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, str) and value.strip():
        return html.unescape(value) if "&" in value else value
    return None


def first_text(objects: Iterable[Mapping[str, Any]], *keys: str) -> str | None:
    """The first of ``keys`` declared by any of ``objects``, objects in order."""
    for obj in objects:
        for key in keys:
            found = text(obj, key)
            if found is not None:
                return found
    return None
