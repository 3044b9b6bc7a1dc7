"""What a report reads back from the store: a month of nightly runs costs one stored report.

Every finished run keeps its report document, which holds every source of the run. The trend
needs only each run's counts and the digest only the previous run's report, so a run's reports
must not read the other documents: at 4,000 links a document is about 6 MB, and thirty of them
read for the trend and again for the picture were more CPU than writing every report file, and
several hundred MB held at once (bench/README.md).
"""

from __future__ import annotations

from pathlib import Path

from curator.report.context import load_context
from curator.report.picture import picture
from curator.report.rerender import rerender
from curator.store.interface import RunRecord, Store
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from reportscenario import ReportScenario


class ReadCounter:
    """The real store, counting the report documents read back through it."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.documents = 0

    def runs(self, limit: int = 30, *, reports: bool = True) -> list[RunRecord]:
        listed = self.store.runs(limit, reports=reports)
        self.documents += sum(1 for run in listed if run.report_json is not None)
        return listed

    def report_json(self, run_id: str) -> str | None:
        document = self.store.report_json(run_id)
        self.documents += document is not None
        return document

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def _runs(web: FixtureWeb, tmp_path: Path, nights: int) -> ReportScenario:
    from conftest import make_fast_settings

    s = ReportScenario(web, tmp_path, make_fast_settings())
    for night in range(nights):
        s.run(night * 24.0)
    return s


def _counted(path: Path) -> tuple[SqliteStore, ReadCounter, Store]:
    real = SqliteStore(path)
    counter = ReadCounter(real)
    return real, counter, counter  # type: ignore[return-value]


def test_a_run_reads_one_stored_report_however_long_the_history(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = _runs(web, tmp_path, nights=4)
    real, counter, store = _counted(s.store_path)
    with real:
        latest = real.runs(1)[0]
        current = picture(real, None)
        assert current is not None and current.run.id == latest.run_id
        context = load_context(store, latest.run_id)
        shown = picture(store, current)
    # The trend has every night, the digest the night before, the picture this run's report.
    assert context.history[0].run_id == latest.run_id
    assert len(context.history) == 4 and all(run.counts for run in context.history)
    assert context.previous is not None and context.previous.run.id == context.history[1].run_id
    assert shown is current
    assert counter.documents == 1  # the previous night's, for the digest


def test_curator_report_renders_the_latest_run_from_two_documents(
    web: FixtureWeb, tmp_path: Path
) -> None:
    s = _runs(web, tmp_path, nights=3)
    real, counter, store = _counted(s.store_path)
    with real:
        report = rerender(store, tmp_path / "again")
        latest = real.runs(1)[0]
    assert report.run.id == latest.run_id
    assert (tmp_path / "again" / "index.html").is_file()
    assert counter.documents == 2  # the latest run's, and the night before it for the digest
