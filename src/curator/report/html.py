"""``index.html`` and ``routes/<slug>.html``: the dashboard editors open.

A static, self-contained site: CSS and the filter script are inlined, nothing is fetched, and a
Content-Security-Policy forbids every network load, so the pages work from ``file://`` offline
and even a mistake cannot call out. Everything a fetched page said reaches the HTML only through
Jinja2 with autoescaping on; links are emitted only for http(s) addresses. The script is
allowed by its hash rather than by ``'unsafe-inline'``, so text that somehow slipped through as
markup still could not run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cache, lru_cache
from importlib import metadata, resources
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from curator import __version__
from curator.report.interface import Page
from curator.report.model import Finding, Report, RouteReport, RunInfo, SourceReport
from curator.report.spooled import Mapped
from curator.report.status import STALE_FINDINGS, STALENESS_FLAGS
from curator.report.text import visible
from curator.report.trend import TrendChart, chart, trend_points
from curator.report.words import (
    ERROR_MEANING,
    STATE_MEANING,
    STATE_ORDER,
    STATUS_MEANING,
    STATUS_ORDER,
)
from curator.states import Flag, LinkState, RouteStatus
from curator.store.interface import RunRecord

SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# The shape nearly every source's address has: http(s), a plain ASCII host, printable ASCII
# after it. Such an address is safe as a link without a full parse (see safe_href).
_PLAIN_WEB_URL = re.compile(r"(?i:https?)://[A-Za-z0-9.-]+(?::[0-9]*)?(?:[/?#][\x21-\x7e]*)?")
# Which findings an editor should read first when a route card only has room for a few.
_FINDING_ORDER = (
    "dead",
    "soft-dead",
    "too-few-live-sources",
    "moved",
    "offsite-redirect",
    "changed",
    "retitled",
    "unsupported",
    "updated-after-review",
    "weak-support",
    "review-overdue",
    "blocked",
    "skipped",
    "unknown-similar-route",
    "duplicate-domain",
    "insecure",
)
_TONE = {
    LinkState.DEAD: "bad",
    LinkState.SOFT_DEAD: "bad",
    LinkState.MOVED: "warn",
    LinkState.BLOCKED: "warn",
    LinkState.UNKNOWN: "muted",
    LinkState.SKIPPED: "muted",
    LinkState.ALIVE: "ok",
}


@dataclass(frozen=True)
class SourceView:
    source: SourceReport
    tone: str
    state_meaning: str
    error_meaning: str | None
    href: str | None
    new_href: str | None  # the suggested new address, for moved links and offsite endings
    archived_href: str | None  # a dead source's archived copy (curator.archive.rescue)
    failing_since: str | None
    findings: tuple[Finding, ...]  # besides the one restating the state
    extra_flags: tuple[str, ...]  # flags no finding explains
    retitled: bool = False  # the title differs from the approved one: show both
    redescribed: bool = False  # the description differs from the approved one: show both


@dataclass(frozen=True)
class RouteView:
    route: RouteReport
    page: str | None  # relative to index.html; None when the slug is unsafe as a file name
    codes: tuple[str, ...]  # what the flag filter matches: source states, flags, finding codes
    sources: tuple[SourceView, ...]
    problem_sources: int
    findings: tuple[Finding, ...]  # worst first
    state_summary: str  # "4 alive, 1 dead"


def route_page_name(slug: str) -> str | None:
    """``<slug>.html`` if the slug is safe as a file name, else None.

    The catalog validates slugs, but a report can also come back from the store, so the check
    is repeated where a slug becomes a path.
    """
    return f"{slug}.html" if SLUG_RE.fullmatch(slug) else None


def render_site(
    report: Report,
    history: Sequence[RunRecord] = (),
    written: Callable[[RouteReport], bool] = lambda route: False,
) -> Iterator[Page]:
    """The index and one page per route with a safe slug, each rendered when asked for.

    A route whose page is ``written`` already (rendered early, or kept as it is on disk: see
    ``route_page``) is not rendered again.

    No view is held for more than one route at a time: the first pass over the routes keeps
    only each one's place in the index (its sort key) and the index's counts, and each view is
    made again as the index and then the route's page need it. A large run's routes are read
    back one at a time (``report.spooled``), and its views were as large again as its routes.
    """
    routes = report.routes
    keys: list[tuple[int, int, str]] = []
    done: set[int] = set()
    tally = _Tally()
    for index, route in enumerate(routes):
        if written(route):
            done.add(index)
        keys.append((-route.status.severity, -_problem_sources(route), route.slug))
        tally.add(route)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    # Ages ("failing for 3 days") count to the run's start, which a route page can know early.
    started = report.run.started_at
    views = Mapped(routes, lambda route: _route_view(route, started), order)
    yield Page("index.html", "", _index_pieces(report, views, history, tally))
    for index in order:
        if index not in done:
            view = _route_view(routes[index], report.run.started_at)
            if view.page is not None:
                yield Page(view.page, _render_route(report.run, view))


@dataclass
class _Tally:
    """What the index counts over every route, added a route at a time."""

    statuses: Counter[RouteStatus] = field(default_factory=Counter)
    states: Counter[LinkState] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    confirmed: int = 0
    watching: int = 0

    def add(self, route: RouteReport) -> None:
        self.statuses[route.status] += 1
        for source in route.sources:
            self.states[source.state] += 1
            if source.state.is_broken:
                if source.confirmed:
                    self.confirmed += 1
                else:
                    self.watching += 1
        self.codes.update(_codes(route))


def route_page(run: RunInfo, route: RouteReport, key: str | None = None) -> str:
    """One route's page. The page shows only what a run knows from its start (its id
    and start, and whether it is inconclusive), so a page rendered while the run is still going
    is the page rendered at its end (``report.early.page_key`` keys it so). ``key`` is its
    ``route_page_key``, when the caller has it already."""
    return _render_route(run, route_view(run, route), key)


def route_page_key(run: RunInfo, route: RouteReport) -> str:
    """What a route page shows besides its run and check times, as one hash: the route report
    without those times, the run's inconclusive banner, the ages of failing sources, and the
    renderer itself. A run whose page of a route keys as the page on disk leaves that page as
    it is (``report.early``): the page says it shows the route as of the check that wrote it,
    and the dashboard, written by every run, shows the latest check."""
    digest = hashlib.sha256(_renderer())
    # A live source's HTTP status is a fact of its check, shown with its time: the check that
    # finds the page unchanged answers 304 where the one before answered 200.
    # (pydantic's exclusion type has no mapping of both indices and "__all__", which it takes)
    sources: dict[Any, set[str]] = dict(_SOURCE_CHECK)
    sources.update((i, {"http_status"}) for i, s in enumerate(route.sources) if s.state.is_live)
    digest.update(route.model_dump_json(exclude={**_CHECK_TIMES, "sources": sources}).encode())
    now = run.started_at
    ages = [_since(s.first_failed_at, now) for s in route.sources if s.state.is_broken]
    digest.update(json.dumps((run.inconclusive, run.reason, ages)).encode())
    return digest.hexdigest()


# The route report's fields that say only when and how it was checked (a source's check time,
# whether the check found it unchanged, and a live source's HTTP status, added per route): a
# route page shows them as of the check that wrote it, so they do not key it (``route_page_key``).
_SOURCE_CHECK: Mapping[str, set[str]] = {"__all__": {"checked_at", "unchanged"}}
_CHECK_TIMES: Mapping[str, bool | Mapping[str, set[str]]] = {
    "checked_at": True,
    "checked_run": True,
    "sources": _SOURCE_CHECK,
}
# The key of the route it shows, in a page's head: read back from the first bytes of the file.
_KEY_META = re.compile(rb'<meta name="curator-route-key" content="([0-9a-f]{64})">')
_KEY_WITHIN = 512


def shown_key(path: Path) -> str | None:
    """The ``route_page_key`` of the route page at ``path``; None when there is no such page,
    it was written before pages carried their key, or it is not a plain file: a link there is
    never read through (nor kept: the rename that writes the page replaces the link), and a
    pipe or a device never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        head = os.read(fd, _KEY_WITHIN)
    except OSError:
        return None
    finally:
        os.close(fd)
    found = _KEY_META.search(head)
    return found.group(1).decode("ascii") if found else None


