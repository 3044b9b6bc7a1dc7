"""A document with nothing in it for a reader, though it is a document.

A 200 whose HTML has no visible words, no script that could render any, nothing to look at or
play (an image, a video, an embedded frame or object, a canvas, an SVG), no form to fill in and
no refresh moving the reader on holds as little as an empty body: a compressed answer that
inflates to ``<html><head><title>…</title></head><body></body></html>`` is a template the server
filled with nothing. A shell with a script may still render its page, and a page that is one
picture or one embedded player is its content; neither is hollow.
"""

from __future__ import annotations

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
