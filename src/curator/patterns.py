"""URL and host patterns, as an operator writes them in ``curator.toml``'s ``[policy]``.

Pattern syntax. A URL pattern is a glob over the whole URL (``*`` matches any run of
characters, ``/`` included; ``?`` one character; ``[abc]`` a set), so
``https://example.org/private/*`` excludes everything under that folder; or, after ``re:``, a
Python regular expression searched anywhere in the URL (``re:^https?://[^/]*\\.internal/``).
A host pattern is a host name (``partner.example.org``) or a glob over it
(``*.example.org`` for its subdomains); host names compare case-insensitively.

Why globs first: most exclusions are "this folder" or "this site", which a glob says plainly;
a regex is there for the rest, and marked so nobody has to guess which one a string is.

Its own module so that settings can validate a pattern and ``curator.policy`` can apply one,
without the two importing each other.
"""

from __future__ import annotations

import fnmatch
import re

REGEX_PREFIX = "re:"


class PatternError(ValueError):
    """A pattern that cannot be used; the message says why."""


def url_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled form of a URL pattern (see the module's docstring for the syntax)."""
    if pattern.startswith(REGEX_PREFIX):
        source = pattern[len(REGEX_PREFIX) :]
        if not source:
            raise PatternError("empty regular expression after 're:'")
        try:
            return re.compile(source)
        except re.error as exc:
            raise PatternError(f"bad regular expression {source!r}: {exc}") from exc
    if "://" not in pattern and not pattern.startswith("*"):
        raise PatternError(
            f"URL pattern {pattern!r} matches whole URLs, so it starts with a scheme "
            f"(https://{pattern}) or '*'; use 're:' for a regular expression"
        )
    return re.compile(fnmatch.translate(pattern))


def host_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled form of a host pattern: a host name, or a glob over host names."""
    if not pattern or any(c in pattern for c in "/:@ "):
        raise PatternError(f"host pattern {pattern!r} must be a host name like partner.example.org")
    return re.compile(fnmatch.translate(pattern.lower()))


def matches_url(pattern: re.Pattern[str], source: str, url: str) -> bool:
    """Whether ``url`` matches ``pattern``, compiled by :func:`url_pattern` from ``source``."""
    if source.startswith(REGEX_PREFIX):
        return pattern.search(url) is not None
    return pattern.match(url) is not None  # fnmatch.translate anchors at both ends