@cache
def _renderer() -> bytes:
    """The version and the files that render a route page, as one hash: a page written by
    other templates or code is rendered again, whatever its route says. The states' labels
    and the template engine render it too: ``curator.states`` and jinja2's and markupsafe's
    versions are in the hash."""
    digest = hashlib.sha256(__version__.encode())
    for library in ("jinja2", "markupsafe"):
        digest.update(f"{library} {metadata.version(library)}".encode())
    digest.update(resources.files("curator").joinpath("states.py").read_bytes())
    package = resources.files("curator.report")
    for folder in (package, package.joinpath("templates")):
        for item in sorted(folder.iterdir(), key=lambda item: item.name):
            if item.is_file() and item.name.endswith((".py", ".j2", ".css", ".js")):
                digest.update(item.name.encode())
                digest.update(item.read_bytes())
    return digest.digest()


def route_view(run: RunInfo, route: RouteReport) -> RouteView:
    """What the index and a route page show of one route; ages count to the run's start."""
    return _route_view(route, run.started_at)


def _index_pieces(
    report: Report, views: Sequence[RouteView], history: Sequence[RunRecord], tally: _Tally
) -> Iterator[str]:
    """The index page in pieces, a few hundred at a time (``_batches``), as ``views`` yields
    its routes: a large run's index is never held whole."""
    points = trend_points(history)
    trend: TrendChart | None = chart(points)
    statuses, states = tally.statuses, tally.states
    return _batches(
        _generate(
            "index.html.j2",
            report=report,
            run=report.run,
            generated=f"finished {_when(report.run.finished_at)}",
            views=views,
            status_counts=[(s, statuses[s], STATUS_MEANING[s]) for s in STATUS_ORDER],
            state_counts=[(s, states[s], STATE_MEANING[s], _TONE[s]) for s in STATE_ORDER],
            total_sources=sum(states.values()),
            confirmed=tally.confirmed,
            watching=tally.watching,
            code_counts=sorted(tally.codes.items()),
            trend=trend,
            trend_runs=len(points),
            csp=_csp(script=True),
            style=_asset("style.css"),
            script=_asset("filter.js"),
        )
    )


