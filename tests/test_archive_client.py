"""The archive client against a local archive: what it reads from the availability API and
Save Page Now, and how politely it asks (rate, timeout, Retry-After, a budget per run)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from archiveweb import LocalArchive
from curator.archive.client import ArchiveClient, ArchiveUnavailable
from curator.archive.rescue import find_copy
from curator.settings import ArchiveSettings

PAGE = "https://site.test/guide"
FAILED = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


@pytest.fixture
def archive() -> Iterator[LocalArchive]:
    with LocalArchive() as local:
        yield local


def client_for(archive: LocalArchive, **overrides: object) -> ArchiveClient:
    settings = ArchiveSettings(
        availability_url=archive.availability_url,
        save_url=archive.save_url,
        **{"rate": 1000.0, "timeout": 2.0, "budget": 10.0, **overrides},  # type: ignore[arg-type]
    )
    return ArchiveClient(settings, "curator-test")


def test_the_closest_capture_is_read_with_its_time_and_status(archive: LocalArchive) -> None:
    archive.capture(PAGE, "20261001120000")
    capture = client_for(archive).closest(PAGE, datetime(2026, 10, 2, tzinfo=UTC))
    assert capture is not None and capture.ok
    assert capture.snapshot.url == archive.snapshot_url(PAGE, "20261001120000")
    assert capture.snapshot.captured_at == datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
    assert client_for(archive).closest("https://never.test/", FAILED) is None


def test_a_compressed_answer_is_read(archive: LocalArchive) -> None:
    archive.gzip = True
    archive.capture(PAGE, "20261001120000")
    capture = client_for(archive).closest(PAGE, FAILED)
    assert capture is not None and capture.snapshot.url.endswith("/web/20261001120000/" + PAGE)


def test_the_copy_is_the_last_one_not_after_the_reviewed_day(archive: LocalArchive) -> None:
    for stamp in ("20260901000000", "20261014080000", "20261016000000", "20261110000000"):
        archive.capture(PAGE, stamp)
    found = find_copy(client_for(archive), PAGE, date(2026, 10, 15), FAILED)
    assert found is not None and found.url.endswith("/web/20261014080000/" + PAGE)


def test_a_closest_answer_after_the_review_is_not_taken_but_asked_again_earlier(
    archive: LocalArchive,
) -> None:
    # The API names 16 Oct (a day after the review) as closest; a copy from 1 Oct exists.
    archive.capture(PAGE, "20261001000000")
    archive.capture(PAGE, "20261016000000")
    found = find_copy(client_for(archive), PAGE, date(2026, 10, 15), FAILED)
    assert found is not None and "/web/20261001000000/" in found.url
    assert 2 <= len(archive.lookups()) <= 4  # asked again, further back, a bounded number


def test_without_a_copy_from_before_the_review_the_last_before_the_failure_is_taken(
    archive: LocalArchive,
) -> None:
    archive.capture(PAGE, "20261105000000")
    archive.capture(PAGE, "20261125000000", status="404")  # after it died: a capture of a 404
    found = find_copy(client_for(archive), PAGE, date(2026, 10, 15), FAILED)
    assert found is not None and "/web/20261105000000/" in found.url


def test_only_captures_after_the_failure_or_of_error_pages_mean_no_copy(
    archive: LocalArchive,
) -> None:
    archive.capture(PAGE, "20261125000000")
    archive.capture(PAGE, "20261110000000", status="404")
    assert find_copy(client_for(archive), PAGE, date(2026, 10, 15), FAILED) is None


@pytest.mark.parametrize("mode", ["redirect", "content-location"])
def test_save_page_now_names_the_new_snapshot(archive: LocalArchive, mode: str) -> None:
    archive.save_mode = mode
    archive.now = lambda: "20261201093000"
    snapshot = client_for(archive).save(PAGE)
    assert snapshot is not None
    assert snapshot.url == archive.snapshot_url(PAGE, "20261201093000")
    assert snapshot.captured_at == datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    assert archive.captures[PAGE] == [("20261201093000", "200")]


def test_requests_keep_to_the_configured_rate(archive: LocalArchive) -> None:
    slept: list[float] = []
    now = [100.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    settings = ArchiveSettings(availability_url=archive.availability_url, rate=0.5, budget=60)
    client = ArchiveClient(settings, "curator-test", monotonic=lambda: now[0], sleep=sleep)
    for _ in range(3):
        client.closest(PAGE, FAILED)
    assert slept == [pytest.approx(2.0), pytest.approx(2.0)]


def test_a_short_retry_after_is_waited_for_once_then_the_answer_used(
    archive: LocalArchive,
) -> None:
    archive.capture(PAGE, "20261001000000")
    archive.fail_with, archive.retry_after = 429, "1"
    slept: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds
        archive.fail_with = None  # the archive recovers while curator waits

    settings = ArchiveSettings(availability_url=archive.availability_url, rate=1000.0)
    client = ArchiveClient(settings, "curator-test", monotonic=lambda: now[0], sleep=sleep)
    assert client.closest(PAGE, FAILED) is not None
    assert slept == [pytest.approx(1.0)]


def test_a_long_retry_after_stops_the_lookups_for_the_run(archive: LocalArchive) -> None:
    archive.fail_with, archive.retry_after = 429, "3600"
    client = client_for(archive)
    with pytest.raises(ArchiveUnavailable, match="wait"):
        client.closest(PAGE, FAILED)
    with pytest.raises(ArchiveUnavailable):
        client.closest("https://other.test/", FAILED)
    assert len(archive.asked) == 1  # the second question was never sent


def test_a_5xx_stops_the_lookups_for_the_run(archive: LocalArchive) -> None:
    archive.fail_with = 502
    client = client_for(archive)
    with pytest.raises(ArchiveUnavailable, match="502"):
        client.closest(PAGE, FAILED)
    with pytest.raises(ArchiveUnavailable):
        client.save(PAGE)
    assert len(archive.asked) == 1


def test_a_slow_archive_times_out_within_the_budget(archive: LocalArchive) -> None:
    archive.delay = 5.0
    client = client_for(archive, timeout=0.3, budget=1.0)
    started = time.monotonic()
    with pytest.raises(ArchiveUnavailable, match="no answer"):
        client.closest(PAGE, FAILED)
    assert time.monotonic() - started < 2.0
    assert client.stopped is not None


def test_an_answer_trickling_in_is_cut_off_at_the_timeout(archive: LocalArchive) -> None:
    archive.trickle = True  # each byte comes well within the read timeout; the whole never does
    client = client_for(archive, timeout=1.0, budget=10.0)
    started = time.monotonic()
    with pytest.raises(ArchiveUnavailable, match="too slowly"):
        client.closest(PAGE, FAILED)
    assert time.monotonic() - started < 2.0


def test_a_spent_budget_sends_nothing_more(archive: LocalArchive) -> None:
    now = [0.0]
    settings = ArchiveSettings(availability_url=archive.availability_url, rate=1.0, budget=1.5)
    client = ArchiveClient(settings, "curator-test", monotonic=lambda: now[0], sleep=lambda s: None)
    client.closest(PAGE, FAILED)
    now[0] = 2.0
    with pytest.raises(ArchiveUnavailable, match="budget"):
        client.closest(PAGE, FAILED)
    assert len(archive.asked) == 1


def test_the_budget_starts_with_the_first_request_not_with_the_run(
    archive: LocalArchive,
) -> None:
    """A run made before its first dead link came back longer than the whole budget."""
    now = [0.0]
    settings = ArchiveSettings(availability_url=archive.availability_url, rate=1.0, budget=1.5)
    client = ArchiveClient(settings, "curator-test", monotonic=lambda: now[0], sleep=lambda s: None)
    now[0] = 100.0  # the run's fetching
    client.closest(PAGE, FAILED)
    now[0] = 101.0
    client.closest(PAGE, FAILED)
    now[0] = 102.0
    with pytest.raises(ArchiveUnavailable, match="budget"):
        client.closest(PAGE, FAILED)
    assert len(archive.lookups()) == 2
