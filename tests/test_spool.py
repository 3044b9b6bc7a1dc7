"""A run's spools give back each value they kept as the same content: a route report to the byte
of its JSON (every report file is rendered from what comes back) and a recorded look equal in
every field (the report and the store are written from it), and lose none when the disk will
not take them (``curator.spool``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from curator.check.record import _dump, _load
from curator.report.model import ErrorInfo, Finding, RouteReport, SourceReport
from curator.spool import Spool
from curator.states import ErrorKind, Flag, LinkState, RouteStatus
from curator.store.interface import Observation

CHECKED = datetime(2026, 12, 5, 9, 0, 12, 345678, tzinfo=UTC)


def _report(slug: str, title: str) -> RouteReport:
    dead = SourceReport(
        rank=1, name="Clinic \u00e9t\u00e9 \U0001f9b4", url="https://clinic.example/a?q=1&r=2",
        state=LinkState.DEAD, http_status=404, final_url=None, title=None, description=None,
        flags=[Flag.INSECURE], error=ErrorInfo(kind=ErrorKind.HTTP_STATUS, message="404 Not Found"),
        checked_at=CHECKED, consecutive_failures=3, confirmed=True, reason="it answers 404",
        first_failed_at=CHECKED - timedelta(days=2), line=7, blurb="What \"it\" says",
        approved_title="Back pain", approved_description=None,
        archived_url="https://web.archive.org/web/2026/https://clinic.example/a",
        archived_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2))),
    )  # fmt: skip
    alive = dead.model_copy(
        update={"rank": 2, "state": LinkState.ALIVE, "error": None, "title": "A title"}
    )
    return RouteReport(
        slug=slug,
        title=title,
        status=RouteStatus.BROKEN,
        findings=[Finding(code="dead", message="#1 Clinic: gone", rank=1)],
        sources=[dead, alive],
        path="routes/x.yaml",
        summary="A summary\nover two lines.",
    )


def _route_spool() -> Spool[int, RouteReport]:
    return Spool(RouteReport.model_dump_json, RouteReport.model_validate_json)


def test_a_kept_report_comes_back_with_the_same_json() -> None:
    spool = _route_spool()
    try:
        first, second = _report("a", "First"), _report("b", "Second")
        spool.put(0, first)
        spool.put(3, second)
        back = spool.get(0)
        assert back == first
        assert back is not None and back.model_dump_json() == first.model_dump_json()
        assert spool.get(3) == second
        assert spool.get(1) is None  # never kept: the run builds that route's report itself
        spool.put(0, second)  # built again: the newer report replaces the older one
        assert spool.get(0) == second
    finally:
        spool.close()


def test_a_report_the_disk_will_not_take_is_held_and_none_is_lost() -> None:
    """A full temporary folder ("database or disk is full") must not end the run or lose a
    report: SQLite then rolls back the whole open transaction, and what it held is kept in
    memory instead, as is what the disk refuses afterwards."""
    spool = _route_spool()
    # What a full disk does to the temporary database: no page beyond the first few.
    spool._db.execute("PRAGMA max_page_count = 8")
    reports = {n: _report(f"route-{n}", "Back pain " + "x" * 2000) for n in range(600)}
    for index, report in reports.items():
        spool.put(index, report)
    spool.put(7, reports[8])  # replaced after the disk filled: the newer one comes back
    back = {index: spool.get(index) for index in reports}
    spool.close()
    assert back[7] == reports[8]
    assert all(back[n] == reports[n] for n in reports if n != 7)


def test_a_recorded_look_comes_back_equal_in_every_field() -> None:
    look = Observation(
        run_id="20261205T090012Z-a1b2c3", url="https://clinic.example/a?q=1&r=2",
        checked_at=CHECKED, state=LinkState.SOFT_DEAD, http_status=200,
        final_url="https://clinic.example/", error_kind=ErrorKind.HTTP_STATUS,
        error_message="none", reason="it redirects to the home page", title="Clinic \u00e9t\u00e9",
        description=None, page_modified="2026-01-02", etag='W/"x"',
        last_modified="Tue, 14 May 2024 09:30:00 GMT", body_hash="ab" * 32,
        fingerprint="f" * 16, elapsed=0.125, flags=frozenset({Flag.INSECURE}),
        found_terms=("back", "pain"),
    )  # fmt: skip
    spool: Spool[str, Observation] = Spool(_dump, _load, every=2)
    try:
        spool.put(look.url, look)
        spool.put("https://other.example/", look)
        spool.put("https://third.example/", look)  # the first two committed, this one not yet
        for url in (look.url, "https://other.example/", "https://third.example/"):
            back = spool.get(url)
            assert back == look and back is not look
            assert type(back.state) is LinkState and type(back.flags) is frozenset
        assert spool.get("https://never.example/") is None
    finally:
        spool.close()