def _render_route(run: RunInfo, view: RouteView, key: str | None = None) -> str:
    return _render(
        "route.html.j2",
        run=run,
        key=key or route_page_key(run, view.route),
        generated=f"started {_when(run.started_at)}",
        view=view,
        route=view.route,
        status_meaning=STATUS_MEANING[view.route.status],
        route_findings=[f for f in view.route.findings if f.rank is None],
        csp=_csp(script=False),
        style=_asset("style.css"),
    )


def safe_href(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) address, else None (shown as text, not a link).

    Plain addresses are recognised by a pattern that only matches what ``urlsplit`` would
    accept: parsing each of 20,000 distinct addresses was a third of building the views.
    """
    if not url:
        return None
    url = url.strip()
    if _PLAIN_WEB_URL.fullmatch(url):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _route_view(route: RouteReport, now: datetime) -> RouteView:
    sources = tuple(_source_view(s, route.findings, now) for s in route.sources)
    return RouteView(
        route=route,
        page=f"routes/{name}" if (name := route_page_name(route.slug)) else None,
        codes=tuple(sorted(_codes(route))),
        sources=sources,
        problem_sources=_problem_sources(route),
        findings=tuple(sorted(route.findings, key=_finding_rank)),
        state_summary=_state_summary(route.sources),
    )


def _codes(route: RouteReport) -> set[str]:
    """What the index's flag filter matches a route by: its source states, flags, findings."""
    codes = {f.code for f in route.findings}
    codes |= {s.state.value for s in route.sources if s.state is not LinkState.ALIVE}
    codes |= {flag.value for s in route.sources for flag in s.flags}
    return codes


def _problem_sources(route: RouteReport) -> int:
    return sum(1 for s in route.sources if _TONE[s.state] in ("bad", "warn"))


def _finding_rank(finding: Finding) -> tuple[int, int]:
    code = finding.code
    order = _FINDING_ORDER.index(code) if code in _FINDING_ORDER else len(_FINDING_ORDER) - 1
    return order, finding.rank or 0


def _state_summary(sources: Sequence[SourceReport]) -> str:
    counts = Counter(s.state for s in sources)
    return ", ".join(f"{counts[state]} {state.value}" for state in STATE_ORDER if counts[state])


def _source_view(source: SourceReport, findings: Sequence[Finding], now: datetime) -> SourceView:
    new_address = None
    if (
        source.final_url
        and source.final_url != source.url
        and (source.state is LinkState.MOVED or Flag.OFFSITE_REDIRECT in source.flags)
    ):
        new_address = source.final_url
    mine = [f for f in findings if f.rank == source.rank and f.code != source.state.value]
    explained = {f.code for f in mine}
    tone = _TONE[source.state]
    if tone == "ok" and set(source.flags) & STALENESS_FLAGS:
        tone = "warn"  # live, but no longer what was approved: the stale colour, never green
    return SourceView(
        source=source,
        tone=tone,
        state_meaning=STATE_MEANING[source.state],
        error_meaning=ERROR_MEANING.get(source.error.kind) if source.error else None,
        href=safe_href(source.url),
        new_href=safe_href(new_address),
        archived_href=safe_href(source.archived_url) if source.state.is_broken else None,
        failing_since=_since(source.first_failed_at, now) if source.state.is_broken else None,
        findings=tuple(mine),
        extra_flags=tuple(f.value for f in source.flags if f.value not in explained),
        retitled=_differs(source.approved_title, source.title),
        redescribed=_differs(source.approved_description, source.description),
    )


