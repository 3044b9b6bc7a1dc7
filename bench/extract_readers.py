"""What the proven extractors' code outputs on source shapes the corpus lacks (issue 15 item 2).

``readability`` and ``metascraper`` below are small ports of how Readability.js
(``_getJSONLD``, ``_getArticleMetadata``, ``_getArticleTitle``, ``_unescapeHtmlEntities``) and
metascraper (``metascraper-title``, ``-description``, ``-helpers``' ``$jsonld``, ``$filter``,
``titleize``) read a page's title and description, written from their source; ``goose3`` is its
description (the first ``<meta name=description>``). They are an oracle, not curator's rules, and
they leave out what no shape here needs (Readability's article scoring for a page that declares
no excerpt, metascraper's ``jsonrepair`` beyond trailing commas and comments).

Two checks:

- **oracle vs corpus**: how often each port reproduces its own tool's truth on the DEV pages
  (pages whose truth needs the left-out parts are skipped), so the ports can be trusted;
- **shapes**: small pages, one per input shape (duplicate tags, ``@type`` arrays, invalid JSON,
  hierarchy separators in ``<title>``, ...). For each, what each tool outputs, what most of them
  agree on, and what ``curator.extract`` outputs.

    python -m bench.extract_readers [--verbose] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.extract_quality import DEFAULT_CORPUS, load_pages, normalise
from lxml import etree

from curator.extract import extract
from curator.extract.decode import decode_html

_PARSER = etree.HTMLParser(encoding="utf-8", no_network=True, recover=True)


def _parse(text: str) -> etree._Element:
    root = etree.fromstring(text.encode("utf-8"), _PARSER)
    return root if root is not None else etree.fromstring(b"<html></html>", _PARSER)


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _js_words(text: str) -> int:
    """JavaScript's ``str.split(/\\s+/).length``: leading or trailing space counts a word."""
    return len(re.split(r"\s+", text))


# --- Readability.js -----------------------------------------------------------------------------

_RB_ARTICLE = re.compile(
    r"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
    r"BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
    r"SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
    r"LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"
)
_RB_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name)\s*",
    re.IGNORECASE,
)
_RB_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$",
    re.IGNORECASE,
)
_RB_SEPARATOR = r"[\|\-\\\/>»]"


def rb_unescape(text: str | None) -> str | None:
    if not text:
        return text
    named = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">"}
    text = re.sub(r"&(quot|amp|apos|lt|gt);", lambda m: named[m.group(1)], text)

    def numeric(match: re.Match[str]) -> str:
        num = int(match.group(1) or match.group(2), 16 if match.group(1) else 10)
        if num == 0 or num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
            num = 0xFFFD
        return chr(num)

    return re.sub(r"&#(?:x([0-9a-f]+)|([0-9]+));", numeric, text, flags=re.IGNORECASE)


