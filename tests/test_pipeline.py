"""One run end to end against the fixture web: every link state, findings and roll-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from curator.catalog import load_catalog
from curator.fetch.client import Fetcher
from curator.pipeline import RunRequest, run_check
from curator.report.model import Report
from curator.settings import FetchSettings, HistorySettings, Settings
from curator.states import ErrorKind, Flag, LinkState, RouteStatus
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

ARTICLE = "<h1>Low back pain</h1>" + "<p>Low back pain is a leading cause of disability.</p>" * 20


def _article(title: str, words: str = "") -> str:
    return html_page(title=title, body=f"<main><h1>{title}</h1><p>{words}</p>{ARTICLE}</main>")


def _not_found_page() -> str:
    return html_page(title="Health site", body="<p>We looked everywhere. " * 30 + "</p>")


def run(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    *,
    store: SqliteStore | None = None,
    clock: datetime | None = None,
    settings: Settings | None = None,
) -> Report:
    catalog = load_catalog(tmp_path / "routes")
    assert all("similar" in p.message for p in catalog.problems), catalog.problems
    settings = settings or Settings(fetch=fast_settings())
    with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
        return run_check(
            RunRequest(
                routes=list(catalog.routes.values()),
                known_slugs=frozenset(catalog.routes),
            ),
            settings,
            fetcher,
            store,
            clock=(lambda: clock) if clock else (lambda: datetime.now(UTC)),
        )


def by_name(report: Report, slug: str | None = None) -> dict[str, dict[str, object]]:
    """The sources of one route (the only one, if no slug is given), by name."""
    (route,) = [r for r in report.routes if slug in (None, r.slug)]
    return {s.name: s.model_dump() for s in route.sources}


def test_every_state_has_its_cause(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # A site that answers unknown paths honestly with 404.
    alive = web.add("www.who.int", "/fact-sheets/low-back-pain", body=_article("Low back pain"))
    old = web.redirect(
        "www.nhs.uk", "/conditions/back-pain", web.url("www.nhs.uk", "/health/back-pain/")
    )
    web.add("www.nhs.uk", "/health/back-pain/", body=_article("Back pain - NHS"))
    gone = web.add("www.webmd.com", "/back-pain/guide", status=404, body="<h1>Not here</h1>")
    walled = web.add("www.spine-health.com", "/leg-pain", status=403, body="Forbidden")
    soft = web.add(
        "www.aans.org", "/patients/low-back-pain", body=html_page(title="Page Not Found | AANS")
    )
    write_route(tmp_path / "routes", "lower-back", [alive, old, gone, walled, soft])

    report = run(tmp_path, web, fast_settings)
    sources = by_name(report)
    assert sources["Source 1"]["state"] is LinkState.ALIVE
    assert sources["Source 1"]["title"] == "Low back pain"
    assert sources["Source 2"]["state"] is LinkState.MOVED
    assert sources["Source 2"]["final_url"] == web.url("www.nhs.uk", "/health/back-pain/")
    assert sources["Source 3"]["state"] is LinkState.DEAD
    assert sources["Source 3"]["http_status"] == 404
    assert sources["Source 4"]["state"] is LinkState.BLOCKED
    assert sources["Source 5"]["state"] is LinkState.SOFT_DEAD
    assert "Page Not Found" in str(sources["Source 5"]["reason"])
    assert Flag.INSECURE in sources["Source 1"]["flags"]  # type: ignore[operator]
    route = report.routes[0]
    # A first failure is watched, not confirmed: the route is not broken yet, but not green.
    assert sources["Source 3"]["confirmed"] is False
    assert route.status is RouteStatus.AT_RISK
    assert any(f.code == "dead" and "watching" in f.message for f in route.findings)


def test_soft_dead_home_redirect_parked_and_catch_all(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    home = web.add("www.healthlinkbc.ca", "/", body=_article("HealthLink BC"))
    web.redirect("www.healthlinkbc.ca", "/conditions/low-back-pain", home, status=302)
    parked = web.add(
        "spinecare-example.com",
        "/leg-pain.html",
        body=html_page(title="spinecare-example.com", body="<p>This domain is for sale!</p>"),
    )
    # A catch-all site: unknown paths answer 200 with the same page as the cited one.
    web.add("www.catchall.org", "/topics/back", body=_not_found_page())
    web.fallback("www.catchall.org", body=_not_found_page())
    # An honest site: a real page, and unknown paths get 404.
    honest = web.add("www.niams.nih.gov", "/health-topics/back-pain", body=_article("Back Pain"))
    also_honest = web.add(
        "www.niams.nih.gov", "/health-topics/arthritis", body=_article("Arthritis")
    )
    write_route(
        tmp_path / "routes",
        "back-pain",
        [
            web.url("www.healthlinkbc.ca", "/conditions/low-back-pain"),
            parked,
            web.url("www.catchall.org", "/topics/back"),
            honest,
            also_honest,
        ],
    )
    sources = by_name(run(tmp_path, web, fast_settings))
    assert sources["Source 1"]["state"] is LinkState.SOFT_DEAD
    assert "home page" in str(sources["Source 1"]["reason"])
    assert sources["Source 2"]["state"] is LinkState.SOFT_DEAD
    assert "for sale" in str(sources["Source 2"]["reason"])
    assert sources["Source 3"]["state"] is LinkState.SOFT_DEAD
    assert "made-up URL" in str(sources["Source 3"]["reason"])
    assert sources["Source 4"]["state"] is LinkState.ALIVE
    assert sources["Source 5"]["state"] is LinkState.ALIVE
    # One probe per host and path shape, not one per link.
    probes = [r for r in web.requests("www.niams.nih.gov") if "health-topics/" in r.path
              and not r.path.endswith(("back-pain", "arthritis"))]  # fmt: skip
    assert len(probes) == 1


def test_offsite_redirect_robots_and_url_fetched_once(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    target = web.add("www.arthritis.org", "/diseases/ra", body=_article("Rheumatoid arthritis"))
    hop = web.redirect("arthritis-foundation.net", "/ra", target, status=301)
    web.add("www.mayoclinic.org", "/robots.txt", body="User-agent: *\nDisallow: /private/\n")
    private = web.add("www.mayoclinic.org", "/private/back-pain", body=_article("Back pain"))
    shared = web.add("medlineplus.gov", "/backpain.html", body=_article("Back Pain | MedlinePlus"))
    others = [web.add(f"site{i}.org", "/page", body=_article(f"Site {i}")) for i in range(3)]
    write_route(tmp_path / "routes", "one", [hop, private, shared, others[0], others[1]])
    write_route(tmp_path / "routes", "two", [shared, others[2], target, others[0], others[1]])

    report = run(tmp_path, web, fast_settings)
    sources = by_name(report, "one")
    assert sources["Source 1"]["state"] is LinkState.MOVED
    assert Flag.OFFSITE_REDIRECT in sources["Source 1"]["flags"]  # type: ignore[operator]
    assert sources["Source 2"]["state"] is LinkState.SKIPPED
    assert sources["Source 2"]["error"]["kind"] is ErrorKind.ROBOTS  # type: ignore[index]
    assert web.count("www.mayoclinic.org", "/private/back-pain") == 0
    assert web.count("medlineplus.gov", "/backpain.html") == 1  # cited by both routes
    assert report.run.urls == 7


def test_checker_offline_is_inconclusive_not_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    # Five hosts that do not resolve: what a machine without DNS sees.
    urls = [f"https://www.host{i}.invalid/page" for i in range(5)]
    write_route(tmp_path / "routes", "offline", urls)
    report = run(tmp_path, web, fast_settings)
    assert report.run.inconclusive
    assert "offline" in (report.run.reason or "")
    route = report.routes[0]
    assert route.status is RouteStatus.UNKNOWN
    assert {s.state for s in route.sources} == {LinkState.UNKNOWN}
    assert not any(f.code == "dead" for f in route.findings)


def test_death_is_confirmed_only_after_runs_spread_over_time(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    gone = web.add("www.webmd.com", "/back-pain", status=410)
    fine = [web.add(f"ok{i}.org", "/page", body=_article(f"Page {i}")) for i in range(4)]
    write_route(tmp_path / "routes", "route", [gone, *fine])
    settings = Settings(
        fetch=fast_settings(), history=HistorySettings(confirm_runs=3, confirm_hours=48)
    )
    store = SqliteStore(tmp_path / "state.sqlite")
    start = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    try:
        first = run(tmp_path, web, fast_settings, store=store, clock=start, settings=settings)
        second = run(tmp_path, web, fast_settings, store=store,
                     clock=start + timedelta(hours=2), settings=settings)  # fmt: skip
        third = run(tmp_path, web, fast_settings, store=store,
                    clock=start + timedelta(hours=50), settings=settings)  # fmt: skip
    finally:
        store.close()
    states = [r.routes[0].sources[0] for r in (first, second, third)]
    assert [s.consecutive_failures for s in states] == [1, 2, 3]
    assert [s.confirmed for s in states] == [False, False, True]
    assert [r.routes[0].status for r in (first, second, third)] == [
        RouteStatus.AT_RISK,
        RouteStatus.AT_RISK,
        RouteStatus.BROKEN,
    ]


def test_second_run_sends_validators_and_keeps_the_title_on_304(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    page = _article("Chronic obstructive pulmonary disease")
    etag = '"v1"'

    def conditional(req: FixtureRequest) -> None:
        if req.headers.get("if-none-match") == etag:
            req.respond(304, b"", {"ETag": etag})
        else:
            req.respond(200, page, {"ETag": etag, "Content-Type": "text/html"})

    copd = web.add("www.lung.org", "/copd", handler=conditional)
    fine = [web.add(f"ok{i}.org", "/page", body=_article(f"Page {i}")) for i in range(4)]
    write_route(tmp_path / "routes", "copd", [copd, *fine])
    store = SqliteStore(tmp_path / "state.sqlite")
    try:
        run(tmp_path, web, fast_settings, store=store)
        again = run(tmp_path, web, fast_settings, store=store)
    finally:
        store.close()
    source = again.routes[0].sources[0]
    assert source.state is LinkState.ALIVE
    assert source.title == "Chronic obstructive pulmonary disease"
    assert web.requests("www.lung.org", "/copd")[-1].headers.get("if-none-match") == etag
    # the look carried forward keeps why the page is alive; the 304 is the check's own fact
    assert (source.reason, source.http_status, source.unchanged) == ("the page answers", 304, True)


def test_the_same_bytes_again_are_not_read_and_keep_their_look(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A server without validators that sends the same page again: the run carries the last look
    forward as after a 304; a changed page is read again."""
    copd = web.add("www.lung.org", "/copd", body=_article("Chronic obstructive pulmonary disease"))
    fine = [web.add(f"ok{i}.org", "/page", body=_article(f"Page {i}")) for i in range(4)]
    write_route(tmp_path / "routes", "copd", [copd, *fine])
    store = SqliteStore(tmp_path / "state.sqlite")
    try:
        run(tmp_path, web, fast_settings, store=store)
        again = run(tmp_path, web, fast_settings, store=store)
        web.add("www.lung.org", "/copd", body=_article("COPD, rewritten"))
        changed = run(tmp_path, web, fast_settings, store=store)
    finally:
        store.close()
    source = again.routes[0].sources[0]
    assert source.state is LinkState.ALIVE
    assert source.reason == again.routes[0].sources[1].reason == "the page answers"  # its own
    assert source.unchanged and source.http_status == 200  # found as the last look found it
    assert not changed.routes[0].sources[0].unchanged
    assert source.title == "Chronic obstructive pulmonary disease"  # carried forward
    rewritten = changed.routes[0].sources[0]
    assert rewritten.state is LinkState.ALIVE and rewritten.title == "COPD, rewritten"


