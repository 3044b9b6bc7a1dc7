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

    @property
    def is_live(self) -> bool:
        """Alive and moved: a reader following the link reaches the page. These are the states
        that count towards a route's floor of live sources, that end a failure streak, and
        whose pages can be judged for staleness or kept as a baseline."""
        return self in (LinkState.ALIVE, LinkState.MOVED)


class ErrorKind(StrEnum):
    """Why a fetch did not end in a usable page.

    Grouped like an exception hierarchy, each group defined once below and read by everyone:

    - ``is_network``: the transport failed before any HTTP answer came back (dns, refused,
      reset, timeout, connection). If most hosts fail that way at once the checker itself is
      offline (``classify.offline``, the gate). Reset and refused belong here: both are the
      TCP path failing, and a network going away, a captive portal or a filtering proxy shows
      up as exactly these across every host, so counting them as link verdicts would convict
      the web for our own outage.
    - ``is_transient``: the network kinds worth trying again at once (reset, timeout, other
      connection failures): the path hiccuped. Not DNS (an NXDOMAIN is an answer, and a
      resolver outage is the offline check's job) and not refused, which ``fetch.retry`` tries
      only once more (a restarting server refuses briefly, a gone one forever). TLS, protocol
      and our own refusals are never transient: the same server says the same thing.
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
    EXCLUDED = "excluded"  # a [policy] exclude rule: never fetched on purpose
    INTERNAL = "internal"  # curator itself failed on this link (a bug): the run cannot judge it

    @property
    def is_network(self) -> bool:
        return self in _NETWORK_KINDS

    @property
    def is_transient(self) -> bool:
        return self in _TRANSIENT_KINDS


_TRANSIENT_KINDS = frozenset({ErrorKind.RESET, ErrorKind.TIMEOUT, ErrorKind.CONNECTION})
_NETWORK_KINDS = _TRANSIENT_KINDS | {ErrorKind.DNS, ErrorKind.REFUSED}


class Flag(StrEnum):
    """Source-level findings that do not change the link state."""

    OFFSITE_REDIRECT = "offsite-redirect"
    CHANGED = "changed"
    RETITLED = "retitled"
    UNSUPPORTED = "unsupported"
    UPDATED_AFTER_REVIEW = "updated-after-review"
    INSECURE = "insecure"


class RouteStatus(StrEnum):
    """What a route is in one run (DESIGN.md): ``curator.rollup.route_status`` decides it."""

    HEALTHY = "healthy"
    STALE = "stale"
    BROKEN = "broken"
    UNKNOWN = "unknown"
    AT_RISK = "at-risk"  # a source failing but not yet confirmed, or too few live sources

    @property
    def severity(self) -> int:
        """How urgently an editor should look, higher first: broken, at-risk, stale, unknown,
        healthy. Unknown sits below stale because the run judged nothing, so there is nothing
        yet to act on, while a stale summary is a known fault. Every output lists and counts
        routes in this order (``worst_first``)."""
        return _SEVERITY[self]

    @classmethod
    def worst_first(cls) -> tuple[RouteStatus, ...]:
        return _WORST_FIRST


_WORST_FIRST = (
    RouteStatus.BROKEN,
    RouteStatus.AT_RISK,
    RouteStatus.STALE,
    RouteStatus.UNKNOWN,
    RouteStatus.HEALTHY,
)
_SEVERITY = {status: len(_WORST_FIRST) - index for index, status in enumerate(_WORST_FIRST)}
