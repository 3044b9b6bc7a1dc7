"""Talking to the web archive: the availability API and Save Page Now, politely.

The archive is a free service that everyone shares, and it is often slow. So this client has
its own pace (``[archive] rate``), a timeout per request, honours a short Retry-After once, and
works within a time budget for the whole run. At the first failure (no answer, a 5xx, a long
Retry-After, the budget spent) it stops asking for the rest of the run: the run goes on without
archive links, and the sources not looked up are asked about on a later run.

The two addresses are configured by the operator, so they are trusted: requests go out through
a plain ``requests`` session, not the source fetcher and its private-address guard.

``requests`` (with urllib3, http.client and ssl, about 13 MiB) is imported, and the session
made, on the first request to the archive, not with this module or the client: every ``curator
run`` makes a client (``[archive] enabled`` is on by default) but asks only about dead sources,
after the fetch, and a run with worker processes fetches in the workers, so the driver held that
memory at the tree's peak for nothing (bench/README.md, "The tree's peak under 250 MB").
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from curator.archive.snapshot import (
    Capture,
    Snapshot,
    captured_at,
    parse_timestamp,
    wayback_timestamp,
)
from curator.fetch.retry import parse_retry_after
from curator.settings import ArchiveSettings, Settings

if TYPE_CHECKING:
    import requests


def archive_client(settings: Settings) -> ArchiveClient | None:
    """A client for a run, or None when ``[archive] enabled`` is off."""
    if not settings.archive.enabled:
        return None
    return ArchiveClient(settings.archive, settings.fetch.user_agent)


_MAX_ANSWER = 1_000_000  # an availability answer is a few hundred bytes


class ArchiveUnavailable(Exception):
    """The archive did not answer usefully; the client asks nothing more in this run."""


class ArchiveClient:
    """One run's (or one approval's) conversation with the archive."""

    def __init__(
        self,
        settings: ArchiveSettings,
        user_agent: str,
        *,
        budget: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """``budget`` overrides ``settings.budget`` (approval waits for each capture)."""
        self.settings = settings
        self._monotonic, self._sleep = monotonic, sleep
        self._budget = settings.budget if budget is None else budget
        # The budget is time spent on the archive, so it starts with the first request to it,
        # not when the run starts: a run's fetching may take longer than the whole budget.
        self._deadline = float("inf")
        self._next_start = 0.0
        self._user_agent = user_agent
        self._session: requests.Session | None = None  # made by the first request
        self.stopped: str | None = None  # why the client stopped asking, once it has
        self._request_deadline = 0.0

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def closest(self, url: str, moment: datetime) -> Capture | None:
        """The archive's capture of ``url`` closest to ``moment``, or None if it has none.

        Closest on either side, as the API chooses: callers check the time and the status.
        """
        response = self._get(
            self.settings.availability_url,
            params={"url": url, "timestamp": wayback_timestamp(moment)},
            timeout=self.settings.timeout,
        )
        try:
            data: Any = json.loads(self._body(response))
        except ValueError as exc:
            raise self._stop("the availability API answered something other than JSON") from exc
        if response.status_code != 200 or not isinstance(data, dict):
            raise self._stop(f"the availability API answered HTTP {response.status_code}")
        snapshots = data.get("archived_snapshots")
        closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
        if not isinstance(closest, dict) or closest.get("available") is not True:
            return None
        address, stamp = closest.get("url"), parse_timestamp(str(closest.get("timestamp", "")))
        if stamp is None or not isinstance(address, str):
            return None
        if not address.startswith(("http://", "https://")):
            return None
        ok = str(closest.get("status", "")).startswith("2")
        return Capture(Snapshot(url=address, captured_at=stamp), ok=ok)

    def save(self, url: str) -> Snapshot | None:
        """Ask the archive to capture ``url`` now; the new snapshot, or None if it made none.

        Save Page Now names the capture in a ``Content-Location`` header, or redirects to it
        (``Location``), or its final address is the snapshot itself: the first of these that
        reads as a snapshot address wins.
        """
        response = self._get(
            self.settings.save_url + url, params=None, timeout=self.settings.save_timeout
        )
        response.close()  # the snapshot's page itself is not needed
        if not 200 <= response.status_code < 400:
            return None
        candidates = [response.headers.get("Content-Location")]
        candidates += [hop.headers.get("Location") for hop in reversed(response.history)]
        candidates.append(response.url)
        for candidate in candidates:
            if not candidate:
                continue
            address = urljoin(response.url, candidate)
            moment = captured_at(address)
            if moment is not None:
                return Snapshot(url=address, captured_at=moment)
        return None

    def _get(
        self, url: str, *, params: Mapping[str, str] | None, timeout: float
    ) -> requests.Response:
        if self.stopped is not None:
            raise ArchiveUnavailable(self.stopped)
        import requests  # here, not at the top: see the module's docstring

        if self._session is None:
            self._session = requests.Session()
            self._session.headers["User-Agent"] = self._user_agent
        for attempt in range(2):
            self._wait_turn()
            remaining = self._deadline - self._monotonic()
            allowed = max(0.1, min(timeout, remaining))
            self._request_deadline = self._monotonic() + allowed
            try:
                response = self._session.get(url, params=params, timeout=allowed, stream=True)
            except requests.RequestException as exc:
                raise self._stop(f"no answer from {url}: {type(exc).__name__}") from exc
            if response.status_code in (429, 503):
                response.close()
                wait = parse_retry_after(response.headers.get("Retry-After"))
                short = wait is not None and wait <= self.settings.retry_after_cap
                fits = self._monotonic() + (wait or 0) < self._deadline
                if attempt == 0 and wait is not None and short and fits:
                    self._next_start = self._monotonic() + wait
                    continue
                raise self._stop(f"{url} asked curator to wait (HTTP {response.status_code})")
            if response.status_code >= 500:
                response.close()
                raise self._stop(f"{url} answered HTTP {response.status_code}")
            return response
        raise self._stop(f"{url} asked curator to wait twice")

    def _body(self, response: requests.Response) -> bytes:
        """The response body, read within the request's time and a size cap: ``timeout`` alone
        bounds each read, not a server that trickles its answer a byte at a time."""
        import requests  # imported already by ``_get``; named here for its exceptions
        import urllib3

        chunks: list[bytes] = []
        size = 0
        try:
            # read1 returns what has arrived (urllib3 >= 2.3), so the time is checked as the
            # bytes come in; iter_content would wait for a whole chunk.
            while chunk := response.raw.read1(8192, decode_content=True):
                size += len(chunk)
                if size > _MAX_ANSWER:
                    raise self._stop(f"the archive's answer is over {_MAX_ANSWER} bytes")
                if self._monotonic() > self._request_deadline:
                    raise self._stop("the archive answered too slowly")
                chunks.append(chunk)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise self._stop(f"the archive's answer broke off: {type(exc).__name__}") from exc
        finally:
            response.close()
        return b"".join(chunks)

    def _wait_turn(self) -> None:
        """Keep to ``rate`` requests a second, within the run's time budget."""
        now = self._monotonic()
        if self._deadline == float("inf"):
            self._deadline = now + self._budget
        delay = max(0.0, self._next_start - now)
        if now + delay >= self._deadline:
            raise self._stop(f"the archive's time budget ({self._budget:g} s) is spent")
        if delay:
            self._sleep(delay)
        self._next_start = self._monotonic() + 1.0 / self.settings.rate

    def _stop(self, why: str) -> ArchiveUnavailable:
        self.stopped = why
        return ArchiveUnavailable(why)
