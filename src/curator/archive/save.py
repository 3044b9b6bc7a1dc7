"""Save Page Now at approval: a snapshot of exactly the page an editor vouched for.

With ``[archive] save_on_approve``, ``curator approve`` asks the archive to capture each source
it baselines and keeps the snapshot's address in the baseline file; a later rescue prefers it
to anything the availability API would find. A capture that fails is only a missing link: the
approval stands, and the rescue falls back to the archive's own copies.
"""

from __future__ import annotations

from curator.archive.client import ArchiveClient, ArchiveUnavailable
from curator.archive.snapshot import Snapshot
from curator.assess.baseline import RouteBaseline


class SnapshotSaver:
    """Captures each URL once per approval, however many routes cite it."""

    def __init__(self, client: ArchiveClient) -> None:
        self.client = client
        self._saved: dict[str, Snapshot | None] = {}
        self.failed: list[tuple[str, str]] = []  # (url, why) not captured

    def save(self, baseline: RouteBaseline) -> RouteBaseline:
        """``baseline`` with each source's new snapshot recorded in it."""
        sources = []
        for source in baseline.sources:
            snapshot = self._snapshot(source.url)
            if snapshot is None:
                sources.append(source)
                continue
            update = {"archived_url": snapshot.url, "archived_at": snapshot.captured_at}
            sources.append(source.model_copy(update=update))
        return baseline.model_copy(update={"sources": sources})

    def _snapshot(self, url: str) -> Snapshot | None:
        if url in self._saved:
            return self._saved[url]
        snapshot: Snapshot | None = None
        try:
            snapshot = self.client.save(url)
            if snapshot is None:
                self.failed.append((url, "the archive made no snapshot"))
        except ArchiveUnavailable as exc:
            self.failed.append((url, str(exc)))
        self._saved[url] = snapshot
        return snapshot