def rb_similarity(text_a: str, text_b: str) -> float:
    """``_textSimilarity``: JavaScript's ``\\W`` is ASCII, so other scripts are separators."""
    tokens_a = [t for t in re.split(r"[^A-Za-z0-9_]+", text_a.lower()) if t]
    tokens_b = [t for t in re.split(r"[^A-Za-z0-9_]+", text_b.lower()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    unique_b = [t for t in tokens_b if t not in tokens_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def rb_article_title(root: etree._Element) -> str:
    """``_getArticleTitle``."""
    titles = [e for e in root.iter("title") if not any(a.tag == "svg" for a in e.iterancestors())]
    original = " ".join(_text(titles[0]).split()) if titles else ""
    current = original
    hierarchical = False
    separators = list(re.finditer(rf" {_RB_SEPARATOR} ", current))
    if separators:
        hierarchical = bool(re.search(r" [\\\/>»] ", current))
        current = original[: separators[-1].start()]
        if _js_words(current) < 3:
            current = re.sub(rf"^[^\|\-\\\/>»]*{_RB_SEPARATOR}", "", original)
    elif ": " in current:
        headings = [_text(h).strip() for h in root.iter("h1", "h2")]
        if current.strip() not in headings:
            current = original[original.rfind(":") + 1 :]
            if _js_words(current) < 3:
                current = original[original.find(":") + 1 :]
            elif _js_words(original[: original.find(":")]) > 5:
                current = original
    elif len(current) > 150 or len(current) < 15:
        h1s = list(root.iter("h1"))
        if len(h1s) == 1:
            current = " ".join(_text(h1s[0]).split())
    current = re.sub(r"\s{2,}", " ", current.strip())
    count = _js_words(current)
    if count <= 4 and (
        not hierarchical or count != _js_words(re.sub(rf"{_RB_SEPARATOR}+", "", original)) - 1
    ):
        current = original
    return current


def rb_jsonld(root: etree._Element) -> dict[str, str]:
    """``_getJSONLD``: the first script holding an article (itself, the first article of a
    top-level list, or of its ``@graph``); anything JavaScript would throw on skips the script."""
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        content = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or "")
        try:
            parsed: Any = json.loads(content)
            if isinstance(parsed, list):
                parsed = next(
                    (it for it in parsed if it.get("@type") and _rb_match(it["@type"])), None
                )
                if not parsed:
                    continue
            context = parsed.get("@context")
            if isinstance(context, dict):
                context = context.get("@vocab")
            if not isinstance(context, str) or not re.match(r"^https?://schema\.org/?$", context):
                continue
            if not parsed.get("@type") and isinstance(parsed.get("@graph"), list):
                graph = parsed["@graph"]
                parsed = next((it for it in graph if _rb_match(it.get("@type") or "")), None)
            if not parsed or not parsed.get("@type") or not _rb_match(parsed["@type"]):
                continue
        except (ValueError, TypeError, AttributeError):
            continue
        found: dict[str, str] = {}
        name, headline = parsed.get("name"), parsed.get("headline")
        if isinstance(name, str) and isinstance(headline, str) and name != headline:
            page_title = rb_article_title(root)
            name_matches = rb_similarity(name, page_title) > 0.75
            headline_matches = rb_similarity(headline, page_title) > 0.75
            found["title"] = headline if headline_matches and not name_matches else name
        elif isinstance(name, str):
            found["title"] = name.strip()
        elif isinstance(headline, str):
            found["title"] = headline.strip()
        if isinstance(parsed.get("description"), str):
            found["excerpt"] = parsed["description"].strip()
        return found
    return {}


def _rb_match(kind: object) -> bool:
    """``kind.match(jsonLdArticleTypes)``: JavaScript throws on a non-string (caught)."""
    if not isinstance(kind, str):
        raise TypeError("not a string")
    return bool(_RB_ARTICLE.search(kind))


def rb_values(root: etree._Element) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        name, prop, content = element.get("name"), element.get("property"), element.get("content")
        if not content:
            continue
        matched = False
        if prop:
            found = _RB_PROPERTY.search(prop)
            if found:
                matched = True
                values[re.sub(r"\s", "", found.group(0).lower())] = content.strip()
        if not matched and name and _RB_NAME.search(name):
            values[re.sub(r"\s", "", name.lower()).replace(".", ":")] = content.strip()
    return values


def readability(root: etree._Element) -> tuple[str | None, str | None]:
    jsonld = rb_jsonld(root)
    values = rb_values(root)
    title_keys = ("dc:title", "dcterm:title", "og:title", "weibo:article:title",
                  "weibo:webpage:title", "title", "twitter:title", "parsely-title")  # fmt: skip
    title = jsonld.get("title") or next((values[k] for k in title_keys if values.get(k)), None)
    title = title or rb_article_title(root)
    excerpt_keys = ("dc:description", "dcterm:description", "og:description",
                    "weibo:article:description", "weibo:webpage:description", "description",
                    "twitter:description")  # fmt: skip
    excerpt = jsonld.get("excerpt") or next(
        (values[k] for k in excerpt_keys if values.get(k)), None
    )
    return rb_unescape(title) or None, rb_unescape(excerpt) or None


# --- metascraper --------------------------------------------------------------------------------


def _condense(text: str) -> str:
    return re.sub(r"\s{2,}", " ", text.strip())


def _first_attr(root: etree._Element, attribute: str, value: str) -> str | None:
    """cheerio's ``$('meta[attribute="value"]').attr('content')``: the first match's content."""
    for element in root.iter("meta"):
        if element.get(attribute) == value:
            return element.get("content")
    return None


def _ms_parse(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        pass
    repaired = re.sub(r"/\*.*?\*/|^\s*//[^\n]*", "", text, flags=re.DOTALL | re.MULTILINE)
    repaired = re.sub(r",\s*([}\]])", r"\1", repaired)
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        return None


def ms_collection(root: etree._Element) -> list[Any]:
    items: list[Any] = []
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        data = _ms_parse(script.text or "")
        if not data:
            continue
        if isinstance(data, dict) and "@graph" in data:
            graph = data["@graph"]
            props = {k: v for k, v in data.items() if k != "@graph"}
            if isinstance(graph, list):
                items.extend(
                    {**props, **item} if isinstance(item, dict) else item for item in graph
                )
            elif graph:
                items.append(props)
            else:
                items.append(data)
        elif isinstance(data, list):
            items.extend(data)
        else:
            items.append(data)
    return items


def _ms_search(data: Any, key: str, exact: bool) -> Iterator[Any]:
    if isinstance(data, list):
        for item in data:
            yield from _ms_search(item, key, exact)
    elif isinstance(data, dict):
        if key in data and isinstance(data[key], str | int | float):
            yield data[key]
            return
        if not exact:
            for name, value in data.items():
                if not name.startswith("@"):
                    yield from _ms_search(value, key, False)


def ms_jsonld(root: etree._Element, key: str) -> str | None:
    """``$jsonld(key)``: the first item declaring ``key``, else a nested one, entities decoded."""
    value: Any = None
    fallback: Any = None
    for item in ms_collection(root):
        value = item.get(key) if isinstance(item, dict) else None
        if value not in (None, "", [], {}):
            break
        if value is not None or fallback is not None:
            continue
        exact = list(_ms_search(item, key, True))
        fallback = exact[0] if exact else next(iter(_ms_search(item, key, False)), None)
    if value is None:
        value = fallback
    return html.unescape(value) if isinstance(value, str) else None


def _ms_title(value: str | None) -> str | None:
    return _condense(value) or None if isinstance(value, str) else None


def _ms_description(value: str | None) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"^[A-Z\s]+\s+[-—–]\s+", "", value)
    return re.sub(r"\s?\.\.\.?$", "…", _condense(value)) or None


def metascraper(root: etree._Element) -> tuple[str | None, str | None]:
    first_title = next(
        (_condense(_text(e)) for e in root.iter("title") if _condense(_text(e))), None
    )
    title_rules = (
        lambda: _first_attr(root, "property", "og:title"),
        lambda: _first_attr(root, "name", "twitter:title"),
        lambda: _first_attr(root, "property", "twitter:title"),
        lambda: first_title,
        lambda: ms_jsonld(root, "headline"),
    )
    title = next((t for t in (_ms_title(rule()) for rule in title_rules) if t), None)
    description_rules = (
        lambda: _first_attr(root, "property", "og:description"),
        lambda: _first_attr(root, "name", "twitter:description"),
        lambda: _first_attr(root, "property", "twitter:description"),
        lambda: _first_attr(root, "name", "description"),
        lambda: _first_attr(root, "itemprop", "description"),
        lambda: ms_jsonld(root, "articleBody"),
        lambda: ms_jsonld(root, "description"),
    )
    summary = next((d for d in (_ms_description(rule()) for rule in description_rules) if d), None)
    return title, summary


# --- goose3 -------------------------------------------------------------------------------------


_GOOSE3_SCHEMA_TYPES = ("ReportageNewsArticle", "NewsArticle", "Article")
_GOOSE3_SPLITTERS = ("|", "-", "»", ":")


def goose3_schema(root: etree._Element) -> Any:
    """``SchemaExtractor``: the first strict-JSON script with a known context and type (a
    top-level list comes back whole, and then offers no ``headline``)."""
    for script in root.iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        try:
            content = json.loads(_text(script))
            candidates = content if isinstance(content, list) else [content]
            for item in candidates:
                if (
                    item["@context"] in ("https://schema.org", "http://schema.org")
                    and item["@type"] in _GOOSE3_SCHEMA_TYPES
                ):
                    return content
        except (ValueError, KeyError, TypeError):
            continue
    return None


def goose3_title(root: etree._Element, host: str | None = None) -> str | None:
    """``TitleExtractor``: og:title (last wins), the schema headline, ``<meta name=headline>``,
    the first ``<title>``; each cleaned of the host and the site's name."""
    og: dict[str, str] = {}
    for element in root.iter("meta"):
        prop, content = element.get("property"), element.get("content")
        if prop and content and prop.startswith("og:"):
            og[prop.split(":", 1)[1]] = content
    schema = goose3_schema(root)
    schema = schema if isinstance(schema, dict) else None
    headlines = [e.get("content") for e in root.iter("meta") if e.get("name") == "headline"]
    titles = list(root.iter("title"))
    if "title" in og:
        raw = og["title"]
    elif schema and "headline" in schema:
        raw = schema["headline"]
    elif headlines:
        raw = headlines[0] or ""
    elif titles:
        raw = _text(titles[0])
    else:
        return None
    if host:
        raw = re.sub(re.escape(host), "", raw, flags=re.IGNORECASE).strip()
    site = ""
    if "site_name" in og and og["site_name"] != raw:
        site = og["site_name"]
    elif schema and isinstance(schema.get("publisher"), dict) and schema["publisher"].get("name"):
        site = schema["publisher"]["name"]
    if any(splitter in raw for splitter in _GOOSE3_SPLITTERS):
        raw = raw.replace(site, "").strip()
    words = raw.split()
    if words and words[0] in _GOOSE3_SPLITTERS:
        words.pop(0)
    if words and words[-1] in _GOOSE3_SPLITTERS:
        words.pop()
    return " ".join(words) or None


def goose3_description(root: etree._Element) -> str | None:
    content = _first_attr(root, "name", "description")
    return content.strip() or None if content else None


TOOLS = ("readability", "metascraper", "goose3")


def outputs(text: str, host: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    root = _parse(text)
    return {
        "readability": readability(root),
        "metascraper": metascraper(root),
        "goose3": (goose3_title(root, host), goose3_description(root)),
    }


CONTESTED = "?"
UNSURE = "??"


def agreed(values: list[str | None]) -> str | None:
    """The value a strict majority of tools output; None when none of them reads anything.

    A majority that reads nothing against a minority that reads a value is no agreement: a
    tool that skips a source it cannot parse has no opinion of the value, so that is
    ``CONTESTED``, like an even split.
    """
    keys = [normalise(v) if v else "" for v in values]
    best, count = Counter(keys).most_common(1)[0]
    if count * 2 <= len(keys) or (best == "" and count < len(keys)):
        return CONTESTED
    return next((v for v in values if (normalise(v) if v else "") == best), None)


# --- shapes -------------------------------------------------------------------------------------


def _page(head: str, body: str = "<p>Short body.</p>") -> str:
    return f"<!doctype html><html><head><meta charset=utf-8>{head}</head><body>{body}</body></html>"


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rivers of the north run high",
    "description": "Spring floods reach record levels along three rivers.",
}
# No site name in it: every tool reads this <title> the same way, so a difference in the title
# comes from the shape under test, not from cleaning "| Site" off.
_TITLE = "<title>Northern rivers at record highs after a wet spring</title>"
_CLEANING = "curator cleans <title> as Readability does; metascraper and goose3 keep it whole"


@dataclass(frozen=True)
class Case:
    name: str
    html: str
    choice: str | None = None
    """Set when a difference here is a choice curator keeps (why, and its measure on the corpus
    where there is one; bench/README.md), not a reading: reported, not a divergence."""
    unsure: bool = False
    """The port cannot say what a tool does here (metascraper's ``jsonrepair`` on HTML
    comments is not ported): reported, not scored."""
    goose3: bool = False
    """goose3 votes on the description too (it always does on the title): the case is about
    ``<meta name=description>``, the one description source it reads; elsewhere its silence
    says nothing about the shape."""


_FIRST_WINS = (
    "first wins, as in metascraper: 2 metascraper pages (acast, techmonitor) lose with the last"
)
_ICON = "an icon's <svg><title> is not the page's title (Readability reads the same)"
_GOOSE3 = {"goose3": True}
_JSONLD_FIRST = (
    "JSON-LD before <title> is Readability's order (-1 Readability title without it); "
    "metascraper reads <title> first; goose3 reads no @graph, CDATA, list or such context"
)
_OG_ON_NAME = (
    "og:* read from name= and in any case, as Readability reads it (metascraper and goose3 read "
    "only property=): on the corpus shape 'og on name=' that keeps 83/98 titles, 95/104 "
    "descriptions; reading property= only keeps 75/98, 93/104"
)
_TWICE_DECODED = (
    "entities decoded a second time, as Readability does: +2 Readability descriptions, "
    "-1 goose3 (cbslocal)"
)

CASES: tuple[Case, ...] = (
    Case("og:title twice, different", _page(
        '<meta property="og:title" content="First og title of the story">'
        '<meta property="og:title" content="Second og title of the story">' + _TITLE),
        choice=_FIRST_WINS),
    Case("og:title first empty", _page(
        '<meta property="og:title" content="">'
        '<meta property="og:title" content="The real og title here">' + _TITLE)),
    Case("og:title whitespace only", _page('<meta property="og:title" content="   ">' + _TITLE)),
    Case("og:title entity only", _page('<meta property="og:title" content="&nbsp;">' + _TITLE)),
    Case("og:title on name=", _page('<meta name="og:title" content="Og title on a name">' + _TITLE),
         choice=_OG_ON_NAME),
    Case("OG:TITLE upper-case value", _page(
        '<meta property="OG:TITLE" content="Og title in capitals">' + _TITLE), choice=_OG_ON_NAME),
    Case("twitter:title as property", _page(
        '<meta property="twitter:title" content="Twitter title as property">' + _TITLE)),
    Case("meta name=title", _page('<meta name="title" content="Meta name title value">' + _TITLE)),
    Case("description twice", _page(
        _TITLE + '<meta name="description" content="First description of the page.">'
        '<meta name="description" content="Second description of the page.">'), **_GOOSE3),
    Case("description first empty", _page(
        _TITLE + '<meta name="description" content="">'
        '<meta name="description" content="The description after an empty one.">'), **_GOOSE3),
    Case("Description capitalised name", _page(
        _TITLE + '<meta name="Description" content="A description named with a capital.">'),
        **_GOOSE3),
    Case("description double-escaped", _page(
        _TITLE + '<meta name="description" content="Fish &amp;amp; chips &amp;#8211; a history.">'),
        choice=_TWICE_DECODED, **_GOOSE3),
    Case("og:description 1,500 characters", _page(
        _TITLE + '<meta property="og:description" content="' + "Flood water. " * 115 + '">'),
        choice="capped at 1,000 characters for reports; no corpus truth is longer than 702"),
    Case("description on property=", _page(
        _TITLE + '<meta property="description" content="A description on a property.">'),
        **_GOOSE3),
    Case("description with nbsp entity", _page(
        _TITLE + '<meta name="description" content="Fish&amp;nbsp;and chips explained.">'),
        **_GOOSE3),
    Case("jsonld only, @graph", _page(_TITLE + _ld(
        {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Daily Paper"},
            {k: v for k, v in _ARTICLE.items() if k != "@context"}]})), choice=_JSONLD_FIRST),
    Case("jsonld only, top-level array", _page(_TITLE + _ld([_ARTICLE])), choice=_JSONLD_FIRST),
    Case("jsonld only, @type array", _page(_TITLE + _ld({**_ARTICLE, "@type": ["NewsArticle"]}))),
    Case("jsonld only, context with slash", _page(
        _TITLE + _ld({**_ARTICLE, "@context": "https://schema.org/"})), choice=_JSONLD_FIRST),
    Case("jsonld only, context object", _page(
        _TITLE + _ld({**_ARTICLE, "@context": {"@vocab": "https://schema.org/"}})),
        choice=_JSONLD_FIRST),
    Case("jsonld only, context without vocab", _page(
        _TITLE + _ld({**_ARTICLE, "@context": {"@language": "en"}}))),
    Case("jsonld only, list with @type list", _page(
        _TITLE + _ld([{**_ARTICLE, "@type": ["NewsArticle"]}]))),
    Case("jsonld only, trailing comma", _page(_TITLE + _ld(_ARTICLE).replace("}<", ",}<"))),
    Case("jsonld only, raw newline in string", _page(
        _TITLE + _ld(_ARTICLE).replace("three rivers", "three\nrivers"))),
    Case("jsonld only, HTML comment", _page(
        _TITLE + _ld(_ARTICLE).replace(">{", "><!--{").replace("}<", "}--><")), unsure=True),
    Case("jsonld only, CDATA", _page(
        _TITLE + _ld(_ARTICLE).replace(">{", "><![CDATA[{").replace("}<", "}]]><")),
        choice=_JSONLD_FIRST),
    Case("jsonld only, name and headline", _page(
        _TITLE + _ld({**_ARTICLE, "name": "Daily Paper"}))),
    Case("jsonld only, WebPage", _page(_TITLE + _ld({**_ARTICLE, "@type": "WebPage"}))),
    Case("jsonld only, Recipe", _page(_TITLE + _ld({**_ARTICLE, "@type": "Recipe"}))),
    Case("jsonld only, mainEntity", _page(_TITLE + _ld(
        {"@context": "https://schema.org", "@type": "WebPage",
         "mainEntity": {k: v for k, v in _ARTICLE.items() if k != "@context"}}))),
    Case("jsonld only, entities in strings", _page(_TITLE + _ld(
        {**_ARTICLE, "headline": "Rivers &amp; lakes of the north &#8211; high"}))),
    Case("jsonld only, named entity in headline", _page(_TITLE + _ld(
        {**_ARTICLE, "headline": "The north&rsquo;s rivers run high"})),
        choice="every HTML entity decoded: Readability decodes only numeric references and "
        "the five XML ones, goose3 none, so both would show a literal &rsquo;"),
    Case("itemprop description only", _page(
        _TITLE + '<meta itemprop="description" content="A description in microdata.">')),
    Case("title, 2 words / site", _page("<title>Flood warnings / Daily Paper</title>")),
    Case("title, 2 words | site", _page("<title>Flood warnings | Daily Paper</title>")),
    Case("title, colons", _page(
        "<title>Daily Paper: Weather and climate desk: Flood warnings</title>")),
    Case("title, en dash site", _page(
        "<title>Northern rivers at record highs after a wet spring – Daily Paper</title>")),
    Case("title, two title elements", _page(
        "<title>Northern rivers at record highs</title><title>Other title</title>")),
    Case("title, only svg title", _page("", "<svg><title>Menu icon</title></svg><p>Body</p>"),
         choice=_ICON),
    Case("title, short with one h1", _page(
        "<title>Daily Paper</title>", "<h1>Northern rivers at record highs</h1>"),
        choice=_CLEANING),
    Case("title, Cyrillic name vs headline", _page(
        "<title>Реки севера вышли из берегов | Газета</title>" + _ld(
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "name": "Газета", "headline": "Реки севера вышли из берегов"}))),
)  # fmt: skip


