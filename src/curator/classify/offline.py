"""Telling "the web is down" from "the checker is offline".

When most hosts of a run fail at the network level at once, the likelier story is that the
machine running curator lost its network (or DNS), not that half the web died overnight. Such
a run is inconclusive: it reports nothing dead and exits 3, so a nightly job or a CI gate never
blames editors for the checker's outage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from curator.domains import host_of
from curator.fetch.result import FetchResult
from curator.settings import ClassifySettings


@dataclass(frozen=True)
class OfflineVerdict:
    inconclusive: bool
    hosts: int
    failed_hosts: int

    @property
    def reason(self) -> str:
        return (
            f"{self.failed_hosts} of {self.hosts} hosts failed at the network level "
            "(DNS, refused, timeout): the checker looks offline, so nothing is reported dead"
        )


def judge_offline(results: Iterable[FetchResult], settings: ClassifySettings) -> OfflineVerdict:
    """A host counts as failed when every one of its URLs failed with a network error."""
    host_ok: dict[str, bool] = {}
    for result in results:
        host = host_of(result.url)
        network_failure = result.error is not None and result.error.kind.is_network
        host_ok[host] = host_ok.get(host, False) or not network_failure
    hosts = len(host_ok)
    failed = sum(1 for ok in host_ok.values() if not ok)
    inconclusive = (
        failed >= settings.offline_min_hosts and failed >= settings.offline_fraction * hosts
    )
    return OfflineVerdict(inconclusive=inconclusive, hosts=hosts, failed_hosts=failed)
