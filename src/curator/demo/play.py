"""``curator demo``: the decay story, played through the real pipeline on the local demo web.

The same code paths as production, fed with a local web instead of the internet: the bundled
sample routes are copied into a temporary directory and pointed at the demo web, approved
(``approve_routes`` writes real baselines), then checked three times by ``run_check`` with a
clock set a day apart, into a throwaway SQLite store, and the last run's reports are written
with ``report.outputs.write_all`` exactly as ``curator run`` writes them.

Only three things differ from a real run, and the demo says so: the host names resolve to
127.0.0.1 (and private addresses are allowed for that), politeness is fast because the only
server is our own, and the clock is simulated so that three nights pass in a few seconds.
"""

from __future__ import annotations

import contextlib
import signal
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from pathlib import Path

from rich.console import Console

from curator.approve import approve_routes
from curator.catalog import Catalog, load_route_document, save_route_document
from curator.console import summary_table
from curator.demo.pages import PageBook, load_book
from curator.demo.scenario import (
    APPROVED_HOURS_AGO,
    DECAYS,
    RUN_HOURS_AGO,
    demo_url,
    hosts,
    snapshot,
)
from curator.demo.site import LOOPBACK, SnapshotSite, demo_tls
from curator.execute.local import InProcessExecutor
from curator.fetch.resolve import StaticResolver
from curator.report.context import load_context
from curator.report.model import Report, SourceReport
from curator.report.outputs import write_all
from curator.report.status import watching
from curator.report.text import plain
from curator.session.core import RunSession
from curator.settings import FetchSettings, Settings
from curator.store.sqlite import SqliteStore

# Politeness for a web that is one local server of ours: a real run waits a second between two
# requests to a host and several seconds before a retry.
DEMO_FETCH = FetchSettings(
    allow_private_networks=True,
    concurrency=8,
    per_host_concurrency=2,
    per_host_spacing=0.02,
    connect_timeout=2.0,
    read_timeout=2.0,
    total_timeout=5.0,
    retries=1,
    backoff_base=0.02,
    backoff_max=0.1,
    retry_after_cap=1.0,
)


class DemoError(Exception):
    """The demo could not tell its story (a bug in the demo, or no loopback networking)."""


@dataclass(frozen=True)
class DemoOptions:
    reports_dir: Path = Path("reports")
    serve: bool = False  # keep the demo web up after the run until interrupted


@dataclass(frozen=True)
class DemoResult:
    report: Report
    written: tuple[Path, ...]  # index.html and latest.md, those that exist


def demo_settings() -> Settings:
    """Default settings (confirmation window included), with the demo's fast politeness."""
    return Settings(fetch=DEMO_FETCH, store="")


def run_demo(
    options: DemoOptions,
    console: Console,
    wait: Callable[[SnapshotSite, Console], None] | None = None,
) -> DemoResult:
    """Play the story, write the reports, tell the user where to look.

    ``wait`` is called with the running site when ``options.serve`` is set; by default it
    blocks until Ctrl-C.
    """
    book = load_book()
    settings = demo_settings()
    now = datetime.now(UTC)
    with (
        tempfile.TemporaryDirectory(prefix="curator-demo-") as tmp,
        demo_tls() as (tls, ca_bundle),
        SnapshotSite(tls) as site,
    ):
        routes_dir = Path(tmp) / "routes"
        copy_routes(routes_dir, site.url)
        web = _demo_web(settings, routes_dir, book, ca_bundle)
        _intro(console, site, settings)

        approved_at = now - timedelta(hours=APPROVED_HOURS_AGO)
        site.show(snapshot(book, None, site.url, approved_at.date()))
        _approve(replace(web, clock=lambda: approved_at))
        console.print(
            f"approved the 4 sample routes {APPROVED_HOURS_AGO:.0f} h ago (simulated): "
            "baselines written, every source fine"
        )

        store = SqliteStore(Path(tmp) / "state.sqlite")
        try:
            report = _check_three_times(book, site, web, store, now, approved_at, console)
            context = load_context(store, report.run.id)
        finally:
            store.close()
        write_all(report, options.reports_dir, context.history, context.previous)

        console.print()
        summary_table(report, console)
        _what_happened(console, book, report, site.url)
        written = _where_to_look(options.reports_dir, console)
        if options.serve:
            with SnapshotSite() as browsable:
                browsable.show(site.snapshot)
                (wait or _wait_for_interrupt)(browsable, console)
    return DemoResult(report, written)


