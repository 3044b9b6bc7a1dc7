"""Making text that a web page wrote safe to show in a terminal or a Markdown table."""

from __future__ import annotations

import re

# Unicode's bidirectional formatting characters (embeddings, overrides, isolates, marks): a
# page title holding U+202E shows the rest of a line, URLs and counts included, reversed.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0/C1 control characters, including ESC: a page title must not be able to move the cursor,
# recolour the terminal or rewrite the line above it.
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
_UNSEEN = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_BIDI}]")

_MD_SPECIAL = "\\|`*_[]<>"
_MD_SPECIAL_RE = re.compile(r"[\\|`*_\[\]<>]")
_MD_ESCAPES = tuple((char, "\\" + char) for char in _MD_SPECIAL)


def visible(text: str) -> str:
    """``text`` without control or bidi formatting characters (line breaks and tabs kept):
    what a page wrote, as the page could not make it look."""
    return text if text.isprintable() else _UNSEEN.sub("", text)


def plain(text: str | None, limit: int = 200) -> str:
    """One clean line: control characters dropped, whitespace collapsed, length capped."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # Already one clean line, as most are: printable text has no control characters and
        # no whitespace but the plain space, so there is nothing to drop or collapse.
        line = text
    else:
        line = " ".join(_CONTROL.sub("", text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def md_code(text: str | None, limit: int = 200) -> str:
    """An inline code span holding ``text`` verbatim.

    Backslash escapes do not work inside a code span (``\\<`` shows as a backslash and a
    bracket), and nothing needs escaping there but backticks: the span is fenced with one more
    backtick than the longest run inside it, and padded when the text starts or ends with one.
    """
    line = plain(text, limit)
    longest = max((len(run) for run in re.findall(r"`+", line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if line.startswith("`") or line.endswith("`") else ""
    return f"{fence}{pad}{line}{pad}{fence}"


def md_cell(text: str | None, limit: int = 200) -> str:
    """A Markdown table cell: pipes, backticks, angle brackets and link syntax neutralised."""
    line = plain(text, limit)
    if _MD_SPECIAL_RE.search(line):  # most cells have none: one scan instead of nine
        for char, escaped in _MD_ESCAPES:
            line = line.replace(char, escaped)
    return line
