"""A document with nothing in it for a reader, though it is a document.

A 200 whose HTML has no visible words, no script that could render any, nothing to look at or
play (an image, a video, an embedded frame or object, a canvas, an SVG), no form to fill in and
no refresh moving the reader on holds as little as an empty body: a compressed answer that
inflates to ``<html><head><title>…</title></head><body></body></html>`` is a template the server
filled with nothing. A shell with a script may still render its page, and a page that is one
picture or one embedded player is its content; neither is hollow.
"""

from __future__ import annotations

from typing import Any

from curator.extract.document import Document

# What a reader can see, play, follow, fill in or be moved on by without any words: each makes
# a page (a link list of icons, a declarative shadow root's template, a picture).
_CONTENT_TAGS = (
    "script", "img", "picture", "video", "audio", "iframe", "frame", "frameset", "embed",
    "object", "canvas", "svg", "math", "form", "input", "textarea", "select", "button",
    "template", "a", "area",
)  # fmt: skip


def hollow(document: Document, words: int) -> bool:
    """Whether a parsed page with ``words`` visible words shows a reader nothing at all: no
    text anywhere in it (not even text hidden from the visible-text count, as ``aria-hidden``
    text is), no picture a stylesheet paints, nothing to look at, play, follow or fill in."""
    if words:
        return False
    root = document.root
    if next(root.iter(*_CONTENT_TAGS), None) is not None:
        return False
    for element in root.iter("meta", "style", "body"):
        if element.tag == "meta" and "refresh" in (element.get("http-equiv") or "").lower():
            return False
        if element.tag == "style" and "url(" in (element.text or ""):
            return False
        if element.tag == "body" and _holds_text(element):
            return False
    return not any("url(" in (element.get("style") or "") for element in root.iter())


def _holds_text(body: Any) -> bool:
    """Any text in the body's elements or between them, a stylesheet's and comments' aside."""
    for element in body.iter():
        if element is not body and (element.tail or "").strip():
            return True
        if isinstance(element.tag, str) and element.tag != "style" and (element.text or "").strip():
            return True
    return False
