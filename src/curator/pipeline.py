"""One run, wired: plan -> fetch -> inspect -> probe -> classify -> record -> report.

Each stage lives in its own module; this one only moves values between them in DESIGN.md's
order and owns nothing but the run's bookkeeping (run id, clock, progress callback).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from curator.catalog.model import Route
from curator.classify import Verdict, classify, judge_offline
from curator.classify.soft404 import PageShape, probe_applies, probe_key, probe_url
from curator.fetch.client import Fetcher, Validators
from curator.fetch.result import FetchResult
from curator.history import ConfirmationPolicy, LinkHistory, summarize
from curator.inspect import Inspection, inspect
from curator.report.model import ErrorInfo, Report, RouteReport, RunInfo, SourceReport
from curator.rollup import route_findings, route_status, source_findings
from curator.settings import Settings
from curator.states import LinkState
from curator.store.interface import Observation, RunRecord, Store

Clock = Callable[[], datetime]
Progress = Callable[[FetchResult], None]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RunRequest:
    """What to check, and the context a run needs to judge it."""

    routes: Sequence[Route]
    known_slugs: frozenset[str]  # every route file present, for `similar` checks
    problems: Sequence[str] = ()  # route files that could not be loaded, as file:line
    kind: str = "run"


@dataclass
class _Checked:
    """Everything a run learnt about one URL."""

    inspection: Inspection
    verdict: Verdict | None = None
    history: LinkHistory | None = None
    observation: Observation | None = None
    previous: Observation | None = None  # the last good look, reused when the page is a 304


def plan(routes: Iterable[Route]) -> list[str]:
    """Unique source URLs in route order: a URL cited by several routes is fetched once."""
    return list(dict.fromkeys(source.url for route in routes for source in route.sources))


def run_check(
    request: RunRequest,
    settings: Settings,
    fetcher: Fetcher,
    store: Store | None,
    *,
    clock: Clock = utcnow,
    progress: Progress | None = None,
) -> Report:
    started = clock()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    urls = plan(request.routes)
    past = store.recent(urls) if store is not None else {}
    if store is not None:
        store.start_run(RunRecord(run_id=run_id, started_at=started, kind=request.kind))

    checked = _fetch_and_inspect(fetcher, urls, _validators(past), progress)
    probes = _probe(fetcher, checked.values())
    for url, item in checked.items():
        item.previous = _last_good(past.get(url, []))
        key_shape = probes.get(probe_key(url)) if probe_applies(url) else None
        item.verdict = classify(
            item.inspection.result,
            item.inspection.page,
            key_shape,
            settings.classify,
            shape=item.inspection.shape,
            parked=item.inspection.parked,
        )

    offline = judge_offline((c.inspection.result for c in checked.values()), settings.classify)
    now = clock()
    policy = ConfirmationPolicy(
        runs=settings.history.confirm_runs, hours=settings.history.confirm_hours
    )
    observations = []
    for url, item in checked.items():
        assert item.verdict is not None
        item.observation = _observation(run_id, url, item, offline.inconclusive, now)
        item.history = summarize([item.observation, *past.get(url, [])], policy)
        observations.append(item.observation)
    if store is not None:
        store.record(observations)

    finished = clock()
    elapsed = (finished - started).total_seconds()
    report = Report(
        run=RunInfo(
            id=run_id,
            started_at=started,
            finished_at=finished,
            inconclusive=offline.inconclusive,
            reason=offline.reason if offline.inconclusive else None,
            urls=len(urls),
            requests_per_second=round(len(urls) / elapsed, 1) if elapsed > 0 else None,
        ),
        routes=[
            _route_report(route, checked, request.known_slugs, settings, offline.inconclusive)
            for route in request.routes
        ],
        problems=list(request.problems),
    )
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
            )
        )
    return report


def _last_good(observations: Sequence[Observation]) -> Observation | None:
    return next((o for o in observations if o.state in (LinkState.ALIVE, LinkState.MOVED)), None)


def _validators(past: Mapping[str, list[Observation]]) -> dict[str, Validators]:
    """Conditional-request validators from the last good look at each URL."""
    out: dict[str, Validators] = {}
    for url, observations in past.items():
        last = _last_good(observations)
        if last is not None and (last.etag or last.last_modified):
            out[url] = Validators(etag=last.etag, last_modified=last.last_modified)
    return out


def _fetch_and_inspect(
    fetcher: Fetcher,
    urls: Sequence[str],
    validators: Mapping[str, Validators],
    progress: Progress | None,
) -> dict[str, _Checked]:
    checked: dict[str, _Checked] = {}
    for result in fetcher.fetch_many(urls, validators):
        checked[result.url] = _Checked(inspect(result))
        if progress is not None:
            progress(result)
    # fetch_many answers every URL; keep the plan's order for stable reports.
    return {url: checked[url] for url in urls if url in checked}


def _probe(fetcher: Fetcher, items: Iterable[_Checked]) -> dict[tuple[str, str], PageShape]:
    """Fetch one made-up sibling per directory that has a 200 link needing the comparison."""
    wanted: dict[tuple[str, str], str] = {}
    for item in items:
        result = item.inspection.result
        if item.inspection.shape is None or item.inspection.parked or not probe_applies(result.url):
            continue
        wanted.setdefault(probe_key(result.url), probe_url(result.url))
    if not wanted:
        return {}
    by_url = {url: key for key, url in wanted.items()}
    shapes: dict[tuple[str, str], PageShape] = {}
    for result in fetcher.fetch_many(by_url):
        inspection = inspect(result)
        shapes[by_url[result.url]] = inspection.shape or PageShape(
            status=result.status, final_url=result.final_url, sketch=()
        )
    return shapes


def _observation(
    run_id: str, url: str, item: _Checked, inconclusive: bool, now: datetime
) -> Observation:
    verdict = item.verdict
    assert verdict is not None
    result, page = item.inspection.result, item.inspection.page
    state = LinkState.UNKNOWN if inconclusive else verdict.state
    modified = page.modified.isoformat() if page is not None and page.modified else None
    title, description = (page.title, page.description) if page else (None, None)
    body_hash = item.inspection.body_hash
    etag, last_modified = result.headers.get("etag"), result.headers.get("last-modified")
    if result.not_modified and item.previous is not None:
        # A 304 says the page is what we saw last time: carry that look forward.
        prev = item.previous
        title, description, modified = prev.title, prev.description, prev.page_modified
        body_hash = prev.body_hash
        etag, last_modified = etag or prev.etag, last_modified or prev.last_modified
    return Observation(
        run_id=run_id,
        url=url,
        checked_at=now,
        state=state,
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
        elapsed=result.elapsed,
    )


def _route_report(
    route: Route,
    checked: Mapping[str, _Checked],
    known_slugs: frozenset[str],
    settings: Settings,
    inconclusive: bool,
) -> RouteReport:
    sources = []
    for rank, source in enumerate(route.sources, start=1):
        item = checked.get(source.url)
        sources.append(
            _source_report(rank, source.name, source.url, source.line, item, inconclusive)
        )
    findings = source_findings(sources) + route_findings(
        sources, route.similar, known_slugs, settings.classify.min_live_sources, inconclusive
    )
    return RouteReport(
        slug=route.slug,
        title=route.title,
        status=route_status(sources, findings, inconclusive),
        findings=findings,
        sources=sources,
        path=str(route.path),
    )


def _source_report(
    rank: int, name: str, url: str, line: int, item: _Checked | None, inconclusive: bool
) -> SourceReport:
    if item is None or item.verdict is None or item.observation is None:
        return SourceReport(
            rank=rank, name=name, url=url, state=LinkState.UNKNOWN, http_status=None,
            final_url=None, title=None, description=None, flags=[], error=None,
            checked_at=None, consecutive_failures=0, confirmed=False,
            reason="not checked in this run", line=line,
        )  # fmt: skip
    verdict, obs, history = item.verdict, item.observation, item.history
    return SourceReport(
        rank=rank,
        name=name,
        url=url,
        state=obs.state,
        http_status=verdict.http_status,
        final_url=verdict.final_url,
        title=obs.title,
        description=obs.description,
        flags=[] if inconclusive else sorted(verdict.flags),
        error=ErrorInfo(kind=verdict.error.kind, message=verdict.error.message)
        if verdict.error
        else None,
        checked_at=obs.checked_at,
        consecutive_failures=history.consecutive_failures if history else 0,
        confirmed=bool(history and history.confirmed),
        first_failed_at=history.first_failed_at if history else None,
        reason="the checker looked offline; nothing judged" if inconclusive else verdict.reason,
        line=line,
    )


def _counts(report: Report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for route in report.routes:
        counts[f"route:{route.status.value}"] = counts.get(f"route:{route.status.value}", 0) + 1
        for source in route.sources:
            counts[source.state.value] = counts.get(source.state.value, 0) + 1
    return counts
