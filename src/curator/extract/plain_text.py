"""A ``text/plain`` body as the page a reader sees: its lines, and a short message's first line.

A browser shows a plain-text answer as it is, line by line; nothing in it is markup. Read as
HTML, its line breaks fold into spaces, so a two-line notice ("Strona nie istnieje" above "Wróć
na stronę główną") becomes one sentence, and its statement reads as qualified by the way out
that follows it. So the text is rebuilt as the document it shows: each line a block of its own,
except a line of hard-wrapped prose, which runs on into the next (a long line not ending a
sentence); blank lines part paragraphs either way. Markup characters are text ("<b>" shows as
written).

A body of one line (what a handler or a proxy answers in place of a page: "Not found") is its
own headline, as an HTML notice's heading is, so it is read as the heading. Only a line that
reads as one: a few words, beginning with a letter, no field of a record ("User-agent: *",
"Contact: mailto:..."), so a version number or a log line keeps no heading. A longer body keeps
none either, measured on DEV: a heading is weighed by the share of it a statement fills, and a
line that is a heading no longer leaves the page nameless (``classify.address``), so a
two-line notice read its first line as a heading reads weaker than as the first line of its
text. Lines a list marks ("- ", "* ", "• ") are the items of a list, as a changelog's are.

A body that opens with markup (``<!DOCTYPE html>``, ``<html>``) is an HTML page its server
labelled ``text/plain`` by mistake; it is read as HTML, as before.
"""

from __future__ import annotations

import html
import re

# A message that is its own headline: one block.
MESSAGE_LINES = 1
# A headline has at most this many words; a longer first line is a sentence of a paragraph.
HEADLINE_WORDS = 16
# A line at least this long that does not end a sentence is hard-wrapped prose (plain-text
# documents wrap near 72 or 80 columns): it runs on into the next line.
WRAPPED_CHARS = 56
_ENDS_SENTENCE = re.compile(r"[.!?:;。！？」』)\]\"'»”]\s*$")
# A list item's marker at a line's start.
_ITEM = re.compile(r"[-*•]\s+")
# A record's field: a name without spaces, then a colon ("User-agent:", "Last-Modified:").
_FIELD = re.compile(r"[^\s:]{1,40}:(?:\s|$)")


def looks_like_markup(text: str) -> bool:
    """Whether a ``text/plain`` body is an HTML page labelled wrongly: it opens with a tag."""
    return text.lstrip("\ufeff \t\r\n").startswith("<")


def as_html(text: str) -> str:
    """The markup of the page a browser shows for a plain-text body ``text``."""
    blocks = _blocks(text)
    if not blocks:
        return ""
    parts = []
    if _headline(blocks):
        parts.append(f"<h1>{html.escape(blocks[0])}</h1>")
        blocks = blocks[1:]
    listing = False
    for block in blocks:
        item = _ITEM.match(block)
        if item is not None and not listing:
            parts.append("<ul>")
        elif item is None and listing:
            parts.append("</ul>")
        listing = item is not None
        parts.append(
            f"<li>{html.escape(block[item.end() :])}</li>"
            if item is not None
            else f"<p>{html.escape(block)}</p>"
        )
    if listing:
        parts.append("</ul>")
    return f"<html><body>{''.join(parts)}</body></html>"


def _blocks(text: str) -> list[str]:
    """The text's blocks: each line alone, a hard-wrapped line joined to the next."""
    blocks: list[str] = []
    running = ""
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            if running:
                blocks.append(running)
            running = ""
            continue
        running = f"{running} {line}" if running else line
        if len(raw.rstrip()) < WRAPPED_CHARS or _ENDS_SENTENCE.search(line):
            blocks.append(running)
            running = ""
    if running:
        blocks.append(running)
    return blocks


def _headline(blocks: list[str]) -> bool:
    """Whether the first block heads a short message (see the module's docstring)."""
    first = blocks[0]
    if len(blocks) > MESSAGE_LINES:
        return False
    if len(first.split()) > HEADLINE_WORDS or not first[0].isalpha():
        return False
    return _FIELD.match(first) is None