def _differs(approved: str | None, now: str | None) -> bool:
    """An approved value the page no longer says (a page never approved has nothing to differ
    from; a value only re-spaced is the same)."""
    if approved is None:
        return False
    return " ".join(approved.split()) != " ".join((now or "").split())


def _since(first: datetime | None, now: datetime) -> str | None:
    if first is None:
        return None
    days = (now - first).total_seconds() / 86400
    if days >= 2:
        age = f"{int(days)} days"
    elif days * 24 >= 2:
        age = f"{int(days * 24)} hours"
    else:
        age = "less than 2 hours"
    return f"{first:%Y-%m-%d %H:%M} UTC ({age})"


@cache
def _csp(script: bool) -> str:
    """No network loads of any kind; inline style allowed, inline script only by its hash."""
    script_src = f"'sha256-{_script_hash()}'" if script else "'none'"
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_src}; base-uri 'none'; form-action 'none'"
    )


@cache
def _script_hash() -> str:
    digest = hashlib.sha256(_asset("filter.js").encode("utf-8")).digest()
    return base64.b64encode(digest).decode("ascii")


@cache
def _asset(name: str) -> Markup:
    """Our own CSS or script, inlined verbatim (never text from a fetched page)."""
    text = resources.files("curator.report").joinpath("templates", name).read_text("utf-8")
    return Markup(text.strip("\n"))


def _when(value: datetime | None) -> str:
    """A time as every page shows it. Each distinct time is formatted once (``_clock_text``):
    a route page shows seven and formatting each was a tenth of rendering the page, while a
    run's sources share a few check times (one per batch recorded) and every page the run's
    start."""
    return _clock_text(value, value.tzinfo) if value else "never"


@lru_cache(maxsize=512)
def _clock_text(value: datetime, zone: tzinfo | None) -> str:
    """Keyed on the zone too: two times equal as instants in different zones read apart."""
    return f"{value:%Y-%m-%d %H:%M} UTC"


def _link(text: str | None, href: str | None) -> Markup:
    """``text`` as a link to ``href`` (a ``safe_href``), or as plain text when there is none.

    A filter, not a macro: it runs for every source on 4,000 pages, and a Jinja macro call
    costs many times a function call. Both values are escaped here exactly as autoescaping
    would; only the fixed markup around them is ours.
    """
    if href:
        return Markup(
            f'<a href="{escape(href)}" rel="noopener noreferrer nofollow"'
            f' referrerpolicy="no-referrer">{escape(text)}</a>'
        )
    return Markup(f'<span class="nolink">{escape(text)}</span>')


def _render(name: str, **context: object) -> str:
    """``Template.render``, joined from ``_batches``."""
    return "".join(_batches(_generate(name, **context)))


def _generate(name: str, **context: object) -> Iterator[str]:
    """Jinja's documented ``generate``: the pieces ``render`` would join all at once."""
    return _environment().get_template(name).generate(**context)


def _batches(pieces: Iterable[str]) -> Iterator[str]:
    """A rendered page a few hundred pieces at a time.

    Every escaped value is a ``Markup``, which the garbage collector tracks; joining a large
    index's pieces at once kept them all alive and set off a full collection of the whole heap
    (bench/README.md, "Library seams"). Batches stay under the collector's threshold, and each
    batch becomes one untracked string.
    """
    parts = iter(pieces)
    while batch := list(islice(parts, 256)):
        yield "".join(batch)


def _finalize(value: object) -> object:
    """Every value a template prints: text a page wrote loses its control and bidi characters
    (a title with U+202E would reverse the dashboard row it sits in). Markup we built is ours."""
    if type(value) is str:
        return visible(value)
    return value


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("curator.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # packaged templates: checking their mtimes was a stat per page
        finalize=_finalize,
    )
    env.filters["when"] = _when
    env.filters["link"] = _link
    env.globals["RouteStatus"] = RouteStatus
    env.globals["LinkState"] = LinkState
    env.globals["STALE_CODES"] = frozenset(f.value for f in STALENESS_FLAGS) | STALE_FINDINGS
    return env
