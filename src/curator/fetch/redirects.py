"""Where a response sends us next: Location headers and immediate meta refreshes."""

from __future__ import annotations

import html
import re
from urllib.parse import urldefrag, urljoin, urlsplit

# 300 Multiple Choices with a Location names the server's preferred choice, which browsers follow.
REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})
META_REFRESH_MAX_DELAY = 1.0  # a longer delay is a page a reader sees, not a redirect
_META_SCAN_BYTES = 64 * 1024

_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_HTTP_EQUIV_REFRESH = re.compile(rb"""http-equiv\s*=\s*["']?\s*refresh\b""", re.IGNORECASE)
# What every tag _HTTP_EQUIV_REFRESH finds contains, opening with a character that has no case,
# which the regex engine can skip to: a page without it has no refresh, and its meta tags need
# not be listed (most pages: 1 of the 71 pages of the real-page bench matches it).
_REFRESH_ANYWHERE = re.compile(rb"""-(?i:equiv\s*=\s*["']?\s*refresh)\b""")
_CONTENT = re.compile(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_REFRESH_VALUE = re.compile(
    r"""^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"']*)["']?)?\s*$""", re.IGNORECASE
)


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
        value = html.unescape(raw.decode("utf-8", "replace"))
        match = _REFRESH_VALUE.match(value)
        if match is None or not match.group(2) or not match.group(2).strip():
            continue
        if float(match.group(1)) > META_REFRESH_MAX_DELAY:
            continue
        target = location_target(current_url, match.group(2))
        if target != url_key(current_url):
            return target
    return None
