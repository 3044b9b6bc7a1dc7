"""The vocabulary every stage and every output shares.

Link states, error kinds and flags are the product's interface (see DESIGN.md): they are
defined once here and serialised by their value, so no report re-derives or re-spells them.
"""

from __future__ import annotations

from enum import StrEnum


class LinkState(StrEnum):
    """What one source is in one run: exactly one of these."""

    ALIVE = "alive"
    MOVED = "moved"
    DEAD = "dead"
    SOFT_DEAD = "soft-dead"
    BLOCKED = "blocked"
    SKIPPED = "skipped"
    UNKNOWN = "unknown"

    @property
    def is_broken(self) -> bool:
        """Dead and soft-dead are the only states that mean the reader hits a wall."""
        return self in (LinkState.DEAD, LinkState.SOFT_DEAD)


class ErrorKind(StrEnum):
    """Why a fetch did not end in a usable page.

    Grouped like an exception hierarchy: ``is_network`` kinds say the path to the host failed
    (and, if most hosts fail that way at once, that the checker itself is offline).
    """

    DNS = "dns"
    REFUSED = "refused"
    RESET = "reset"
    TIMEOUT = "timeout"
    TLS = "tls"
    CONNECTION = "connection"  # any other transport failure
    HTTP_STATUS = "http-status"
    REDIRECT_LOOP = "redirect-loop"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    TOO_LARGE = "too-large"
    FORBIDDEN_ADDRESS = "forbidden-address"  # private/loopback/reserved target refused
    INVALID_URL = "invalid-url"
    ROBOTS = "robots"  # robots.txt disallows curator
    PROTOCOL = "protocol"  # malformed status line or headers
    INTERNAL = "internal"  # curator itself failed on this link (a bug): the run cannot judge it

    @property
    def is_network(self) -> bool:
        return self in _NETWORK_KINDS


_NETWORK_KINDS = frozenset(
    {ErrorKind.DNS, ErrorKind.REFUSED, ErrorKind.TIMEOUT, ErrorKind.CONNECTION}
)


class Flag(StrEnum):
    """Source-level findings that do not change the link state."""

    OFFSITE_REDIRECT = "offsite-redirect"
    CHANGED = "changed"
    RETITLED = "retitled"
    UNSUPPORTED = "unsupported"
    UPDATED_AFTER_REVIEW = "updated-after-review"
    INSECURE = "insecure"


class RouteStatus(StrEnum):
    HEALTHY = "healthy"
    STALE = "stale"
    BROKEN = "broken"
    UNKNOWN = "unknown"
