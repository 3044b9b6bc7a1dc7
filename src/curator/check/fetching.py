"""The run's fetch waves: the main wave over the plan's URLs, then the soft-404 probes its
pages still need.

Probing itself lives in classify (keys, need and made-up URLs in ``probe_address``, learning
in ``probe_learning``, comparison in ``probe_answer``, the run's answers in ``probe_book``);
this module only sends an executor the URLs and hands back what came. Each fetched page goes
to the recorder as it arrives, so classifying and recording overlap the fetch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime

from curator.check.plan import CheckPlan
from curator.check.record import Fetched, Recorder
from curator.classify import OfflineVerdict
from curator.classify.front import front_answer, front_url
from curator.classify.page_sketch import PageShape
from curator.classify.probe_address import ProbeKey
from curator.classify.probe_answer import ProbeAnswer
from curator.classify.probe_book import ProbeBook
from curator.classify.probe_learning import answer_shape, learn_first, learn_next, learnt
from curator.execute import Executor
from curator.fetch.result import FetchResult
from curator.inspect import PROBE_WANTS
from curator.redact import redact_url
from curator.store.interface import Store

Progress = Callable[[FetchResult], None]


def fetch_and_inspect(
    executor: Executor, todo: CheckPlan, progress: Progress | None, recorder: Recorder
) -> None:
    """Fetch and inspect the plan's URLs, each handed to ``recorder`` (which keeps what the
    run needs of it); with a probe book, the executor also learns the answers to made-up URLs
    the pages need and the book lacks, and they go into the book."""
    urls, book = todo.to_fetch, todo.book
    if not urls:
        return
    probes = book.plan() if book is not None else None
    for inspection in executor.inspect_many(urls, todo.validators, todo.wants, probes=probes):
        if isinstance(inspection, ProbeAnswer):
            if book is not None:
                book.add(inspection, recorder.clock())
            continue
        result = inspection.result
        # the plan's own string (``Executor.inspect_many``): each URL held once however many
        # records and reports name it
        url = result.url
        if progress is not None:  # first: a run cancelled here does not record this one
            shown = redact_url(url)  # a progress bar is a console line too
            progress(result if shown == url else replace(result, url=shown))
        recorder.add(url, Fetched(inspection))


def probe_and_judge_offline(
    executor: Executor,
    fetched: Iterable[tuple[str, Fetched]],
    book: ProbeBook | None,
    recorder: Recorder,
    store: Store | None,
    clock: Callable[[], datetime],
) -> OfflineVerdict:
    """Learn the probe answers the main wave left out, then take the offline verdict; the
    answers are kept for later runs only when the run looked online. ``fetched`` are the pages
    a second judgement may read, in the plan's order (``Recorder.unreleased``)."""
    if book is not None:
        probe_after_wave(executor, fetched, book, clock)
    offline = recorder.offline.verdict()
    if book is not None and store is not None and not offline.inconclusive:
        store.save_probe_answers(book.lasting())
    return offline


def probe_after_wave(
    executor: Executor,
    items: Iterable[tuple[str, Fetched]],
    book: ProbeBook,
    clock: Callable[[], datetime],
) -> None:
    """Learn, after the main wave, the answers its pages still need: those whose probes were
    lost, and those a page found borderline against an answer from the store. Two waves at
    most: the made-up siblings, then (where a sibling showed the page itself) made-up ids;
    before them, the front pages of hosts whose pages look like theirs (``classify.front``)."""
    pages = [
        (url, item.inspection.shape)
        for url, item in items
        if item.needs_probe and item.inspection is not None and item.inspection.shape is not None
    ]
    fronts = book.wanted_fronts(pages)
    if fronts:  # the hosts' front pages that pages looking like one still lack (classify.front)
        seen = _looks(executor, {key: front_url(url) for key, url in fronts.items()})
        for key, url in fronts.items():
            if key in seen:
                book.add(front_answer(url, seen[key]), clock())
    wanted = book.wanted(pages)
    if not wanted:
        return
    threshold = book.threshold
    first = _looks(executor, {key: learn_first(url) for key, (url, _) in wanted.items()})
    nexts = {
        key: next_url
        for key, (url, page) in wanted.items()
        if key in first and (next_url := learn_next(url, page, first[key], threshold)) is not None
    }
    second = _looks(executor, nexts)
    for key, (url, page) in wanted.items():
        if key in first:
            book.add(learnt(url, page, first[key], second.get(key), threshold), clock())


def _looks(executor: Executor, probes: Mapping[ProbeKey, str]) -> dict[ProbeKey, PageShape]:
    """What each probe URL looked like, by the key it was asked for."""
    if not probes:
        return {}
    by_url = {url: key for key, url in probes.items()}
    looks = {}
    wants = dict.fromkeys(by_url, PROBE_WANTS)
    for inspection in executor.inspect_many(list(by_url), wants=wants):
        if isinstance(inspection, ProbeAnswer):
            continue
        result = inspection.result
        looks[by_url[result.url]] = answer_shape(inspection.shape, result.status, result.final_url)
    return looks
