"""Visible text of a page: what a reader would see, for soft-404 and drift similarity."""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from curator.extract.clean import cap, collapse

TEXT_CAP = 200_000
"""Characters of visible text kept; enough to compare pages, small enough to store per run."""

# Not shown to readers, or boilerplate repeated on every page of a site (navigation, footers,
# sidebars), which would make two different pages of one site look alike. Not <form>: ASP.NET
# WebForms pages wrap their whole body in one.
HIDDEN_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "button", "nav", "footer", "aside",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
        "ul", "caption", "img",
    }
)  # fmt: skip


def is_hidden(element: HtmlElement) -> bool:
    """True for elements a reader never sees as page content."""
    tag = element.tag
    if not isinstance(tag, str) or tag in HIDDEN_TAGS:
        return True
    attrib = element.attrib
    return "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true"


def visible_text(root: HtmlElement, limit: int = TEXT_CAP) -> str:
    """Whitespace-collapsed visible text of ``root``, capped at ``limit`` characters."""
    parts: list[str] = []
    size = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if is_hidden(element):
                walker.skip_subtree()
                continue
            if element.tag in BLOCK_TAGS:
                parts.append(" ")
            if element.text:
                parts.append(element.text)
                size += len(element.text)
        else:
            if element.tag in BLOCK_TAGS:
                parts.append(" ")
            if element.tail and element is not root:
                parts.append(element.tail)
                size += len(element.tail)
        if size > limit * 2:
            break
    return cap(collapse("".join(parts)), limit)


def element_text(element: HtmlElement) -> str:
    """Collapsed text of one element, skipping hidden descendants (scripts inside headings)."""
    return visible_text(element, limit=TEXT_CAP)
