"""Where a page sends its reader the moment it loads: a refresh or an inline script.

A browser follows ``<meta http-equiv="refresh" content="3; url=/">``, the same refresh sent as
a ``Refresh: 3; url=/`` response header (``fetch.redirects.parse_refresh`` reads both), and a
top-level ``location.replace("/news/")`` as it follows an HTTP redirect: the reader never reads
the page that carried them. A checker's fetch follows only HTTP redirects and refreshes without
delay,
so a removed article that sends its readers to the home page or its section from the page
itself looks like a page that answers. Read as a redirect, it meets the same landing rules
(home page, the site's error page, a search for its own name, a broader section): those rules
decide, never the redirect alone. A refresh or script that takes the reader to a page carrying
the link's identity (a renamed article, its canonical address) is a move and gives no sign.

Only what a browser does unprompted counts: a refresh of at most ``CLIENT_REFRESH_MAX_DELAY``
seconds, and a script statement that assigns ``location`` at its script's top level, or in a
``setTimeout`` of at most that delay standing there as a statement of its own. An assignment
inside a function, an event handler or a condition (``if (!signedIn) location = "/login"``,
with or without a line break after the condition) runs only when something calls it, and a
frame-buster assigns ``top.location``, not the page's own. What a browser never runs is not
read: a refresh inside ``<noscript>``, a script of a type that is not JavaScript (a template,
``text/plain`` held back until cookies are accepted), anything inside ``<template>``, and code
in comments. Reading is conservative: a statement it cannot place is no redirect.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from curator import urls
from curator.domains import same_site
from curator.extract.document import Document
from curator.fetch.redirects import parse_refresh
from curator.fetch.result import media_type
from curator.redact import redact_url

# A refresh a reader waits out before the page moves on: a browser takes them there before
# they have read a paragraph. Longer delays leave a page to read (``classify.pointer``).
CLIENT_REFRESH_MAX_DELAY = 5.0
# ``location = "..."``, ``location.href = "..."``, ``location.replace("...")``,
# ``location.assign("...")``; what stands before ``location`` is read apart (``_unprompted``).
# The word's start is checked behind it (``\b`` before it means the same) so that the pattern
# opens with the literal word, which the regex engine jumps to instead of trying every offset.
_ASSIGN = re.compile(
    r"""location(?<!\wlocation)(?:(?:\.href)?\s*=\s*(["'])([^"'<>\s]{1,300})\1"""
    r"""|\.(?:replace|assign)\(\s*(["'])([^"'<>\s]{1,300})\3\s*\))"""
)
# Where ``_ASSIGN`` may match once comments are blanked: ``location`` then an ``=``, with only
# whitespace and whole comments (which blanking turns into whitespace) between, or then
# ``.replace(`` or ``.assign(``. Blanking keeps every other character, so a script this finds
# nothing in holds no assignment to read, and most scripts that name ``location`` only read it
# (``location.pathname``): they are not blanked at all. The comments are taken whole, as
# ``_TOKEN`` takes them, and never given back (``*+``): a run of slashes costs one pass.
_MAY_ASSIGN = re.compile(
    r"location(?:\.href)?(?:\s++|/\*[\s\S]*?\*/|//[^\n]*+)*+=|location\.(?:replace|assign)\("
)
# What may stand before ``location`` in a statement of its own: ``window.``, ``document.``,
# ``self.`` (not ``top.`` or ``parent.``: a frame-buster moves the frame's parent).
_OWNER = re.compile(r"(?:window\.|document\.|self\.|window\.document\.)?")
_TIMEOUT = re.compile(r"\bsetTimeout\s*\(")
_DELAY = re.compile(r"\s*(\d{1,6})\s*")
# What may stand before ``setTimeout`` in a statement of its own.
_TIMER_OWNER = re.compile(r"(?:window\.|self\.)?")
# Script types a browser runs (HTML's JavaScript MIME type essence matches, and modules).
_SCRIPT_TYPES = frozenset(
    {"", "module", "text/javascript", "application/javascript", "text/ecmascript",
     "application/ecmascript", "application/x-javascript", "text/x-javascript", "text/jscript"}
)  # fmt: skip
# Elements whose content a browser with scripts on never runs.
_INERT = ("noscript", "template")
# A line break ends a statement only after a token that can end one: a name, a number, a
# string or a closing bracket. After ``)`` (``if (...)``, ``while (...)``), ``else``, ``do``,
# ``=>`` or an operator the statement goes on, on the next line.
_GOES_ON = re.compile(r"(?:[)=>+\-*/%&|^!~?:,(\[.]|\b(?:else|do|return|typeof|void|new|in))\s*$")
# A string literal (to its closing quote or the end, a backslash escaping the next character)
# or a comment (a line comment up to its line break, a block comment to its ``*/`` or the end).
_TOKEN = re.compile(
    r"""'(?:[^'\\]++|\\[\s\S]?)*+(?:'|\Z)"""
    r"""|"(?:[^"\\]++|\\[\s\S]?)*+(?:"|\Z)"""
    r"""|`(?:[^`\\]++|\\[\s\S]?)*+(?:`|\Z)"""
    r"""|//[^\n]*+|/\*[\s\S]*?(?:\*/|\Z)"""
)
_NOT_NEWLINE = re.compile(r"[^\n]")
# How far into a script a redirect statement is looked for: a redirect stub's script is short,
# and an app bundle inlined in a page is not read to its end.
SCRIPT_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ClientRedirect:
    """Where the page sends its reader, and how."""

    target: str  # absolute, credentials redacted
    via: str  # "refresh header", "meta refresh" or "script"

    @property
    def says(self) -> str:
        return f"by a {self.via} as the page loads"


def client_redirect(
    document: Document, url: str, header: str | None = None
) -> ClientRedirect | None:
    """The page's own redirect a browser follows at once, to another page of its site.
    ``header`` is the response's ``Refresh:`` header, read first and by the meta tag's rules:
    a browser obeys both alike."""
    for value, via in ((header, "refresh header"), (_refresh(document), "meta refresh")):
        refresh = parse_refresh(value) if value is not None else None
        if refresh is not None and refresh.target and refresh.delay <= CLIENT_REFRESH_MAX_DELAY:
            found = _onsite(refresh.target, url)
            if found is not None:
                return ClientRedirect(found, via)
    for script in document.elements("script"):
        code = script.text
        if not code or "location" not in code or script.get("src") or not _runs(script):
            continue
        code = code[:SCRIPT_CHARS]
        if _MAY_ASSIGN.search(code) is None:
            continue
        for written in _unprompted(_uncommented(code)):
            found = _onsite(written, url)
            if found is not None:
                return ClientRedirect(found, "script")
    return None


def _refresh(document: Document) -> str | None:
    """The first refresh tag a browser with scripts on obeys (one in ``<noscript>`` it skips),
    its character references read."""
    if document.meta.get("http-equiv:refresh") is None:
        return None  # nearly every page: no refresh at all
    for meta in document.elements("meta"):
        equiv = (meta.get("http-equiv") or "").strip().lower()
        content = meta.get("content")
        if equiv == "refresh" and content and content.strip() and _live(meta):
            return html.unescape(content)
    return None


def _runs(script: etree._Element) -> bool:
    """Whether a browser runs ``script``: JavaScript by its type, outside inert content."""
    return media_type(script.get("type") or "") in _SCRIPT_TYPES and _live(script)


def _live(element: etree._Element) -> bool:
    return next(element.iterancestors(*_INERT), None) is None


def _uncommented(code: str) -> str:
    """``code`` with its comments blanked out (line breaks kept), strings left as they are.

    One regex finds each string and comment from the left, as a scan character by character
    would (a quote opens a string up to its closing quote, escapes skipped; ``//`` and ``/*``
    open a comment outside strings), and only comments are rewritten: the scanning is the regex
    engine's, not a Python step per character of a script.
    """
    return _TOKEN.sub(_blank_comment, code)


def _blank_comment(token: re.Match[str]) -> str:
    text = token.group()
    if text[0] != "/":
        return text  # a string: left as it is
    return _NOT_NEWLINE.sub(" ", text)


def _unprompted(code: str) -> list[str]:
    """The addresses ``code`` assigns to ``location`` as it runs: at the script's top level,
    or in a short ``setTimeout`` there."""
    found: list[str] = []
    for match in _ASSIGN.finditer(code):
        start = match.start()
        statement = code[_statement_start(code, start) : start].strip()
        written = match.group(2) if match.group(2) is not None else match.group(4)
        at_top = _OWNER.fullmatch(statement) is not None and _depth(code, start) == 0
        if at_top or _in_short_timeout(code, start, match.end()):
            found.append(written)
    return found


def _statement_start(code: str, at: int) -> int:
    """Where the statement holding ``at`` starts: after a ``;``, a brace, or a line break
    that ends a statement (``_GOES_ON``)."""
    start = max(code.rfind(mark, 0, at) for mark in (";", "{", "}")) + 1
    newline = code.rfind("\n", start, at)
    while newline >= start:
        if not _GOES_ON.search(code, start, newline):
            return newline + 1
        newline = code.rfind("\n", start, newline)
    return start


def _in_short_timeout(code: str, start: int, end: int) -> bool:
    """``setTimeout(function () { location.href = "..." }, 2000)``, a statement of its own at
    the top level, the assignment in its first argument and the delay its second."""
    opening = None
    for timer in _TIMEOUT.finditer(code, max(0, start - 120), start):
        opening = timer
    if opening is None or _depth(code, opening.start()) != 0:
        return False
    before = code[_statement_start(code, opening.start()) : opening.start()].strip()
    if _TIMER_OWNER.fullmatch(before) is None:
        return False
    arguments = _arguments(code, opening.end())
    if len(arguments) != 2 or not arguments[0][0] <= start < end <= arguments[0][1]:
        return False
    delay = _DELAY.fullmatch(code, *arguments[1])
    return delay is not None and int(delay.group(1)) <= CLIENT_REFRESH_MAX_DELAY * 1000


def _arguments(code: str, at: int) -> list[tuple[int, int]]:
    """The spans of a call's arguments, from just after its ``(`` to the matching ``)``; none
    when the call does not close within the code read."""
    spans: list[tuple[int, int]] = []
    begin, depth = at, 0
    for index in _outside_strings(code, at, len(code)):
        char = code[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return [*spans, (begin, index)] if char == ")" else []
            depth -= 1
        elif char == "," and depth == 0:
            spans.append((begin, index))
            begin = index + 1
    return []


def _depth(code: str, at: int) -> int:
    """How many braces are open at ``at`` in uncommented code, strings aside."""
    depth = 0
    for index in _outside_strings(code, 0, at):
        if code[index] == "{":
            depth += 1
        elif code[index] == "}":
            depth = max(0, depth - 1)
    return depth


def _outside_strings(code: str, start: int, stop: int) -> Iterator[int]:
    """The indexes of ``code``'s characters from ``start`` to ``stop`` that are not inside a
    string literal (nor its quotes): where brackets and commas are the script's own."""
    quote, index = "", start
    while index < stop:
        char = code[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        else:
            yield index
        index += 1


def _onsite(written: str, url: str) -> str | None:
    """``written`` as an address on the page's own site, other than the page itself. A hash
    route (``/#/docs/start``, ``/#!/item/4``) is a page an app draws from the fragment, not the
    page at the path before it (the home page): where it lands is not known from here."""
    try:
        target = urljoin(url, written.strip())
        parts = urls.split(target)
        if parts.scheme not in ("http", "https") or parts.fragment.startswith(("/", "!")):
            return None
    except ValueError:  # a malformed address sends the reader nowhere
        return None
    if not same_site(target, url) or _same_page(target, url):
        return None
    return redact_url(target)


def _same_page(one: str, other: str) -> bool:
    a, b = urls.split(one), urls.split(other)
    return (a.netloc.lower(), a.path.rstrip("/"), a.query) == (
        b.netloc.lower(),
        b.path.rstrip("/"),
        b.query,
    )
