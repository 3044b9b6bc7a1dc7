"""Per-URL and per-host exceptions an operator writes in ``curator.toml``, each with its reason.

Three kinds, in ``[[policy.exclude]]``, ``[[policy.accept]]`` and ``[[policy.headers]]``:

- **exclude**: URLs never fetched. Their state is ``skipped`` and the reports show the reason.
- **accept**: extra HTTP statuses that count as alive for a host (a site that answers every
  robot 999 or 403 although its pages are public).
- **headers**: request headers (a cookie, a token) a partner site needs, sent only to that
  host: redirects to another host do not carry them. The values are secrets (``SecretStr`` in
  the settings, ``curator.knobs.Secret`` here), so no repr, log line or report shows them, and
  they are never stored.

The pattern syntax is :mod:`curator.patterns`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from curator import urls
from curator.knobs import Exclude, PolicyKnobs
from curator.patterns import host_pattern, matches_url, url_pattern


@dataclass(frozen=True)
class Accepted:
    status: int
    host: str
    reason: str


class Policy:
    """The compiled ``[policy]`` tables, answering the questions fetch and classify ask (made
    from ``PolicySettings.plain()``, so a worker process reads them without pydantic)."""

    def __init__(self, settings: PolicyKnobs) -> None:
        self._exclude = [(url_pattern(r.url), r) for r in settings.exclude]
        self._accept = [(host_pattern(r.host), r) for r in settings.accept]
        self._headers = [(host_pattern(r.host), r) for r in settings.headers]

    def __bool__(self) -> bool:
        return bool(self._exclude or self._accept or self._headers)

    def excluded(self, url: str) -> Exclude | None:
        """The first exclude rule matching ``url``, if any."""
        for pattern, rule in self._exclude:
            if matches_url(pattern, rule.url, url):
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
