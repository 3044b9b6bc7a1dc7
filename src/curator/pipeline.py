"""One run, wired: plan -> fetch -> inspect -> classify -> record -> probe -> report.

Each stage lives in its own module; this one only moves values between them in DESIGN.md's
order and owns nothing but the run's bookkeeping (run id, clock, progress callback). Results are
classified and recorded in batches as they arrive (see ``_Recorder``), so a run killed at 3 a.m.
keeps what it had checked; the soft-404 probes and the offline verdict then settle the record.
Everything a report shows passes ``curator.redact`` once, as the report is built.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from curator import heap
from curator.archive.client import ArchiveClient
from curator.archive.rescue import rescue
from curator.assess.baseline import BaselineError, RouteBaseline, SourceBaseline, load_baseline
from curator.assess.staleness import NOT_JUDGED, Staleness, assess_source, review_overdue
from curator.assess.support import key_terms
from curator.catalog.model import Route
from curator.classify import OfflineWatch, Verdict, classify
from curator.classify.policy import apply_policy
from curator.classify.probe import (
    PageShape,
    ProbeAnswer,
    ProbeBook,
    ProbeKey,
    answer_shape,
    learn_first,
    learn_next,
    learnt,
    needs_probe,
    probe_keys,
)
from curator.execute import Executor, InProcessExecutor
from curator.fetch.client import Fetcher, Validators
from curator.fetch.result import FetchResult
from curator.history import ConfirmationPolicy, LinkHistory, summarize
from curator.inspect import Inspection, Wants
from curator.redact import redact_report, redact_route, redact_url
from curator.report.model import (
    ErrorInfo,
    Finding,
    Report,
    RouteReport,
    RunInfo,
    SourceReport,
)
from curator.rollup import route_findings, route_status, source_findings
from curator.settings import Settings
from curator.states import LinkState
from curator.store.interface import Observation, RunRecord, Store

Clock = Callable[[], datetime]
Progress = Callable[[FetchResult], None]
# Told each route's report as soon as its links are all in (see _EarlyRoutes), with the run as
# far as it is known then: its id and start; not yet its end or whether it is inconclusive.
RouteListener = Callable[[RunInfo, RouteReport], None]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RunRequest:
    """What to check, and the context a run needs to judge it."""

    routes: Sequence[Route]
    known_slugs: frozenset[str]  # every route file present, for `similar` checks
    problems: Sequence[str] = ()  # route files that could not be loaded, as file:line
    kind: str = "run"
    # URLs to fetch now; the others reuse their latest stored look (a gate's fresh results, a
    # due-based run's not-yet-due links). None fetches everything. A URL with no stored look
    # is always fetched.
    live: frozenset[str] | None = None
    # The routes folder (resolved) and whether only some of its routes are checked: recorded
    # with the run, so reports merge a partial run into the folder's full picture.
    routes_dir: str | None = None
    partial: bool = False


@dataclass(slots=True)
class _Fetched:
    """What this run learnt about one URL it fetched."""

    inspection: Inspection | None  # None once the judgement recorded can only stand (release)
    verdict: Verdict | None = None
    previous: Observation | None = None  # the last good look, reused when the page is a 304
    # The look recorded while the run went on, and what it was judged with: the end of the
    # run reuses both when nothing has changed since (the same probe, the same offline say).
    recorded: Observation | None = None
    judged_with: tuple[ProbeAnswer | None, bool] | None = None
    needs_probe: bool = False  # a 200 page its host's answer to made-up URLs is compared with

    def release(self) -> None:
        """Drop what only a second judgement would read.

        Called once a look was recorded with its probe (or needing none) and while the run
        looked online: the probe cannot change any more, and should the run end up offline the
        look becomes ``unknown`` without a second reading (``_as_inconclusive``). A large run
        held every page's inspection to its end; released, about 2 KB per link go back at once.
        """
        self.inspection, self.verdict, self.previous = None, None, None


@dataclass(frozen=True, slots=True)
class Look:
    """The look at a URL a report shows: fetched in this run, or reused from the store."""

    observation: Observation
    history: LinkHistory
    fresh: bool


def plan(routes: Iterable[Route]) -> list[str]:
    """Unique source URLs in route order: a URL cited by several routes is fetched once."""
    return list(dict.fromkeys(source.url for route in routes for source in route.sources))


def run_check(
    request: RunRequest,
    settings: Settings,
    executor: Executor | Fetcher,
    store: Store | None,
    *,
    clock: Clock = utcnow,
    progress: Progress | None = None,
    on_route: RouteListener | None = None,
    archive: ArchiveClient | None = None,
) -> Report:
    """Check a request's routes; ``executor`` may be a bare Fetcher (run in this process).

    ``archive``, if given, is asked for a copy of each dead source not looked up yet in its
    failure episode (see curator.archive.rescue); without it, only copies already known show.

    ``on_route`` hears each route's report early, while other links are still being fetched:
    a report that the probes or the offline verdict then change is built again, and the final
    report holds the very object ``on_route`` heard for every route that did not change.
    """
    if isinstance(executor, Fetcher):
        executor = InProcessExecutor(executor)
    started = clock()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    urls = plan(request.routes)
    history = settings.history
    policy = ConfirmationPolicy(runs=history.confirm_runs, hours=history.confirm_hours)

    def summary(observations: Sequence[Observation]) -> LinkHistory:
        return summarize(observations, policy, history.flap_window, history.flap_flips)

    # As much history as confirmation and flap detection read, and no more: loading it is
    # most of a large run's memory.
    depth = max(history.confirm_runs, history.flap_window) + 1
    past = store.recent(urls, limit=depth) if store is not None else {}
    looks = {
        url: Look(past[url][0], summary(past[url]), fresh=False)
        for url in urls
        if request.live is not None and url not in request.live and past.get(url)
    }
    to_fetch = [url for url in urls if url not in looks]
    baselines, baseline_problems = _load_baselines(request.routes)
    if store is not None:
        store.start_run(
            RunRecord(
                run_id=run_id,
                started_at=started,
                kind=request.kind,
                routes_dir=request.routes_dir,
                partial=request.partial,
            )
        )

    early_run = RunInfo(id=run_id, started_at=started, finished_at=started, inconclusive=False)

    def context(inconclusive: bool) -> _Context:
        return _Context(request.known_slugs, settings, inconclusive, clock().date())

    wants = _wants(request.routes, baselines, past)
    early = (
        _EarlyRoutes(request.routes, looks, past, baselines, context, summary, on_route, early_run)
        if on_route is not None
        else None
    )
    book = _probe_book(to_fetch, settings, store, started)
    recorder = _Recorder(store, run_id, settings, clock, past, early, book)
    fetched = _fetch_and_inspect(
        executor, to_fetch, _validators(past), wants, progress, recorder, book
    )
    recorder.flush()
    heap.settle()  # what was fetched lives to the end; the report is built next
    if book is not None:
        _probe(executor, fetched.items(), book, clock)
    offline = recorder.offline.verdict()
    if book is not None and store is not None and not offline.inconclusive:
        store.save_probe_answers(book.lasting())
    observations: dict[str, Observation] = {}
    for url, item in fetched.items():
        if item.inspection is None:  # released: judged with its final probe, while online
            assert item.recorded is not None
            recorded = item.recorded
            observations[url] = _as_inconclusive(recorded) if offline.inconclusive else recorded
            continue
        answer = book.answer(url) if book is not None and item.needs_probe else None
        if item.recorded is not None and item.judged_with == (answer, offline.inconclusive):
            observations[url] = item.recorded  # judged as the whole run would judge it
            continue
        item.verdict = _classify(url, item, book, settings)
        checked_at = recorder.checked_at[url]
        observations[url] = _observation(run_id, url, item, offline.inconclusive, checked_at)
    for url, observation in observations.items():
        seen = early.looks.get(url) if early is not None else None
        if seen is not None and (
            seen.observation is observation or seen.observation == observation
        ):
            looks[url] = seen  # the same look: the early route report stays valid
        else:
            looks[url] = Look(observation, summary([observation, *past.get(url, [])]), fresh=True)
    recorder.settle(observations)

    now = finished = clock()
    elapsed = (finished - started).total_seconds()
    final = _Context(request.known_slugs, settings, offline.inconclusive, now.date())
    report = redact_report(
        Report(
            run=RunInfo(
                id=run_id,
                started_at=started,
                finished_at=finished,
                inconclusive=offline.inconclusive,
                reason=offline.reason if offline.inconclusive else None,
                urls=len(urls),
                requests_per_second=round(len(to_fetch) / elapsed, 1) if elapsed > 0 else None,
                partial=request.partial,
            ),
            routes=[
                (early.reuse(index, looks, final) if early is not None else None)
                or _route_report(route, looks, final, baselines.get(route.slug))
                for index, route in enumerate(request.routes)
            ],
            problems=[*request.problems, *baseline_problems],
        )
    )
    # Archived copies of dead sources: the routes it changes come back redacted.
    report = rescue(report, request.routes, baselines, store, archive, clock)
    if store is not None:
        store.finish_run(
            RunRecord(
                run_id=run_id,
                started_at=started,
                finished_at=finished,
                inconclusive=offline.inconclusive,
                kind=request.kind,
                counts=_counts(report),
                report_json=report.to_json(),
                routes_dir=request.routes_dir,
                partial=request.partial,
            )
        )
    return report


class _Recorder:
    """Writes a run's observations to the store in batches while the run goes on.

    A run used to record everything in one transaction at its end, so a kill (OOM, a reboot,
    ``kill -9``) lost the whole night. Now each batch of results (``history.record_batch``, or
    whatever arrived within ``history.record_seconds``) is classified and recorded as it comes.

    The trade-off: two judgements need the whole run, and a batch is recorded before they exist.

    - The offline verdict ("most hosts failed at once: the checker is offline") is taken over
      the results so far; while it says offline, a batch is recorded as ``unknown``. Network
      failures come back first (DNS misses fail fast), so early batches lean towards
      ``unknown``, the harmless direction.
    - The soft-404 probes (the host's answer to made-up URLs, one per host and path shape,
      see ``classify.probe``) come from the store or are learnt beside the main pass, started
      by the first page that needs each; a 200 page recorded before its shape's answer is in
      is judged without that comparison (it can still be soft-dead by its wording, a
      home-page redirect or a parking phrase).

    ``settle`` re-records, once the run is complete, every observation whose final judgement
    differs (``Store.record`` upserts on run and URL); that is usually none or a few. A run
    killed before it settles leaves provisional observations in an unfinished run: each one a
    real look at its URL, possibly judged without its probe or before the run knew it was
    offline. Cancelling a run (the scheduler stopping) drops only the batch not yet written.
    """

    def __init__(
        self,
        store: Store | None,
        run_id: str,
        settings: Settings,
        clock: Clock,
        past: Mapping[str, list[Observation]],
        early: _EarlyRoutes | None = None,
        book: ProbeBook | None = None,
    ) -> None:
        self.store, self.run_id, self.clock = store, run_id, clock
        self.settings, self.past, self.early = settings, past, early
        self.book = book
        self.offline = OfflineWatch(settings.classify)
        self.checked_at: dict[str, datetime] = {}
        self._recorded: dict[str, Observation] = {}
        self._pending: list[tuple[str, _Fetched]] = []
        self._since = time.monotonic()

    def add(self, url: str, item: _Fetched) -> None:
        assert item.inspection is not None
        item.previous = _last_good(self.past.get(url, []))
        inspection = item.inspection
        item.needs_probe = self.book is not None and needs_probe(
            url, inspection.shape, inspection.parked
        )
        self.offline.add(item.inspection.result)
        self._pending.append((url, item))
        history = self.settings.history
        waited = time.monotonic() - self._since
        if len(self._pending) >= history.record_batch or waited >= history.record_seconds:
            self.flush()

    def flush(self) -> None:
        """Record what is pending, judged with the probes and the offline verdict so far."""
        now = self.clock()
        inconclusive = self.offline.verdict().inconclusive
        batch = []
        judge = self.store is not None or self.early is not None
        for url, item in self._pending:
            self.checked_at[url] = now
            if judge:
                # The shape's answer if it is in already; None when the page needs none.
                book = self.book
                shape = item.inspection.shape if item.inspection is not None else None
                answer = book.answer(url) if book is not None and item.needs_probe else None
                item.verdict = _classify(url, item, book, self.settings)
                item.recorded = _observation(self.run_id, url, item, inconclusive, now)
                item.judged_with = (answer, inconclusive)
                batch.append(item.recorded)
                settled = not item.needs_probe or (
                    book is not None and shape is not None and book.settled(url, shape)
                )
                if not inconclusive and settled:
                    item.release()
        if self.store is not None and batch:
            self.store.record(batch)
            self._recorded.update((o.url, o) for o in batch)
        if self.early is not None and batch:
            self.early.add(batch, inconclusive)
        self._pending.clear()
        self._since = time.monotonic()

    def settle(self, final: Mapping[str, Observation]) -> None:
        """Re-record the observations the whole run judged differently from their batch."""
        changed = [o for url, o in final.items() if self._recorded.get(url) != o]
        if self.store is not None and changed:
            self.store.record(changed)


class _EarlyRoutes:
    """Route reports built the moment a route's links are all in, for an ``on_route`` listener.

    A large run's driver idles while its workers fetch, then builds and renders thousands of
    route reports and pages in one serial tail after the last link. Built here, as each batch
    is recorded, that work overlaps the fetch. Such a report is provisional in the same ways a
    recorded batch is (perhaps no soft-404 probe yet, the offline verdict so far), so the run keeps
    the looks it was built from: ``reuse`` hands the same report object back only when the
    final looks and context are those same ones, and returns None (build anew) otherwise.
    """

    def __init__(
        self,
        routes: Sequence[Route],
        ready: Mapping[str, Look],
        past: Mapping[str, Sequence[Observation]],
        baselines: Mapping[str, RouteBaseline],
        context: Callable[[bool], _Context],
        summary: Callable[[Sequence[Observation]], LinkHistory],
        listener: RouteListener,
        run: RunInfo,
    ) -> None:
        self.routes, self.baselines, self.context = routes, baselines, context
        self.summary, self.listener, self.past, self.run = summary, listener, past, run
        self.looks: dict[str, Look] = dict(ready)
        self._waiting = [{s.url for s in route.sources} - ready.keys() for route in routes]
        self._routes_of: dict[str, list[int]] = {}
        for index, waiting in enumerate(self._waiting):
            for url in waiting:
                self._routes_of.setdefault(url, []).append(index)
        self._built: dict[int, tuple[RouteReport, _Context]] = {}

    def add(self, observations: Sequence[Observation], inconclusive: bool) -> None:
        ctx: _Context | None = None
        for observation in observations:
            url = observation.url
            past = self.past.get(url, [])
            self.looks[url] = Look(observation, self.summary([observation, *past]), fresh=True)
            for index in self._routes_of.pop(url, ()):
                waiting = self._waiting[index]
                waiting.discard(url)
                if waiting:
                    continue
                ctx = ctx or self.context(inconclusive)
                route = self.routes[index]
                report = _route_report(route, self.looks, ctx, self.baselines.get(route.slug))
                report = redact_route(report)
                self._built[index] = (report, ctx)
                self.listener(self.run, report)

    def reuse(self, index: int, looks: Mapping[str, Look], ctx: _Context) -> RouteReport | None:
        """The early report of route ``index`` if nothing it was built from has changed."""
        built = self._built.get(index)
        if built is None or built[1] != ctx:
            return None
        urls = {source.url for source in self.routes[index].sources}
        if any(looks.get(url) is not self.looks.get(url) for url in urls):
            return None
        return built[0]


def _classify(url: str, item: _Fetched, book: ProbeBook | None, settings: Settings) -> Verdict:
    inspection = item.inspection
    assert inspection is not None
    shape = inspection.shape
    probe = None
    if book is not None and item.needs_probe and shape is not None:
        probe = book.outcome(url, shape)
    verdict = classify(
        inspection.result,
        inspection.page,
        probe,
        settings.classify,
        parked=inspection.parked,
        gone=inspection.gone,
    )
    return apply_policy(verdict, inspection.result, settings.policy)


def _last_good(observations: Sequence[Observation]) -> Observation | None:
    return next((o for o in observations if o.state.is_live), None)


def _validators(past: Mapping[str, list[Observation]]) -> dict[str, Validators]:
    """Conditional-request validators from the last good look at each URL."""
    out: dict[str, Validators] = {}
    for url, observations in past.items():
        last = _last_good(observations)
        if last is not None and (last.etag or last.last_modified):
            out[url] = Validators(etag=last.etag, last_modified=last.last_modified)
    return out


def _load_baselines(routes: Iterable[Route]) -> tuple[dict[str, RouteBaseline], list[str]]:
    """Each route's approved baseline; an unreadable one is a problem, not a crash."""
    baselines: dict[str, RouteBaseline] = {}
    problems: list[str] = []
    for route in routes:
        try:
            baseline = load_baseline(route.path.parent, route.slug)
        except BaselineError as exc:
            problems.append(str(exc))
            continue
        if baseline is not None:
            baselines[route.slug] = baseline
    return baselines, problems


