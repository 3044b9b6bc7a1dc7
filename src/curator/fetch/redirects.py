"""Where a response sends us next: Location headers and immediate refreshes.

A refresh comes as a ``Refresh:`` response header or as ``<meta http-equiv="refresh">`` in an
HTML page; browsers read both alike (HTML's shared declarative refresh steps: a delay, then the
address), so one parser (``parse_refresh``) and one delay rule serve both, here and in
``classify.client_redirect`` and ``classify.pointer``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

# 300 Multiple Choices with a Location names the server's preferred choice, which browsers follow.
REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})
# A refresh the fetch follows as a hop: a longer delay is a page a reader sees first, which
# ``classify.client_redirect`` (up to a few seconds) and ``classify.pointer`` read instead.
META_REFRESH_MAX_DELAY = 1.0
_META_SCAN_BYTES = 64 * 1024

_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_HTTP_EQUIV_REFRESH = re.compile(rb"""http-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
# What every tag _HTTP_EQUIV_REFRESH finds contains, opening with a character that has no case,
# which the regex engine can skip to: a page without it has no refresh, and its meta tags need
# not be listed (most pages: 1 of the 71 pages of the real-page bench matches it).
_REFRESH_ANYWHERE = re.compile(rb"""-(?i:equiv\s*=\s*["']?\s*refresh)\b""")
_CONTENT = re.compile(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# A delay, then (after ``;``, ``,`` or a space) an optional ``url=`` and the address, quoted or
# not: ``0; url=/``, ``3,URL='/news/'``, ``0 url=/``, ``5; /x``.
_REFRESH_VALUE = re.compile(
    r"""^\s*(\d+(?:\.\d*)?)(?:(?:\s*[;,]\s*|\s+)(?:url\s*=\s*)?["']?([^"']*)["']?)?\s*$""",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Refresh:
    """A refresh as written: its delay in seconds and the address it names (a reload when
    empty)."""

    delay: float
    target: str


def parse_refresh(value: str) -> Refresh | None:
    """A ``Refresh`` header's value, or a refresh meta tag's content once its character
    references are read (``html.unescape``); None when it is no refresh."""
    match = _REFRESH_VALUE.match(value)
    if match is None:
        return None
    return Refresh(float(match.group(1)), (match.group(2) or "").strip())


def url_key(url: str) -> str:
    """The form under which a URL is fetched once per run: fragment dropped (servers never see
    it), otherwise as written."""
    return urldefrag(url.strip())[0]


def is_fetchable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def location_target(current_url: str, location: str) -> str:
    """The absolute next URL for a Location header, relative references resolved."""
    return url_key(urljoin(current_url, _as_sent(location).strip()))


def _as_sent(header: str) -> str:
    """A header value as the server meant it. http.client decodes header bytes as Latin-1, so a
    Location with a UTF-8 host (``bücher.example``) arrives as mojibake (``bÃ¼cher.example``),
    which no DNS knows; browsers read such bytes as UTF-8, and so do we when they are UTF-8."""
    if header.isascii():
        return header
    try:
        return header.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return header


def meta_refresh_target(current_url: str, body: bytes) -> str | None:
    """The target of an immediate ``<meta http-equiv="refresh">`` in an HTML page, if any.

    Only delays up to ``META_REFRESH_MAX_DELAY`` count, and a refresh to the page itself is a
    reload, not a redirect.
    """
    head = body[:_META_SCAN_BYTES]
    if _REFRESH_ANYWHERE.search(head) is None:
        return None
    for tag in _META_TAG.findall(head):
        if not _HTTP_EQUIV_REFRESH.search(tag):
            continue
        content = _CONTENT.search(tag)
        if content is None:
            continue
        raw = next(group for group in content.groups() if group is not None)
        target = _immediate(current_url, html.unescape(raw.decode("utf-8", "replace")))
        if target is not None:
            return target
    return None


def header_refresh_target(current_url: str, header: str | None) -> str | None:
    """The target of an immediate ``Refresh:`` response header, by the meta refresh's rules: a
    browser follows ``Refresh: 0; url=/`` on any page as it follows the tag."""
    return _immediate(current_url, header) if header else None


def _immediate(current_url: str, value: str) -> str | None:
    """Where a refresh of ``value`` sends the reader at once: only delays up to
    ``META_REFRESH_MAX_DELAY`` count, and a refresh to the page itself is a reload."""
    refresh = parse_refresh(value)
    if refresh is None or not refresh.target or refresh.delay > META_REFRESH_MAX_DELAY:
        return None
    target = location_target(current_url, refresh.target)
    return target if target != url_key(current_url) else None
