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
_SEP = "\0"  # between words of an address in order: no word holds it
_LITERAL_MIN = 4
_LONG_SLUG = 12


def main_words(root: etree._Element, url: str) -> list[str]:
    """The words of the page's main content, lower-cased, in order, with every word holding a
    digit read as "0" and the words of ``url``'s path as one ``MASK`` per run of them (an
    echoed path, a slug, the probe's own made-up letters)."""
    return masked_words(" ".join(_main_blocks(root)), address_words(url))


def masked_words(text: str, address: Address) -> list[str]:
    """The words of ``text``, lower-cased, with each run of the address's words one ``MASK``
    and each word holding a digit "0" (whether or not the address holds it: a date in the
    path is a time of day in the text): what differs between two draws of one catch-all for
    two paths.

    A lone word of the address is masked only when it is a segment of its own (the probe's
    made-up letters, a one-word slug, a section): a slug's word alone is as likely the site's
    name ("Sleep Well" under ``/sleep-study-teenagers``), which the catch-all says too.
    Each distinct word is tested once (a page repeats most of its words)."""
    text = text.lower()
    for quoted_as_written in address.literals:  # glued to words around it (CJK text, "url=")
        text = text.replace(quoted_as_written, f" {MASK} ")
    words: list[str] = _WORDS.findall(text)
    distinct = set(words)
    numbers = {word for word in distinct if _NUMBERED.search(word)}
    quoted = distinct & address.words
    if quoted:
        _mask_runs(words, quoted, numbers, address)
    if numbers:
        words = ["0" if word in numbers else word for word in words]
    return words


def _mask_runs(words: list[str], quoted: set[str], numbers: set[str], address: Address) -> None:
    """Each run of the address's words in ``words`` one ``MASK``, in place: several of its
    words in its order, not all numbers ("fete de la musique 2025"; not "Search. Search our
    site" under ``/catchall-search``), or a segment's one word.
    Numbers alone are read as numbers wherever they stand: "02" in "19:02" is a time of day
    even under ``/2023/11/02/``."""
    at = [index for index, word in enumerate(words) if word in quoted]
    runs: list[tuple[int, int]] = []
    first = last = at[0]
    for index in at[1:]:
        if index != last + 1:
            runs.append((first, last))
            first = index
        last = index
    runs.append((first, last))
    for first, last in reversed(runs):  # from the end, so earlier positions hold
        run = words[first : last + 1]
        if all(word in numbers for word in run):
            continue
        if first < last and _SEP + _SEP.join(run) + _SEP in address.sequence:
            words[first : last + 1] = [MASK]
        elif first == last and run[0] in address.segments:
            words[first] = MASK


@dataclass(frozen=True)
class Address:
    """The words of a URL's path, and those that are a whole path segment on their own."""

    words: frozenset[str]
    segments: frozenset[str]
    literals: tuple[str, ...] = ()  # the path and its slug as written, longest first
    sequence: str = ""  # its words in order, each between NULs (a run must be a slice of it)


def address_words(url: str) -> Address:
    """The words of ``url``'s path, as a page quoting it would show them."""
    try:
        path = unquote(urls.split(url).path).lower()
    except ValueError:
        return Address(frozenset(), frozenset())
    segments = path.split("/")
    parts = [_WORDS.findall(segment) for segment in segments]
    words = frozenset(word for part in parts for word in part)
    slug = next((segment for segment in reversed(segments) if segment), "")
    # The path as written, and the slug when no word of a page's own is likely to hold it:
    # several words joined, or one long one (the probe's made-up letters).
    literals = [path.rstrip("/")] if len(path.rstrip("/")) >= _LITERAL_MIN else []
    if len(_WORDS.findall(slug)) > 1 or len(slug) >= _LONG_SLUG:
        literals.append(slug)
    segment_words = frozenset(part[0] for part in parts if len(part) == 1) & words
    sequence = _SEP + _SEP.join(word for part in parts for word in part) + _SEP
    return Address(words, segment_words, tuple(literals), sequence)


def said_words(words: list[str]) -> int:
    """How many of ``words`` are words of the page's own, not a mask or a number."""
    return sum(1 for word in words if word != MASK and word != "0")


def _main_blocks(root: etree._Element) -> list[str]:
    """The text of each block that is main content, in document order.

    One walk, written for speed as ``visible_text`` is (tests inline, no call per element):
    each block collects its own pieces of text (not those of a nested block, judged on its
    own) and how many of their characters are link text."""
    texts: list[list[str]] = [[]]
    sizes, linked = [0], [0]
    stack = [0]
    in_content = in_link = 0
    skipped: etree._Element | None = None
    hidden_tags, block_tags, chrome_tags = HIDDEN_TAGS, BLOCK_TAGS, _CHROME_TAGS
    unlikely, maybe = _UNLIKELY.search, _MAYBE.search
    seen: dict[str, bool] = {}  # class and id strings repeat: each is matched once
    walker = etree.iterwalk(root, events=("start", "end"))
    skip_subtree = walker.skip_subtree
    for event, element in walker:
        tag = element.tag
        if event == "start":
            skip = tag in hidden_tags or not isinstance(tag, str)
            if not skip and tag in chrome_tags:
                skip = tag != "header" or not in_content
            if not skip and element.get("hidden") is not None:
                skip = True
            if not skip:
                aria = element.get("aria-hidden")
                skip = aria is not None and aria.strip().lower() == "true"
            if not skip and tag not in _NEVER_CHROME:
                names = element.get("class")
                named = element.get("id")
                if named is not None:
                    names = f"{names} {named}" if names is not None else named
                if names is not None:
                    chrome = seen.get(names)
                    if chrome is None:
                        chrome = seen[names] = unlikely(names) is not None and not maybe(names)
                    skip = chrome
            if skip:
                skip_subtree()  # its "end" comes next, with no event inside it between
                skipped = element
                continue
            if tag in _CONTENT_TAGS:
                in_content += 1
            elif tag == "a":
                in_link += 1
            if tag in block_tags:
                stack.append(len(texts))
                texts.append([])
                sizes.append(0)
                linked.append(0)
            text = element.text
        else:
            if element is skipped:
                skipped = None
            else:
                if tag in block_tags and len(stack) > 1:
                    stack.pop()
                if tag == "a":
                    in_link -= 1
                elif tag in _CONTENT_TAGS:
                    in_content -= 1
            text = element.tail if element is not root else None
        if text:
            block = stack[-1]
            texts[block].append(text)
            size = len(text.strip())  # menus laid out on many lines are mostly whitespace
            sizes[block] += size
            if in_link:
                linked[block] += size
    return [
        "".join(pieces)
        for pieces, size, link in zip(texts, sizes, linked, strict=True)
        if size and link <= LINK_DENSITY * size
    ]


_NEVER_CHROME = frozenset({"body", "html", "article", "main"})