def _wants(
    routes: Iterable[Route],
    baselines: Mapping[str, RouteBaseline],
    past: Mapping[str, list[Observation]],
) -> dict[str, Wants]:
    """Per URL: the key terms of every blurb citing it, and a fingerprint if any route has an
    approved baseline for it (the costly main-content extraction is only done then, and not
    again while the body hash matches the last look that has one)."""
    terms: dict[str, dict[str, None]] = {}
    fingerprinted: set[str] = set()
    for route in routes:
        approved = baselines.get(route.slug)
        approved_urls = approved.by_url() if approved else {}
        for source in route.sources:
            terms.setdefault(source.url, {}).update(dict.fromkeys(key_terms(source.blurb)))
            if source.url in approved_urls:
                fingerprinted.add(source.url)
    known: dict[str, str] = {}
    for url in fingerprinted:
        last = _last_good(past.get(url, []))
        if last is not None and last.body_hash and last.fingerprint:
            known[url] = last.body_hash
    return {
        url: Wants(terms=tuple(found), fingerprint=url in fingerprinted, known_hash=known.get(url))
        for url, found in terms.items()
    }


def _fetch_and_inspect(
    executor: Executor,
    urls: Sequence[str],
    validators: Mapping[str, Validators],
    wants: Mapping[str, Wants],
    progress: Progress | None,
    recorder: _Recorder,
    book: ProbeBook | None,
) -> dict[str, _Fetched]:
    """Fetch and inspect ``urls``; with a ``book``, the executor also learns the answers to
    made-up URLs the pages need and the book lacks, and they go into the book."""
    checked: dict[str, _Fetched] = {}
    if not urls:
        return checked
    plan = book.plan() if book is not None else None
    for inspection in executor.inspect_many(urls, validators, wants, probes=plan):
        if isinstance(inspection, ProbeAnswer):
            if book is not None:
                book.add(inspection, recorder.clock())
            continue
        result, url = inspection.result, inspection.result.url
        if progress is not None:  # first: a run cancelled here does not record this one
            shown = redact_url(url)  # a progress bar is a console line too
            progress(result if shown == url else replace(result, url=shown))
        checked[url] = item = _Fetched(inspection)
        recorder.add(url, item)
    # fetch_many answers every URL; keep the plan's order for stable reports.
    return {url: checked[url] for url in urls if url in checked}


