"""Per-URL and per-host exceptions an operator writes in ``curator.toml``, each with its reason.

Three kinds, in ``[[policy.exclude]]``, ``[[policy.accept]]`` and ``[[policy.headers]]``:

- **exclude**: URLs never fetched. Their state is ``skipped`` and the reports show the reason.
- **accept**: extra HTTP statuses that count as alive for a host (a site that answers every
  robot 999 or 403 although its pages are public).
- **headers**: request headers (a cookie, a token) a partner site needs, sent only to that
  host: redirects to another host do not carry them. The values are ``SecretStr`` in the
  settings, so no repr, log line or report shows them, and they are never stored.

Pattern syntax. A URL pattern is a glob over the whole URL (``*`` matches any run of
characters, ``/`` included; ``?`` one character; ``[abc]`` a set), so
``https://example.org/private/*`` excludes everything under that folder; or, after ``re:``, a
Python regular expression searched anywhere in the URL (``re:^https?://[^/]*\\.internal/``).
A host pattern is a host name (``partner.example.org``) or a glob over it
(``*.example.org`` for its subdomains); host names compare case-insensitively.

Why globs first: most exclusions are "this folder" or "this site", which a glob says plainly;
a regex is there for the rest, and marked so nobody has to guess which one a string is.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from curator import urls

if TYPE_CHECKING:
    from curator.settings import ExcludeRule, PolicySettings

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


def _matches_url(pattern: re.Pattern[str], source: str, url: str) -> bool:
    if source.startswith(REGEX_PREFIX):
        return pattern.search(url) is not None
    return pattern.match(url) is not None  # fnmatch.translate anchors at both ends


@dataclass(frozen=True)
class Accepted:
    status: int
    host: str
    reason: str


class Policy:
    """The compiled ``[policy]`` tables, answering the questions fetch and classify ask."""

    def __init__(self, settings: PolicySettings) -> None:
        self._exclude = [(url_pattern(r.url), r) for r in settings.exclude]
        self._accept = [(host_pattern(r.host), r) for r in settings.accept]
        self._headers = [(host_pattern(r.host), r) for r in settings.headers]

    def __bool__(self) -> bool:
        return bool(self._exclude or self._accept or self._headers)

    def excluded(self, url: str) -> ExcludeRule | None:
        """The first exclude rule matching ``url``, if any."""
        for pattern, rule in self._exclude:
            if _matches_url(pattern, rule.url, url):
                return rule
        return None

    def accepted(self, url: str, status: int | None) -> Accepted | None:
        """The accept rule under which ``status`` from ``url``'s host counts as alive."""
        if status is None or not self._accept:
            return None
        host = urls.host(url).lower()
        for pattern, rule in self._accept:
            if status in rule.status and pattern.match(host):
                return Accepted(status, host, rule.reason)
        return None

    def header_reasons(self, url: str) -> list[str]:
        """Why ``url``'s host gets extra headers (one reason per rule), never the headers."""
        host = urls.host(url).lower()
        return [rule.reason for pattern, rule in self._headers if pattern.match(host)]

    def headers(self, url: str) -> dict[str, str]:
        """The extra request headers for ``url``'s host (secrets revealed: for the wire only)."""
        if not self._headers:
            return {}
        host = urls.host(url).lower()
        out: dict[str, str] = {}
        for pattern, rule in self._headers:
            if pattern.match(host):
                out.update({k: v.get_secret_value() for k, v in rule.headers.items()})
        return out
