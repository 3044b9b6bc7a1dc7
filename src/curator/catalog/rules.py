"""The value rules of a route, shared by the models and the line-aware checker.

Kept in one place so that a Route built in code and a route read from a file obey the same
rules and say the same thing when they break one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_HINT = "lower-case letters and digits, words joined by single hyphens"
_SLUG_RE = re.compile(SLUG_PATTERN)
_UNSAFE_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_slug(text: str) -> bool:
    return _SLUG_RE.fullmatch(text) is not None


@lru_cache(maxsize=256)
def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a source address, or None if it can.

    A source must be something a reader's browser (and our checker) can open without guessing:
    an absolute http(s) URL with a host. Anything looser would be "fixed" differently by each
    tool downstream. Asked twice for each source read (the checker, then the model it builds),
    so the second answer is remembered: a few recent addresses, not the catalog.
    """
    if not url.strip():
        return "is empty"
    if _UNSAFE_URL_CHARS.search(url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"cannot be parsed ({exc})"
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return "must be an absolute http:// or https:// URL"
    if not parts.hostname:
        return "has no host"
    if port == 0:
        return "has an invalid port"
    return None


def normalise_url(url: str) -> str:
    """The form in which two URLs that obviously name the same page compare equal.

    Only trivial differences are erased (scheme and host case, default port, fragment, trailing
    slash): enough to catch an editor citing one page twice, not so much that distinct pages merge.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), parts.query, ""))