def mark(row: Row) -> str:
    """ok, DIVERGES, choice (a choice curator keeps, see ``Case.choice``), contested or unsure."""
    case, _, _, want, got = row
    if want == CONTESTED:
        return "contested"
    if want == UNSURE:
        return "unsure"
    if normalise(want or "") == normalise(got or ""):
        return "ok"
    return "choice" if case.choice else "DIVERGES"


def check_oracles(corpus: Path) -> tuple[dict[str, list[int]], list[str]]:
    """Per tool: [pages reproduced, pages compared]; and the misses."""
    tally: dict[str, list[int]] = {tool: [0, 0] for tool in TOOLS}
    misses = []
    for page in load_pages(corpus):
        text = decode_html(page.path.read_bytes(), {})
        url = page.truth.get("url")
        host = urlsplit(url).hostname if isinstance(url, str) else None
        title, summary = outputs(text, host)[page.corpus]
        for field_name, got in (("title", title), ("description", summary)):
            want = page.truth.get(field_name)
            if not isinstance(want, str):
                continue
            if got is None and field_name == "description" and page.corpus == "readability":
                continue  # the first-paragraph excerpt: article scoring is not ported
            tally[page.corpus][1] += 1
            if normalise(got or "") == normalise(want):
                tally[page.corpus][0] += 1
            else:
                misses.append(
                    f"{page.id} {field_name}: want {want[:70]!r} got {(got or '')[:70]!r}"
                )
    return tally, misses