def _probe_book(
    urls: Sequence[str], settings: Settings, store: Store | None, now: datetime
) -> ProbeBook | None:
    """The run's answers to made-up URLs, starting from those the store learnt recently."""
    classify_settings = settings.classify
    if not classify_settings.soft404_probe:
        return None
    stored = store.probe_answers(probe_keys(urls)) if store is not None else {}
    return ProbeBook(
        stored,
        now,
        timedelta(days=classify_settings.probe_max_age_days),
        classify_settings.probe_similarity,
        classify_settings.probe_borderline,
    )


def _probe(
    executor: Executor,
    items: Iterable[tuple[str, _Fetched]],
    book: ProbeBook,
    clock: Clock,
) -> None:
    """Learn, after the main wave, the answers its pages still need: those whose probes were
    lost, and those a page found borderline against an answer from the store. Two waves at
    most: the made-up siblings, then (where a sibling showed the page itself) made-up ids."""
    pages = (
        (url, item.inspection.shape)
        for url, item in items
        if item.needs_probe and item.inspection is not None and item.inspection.shape is not None
    )
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
    for inspection in executor.inspect_many(list(by_url)):
        if isinstance(inspection, ProbeAnswer):
            continue
        result = inspection.result
        looks[by_url[result.url]] = answer_shape(inspection.shape, result.status, result.final_url)
    return looks


