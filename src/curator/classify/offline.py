"""Telling "the web is down" from "the checker is offline".

When most hosts of a run fail at the network level at once, the likelier story is that the
machine running curator lost its network (or DNS), not that half the web died overnight. Such
a run is inconclusive: it reports nothing dead and exits 3, so a nightly job or a CI gate never
blames editors for the checker's outage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from curator import urls
from curator.fetch.result import FetchResult
from curator.states import ErrorKind

if TYPE_CHECKING:
    from curator.settings import ClassifySettings

# The failures that count, named as the report names error kinds (states.py decides which).
_NETWORK_KINDS = ", ".join(kind.value for kind in ErrorKind if kind.is_network)


@dataclass(frozen=True)
class OfflineVerdict:
    inconclusive: bool
    hosts: int
    failed_hosts: int

    @property
    def reason(self) -> str:
        return (
            f"{self.failed_hosts} of {self.hosts} hosts failed at the network level "
            f"({_NETWORK_KINDS}): the checker looks offline, so nothing is reported dead"
        )


class OfflineWatch:
    """``judge_offline`` fed one result at a time, so a run can judge what it has seen so far
    (it records observations in batches long before its last URL is back)."""

    def __init__(self, settings: ClassifySettings) -> None:
        self._settings = settings
        self._host_ok: dict[str, bool] = {}
        self._failed = 0  # hosts whose every URL so far failed at the network level

    def add(self, result: FetchResult) -> None:
        host = urls.host(result.url)
        network_failure = result.error is not None and result.error.kind.is_network
        before = self._host_ok.get(host)
        ok = bool(before) or not network_failure
        self._host_ok[host] = ok
        if before is None and not ok:
            self._failed += 1
        elif before is False and ok:
            self._failed -= 1

    def verdict(self) -> OfflineVerdict:
        hosts, failed = len(self._host_ok), self._failed
        settings = self._settings
        inconclusive = (
            failed >= settings.offline_min_hosts and failed >= settings.offline_fraction * hosts
        )
        return OfflineVerdict(inconclusive=inconclusive, hosts=hosts, failed_hosts=failed)


def judge_offline(results: Iterable[FetchResult], settings: ClassifySettings) -> OfflineVerdict:
    """A host counts as failed when every one of its URLs failed with a network error."""
    watch = OfflineWatch(settings)
    for result in results:
        watch.add(result)
    return watch.verdict()
