"""Turning raw attribute and element text into values people compare and read."""

from __future__ import annotations

import re

ELLIPSIS = "…"
_XML_ENTITIES = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">"}
_XML_ENTITY = re.compile(r"&(quot|amp|apos|lt|gt|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def unescape_xml(text: str) -> str:
    """Decode numeric character references and ``&quot; &amp; &apos; &lt; &gt;``."""
    return _XML_ENTITY.sub(_decode_entity, text)


def _decode_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] != "#":
        return _XML_ENTITIES[name]
    try:
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
    except ValueError:
        return match.group(0)


def collapse(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and zero-width space) to one space.

    ``str.split`` splits on exactly the characters ``\\s`` matches (NBSP, U+2028 and U+2029
    among them); the two zero-width ones it does not know become spaces first. The same
    result as a regex substitution, and much cheaper on a page's worth of text, which is
    mostly indentation.
    """
    return " ".join(text.replace("\u200b", " ").replace("\ufeff", " ").split())


def cap(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, at a word boundary, marked with "…".

    A megabyte ``<title>`` is an attack or a broken page, not a title; capping keeps reports
    readable and comparisons cheap.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + ELLIPSIS


def clean_value(raw: str | None, limit: int) -> str | None:
    """Decode leftover escapes, collapse and cap a metadata value; None when nothing is left.

    The HTML parser already decoded entities once. Many CMSs escape twice
    (``content="Mugabe&amp;#039;s &amp;quot;Blue House&amp;quot;"``), so, as Readability does, the
    numeric references and the five XML entities are decoded once more; other named entities
    (``&nbsp;``) are left as the page shows them.
    """
    if raw is None:
        return None
    text = collapse(unescape_xml(raw) if "&" in raw else raw)
    return cap(text, limit) if text else None