def _observation(
    run_id: str, url: str, item: _Fetched, inconclusive: bool, now: datetime
) -> Observation:
    verdict, inspection = item.verdict, item.inspection
    assert verdict is not None and inspection is not None
    result, page = inspection.result, inspection.page
    modified = page.modified.isoformat() if page is not None and page.modified else None
    title, description = (page.title, page.description) if page else (None, None)
    body_hash, print_, found = inspection.body_hash, inspection.fingerprint, inspection.found_terms
    etag, last_modified = result.headers.get("etag"), result.headers.get("last-modified")
    if inspection.unchanged and item.previous is not None:
        print_ = item.previous.fingerprint  # same bytes as last time: same fingerprint
    if result.not_modified and item.previous is not None:
        # A 304 says the page is what we saw last time: carry that look forward, unread.
        prev = item.previous
        title, description, modified = prev.title, prev.description, prev.page_modified
        body_hash, print_, found = prev.body_hash, prev.fingerprint, prev.found_terms
        etag, last_modified = etag or prev.etag, last_modified or prev.last_modified
    observation = Observation(
        run_id=run_id,
        url=url,
        checked_at=now,
        state=verdict.state,
        http_status=verdict.http_status,
        final_url=verdict.final_url,
        error_kind=verdict.error.kind if verdict.error else None,
        error_message=verdict.error.message if verdict.error else None,
        reason=verdict.reason,
        title=title,
        description=description,
        page_modified=modified,
        etag=etag,
        last_modified=last_modified,
        body_hash=body_hash,
        fingerprint=print_,
        elapsed=result.elapsed,
        flags=verdict.flags,
        found_terms=found,
    )
    return _as_inconclusive(observation) if inconclusive else observation


