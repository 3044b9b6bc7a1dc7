"""The plain words every editor-facing output uses for states, statuses and error kinds.

Kept in one place so the dashboard, the digest and CI output describe a state the same way;
the states themselves are defined in ``curator.states`` and never re-derived here.
"""

from __future__ import annotations

from curator.states import ErrorKind, LinkState, RouteStatus

# Worst first: the order routes are listed in and counts are shown in (RouteStatus.severity).
STATUS_ORDER: tuple[RouteStatus, ...] = RouteStatus.worst_first()
STATE_ORDER: tuple[LinkState, ...] = (
    LinkState.DEAD,
    LinkState.SOFT_DEAD,
    LinkState.MOVED,
    LinkState.BLOCKED,
    LinkState.UNKNOWN,
    LinkState.SKIPPED,
    LinkState.ALIVE,
)

STATUS_MEANING = {
    RouteStatus.BROKEN: "a source is confirmed dead",
    RouteStatus.AT_RISK: "a source is failing but not yet confirmed, or too few sources are live",
    RouteStatus.STALE: "a summary or blurb may no longer match its source",
    RouteStatus.UNKNOWN: "this run could not judge it",
    RouteStatus.HEALTHY: "every source answers and no summary looks stale",
}

STATE_MEANING = {
    LinkState.ALIVE: "answers with content",
    LinkState.MOVED: "permanently redirected; update the link to the new address",
    LinkState.DEAD: "the page or its site is gone",
    LinkState.SOFT_DEAD: (
        "answers, but the page is gone (a 'not found' page, the home page or a parked domain)"
    ),
    LinkState.BLOCKED: "the site refuses automated checks; a person should look",
    LinkState.SKIPPED: "not checked on purpose",
    LinkState.UNKNOWN: "could not be judged in this run",
}

ERROR_MEANING = {
    ErrorKind.DNS: "the domain name does not resolve",
    ErrorKind.REFUSED: "the server refused the connection",
    ErrorKind.RESET: "the server dropped the connection",
    ErrorKind.TIMEOUT: "the server did not answer in time",
    ErrorKind.TLS: "the site's secure connection (certificate) is broken",
    ErrorKind.CONNECTION: "the connection failed",
    ErrorKind.HTTP_STATUS: "the server answered with an error status",
    ErrorKind.REDIRECT_LOOP: "the address redirects in a loop",
    ErrorKind.TOO_MANY_REDIRECTS: "the address redirects too many times",
    ErrorKind.TOO_LARGE: "the page is too large to check",
    ErrorKind.FORBIDDEN_ADDRESS: "the address points into a private network",
    ErrorKind.INVALID_URL: "the address is not a valid URL",
    ErrorKind.ROBOTS: "the site's robots.txt asks checkers not to look",
    ErrorKind.PROTOCOL: "the server's answer was malformed",
    ErrorKind.EXCLUDED: "curator.toml's [policy] excludes this URL from checks",
    ErrorKind.INTERNAL: "curator failed on this page (a bug to report); the link was not judged",
}