Row = tuple["Case", str, dict[str, str | None], str | None, str | None]


def check_cases() -> list[Row]:
    """(case, field, each tool's value, the agreed value, ``CONTESTED`` or ``UNSURE``,
    curator's value)."""
    rows: list[Row] = []
    for case in CASES:
        tools = outputs(case.html)
        meta = extract(case.html.encode("utf-8"), "", {"content-type": "text/html"})
        for index, field_name in enumerate(("title", "description")):
            values = {tool: tools[tool][index] for tool in TOOLS}
            voters = [values["readability"], values["metascraper"]]
            if case.goose3 or field_name == "title":
                voters.append(values["goose3"])
            want = UNSURE if case.unsure else agreed(voters)
            rows.append((case, field_name, values, want, getattr(meta, field_name)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if (args.corpus / "pages").is_dir():
        tally, misses = check_oracles(args.corpus)
        for tool, (hit, seen) in tally.items():
            print(f"oracle {tool:<12} reproduces its corpus truth on {hit}/{seen}")
        if args.verbose:
            print("\n".join(f"  {m}" for m in misses))
    else:
        print(f"no corpus at {args.corpus / 'pages'}: oracle check skipped", file=sys.stderr)
    rows = check_cases()
    marks = Counter(mark(row) for row in rows)
    for row in rows:
        case, field_name, values, _, got = row
        if args.verbose or mark(row) in ("DIVERGES", "choice"):
            shown = ", ".join(f"{t}={(v or '-')[:48]!r}" for t, v in values.items())
            print(
                f"{mark(row):<9} {case.name} [{field_name}] curator={(got or '-')[:48]!r}; {shown}"
            )
            if case.choice and mark(row) == "choice":
                print(f"          ({case.choice})")
    print(
        f"shapes ({len(rows)} values): curator outputs the tools' majority on {marks['ok']}, "
        f"diverges on {marks['DIVERGES']}, differs by a choice it names on {marks['choice']}; "
        f"the tools disagree on {marks['contested']}, the port is unsure on {marks['unsure']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