def test_a_page_is_unchanged_and_keeps_its_reason_only_at_the_address_it_was_found(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """One rule says a check found a page unchanged (``history.found_unchanged``): the same
    bytes at the same final address as the last live look. The report's ``unchanged`` and the
    look keeping its reason follow it together: a page that redirected to its article last
    time and now answers with the article's very bytes itself has changed its address, so it
    is read again and says why it is alive, not "unchanged"; its neighbour that answers the
    same bytes again is unchanged and keeps its reason."""
    article = _article("Chronic obstructive pulmonary disease")
    copd = web.add("www.lung.org", "/copd", body=article)
    web.add("www.lung.org", "/conditions/copd", body=article)
    short = web.redirect("www.lung.org", "/c", "/conditions/copd", status=302)
    fine = [web.add(f"ok{i}.org", "/page", body=_article(f"Page {i}")) for i in range(3)]
    write_route(tmp_path / "routes", "copd", [copd, short, *fine])
    store = SqliteStore(tmp_path / "state.sqlite")
    try:
        first = run(tmp_path, web, fast_settings, store=store)
        web.add("www.lung.org", "/c", body=article)  # the same bytes, now at the short address
        again = run(tmp_path, web, fast_settings, store=store)
    finally:
        store.close()
    was, same, moved = first.routes[0].sources[1], *again.routes[0].sources[:2]
    assert was.final_url != short and was.state is LinkState.ALIVE
    assert (same.unchanged, same.reason) == (True, "the page answers")
    assert (moved.unchanged, moved.final_url) == (False, short)
    assert moved.reason == "the page answers"  # read again, not "unchanged since the last check"
    assert moved.title == "Chronic obstructive pulmonary disease"


def test_route_findings(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    same_site = [
        web.add("www.cdc.gov", f"/copd/{i}.html", body=_article(f"COPD {i}")) for i in range(2)
    ]
    gone = [web.add("gone.org", f"/{i}", status=404) for i in range(2)]
    other = web.add("www.nhlbi.nih.gov", "/copd", body=_article("COPD"))
    write_route(tmp_path / "routes", "copd", [*same_site, *gone, other], similar=["no-such-route"])
    report = run(tmp_path, web, fast_settings)
    codes = {f.code for f in report.routes[0].findings}
    assert {"duplicate-domain", "too-few-live-sources", "unknown-similar-route"} <= codes


def test_live_subset_reuses_stored_looks_without_fetching(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    gone = web.add("www.webmd.com", "/back-pain", status=404)
    fine = [web.add(f"ok{i}.org", "/page", body=_article(f"Page {i}")) for i in range(4)]
    write_route(tmp_path / "routes", "route", [gone, *fine])
    store = SqliteStore(tmp_path / "state.sqlite")
    settings = Settings(fetch=fast_settings())
    catalog = load_catalog(tmp_path / "routes")
    routes = list(catalog.routes.values())
    try:
        run(tmp_path, web, fast_settings, store=store)
        before = {host: web.count(host) for host in ("www.webmd.com", "ok1.org", "ok0.org")}
        with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
            again = run_check(
                RunRequest(routes=routes, known_slugs=frozenset(catalog.routes),
                           live=frozenset({fine[0]})),
                settings, fetcher, store,
            )  # fmt: skip
    finally:
        store.close()
    # Only the one live URL was fetched again; the rest came from the store, flags and all.
    assert web.count("www.webmd.com") == before["www.webmd.com"]
    assert web.count("ok1.org") == before["ok1.org"]
    assert web.count("ok0.org", "/page") == 2
    sources = again.routes[0].sources
    assert sources[0].state is LinkState.DEAD and "as of the last check" in sources[0].reason
    assert sources[0].consecutive_failures == 1  # a reused look is not a new failure
    assert Flag.INSECURE in sources[2].flags