def _where_to_look(reports_dir: Path, console: Console) -> tuple[Path, ...]:
    """Name the reports a person opens first; they are what the demo returns as written."""
    written = tuple(
        path for path in (reports_dir / "index.html", reports_dir / "latest.md") if path.exists()
    )
    console.print()
    for path in written:
        console.print(f"report: {path}", markup=False, highlight=False, soft_wrap=True)
    console.print(
        f"all reports in {reports_dir}/ (latest.json is the machine-readable one)",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    return written


def copy_routes(target: Path, address: Callable[[str, str], str]) -> list[Path]:
    """The bundled sample routes, copied to ``target`` with each source on the demo web.

    Only the ``url:`` values change (round-trip YAML keeps every comment and line), so the
    report's line numbers still match the sample routes.
    """
    target.mkdir(parents=True, exist_ok=True)
    bundled = files("curator.demo").joinpath("routes")
    written = []
    for entry in sorted(bundled.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        path = target / entry.name
        path.write_text(entry.read_text(encoding="utf-8"), encoding="utf-8")
        document = load_route_document(path)
        for source in document.get("sources") or []:
            source["url"] = demo_url(str(source["url"]), address)
        save_route_document(document, path)
        written.append(path)
    return written


def _demo_web(settings: Settings, routes_dir: Path, book: PageBook, ca_bundle: str) -> RunSession:
    """A session on the demo web: its names resolve to 127.0.0.1 and its CA is trusted."""
    resolver = StaticResolver(dict.fromkeys(hosts(book), LOOPBACK))
    return RunSession(settings, routes_dir, resolver=resolver, ca_bundle=ca_bundle)


def _catalog(session: RunSession) -> Catalog:
    """The demo's routes as of the session's clock; the demo's own routes always load."""
    catalog = session.catalog()
    if catalog.problems:
        raise DemoError("the bundled routes do not load: " + "; ".join(map(str, catalog.problems)))
    return catalog


def _approve(web: RunSession) -> None:
    """Approve every route at the session's (simulated) time, on the demo web."""
    routes = list(_catalog(web).routes.values())
    executor = InProcessExecutor(web.fetcher())
    try:
        approvals = approve_routes(routes, executor, clock=web.clock)
    finally:
        executor.close()
    missed = [f"{a.route.slug}: {name} ({why})" for a in approvals for name, why in a.skipped]
    if missed:
        raise DemoError("the demo web did not serve every page for approval: " + "; ".join(missed))


def _check_three_times(
    book: PageBook,
    site: SnapshotSite,
    web: RunSession,
    store: SqliteStore,
    now: datetime,
    approved_at: datetime,
    console: Console,
) -> Report:
    report: Report | None = None
    for run, hours_ago in enumerate(RUN_HOURS_AGO):
        site.show(snapshot(book, run, site.url, approved_at.date()))
        session = replace(web, clock=_shifted(hours_ago))
        request = session.request(_catalog(session))
        with session.fetcher() as fetcher:
            report = session.check(request, fetcher, store)
        if report.run.inconclusive:
            raise DemoError(f"run {run + 1} was inconclusive: {report.run.reason}")
        broken = sum(1 for r in report.routes for s in r.sources if s.state.is_broken)
        when = "now" if hours_ago == 0 else f"{hours_ago:.0f} h ago"
        console.print(
            f"run {run + 1} of 3 ({when}, simulated): {report.run.urls} links checked, "
            f"{broken} failing"
        )
    if report is None:
        raise DemoError("the story has no runs")
    return report


def _shifted(hours_ago: float) -> Callable[[], datetime]:
    """The real clock, ``hours_ago`` in the past: runs keep real durations but happen days apart."""
    offset = timedelta(hours=hours_ago)
    return lambda: datetime.now(UTC) - offset


def _intro(console: Console, site: SnapshotSite, settings: Settings) -> None:
    history = settings.history
    console.print(
        f"curator demo: the sample routes' sources are served from bundled snapshots at "
        f"{LOOPBACK}:{site.port}; nothing leaves this machine.",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    console.print(
        f"demo-only settings: fast politeness ({settings.fetch.per_host_spacing:g} s between "
        f"requests to a host; a real run waits {FetchSettings().per_host_spacing:g} s), "
        "private addresses allowed, a simulated clock. A death is confirmed after "
        f"{history.confirm_runs} failing runs over {history.confirm_hours:g} h (the defaults).",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _what_happened(
    console: Console, book: PageBook, report: Report, address: Callable[[str, str], str]
) -> None:
    """Each decay beside the verdict the report gives it, so the reader knows where to look."""
    sources = {s.url: (route.slug, s) for route in report.routes for s in route.sources}
    console.print("\nwhat happened to the web, and what curator made of it:")
    for decay in DECAYS:
        slug, source = sources[demo_url(book.pages[decay.page].url or "", address)]
        console.print(
            f"  {slug} #{source.rank} {plain(source.name, 40)}: {decay.story}\n"
            f"      -> {_verdict(source)}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


def _verdict(source: SourceReport) -> str:
    words = [source.state.value]
    if source.state.is_broken:
        words.append("confirmed" if source.confirmed else f"watching ({watching(source)})")
    if source.final_url and source.final_url != source.url:
        words.append(f"new address {source.final_url}")
    if source.flags:
        words.append("flags: " + ", ".join(flag.value for flag in source.flags))
    return "; ".join(words)


def _wait_for_interrupt(browsable: SnapshotSite, console: Console) -> None:
    console.print(
        f"\nthe demo web is still up as the last run saw it: open {browsable.browse_url()} "
        "in a browser; press Ctrl-C to stop it",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    # Ctrl-C and a service manager's SIGTERM end the demo, so its temporary files go too.
    # SIGINT gets its handler here even when the demo started with it ignored, as a background
    # job of a non-interactive shell does: left ignored, the promised Ctrl-C never ended it.
    # Both raise KeyboardInterrupt rather than set an Event: a handler taking the Event's lock
    # could land while this thread holds it.
    stopping = (signal.SIGINT, signal.SIGTERM)
    previous = [signal.signal(signum, signal.default_int_handler) for signum in stopping]
    try:
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    finally:
        for signum, handler in zip(stopping, previous, strict=True):
            signal.signal(signum, handler)
