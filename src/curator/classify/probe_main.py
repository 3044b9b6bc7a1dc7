"""What a page says as its main content, read for the soft-404 probe's comparison.

A catch-all that renders its "not found" page for each path (the path echoed in the message,
a rail of suggested articles drawn afresh, a render stamp) differs from itself in its rails and
stamps, not in its message. Compared as whole pages, two draws of it are more or less alike
depending on which rail the made-up path happened to draw, so the verdict moved with the probe's
random path. Compared by their main content, with the chrome and the link rails left out and the
asked address, its words and every number set aside, two draws say the same thing, and a live
page on the same site says something else.

The main content is what Readability's scorer would not throw away before scoring: the text
outside navigation, headers, footers, sidebars and the blocks whose class or id names them
(Readability's "unlikely candidates" pattern, proven on many sites), in blocks that are not mostly
link text (a rail of teasers, a menu built of divs). It is read only where a probe answer can
use it (``inspect``), since it is a second walk over the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from curator import urls
from curator.extract.text import BLOCK_TAGS, HIDDEN_TAGS

# Readability's unlikelyCandidates and okMaybeItsACandidate (mozilla/readability, Readability.js
# REGEXPS): an element whose class or id matches the first and not the second is chrome.
_UNLIKELY = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
    r"gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
    r"sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
    re.IGNORECASE,
)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
# Chrome by tag, beyond what visible text already leaves out: the site's header (an article's
# own <header>, inside <article> or <main>, holds its heading and stays) and form labels. Not
# <form>: ASP.NET WebForms pages wrap their whole body in one.
_CHROME_TAGS = frozenset({"header", "label"})
_CONTENT_TAGS = frozenset({"article", "main"})
# Readability drops a block whose link density is above this (its "link density > 0.5" rule for
# conditionally cleaned blocks): a rail of teasers is almost all link text.
LINK_DENSITY = 0.5
_NUMBERED = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
MASK = "_"


def main_words(root: etree._Element, url: str) -> list[str]:
    """The words of the page's main content, lower-cased, in order, with every word holding a
    digit read as "0" and the words of ``url``'s path as one ``MASK`` per run of them (an
    echoed path, a slug, the probe's own made-up letters)."""
    return masked_words(_WORDS.findall(" ".join(_main_blocks(root)).lower()), address_words(url))


def masked_words(words: list[str], address: Address) -> list[str]:
    """``words`` with each run of the address's words one ``MASK`` and each word holding a
    digit "0" (whether or not the address holds it: a date in the path is a time of day in
    the text): what differs between two draws of one catch-all for two paths.

    A lone word of the address is masked only when it is a segment of its own (the probe's
    made-up letters, a one-word slug, a section): a slug's word alone is as likely the site's
    name ("Sleep Well" under ``/sleep-study-teenagers``), which the catch-all says too."""
    masked: list[str] = []
    run = 0
    for word in words:
        numbered = _NUMBERED.search(word) is not None
        if word in address.words and not numbered:
            run += 1
            masked.append(word)
            continue
        if run:
            _close_run(masked, run, address)
            run = 0
        masked.append("0" if numbered else word)
    if run:
        _close_run(masked, run, address)
    return masked


def _close_run(masked: list[str], run: int, address: Address) -> None:
    """Replace the last ``run`` words of ``masked`` (all the address's) by one mask when they
    quote it."""
    if run == 1 and masked[-1] not in address.segments:
        return
    del masked[-run:]
    if not masked or masked[-1] != MASK:
        masked.append(MASK)


@dataclass(frozen=True)
class Address:
    """The words of a URL's path, and those that are a whole path segment on their own."""

    words: frozenset[str]
    segments: frozenset[str]


def address_words(url: str) -> Address:
    """The words of ``url``'s path, as a page quoting it would show them."""
    try:
        path = unquote(urls.split(url).path).lower()
    except ValueError:
        return Address(frozenset(), frozenset())
    parts = [_WORDS.findall(segment) for segment in path.split("/")]
    return Address(
        frozenset(word for part in parts for word in part),
        frozenset(part[0] for part in parts if len(part) == 1),
    )


def said_words(words: list[str]) -> int:
    """How many of ``words`` are words of the page's own, not a mask or a number."""
    return sum(1 for word in words if word != MASK and word != "0")


def _main_blocks(root: etree._Element) -> list[str]:
    """The text of each block that is main content, in document order."""
    # Each block's pieces of text, with how much of it is link text; a block's own text is
    # what is not inside a nested block (that one is judged on its own).
    texts: dict[int, list[str]] = {}
    linked: dict[int, int] = {}
    order: list[int] = []
    stack: list[int] = [0]
    texts[0], linked[0] = [], 0
    order.append(0)
    in_content, in_link = 0, 0
    walker = etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    next_id = 1
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str) or tag in HIDDEN_TAGS or _chrome(element, tag, in_content):
                skip_subtree()
                # iterwalk sends no "end" for a skipped element: its tail is still the parent's
                _add(texts, linked, stack[-1], element.tail, in_link > 0)
                continue
            if tag in _CONTENT_TAGS:
                in_content += 1
            if tag == "a":
                in_link += 1
            if tag in BLOCK_TAGS:
                stack.append(next_id)
                texts[next_id], linked[next_id] = [], 0
                order.append(next_id)
                next_id += 1
            _add(texts, linked, stack[-1], element.text, in_link > 0)
        else:
            if tag in BLOCK_TAGS and len(stack) > 1:
                stack.pop()
            if tag == "a":
                in_link -= 1
            if tag in _CONTENT_TAGS:
                in_content -= 1
            if element is not root:
                _add(texts, linked, stack[-1], element.tail, in_link > 0)
    kept: list[str] = []
    for block in order:
        text = "".join(texts[block])
        size = len(text.strip())
        if size and linked[block] <= LINK_DENSITY * size:
            kept.append(text)
    return kept


def _add(
    texts: dict[int, list[str]], linked: dict[int, int], block: int, text: str | None, link: bool
) -> None:
    if text:
        texts[block].append(text)
        if link:
            linked[block] += len(text.strip())


def _chrome(element: etree._Element, tag: str, in_content: int) -> bool:
    """Chrome by tag or by its class and id (Readability's rule), or hidden from readers."""
    if element.get("hidden") is not None:
        return True
    aria = element.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    if tag in _CHROME_TAGS and not (tag == "header" and in_content):
        return True
    if tag in ("body", "html", "article", "main"):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(names.strip()) and bool(_UNLIKELY.search(names)) and not _MAYBE.search(names)
