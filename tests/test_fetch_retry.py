"""Transient failures are retried with backoff; everything else is answered after one try."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from curator.fetch.retry import backoff, parse_retry_after, should_retry
from curator.settings import FetchSettings
from curator.states import ErrorKind
from fixtureweb import FixtureRequest, FixtureWeb, html_page


def sequence(*responses: tuple[int, dict[str, str]]):
    """A handler answering with each (status, headers) in turn, then repeating the last."""
    answers = list(responses)

    def handler(req: FixtureRequest) -> None:
        status, headers = answers.pop(0) if len(answers) > 1 else answers[0]
        req.respond(status, html_page(f"status {status}"), headers)

    return handler


def test_persistent_500_is_retried_then_reported(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/broken", status=500, body="oops")
    result = make_fetcher(fast_settings(retries=2)).fetch(url)
    assert result.status == 500
    assert result.error is None
    assert web.count("www.who.int", "/broken") == 1  # 500 is not a transient status


def test_502_503_504_are_retried_until_the_budget_is_spent(
    web: FixtureWeb, make_fetcher, fast_settings
):
    urls = [web.add("www.who.int", f"/e{code}", status=code) for code in (502, 503, 504)]
    results = list(make_fetcher(fast_settings(retries=2)).fetch_many(urls))
    assert sorted(r.status for r in results) == [502, 503, 504]
    assert all(r.attempts == 3 for r in results)
    for code in (502, 503, 504):
        assert web.count("www.who.int", f"/e{code}") == 3


def test_404_is_fetched_exactly_once(web: FixtureWeb, make_fetcher, fast_settings):
    result = make_fetcher(fast_settings(retries=3)).fetch(web.url("www.who.int", "/nope"))
    assert result.status == 404
    assert web.count("www.who.int", "/nope") == 1


def test_503_with_retry_after_waits_then_succeeds(web: FixtureWeb, make_fetcher, fast_settings):
    url = web.add("www.who.int", "/busy", handler=sequence((503, {"Retry-After": "1"}), (200, {})))
    result = make_fetcher(fast_settings(retry_after_cap=5)).fetch(url)
    assert result.status == 200
    assert result.attempts == 2
    first, second = web.requests("www.who.int", "/busy")
    assert second.start - first.start >= 0.95  # the server's one second was honoured


def test_retry_after_pauses_the_whole_host(web: FixtureWeb, make_fetcher, fast_settings):
    busy = web.add("www.who.int", "/busy", handler=sequence((429, {"Retry-After": "1"}), (200, {})))
    other = web.add("www.who.int", "/other", body="fine", delay=0.2)
    fetcher = make_fetcher(fast_settings(per_host_concurrency=1, retry_after_cap=5))
    results = {r.url: r for r in fetcher.fetch_many([busy, other])}
    assert results[busy].status == 200 and results[other].status == 200
    first_busy = web.requests("www.who.int", "/busy")[0]
    other_start = web.requests("www.who.int", "/other")[0].start
    assert other_start - first_busy.start >= 0.95  # /other waited for the host's pause


def test_retry_after_longer_than_cap_is_not_waited_for(
    web: FixtureWeb, make_fetcher, fast_settings
):
    url = web.add("www.who.int", "/limited", status=429, headers={"Retry-After": "3600"})
    began = time.monotonic()
    result = make_fetcher(fast_settings(retry_after_cap=2)).fetch(url)
    assert time.monotonic() - began < 1.0
    assert result.status == 429
    assert result.headers["retry-after"] == "3600"
    assert web.count("www.who.int", "/limited") == 1


def test_reset_connection_is_retried_and_can_recover(web: FixtureWeb, make_fetcher, fast_settings):
    calls = []

    def flaky(req: FixtureRequest) -> None:
        calls.append(1)
        if len(calls) == 1:
            req.reset()
        else:
            req.respond(200, html_page("back"))

    url = web.add("www.who.int", "/flaky", handler=flaky)
    # No robots.txt first: the reset comes on a new connection, not on a kept-alive one (which
    # is sent again at once without spending a retry, see test_fetch_keepalive).
    result = make_fetcher(fast_settings(respect_robots=False)).fetch(url)
    assert result.status == 200
    assert result.attempts == 2


# -- the decision itself -------------------------------------------------------------------


SETTINGS = FetchSettings(retries=2, backoff_base=1.0, backoff_max=30.0, retry_after_cap=60).plain()


def test_should_retry_only_transient_failures() -> None:
    for status in (429, 502, 503, 504):
        assert should_retry(attempt=1, settings=SETTINGS, status=status) is not None
    for status in (200, 301, 400, 401, 403, 404, 410, 500, 501):
        assert should_retry(attempt=1, settings=SETTINGS, status=status) is None
    for kind in (ErrorKind.TIMEOUT, ErrorKind.RESET, ErrorKind.CONNECTION):
        assert should_retry(attempt=1, settings=SETTINGS, error=kind) is not None
    for kind in (ErrorKind.DNS, ErrorKind.TLS, ErrorKind.PROTOCOL, ErrorKind.FORBIDDEN_ADDRESS):
        assert should_retry(attempt=1, settings=SETTINGS, error=kind) is None
    # refused: one more try, in case the server was restarting
    assert should_retry(attempt=1, settings=SETTINGS, error=ErrorKind.REFUSED) is not None
    assert should_retry(attempt=2, settings=SETTINGS, error=ErrorKind.REFUSED) is None
    # the budget
    assert should_retry(attempt=3, settings=SETTINGS, status=503) is None


def test_retry_after_is_honoured_host_wide_up_to_the_cap() -> None:
    plan = should_retry(attempt=1, settings=SETTINGS, status=503, retry_after=12)
    assert plan is not None and plan.delay == 12 and plan.host_wide
    assert should_retry(attempt=1, settings=SETTINGS, status=429, retry_after=61) is None


def test_backoff_is_exponential_with_full_jitter() -> None:
    rng = random.Random(7)
    for attempt, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (9, 30.0)):
        delays = [backoff(attempt, SETTINGS, rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.8 and min(delays) < ceiling * 0.2


def test_retry_after_parses_seconds_and_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert parse_retry_after(format_datetime(now - timedelta(hours=1), usegmt=True), now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
