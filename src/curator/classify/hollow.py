"""A document with nothing in it for a reader, though it is a document.

A 200 whose HTML has no visible words, no script that could render any, nothing to look at or
play (an image, a video, an embedded frame or object, a canvas, an SVG), no form to fill in and
no refresh moving the reader on holds as little as an empty body: a compressed answer that
inflates to ``<html><head><title>…</title></head><body></body></html>`` is a template the server
filled with nothing. A shell with a script may still render its page, and a page that is one
picture or one embedded player is its content; neither is hollow.
"""

from __future__ import annotations

import re

from lxml import etree

from curator.classify.gone import TEXT_WINDOW, prose_words
from curator.extract.document import Document

# What a reader can see, play, fill in or be moved on by without any words: each makes a page.
_CONTENT_TAGS = (
    "script", "img", "picture", "video", "audio", "iframe", "frame", "frameset", "embed",
    "object", "canvas", "svg", "math", "form", "input", "textarea", "select", "button",
)  # fmt: skip


def hollow(document: Document, words: int) -> bool:
    """Whether a parsed page with ``words`` visible words shows a reader nothing at all."""
    if words:
        return False
    root = document.root
    if next(root.iter(*_CONTENT_TAGS), None) is not None:
        return False
    return not any(
        "refresh" in (meta.get("http-equiv") or "").lower() for meta in root.iter("meta")
    )


# The page's main area, as its template marks it: one ``<main>`` (or ``role=main``), else the
# one ``<article>``.
_MAIN = etree.XPath("//main | //*[@role='main']")
_ARTICLE = etree.XPath("//article")
# Inside the main area, what is content without words (a gallery, a player, an embed, a form),
# or a script or a mount point that a script may still fill (a client-rendered page).
_WORDLESS_CONTENT = etree.XPath(
    ".//img | .//picture | .//video | .//audio | .//iframe | .//embed | .//object | .//canvas"
    " | .//svg | .//math | .//form | .//input | .//button | .//select | .//textarea | .//script"
    " | .//noscript | .//template | .//slot"
)
# The ids and attributes front-end frameworks mount a client-rendered page on.
_MOUNT_IDS = frozenset({"root", "app", "__next", "__nuxt", "___gatsby", "svelte", "react-root",
                        "app-root", "application", "spa-root", "main-app"})  # fmt: skip
_MOUNT_ATTRIBUTES = ("data-reactroot", "data-server-rendered", "ng-version", "data-v-app")
# Words that are the area's label, not its content: a heading ("Untitled"), a date.
_LABELS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "time", "style"})
# Parts of a main area that are by definition not its content: a sidebar, a menu, its header
# (title, byline) and footer (tags, share buttons). Their words and forms are not counted.
# A site search box (``role=search``) and the ARIA landmarks for a menu or a sidebar are the
# same chrome, wherever the template puts them.
_ASIDES = frozenset({"aside", "nav", "header", "footer"})
_ASIDE_ROLES = frozenset({"search", "navigation", "complementary", "banner", "contentinfo"})
# Every word of the page's body a reader can see, menus and footer included (``visible_text``
# leaves those out): the chrome's size.
_CHROME_TEXT = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)][normalize-space()]"
)
_WORD = re.compile(r"\w")
# The chrome around an empty main area has at least this many words (or characters, in a
# language written without spaces): a page with less is a shell or a stub, judged on its own
# terms (``blank``).
CHROME_WORDS = 15
CHROME_CHARS = 120
# Prose outside the main area (``gone.prose_words``) up to this many words is the chrome's
# blurbs; more is the page's content set outside the element its template marks as main.
OUTSIDE_PROSE = 40


def empty_main(document: Document, text: str) -> str | None:
    """Which main area of a page (whose visible text is ``text``) holds nothing of its own amid
    full chrome: no word outside its headings and dates, no picture, player, embed or form, and
    no script or mount point that could still fill it."""
    area, name = _only(_MAIN(document.root)), "main area"
    if area is None:
        area, name = _only(_ARTICLE(document.root)), "article"
    if area is None or _mounted(area) or _own_words(area) or _wordless_content(area):
        return None
    texts = _CHROME_TEXT(document.root)
    chrome = " ".join(str(part) for part in texts) if isinstance(texts, list) else ""
    if chrome.count(" ") < CHROME_WORDS and len(chrome) < CHROME_CHARS:
        return None
    if prose_words(text[:TEXT_WINDOW]) > OUTSIDE_PROSE:
        return None
    return name


def _only(found: object) -> etree._Element | None:
    if isinstance(found, list) and len(found) == 1 and isinstance(found[0], etree._Element):
        return found[0]
    return None


def _mounted(area: etree._Element) -> bool:
    """Whether a front-end framework mounts the page on the area or inside it."""
    for element in area.iter():
        if not isinstance(element.tag, str):
            continue
        if "-" in element.tag or (element.get("id") or "").lower() in _MOUNT_IDS:
            return True
        if any(element.get(attribute) is not None for attribute in _MOUNT_ATTRIBUTES):
            return True
    return False


def _wordless_content(area: etree._Element) -> bool:
    """Whether the area holds content without words outside its asides."""
    found = _WORDLESS_CONTENT(area)
    return isinstance(found, list) and any(
        not any(_aside(ancestor) for ancestor in (element, *element.iterancestors()))
        for element in found
        if isinstance(element, etree._Element)
    )


def _own_words(area: etree._Element) -> bool:
    """Whether the area shows a word outside its headings, dates and asides."""
    if area.text and _WORD.search(area.text):
        return True
    for child in area:
        if not isinstance(child.tag, str):
            continue
        if child.tag not in _LABELS and not _aside(child) and _own_words(child):
            return True
        if child.tail and _WORD.search(child.tail):
            return True
    return False


def _aside(element: etree._Element) -> bool:
    """Whether the element is chrome by its tag or its landmark role."""
    return element.tag in _ASIDES or (element.get("role") or "").lower() in _ASIDE_ROLES
