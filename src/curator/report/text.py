"""Making text that a web page wrote safe to show in a terminal or a Markdown table."""

from __future__ import annotations

import re

# C0/C1 control characters, including ESC: a page title must not be able to move the cursor,
# recolour the terminal or rewrite the line above it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str | None, limit: int = 200) -> str:
    """One clean line: control characters dropped, whitespace collapsed, length capped."""
    if not text:
        return ""
    line = " ".join(_CONTROL.sub("", text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def md_cell(text: str | None, limit: int = 200) -> str:
    """A Markdown table cell: pipes, backticks, angle brackets and link syntax neutralised."""
    line = plain(text, limit)
    for char in "\\|`*_[]<>":
        line = line.replace(char, "\\" + char)
    return line
