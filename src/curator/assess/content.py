"""The article a page carries, without the page's chrome.

Drift is judged on what an article says. Menus, ads, cookie banners, footers and related-link
widgets change far more often than articles do, so they must not reach the fingerprint.
trafilatura finds the main content; it is run in precision mode without comments and tables
because the drift bench (bench/drift) showed that extra recall mostly brings in widgets that
change between visits. Elements whose class or id names them as chrome (ads, cookie banners,
related links, share bars) are pruned first; trafilatura misses some of them.

When trafilatura finds nothing (tiny pages, app shells), a plain text of ``<main>``,
``<article>`` or ``<body>`` without its obvious chrome elements is better than nothing.

trafilatura is imported on first use: only pages with an approved baseline are fingerprinted,
and importing it (with htmldate, courlan, justext) costs every process memory and start-up
time, the worker processes of a run with no baselines included.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal

import lxml.etree
import lxml.html

# trafilatura reports pages it cannot parse at WARNING/ERROR; for curator an empty result is
# an answer (the fallback takes over), not something to print into the run's output.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_CHROME_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
)
# Class/id tokens that name page chrome on most sites. Matched as whole tokens or token
# prefixes ("ad", "ad-slot", "ads_top"), never as substrings: "thread-", "header", "loading".
_CHROME_TOKEN_RE = re.compile(
    r"^(?:ad|ads|advert|advertisement|adslot|sponsor|sponsored|promo|cookie|cookies|consent"
    r"|gdpr|newsletter|subscribe|paywall|related|recirc|outbrain|taboola|share|social|popup"
    r"|modal)(?:[-_]|$)",
    re.IGNORECASE,
)
# A marked element holding more text than this is a wrapper (a "share-container" around the
# whole story), not a widget: pruning it would throw the article away.
_CHROME_MAX_CHARS = 2000
# Labels that ad slots leave behind in the text even when the slot itself is not marked.
_AD_LABEL_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|publicité|publicidad"
    r"|(?:story|article) continues below(?: advertisement)?|continue reading below)$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINES_RE = re.compile(r"\s*\n\s*")
_SPACES_RE = re.compile(r"[ \t\u00a0]+")
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class MainContent:
    """The main text and which extractor found it (reports say when trafilatura found none)."""

    text: str
    extractor: Literal["trafilatura", "fallback", "none"]


def main_text(html: str, url: str | None = None) -> str:
    """The article's text, one paragraph per line; empty when the page has no text at all."""
    return main_content(html, url).text


def main_content(html: str, url: str | None = None) -> MainContent:
    """Like :func:`main_text`, also saying whether the fallback had to step in."""
    root = _parse(html)
    if root is None:
        return MainContent("", "none")
    prune_chrome(root)
    import trafilatura  # here, not at the top: see the module docstring

    extracted = trafilatura.extract(
        root,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if extracted and extracted.strip():
        return MainContent(_tidy(extracted), "trafilatura")
    text = fallback_text(html)
    return MainContent(text, "fallback" if text else "none")


def prune_chrome(root: lxml.html.HtmlElement) -> None:
    """Remove, in place, small elements whose class or id names them as ads, banners, widgets."""
    marked = [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and any(
            _CHROME_TOKEN_RE.match(token)
            for token in f"{element.get('class', '')} {element.get('id', '')}".split()
        )
    ]
    for element in marked:
        if element is root or element.getparent() is None or element.tag in ("html", "body"):
            continue
        if len(element.text_content()) <= _CHROME_MAX_CHARS:
            element.drop_tree()


def fallback_text(html: str) -> str:
    """Text of the page's ``<main>``/``<article>``/``<body>`` with chrome elements removed."""
    root = _parse(html)
    if root is None:
        return ""
    for container in ("//main", "//article", "//body"):
        found = root.xpath(container)
        if found:
            root = found[0]
            break
    prune_chrome(root)
    for element in root.xpath("|".join(f".//{tag}" for tag in _CHROME_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    return _tidy("\n".join(root.itertext()))


def _parse(html: str) -> lxml.html.HtmlElement | None:
    # lxml refuses str input that still declares an encoding; the text is already decoded.
    html = _XML_DECLARATION_RE.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _tidy(text: str) -> str:
    text = _AD_LABEL_RE.sub("", _SPACES_RE.sub(" ", text))
    return _BLANK_LINES_RE.sub("\n", text).strip()
