"""The default executor: one Fetcher's thread pool in this process."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from curator.fetch.client import Fetcher
from curator.fetch.job import Validators
from curator.inspect import NO_WANTS, Inspection, Wants, inspect


class InProcessExecutor:
    """Fetch with the given Fetcher's workers; inspect each page as it arrives."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher

    def inspect_many(
        self,
        urls: Sequence[str],
        validators: Mapping[str, Validators] | None = None,
        wants: Mapping[str, Wants] | None = None,
    ) -> Iterator[Inspection]:
        wants = wants or {}
        for result in self.fetcher.fetch_many(urls, validators):
            yield inspect(result, wants.get(result.url, NO_WANTS))

    def start(self) -> None:
        """Nothing to set up: the fetcher's threads start with each batch."""

    def close(self) -> None:
        self.fetcher.close()
