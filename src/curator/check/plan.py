"""What a run checks, and what it already knows about each URL before fetching it.

A URL cited by several routes is fetched once. What a run wants from each page (the blurbs'
key terms, a fingerprint where a baseline was approved), the conditional-request validators
and the soft-404 answers learnt in earlier runs are all settled here, before the first
request, so the fetch stage only has to follow the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from curator.assess.baseline import BaselineError, RouteBaseline, load_baseline
from curator.assess.support import key_terms
from curator.catalog.model import Route
from curator.classify.front import front_key
from curator.classify.probe_address import ProbeKey, probe_keys
from curator.classify.probe_book import ProbeBook
from curator.fetch.validators import Validators
from curator.history import ConfirmationPolicy, LinkHistory, summarize
from curator.inspect import Wants
from curator.rollup.route import Look
from curator.settings import HistorySettings, Settings
from curator.store.interface import Observation, Store

Summary = Callable[[Sequence[Observation]], LinkHistory]


def plan(routes: Iterable[Route]) -> list[str]:
    """Unique source URLs in route order: a URL cited by several routes is fetched once."""
    return list(dict.fromkeys(source.url for route in routes for source in route.sources))


@dataclass(frozen=True)
class CheckPlan:
    """Everything decided before the first request of a run."""

    urls: list[str]  # every URL the routes cite, in route order
    to_fetch: list[str]  # those fetched now; the others are in ``reused``
    reused: dict[str, Look]  # the latest stored look of URLs not fetched now
    past: Mapping[str, list[Observation]]  # recent history, newest first
    summary: Summary  # a URL's history summarised (confirmation, flapping)
    baselines: dict[str, RouteBaseline]
    baseline_problems: list[str]
    wants: dict[str, Wants]
    validators: dict[str, Validators]
    book: ProbeBook | None  # the run's answers to made-up URLs; None when not probing


def plan_check(
    routes: Sequence[Route],
    live: frozenset[str] | None,
    settings: Settings,
    store: Store | None,
    now: datetime,
) -> CheckPlan:
    """The plan for ``routes``: ``live`` (None for all) names the URLs to fetch now; a URL
    with no stored look is always fetched."""
    urls = plan(routes)
    summary = summarizer(settings.history)
    past = store.recent(urls, limit=history_depth(settings.history)) if store is not None else {}
    reused = {
        url: Look(past[url][0], summary(past[url]), fresh=False)
        for url in urls
        if live is not None and url not in live and past.get(url)
    }
    # the same list when every URL is fetched now (most runs): a second would be 8 B a link
    to_fetch = [url for url in urls if url not in reused] if reused else urls
    baselines, problems = load_baselines(routes)
    return CheckPlan(
        urls=urls,
        to_fetch=to_fetch,
        reused=reused,
        past=past,
        summary=summary,
        baselines=baselines,
        baseline_problems=problems,
        wants=wants(routes, baselines, past),
        validators=validators(past),
        book=probe_book(to_fetch, settings, store, now),
    )


def summarizer(history: HistorySettings) -> Summary:
    policy = ConfirmationPolicy(runs=history.confirm_runs, hours=history.confirm_hours)
    # Most links of a run have one of a few histories (no failures, last ok in this batch):
    # equal ones are held once, rather than once a link for the whole run.
    seen: dict[LinkHistory, LinkHistory] = {}

    def summary(observations: Sequence[Observation]) -> LinkHistory:
        found = summarize(observations, policy, history.flap_window, history.flap_flips)
        return seen.setdefault(found, found)

    return summary


def history_depth(history: HistorySettings) -> int:
    """As much history as confirmation and flap detection read, and no more: loading it is
    most of a large run's memory."""
    return max(history.confirm_runs, history.flap_window) + 1


def last_good(observations: Sequence[Observation]) -> Observation | None:
    return next((o for o in observations if o.state.is_live), None)


def validators(past: Mapping[str, list[Observation]]) -> dict[str, Validators]:
    """Conditional-request validators from the last good look at each URL."""
    out: dict[str, Validators] = {}
    for url, observations in past.items():
        last = last_good(observations)
        if last is not None and (last.etag or last.last_modified):
            out[url] = Validators(etag=last.etag, last_modified=last.last_modified)
    return out


def load_baselines(routes: Iterable[Route]) -> tuple[dict[str, RouteBaseline], list[str]]:
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


def wants(
    routes: Iterable[Route],
    baselines: Mapping[str, RouteBaseline],
    past: Mapping[str, list[Observation]],
) -> dict[str, Wants]:
    """Per URL: the key terms of every blurb citing it, a fingerprint if any route has an
    approved baseline for it (the costly main-content extraction is only done then), and the
    body hash of its last live look at this address: a page that answers with the same bytes
    there is not read again (see ``inspect``), as if it had answered 304."""
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
    for url in terms:
        last = last_good(past.get(url, []))
        # A fingerprinted URL reuses its last look only if that look has a fingerprint to carry,
        # and a look that landed elsewhere is not this address's bytes: the same bytes answered
        # here directly are a change of address (``history.found_unchanged``), read again.
        if (
            last is not None
            and last.body_hash
            and (last.final_url or url) == url
            and (last.fingerprint or url not in fingerprinted)
        ):
            known[url] = last.body_hash
    # Many links want the same (one blurb's terms, nothing known yet): each distinct want is
    # held once, here for the whole run and in each worker's shard (pickle keeps the sharing).
    held: dict[Wants, Wants] = {}
    out: dict[str, Wants] = {}
    for url, found in terms.items():
        fingerprint = url in fingerprinted
        want = Wants(terms=tuple(found), fingerprint=fingerprint, known_hash=known.get(url))
        out[url] = held.setdefault(want, want)
    return out


def probe_book(
    urls: Sequence[str], settings: Settings, store: Store | None, now: datetime
) -> ProbeBook | None:
    """The run's answers to made-up URLs, starting from those the store learnt recently."""
    classify_settings = settings.classify
    if not classify_settings.soft404_probe:
        return None
    stored = store.probe_answers(_answerable(urls)) if store is not None else {}
    return ProbeBook(
        stored,
        now,
        timedelta(days=classify_settings.probe_max_age_days),
        classify_settings.probe_similarity,
        classify_settings.probe_borderline,
    )


def _answerable(urls: Sequence[str]) -> set[ProbeKey]:
    """The keys a store may hold answers for: each link's shape, and the hosts' front pages
    for pages that look like theirs (``classify.front``). Only asked with a store: without
    one there is nothing to look up, and the keys cost a split of every link before the
    first request (0.1 CPU-s at 20,000 links)."""
    keys = probe_keys(urls)
    return keys | {front_key(f"{origin}/") for origin, _ in keys}
