"""One URL's way through the web, one request at a time.

A ``FetchJob`` is advanced by a worker one request per step and then handed back to the
dispatcher, which decides when and on which host the next step runs. So a job never holds a
worker while it waits for a backoff, for a busy host, or for the next host of a redirect chain:
it says what it needs next (``Continue``) or what came of it (``Finished``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from requests.cookies import RequestsCookieJar

from curator import urls
from curator.fetch.body import Deadline
from curator.fetch.errors import classify_error
from curator.fetch.exchange import Reply
from curator.fetch.redirects import (
    REDIRECT_STATUSES,
    header_refresh_target,
    is_fetchable,
    location_target,
    meta_refresh_target,
)
from curator.fetch.result import FetchError, FetchResult, Hop
from curator.fetch.retry import parse_retry_after, should_retry
from curator.fetch.validators import Validators
from curator.knobs import FetchKnobs
from curator.redact import redact_url
from curator.states import ErrorKind

# exchange(url, headers, cookies, deadline) -> Reply; raises on transport failure
Exchange = Callable[[str, dict[str, str], RequestsCookieJar, Deadline], Reply]


@dataclass(frozen=True)
class Continue:
    """Run the next request for ``url`` no sooner than ``delay`` seconds from now.
    ``pause_host`` makes the whole host wait that long (the server sent Retry-After)."""

    url: str
    delay: float = 0.0
    pause_host: bool = False


@dataclass(frozen=True)
class Finished:
    result: FetchResult


Step = Continue | Finished


@dataclass(eq=False, slots=True)
class FetchJob:
    """Mutable progress of one URL; only the worker currently running it touches it.

    A run submits every URL's job at once and most wait in their host's queue, so a waiting
    job is kept small: its cookie jar (a lock, a policy and three dicts, about 1.5 KB) and its
    set of visited URLs are made by its first request, not before.
    """

    url: str
    settings: FetchKnobs
    validators: Validators | None = None
    # The body hash of the last live look, which ended at this very address (``plan.wants``).
    known_body: str | None = None
    current: str = ""
    hops: list[Hop] = field(default_factory=list)
    attempt: int = 1  # of the current hop
    spent: float = 0.0  # network seconds used by this attempt, across hops
    started: float | None = None
    _cookies: RequestsCookieJar | None = None
    _seen: set[tuple[str, tuple[tuple[str, str, str], ...]]] | None = None

    def __post_init__(self) -> None:
        self.current = self.current or self.url

    @property
    def cookies(self) -> RequestsCookieJar:
        """The cookies this URL's requests have been sent, across its redirects and retries."""
        if self._cookies is None:
            self._cookies = RequestsCookieJar()
        return self._cookies

    @property
    def host(self) -> str:
        return urls.host(self.current)

    def advance(self, exchange: Exchange) -> Step:
        """Make the next request and decide what follows from its answer."""
        now = time.monotonic()
        if self.started is None:
            self.started = now
        if self._seen is None:
            self._seen = set()
        self._seen.add(self._visit_key(self.current))
        headers = self._conditional_headers()
        deadline = Deadline(
            now + max(self.settings.total_timeout - self.spent, 0.0), self.settings.total_timeout
        )
        try:
            reply = exchange(self.current, headers, self.cookies, deadline)
        except Exception as exc:
            self.spent += time.monotonic() - now
            error = classify_error(
                exc,
                host=self.host,
                connect_timeout=self.settings.connect_timeout,
                read_timeout=self.settings.read_timeout,
            )
            plan = should_retry(attempt=self.attempt, settings=self.settings, error=error.kind)
            if plan is not None:
                return self._retry(plan.delay, pause_host=False)
            return self.finish(error=error)
        self.spent += time.monotonic() - now
        return self._after(reply, conditional=bool(headers))

    def _after(self, reply: Reply, *, conditional: bool) -> Step:
        status = reply.status
        if status in REDIRECT_STATUSES and reply.headers.get("location"):
            target = location_target(self.current, reply.headers["location"])
            return self._follow(Hop(self.current, status, target), reply)
        if status == 200:
            # a browser follows an immediate Refresh header as it follows the meta tag, the
            # header first: it arrives before the page
            refresh = header_refresh_target(self.current, reply.headers.get("refresh"))
            if refresh is not None:
                return self._follow(Hop(self.current, status, refresh, via="refresh-header"), reply)
            refresh = (
                meta_refresh_target(self.current, reply.body)
                if "html" in reply.content_type and not self._as_last_time(reply)
                else None
            )
            if refresh is not None:
                return self._follow(Hop(self.current, status, refresh, via="meta-refresh"), reply)
        retry_after = parse_retry_after(reply.headers.get("retry-after"))
        plan = should_retry(
            attempt=self.attempt, settings=self.settings, status=status, retry_after=retry_after
        )
        if plan is not None:
            return self._retry(plan.delay, pause_host=plan.host_wide)
        return self.finish(reply=reply, not_modified=conditional and status == 304)

    def _follow(self, hop: Hop, reply: Reply) -> Step:
        self.hops.append(hop)
        target = hop.location
        if not is_fetchable(target):
            return self.finish(
                reply=reply,
                error=FetchError(
                    ErrorKind.INVALID_URL, f"redirect to a non-web address: {redact_url(target)}"
                ),
            )
        if self._seen is not None and self._visit_key(target) in self._seen:
            return self.finish(
                reply=reply,
                error=FetchError(
                    ErrorKind.REDIRECT_LOOP, f"redirect loop back to {redact_url(target)}"
                ),
            )
        if len(self.hops) > self.settings.max_redirects:
            return self.finish(
                reply=reply,
                error=FetchError(
                    ErrorKind.TOO_MANY_REDIRECTS,
                    f"more than {self.settings.max_redirects} redirects",
                ),
            )
        self.current = target
        self.attempt = 1
        return Continue(target)

    def _as_last_time(self, reply: Reply) -> bool:
        """The first answer of this address is the last live look's bytes, whole. That look
        ended here, so these bytes held no refresh to follow then, and the same bytes hold none
        now: the scan for one (0.03 ms a real page) is skipped. A refresh header still counts,
        being no part of the bytes; any hop before this answer makes it another journey."""
        return (
            reply.body_hash is not None
            and reply.body_hash == self.known_body
            and not self.hops
            and not reply.truncated
            and self.current == self.url
        )

    def _retry(self, delay: float, *, pause_host: bool) -> Step:
        self.attempt += 1
        self.spent = 0.0
        return Continue(self.current, delay=delay, pause_host=pause_host)

    def _conditional_headers(self) -> dict[str, str]:
        if self.validators is None or self.hops or self.current != self.url:
            return {}
        return self.validators.headers()

    def _visit_key(self, url: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
        """A URL plus the cookies we hold: revisiting a URL after it set a cookie is how
        some sites do a consent or session check, not a loop."""
        cookies = self._cookies or ()
        jar = tuple(sorted((c.domain, c.name, c.value or "") for c in cookies))
        return (url, jar)

    def finish(
        self,
        *,
        reply: Reply | None = None,
        error: FetchError | None = None,
        not_modified: bool = False,
    ) -> Finished:
        elapsed = 0.0 if self.started is None else time.monotonic() - self.started
        return Finished(
            FetchResult(
                url=self.url,
                final_url=self.current,
                status=reply.status if reply else None,
                headers=dict(reply.headers) if reply else {},
                body=reply.body if reply else b"",
                truncated=reply.truncated if reply else False,
                hops=tuple(self.hops),
                error=error,
                attempts=self.attempt,
                elapsed=elapsed,
                not_modified=not_modified,
                body_hash=reply.body_hash if reply else None,
            )
        )