def _as_inconclusive(observation: Observation) -> Observation:
    """The look as a run that found the checker offline records it: seen, but not judged."""
    return replace(
        observation,
        state=LinkState.UNKNOWN,
        reason="the checker looked offline; nothing judged",
        flags=frozenset(),
    )


@dataclass(frozen=True)
class _Context:
    """What every route's report in one run is judged against."""

    known_slugs: frozenset[str]
    settings: Settings
    inconclusive: bool
    today: date


def _route_report(
    route: Route, looks: Mapping[str, Look], ctx: _Context, baseline: RouteBaseline | None
) -> RouteReport:
    approved = baseline.by_url() if baseline else {}
    sources: list[SourceReport] = []
    notes: list[Finding] = []
    for rank, source in enumerate(route.sources, start=1):
        look = looks.get(source.url)
        staleness = NOT_JUDGED
        if look is not None and not ctx.inconclusive:
            staleness = assess_source(
                source.blurb,
                look.observation,
                approved.get(source.url),
                route.reviewed,
                ctx.settings.assess,
            )
        sources.append(
            _source_report(rank, source.name, source.url, source.line, look, staleness).model_copy(
                update=_editorial(source.blurb, approved.get(source.url))
            )
        )
        notes += [
            Finding(code=n.code, rank=rank, message=f"#{rank} {source.name}: {n.message}")
            for n in staleness.notes
        ]
    findings = source_findings(sources) + notes
    findings += route_findings(
        sources,
        route.similar,
        ctx.known_slugs,
        ctx.settings.classify.min_live_sources,
        ctx.inconclusive,
    )
    overdue = review_overdue(route.reviewed, ctx.today, ctx.settings.assess)
    if overdue and not ctx.inconclusive:
        findings.append(Finding(code="review-overdue", message=overdue))
    return RouteReport(
        slug=route.slug,
        title=route.title,
        status=route_status(sources, findings, ctx.inconclusive),
        findings=findings,
        sources=sources,
        path=str(route.path),
        summary=route.summary,
    )


