"""The run's spool gives back each route report it kept as the same content, to the byte of
its JSON: every report file is rendered from what comes back (``rollup.spool``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from curator.report.model import ErrorInfo, Finding, RouteReport, SourceReport
from curator.rollup.spool import RouteSpool
from curator.states import ErrorKind, Flag, LinkState, RouteStatus

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


def test_a_kept_report_comes_back_with_the_same_json() -> None:
    spool = RouteSpool()
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
    report: what SQLite refuses is held in memory, and what it lost comes back as None, which
    the run's end builds again."""
    spool = RouteSpool()
    # What a full disk does to the temporary database: no page beyond the first few.
    spool._db.execute("PRAGMA max_page_count = 3")
    reports = {n: _report(f"route-{n}", "Back pain " + "x" * 2000) for n in range(20)}
    for index, report in reports.items():
        spool.put(index, report)
    back = {index: spool.get(index) for index in reports}
    spool.close()
    assert all(back[n] is None or back[n] == reports[n] for n in reports)
    assert sum(report is not None for report in back.values()) >= 18
