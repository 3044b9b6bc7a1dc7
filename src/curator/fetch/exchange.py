"""One HTTP request and its (capped) response: the only code that calls requests."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import requests
from requests.cookies import RequestsCookieJar, extract_cookies_to_jar
from requests.structures import CaseInsensitiveDict

from curator.fetch.body import NON_TEXT_PEEK, Deadline, is_texty, read_body
from curator.fetch.errors import DeadlineExceededError
from curator.fetch.redirects import REDIRECT_STATUSES
from curator.fetch.result import media_type
from curator.fetch.watchdog import guarding
from curator.knobs import FetchKnobs

_BEFORE_BODY = "before the response headers were complete"
_REDIRECT_BODY_KEEP = 8 * 1024  # read so the connection can be reused; nobody looks at it
_NO_BODY = frozenset({204, 304})


@dataclass(frozen=True)
class Reply:
    """A complete response: status, lower-cased headers and the body we chose to keep."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    body_hash: str | None = None  # of a 2xx page's body (``FetchResult.body_hash``)

    @property
    def content_type(self) -> str:
        return media_type(self.headers.get("content-type", ""))


def exchange(
    session: requests.Session,
    url: str,
    *,
    settings: FetchKnobs,
    deadline: Deadline,
    headers: Mapping[str, str] | None = None,
    cookies: RequestsCookieJar | None = None,
    keep: int | None = None,
) -> Reply:
    """GET ``url`` once, all of it within ``deadline``. Raises on transport failure (see
    errors.classify_error).

    ``keep`` overrides how much body to keep (robots.txt uses it); by default HTML/text keeps
    ``max_body_bytes``, other types a small peek, redirects a scrap.
    """
    left = deadline.remaining()
    if left <= 0:
        raise DeadlineExceededError(deadline.total, "before the next hop of its redirects")
    timeout = (min(settings.connect_timeout, left), min(settings.read_timeout, left))
    with guarding(deadline.at) as cut:
        try:
            response = _send_once(session, url, headers or {}, cookies, timeout)
        except Exception as exc:
            if cut.happened or deadline.remaining() <= 0:
                raise DeadlineExceededError(deadline.total, _BEFORE_BODY) from exc
            raise
    if cut.happened:  # the cut ended the headers early: what arrived is not a response
        response.close()
        raise DeadlineExceededError(deadline.total, _BEFORE_BODY)
    try:
        if cookies is not None and "set-cookie" in response.headers:
            extract_cookies_to_jar(cookies, response.request, response.raw)  # type: ignore[no-untyped-call]
        # requests' CaseInsensitiveDict keeps each name lower-cased already (``lower_items``):
        # 2.5 against 6.5 us a response for lower-casing the names again
        reply_headers = dict(response.headers.lower_items())
        # a page's body is hashed as it comes (a redirect's scrap, an error page or robots.txt
        # are never compared with a last look: ``inspect``)
        digest = keep is None and 200 <= response.status_code < 300
        if keep is None:
            keep = _keep_for(response.status_code, reply_headers, settings)
        if response.status_code in _NO_BODY:
            # Nothing follows the headers (RFC 9110 §15.3.5, §15.4.5), so the connection can
            # carry the next request: reading the empty body hands it back to its pool, where
            # closing the response would drop it and the next request would connect (and on
            # https shake hands) again. Every page of a second run over unchanged pages is one.
            # A 304 may name the transfer coding its body would have had (RFC 9112 §6.1); then
            # http.client would wait for chunks that never come, so that connection is dropped.
            if "transfer-encoding" not in reply_headers:
                response.raw.drain_conn()
            return Reply(response.url or url, response.status_code, reply_headers)
        if keep == 0:
            return Reply(response.url or url, response.status_code, reply_headers)
        body = read_body(
            response,
            keep=keep,
            max_raw=settings.max_raw_bytes,
            deadline=deadline,
            read_timeout=settings.read_timeout,
            digest=digest,
        )
        return Reply(
            response.url or url,
            response.status_code,
            reply_headers,
            body.data,
            body.truncated,
            body.digest,
        )
    finally:
        response.close()


def _send_once(
    session: requests.Session,
    url: str,
    headers: Mapping[str, str],
    cookies: RequestsCookieJar | None,
    timeout: tuple[float, float],
) -> requests.Response:
    """``session.get(url, stream=True, allow_redirects=False)``, built from requests' public
    parts: ``PreparedRequest``'s prepare steps, then the session's mounted adapter
    (``Session.get_adapter``, ``HTTPAdapter.send``), where the guard and the pools live.

    Not ``Session.send``: even with ``allow_redirects=False`` it computes the next hop of a
    redirect, and doing so reads the redirect's whole body (``resp.content``) past every cap in
    body.py. Not ``Session.request``: it merges settings the fetcher never uses (params, auth,
    hooks, proxies, environment; see transport.new_session) and builds two cookie jars per
    request whether or not a cookie exists (its cost: bench/README.md, "Library seams"). The
    steps run in ``PreparedRequest.prepare``'s order: the session's headers under ours, the
    job's cookies if it has any, credentials from the URL.
    """
    prepared = requests.PreparedRequest()
    prepared.prepare_method("GET")
    prepared.prepare_url(url, None)
    if headers:
        merged = CaseInsensitiveDict(session.headers)
        merged.update(headers)
        prepared.prepare_headers(merged)
    else:  # most requests: prepare_headers copies them, so no merged copy to copy
        prepared.prepare_headers(session.headers)
    if cookies:
        prepared.prepare_cookies(cookies)
    prepared.prepare_body(None, None)
    if "@" in (prepared.url or ""):  # no "@", no user:password@ to take from the URL
        prepared.prepare_auth(None, url)  # as requests does
    prepared.prepare_hooks({})
    adapter = session.get_adapter(prepared.url or url)
    return adapter.send(
        prepared,
        stream=True,
        timeout=timeout,
        verify=True if session.verify is None else session.verify,
        cert=None,
        proxies={},
    )


def _keep_for(status: int, headers: Mapping[str, str], settings: FetchKnobs) -> int:
    if status in REDIRECT_STATUSES and "location" in headers:
        return _REDIRECT_BODY_KEEP
    if is_texty(headers.get("content-type", "")):
        return settings.max_body_bytes
    return NON_TEXT_PEEK


def start_deadline(settings: FetchKnobs, spent: float) -> Deadline:
    """The deadline for the next request of an attempt that has used ``spent`` seconds."""
    return Deadline(
        time.monotonic() + max(settings.total_timeout - spent, 0.0), settings.total_timeout
    )