def _editorial(blurb: str, approved: SourceBaseline | None) -> dict[str, str | None]:
    """What the editor wrote and approved, for a route page to set beside what the page says."""
    return {
        "blurb": blurb,
        "approved_title": approved.title if approved else None,
        "approved_description": approved.description if approved else None,
    }


def _source_report(
    rank: int, name: str, url: str, line: int, look: Look | None, staleness: Staleness
) -> SourceReport:
    if look is None:
        return SourceReport(
            rank=rank, name=name, url=url, state=LinkState.UNKNOWN, http_status=None,
            final_url=None, title=None, description=None, flags=[], error=None,
            checked_at=None, consecutive_failures=0, confirmed=False,
            reason="not checked in this run", line=line,
        )  # fmt: skip
    obs, history = look.observation, look.history
    return SourceReport(
        rank=rank,
        name=name,
        url=url,
        state=obs.state,
        http_status=obs.http_status,
        final_url=obs.final_url,
        title=obs.title,
        description=obs.description,
        flags=sorted(obs.flags | staleness.flags),
        error=ErrorInfo(kind=obs.error_kind, message=obs.error_message or "")
        if obs.error_kind
        else None,
        checked_at=obs.checked_at,
        consecutive_failures=history.consecutive_failures,
        confirmed=history.confirmed,
        first_failed_at=history.first_failed_at,
        reason=obs.reason if look.fresh else f"{obs.reason} (as of the last check)",
        line=line,
    )


def _counts(report: Report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for route in report.routes:
        counts[f"route:{route.status.value}"] = counts.get(f"route:{route.status.value}", 0) + 1
        for source in route.sources:
            counts[source.state.value] = counts.get(source.state.value, 0) + 1
    return counts
