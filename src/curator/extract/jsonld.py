"""Reading schema.org JSON-LD objects, which sites fill in loosely."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

# Readability's list of article-like types, plus web pages as a weaker fallback.
_ARTICLE_TYPE = re.compile(r"(Article|Posting|Report|APIReference|Recipe|Review)$")
_PAGE_TYPE = re.compile(r"(WebPage|Page|WebSite|CreativeWork|Episode|Product|VideoObject)$")


# Readability's own test (``jsonLdArticleTypes``), kept as written: only its first and last
# names are anchored, so it accepts any type containing e.g. "NewsArticle" or "Report".
_READABILITY_ARTICLE = re.compile(
    r"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"
)
_SCHEMA_ORG = re.compile(r"https?://schema\.org/?")
_CDATA = re.compile(r"^\s*<!\[CDATA\[|\]\]>\s*$")


def _no_constant(name: str) -> Any:
    """JSON has no NaN or Infinity: JavaScript's ``JSON.parse`` throws on them, Python's accepts."""
    raise ValueError(f"{name} is not JSON")


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


def readability_article(scripts: Iterable[str]) -> Mapping[str, Any] | None:
    """The article object Readability reads its title from, as ``_getJSONLD`` finds it.

    The first ``application/ld+json`` script (texts given in document order) that parses as
    strict JSON and holds an article: the object itself, the first article of a top-level list,
    or, for an object without a ``@type`` of its own, the first article of its ``@graph``. Its
    ``@context`` must be the schema.org URL (or name it as ``@vocab``), and "article" means a
    single ``@type`` name Readability lists. Scripts it skips, this skips: ``@type`` lists,
    other vocabularies, JSON that needs repair. goose3 skips the same; metascraper reads
    ``<title>`` before any JSON-LD, so reading more here would agree with no tool.
    """
    for text in scripts:
        try:
            parsed = json.loads(_CDATA.sub("", text), parse_constant=_no_constant)
            if isinstance(parsed, list):
                parsed = _first_article(parsed, required=True)
            if not isinstance(parsed, dict) or not _schema_org(parsed.get("@context")):
                continue
            if not parsed.get("@type") and isinstance(parsed.get("@graph"), list):
                parsed = _first_article(parsed["@graph"], required=False)
            if isinstance(parsed, dict) and _is_article(parsed.get("@type")):
                return parsed
        except (ValueError, TypeError, RecursionError):
            continue  # Readability's JSON.parse or a .match on a non-string threw: skipped
    return None


def _first_article(items: list[Any], *, required: bool) -> Any:
    """The first item whose ``@type`` is an article; raises TypeError where Readability's
    ``.find`` callback would throw (a ``null`` item, a ``@type`` list). ``required`` is the
    top-level list's test, which skips items without a ``@type`` instead of matching ""."""
    for item in items:
        if item is None:
            raise TypeError("null item")
        kind = item.get("@type") if isinstance(item, dict) else None
        if required and not kind:
            continue
        if _is_article(kind or ""):
            return item
    return None


def _is_article(kind: object) -> bool:
    if not isinstance(kind, str):
        if kind:
            raise TypeError("@type is not a string")
        return False
    return bool(_READABILITY_ARTICLE.search(kind))


def _schema_org(context: object) -> bool:
    if isinstance(context, dict):
        context = context.get("@vocab")
    return isinstance(context, str) and bool(_SCHEMA_ORG.fullmatch(context))
