"""At-risk: a route whose sources fail but are not yet confirmed, or too few of which are live.

The status rules are driven through the real pipeline against the local fixture web; the
outputs (JUnit, Markdown, console, gate) read reports the pipeline really produced.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from conftest import make_fast_settings
from curator.catalog import load_catalog
from curator.console import summary_table
from curator.fetch.client import Fetcher
from curator.gate.evaluate import evaluate
from curator.gate.policy import GateRule
from curator.pipeline import RunRequest, run_check
from curator.report import junit, markdown
from curator.report.model import Report, RouteReport
from curator.report.status import at_risk_reasons
from curator.settings import (
    ClassifySettings,
    FetchSettings,
    GatePolicy,
    HistorySettings,
    Settings,
)
from curator.states import Flag, LinkState, RouteStatus
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from reportscenario import ReportScenario
from routefiles import write_route
from test_gate import commit, curator, make_repo, net, published_route, replace_source
from test_gate_rules import TODAY, _change, _report, _route_file, _source

T0 = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
TEXT = "<p>Low back pain is a leading cause of disability worldwide.</p>" * 20


# A "not found" page as sites serve them: the title, a heading and one apology.
NOT_FOUND = html_page(
    title="Page not found | Spine Clinic",
    body="<h1>Page not found</h1><p>Sorry, we can't find the page you're looking for.</p>",
)


def _page(title: str, head: str = "") -> str:
    return html_page(title=title, body=f"<main>{TEXT}</main>", head=head)


def _run(
    tmp_path: Path,
    web: FixtureWeb,
    fast_settings: Callable[..., FetchSettings],
    hours: float = 0.0,
    **settings: object,
) -> RouteReport:
    catalog = load_catalog(tmp_path / "routes")
    chosen = Settings(
        fetch=fast_settings(),
        history=HistorySettings(confirm_runs=2, confirm_hours=1),
        **settings,  # type: ignore[arg-type]
    )
    with (
        SqliteStore(tmp_path / "state.sqlite") as store,
        Fetcher(chosen.fetch, resolver=web.resolver) as fetcher,
    ):
        report = run_check(
            RunRequest(routes=list(catalog.routes.values()), known_slugs=frozenset()),
            chosen,
            fetcher,
            store,
            clock=lambda: T0 + timedelta(hours=hours),
        )
    (route,) = report.routes
    return route


def test_one_of_five_live_is_at_risk_not_healthy(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """The case an editor found: a 404, a "Page not found" 200 and two moves onto dead pages."""
    urls = [
        web.add("gone.example", "/back", status=404),
        web.add("soft.example", "/back", body=NOT_FOUND),
        web.redirect("moved1.example", "/back", to=web.add("moved1.example", "/new", status=404)),
        web.redirect("moved2.example", "/back", to=web.add("moved2.example", "/new", status=410)),
        web.add("fine.example", "/back", body=_page("Low back pain")),
    ]
    write_route(tmp_path / "routes", "back-pain", urls)
    route = _run(tmp_path, web, fast_settings)
    assert [s.state for s in route.sources] == [
        LinkState.DEAD, LinkState.SOFT_DEAD, LinkState.DEAD, LinkState.DEAD, LinkState.ALIVE,
    ]  # fmt: skip
    assert not any(s.confirmed for s in route.sources)
    assert route.status is RouteStatus.AT_RISK
    reasons = at_risk_reasons(route.sources, route.findings)
    assert reasons[0].startswith("#1 Source 1 is dead, failing 1 run(s) in a row")
    assert "#2 Source 2 is soft-dead" in reasons[1]
    assert reasons[-1] == "only 1 of 5 sources are live (at least 4 wanted)"

    # Confirmed later (two failing runs an hour apart): broken beats at-risk.
    later = _run(tmp_path, web, fast_settings, hours=2)
    assert later.status is RouteStatus.BROKEN


def test_too_few_live_sources_alone_is_at_risk_by_the_sites_floor(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add(f"ok{i}.example", "/back", body=_page(f"Back pain {i}")) for i in range(3)]
    urls += [web.add(f"wall{i}.example", "/back", status=403) for i in range(2)]
    write_route(tmp_path / "routes", "back-pain", urls)
    route = _run(tmp_path, web, fast_settings)
    assert [s.state for s in route.sources].count(LinkState.BLOCKED) == 2
    assert route.status is RouteStatus.AT_RISK
    assert at_risk_reasons(route.sources, route.findings) == [
        "only 3 of 5 sources are live (at least 4 wanted)"
    ]
    # The floor is the site's setting: at three live sources this site is content.
    lenient = _run(tmp_path, web, fast_settings, classify=ClassifySettings(min_live_sources=3))
    assert lenient.status is RouteStatus.HEALTHY


def test_a_failing_source_outranks_staleness(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    updated = "<meta property='article:modified_time' content='2026-11-20T10:00:00Z'>"
    urls = [web.add("news.example", "/back", body=_page("Back pain news", head=updated))]
    urls += [web.add(f"ok{i}.example", "/back", body=_page(f"Back pain {i}")) for i in range(4)]
    write_route(tmp_path / "routes", "back-pain", urls, reviewed="2026-11-01")
    route = _run(tmp_path, web, fast_settings)
    assert Flag.UPDATED_AFTER_REVIEW in route.sources[0].flags
    assert route.status is RouteStatus.STALE

    web.add("ok3.example", "/back", status=500)
    route = _run(tmp_path, web, fast_settings, hours=0.1)
    assert route.sources[4].state is LinkState.DEAD and not route.sources[4].confirmed
    assert route.status is RouteStatus.AT_RISK


def _scenario_report(web: FixtureWeb, tmp_path: Path) -> Report:
    """ReportScenario's first run: leg-pain (a 404) and neck-pain (a soft-404) are at risk."""
    report = ReportScenario(web, tmp_path, make_fast_settings()).run(0)
    statuses = {r.slug: r.status for r in report.routes}
    assert statuses == {
        "back-pain": RouteStatus.HEALTHY,
        "leg-pain": RouteStatus.AT_RISK,
        "sciatica": RouteStatus.HEALTHY,
        "neck-pain": RouteStatus.AT_RISK,
        "arthritis": RouteStatus.HEALTHY,  # one source blocked: four live, the floor
    }
    return report


def test_junit_passes_at_risk_with_a_warning_and_counts_it(web: FixtureWeb, tmp_path: Path) -> None:
    root = ET.fromstring(junit.render(_scenario_report(web, tmp_path)))
    (suite,) = root.iter("testsuite")
    assert (suite.get("failures"), suite.get("skipped")) == ("0", "0")
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties["at_risk"] == "2"
    case = next(c for c in root.iter("testcase") if c.get("name") == "leg-pain")
    assert case.find("failure") is None and case.find("skipped") is None
    out = case.findtext("system-out") or ""
    assert out.startswith("warning: at-risk: Leg Pain\n#3 Source 3 is dead, failing 1 run(s)")


def test_markdown_and_console_list_at_risk_after_broken_before_the_rest(
    web: FixtureWeb, tmp_path: Path
) -> None:
    report = _scenario_report(web, tmp_path)
    text = markdown.render(report)
    assert "5 routes; 2 at-risk, 3 healthy." in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## Leg Pain (🟠 at-risk)", "## Neck Pain (🟠 at-risk)"]

    console = Console(width=160, record=True, color_system="256", force_terminal=True)
    summary_table(report, console)
    plain_rows = console.export_text(clear=False).splitlines()
    slugs = [row.split("│")[1].strip() for row in plain_rows if row.count("│") > 3]
    assert slugs[:2] == ["leg-pain", "neck-pain"]  # worst first
    styled = console.export_text(styles=True)
    assert "\x1b[38;5;208mat-risk" in styled  # dark orange: neither broken's red nor stale's yellow


def test_gate_warns_on_an_at_risk_route_unless_told_to_fail(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    walled = [web.add(host, "/walled", status=403) for host in ("www.cdc.gov", "medlineplus.gov")]
    replace_source(repo, "back-pain", urls[2], walled[0])
    replace_source(repo, "back-pain", urls[3], walled[1])

    warned = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert warned.returncode == 0, warned.stderr
    assert "back-pain is at risk: only 3 of 5 sources are live (at least 4 wanted)" in (
        warned.stdout
    )

    strict = repo / "curator.toml"
    strict.write_text(strict.read_text() + '\n[gate]\nat_risk = "fail"\n', encoding="utf-8")
    failed = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert failed.returncode == 1, failed.stderr
    assert "FAILED" in failed.stdout and "at risk" in failed.stdout


def test_gate_says_a_watched_failure_once_unless_at_risk_fails(tmp_path: Path) -> None:
    """Below the floor or not, each failing source is its own ``watching`` line; the route-level
    at-risk word is added as a warning only for the floor, and always when set to fail."""
    repo = make_repo(tmp_path)
    path = _route_file(repo)
    commit(repo, "route")
    path.write_text(path.read_text().replace("A summary", "A reworded summary"))
    dead = _source(2, state=LinkState.DEAD, http_status=404, consecutive_failures=1)
    report = _report(dead)
    routes = [r.model_copy(update={"status": RouteStatus.AT_RISK}) for r in report.routes]
    report = report.model_copy(update={"routes": routes})
    changes = {"back-pain": _change(repo)}

    said = evaluate(report, changes, GatePolicy(), review_max_age_days=365, today=TODAY)
    assert [(f.rule, f.fails) for f in said] == [(GateRule.WATCHING, False)]

    strict = GatePolicy(at_risk="fail")
    said = evaluate(report, changes, strict, review_max_age_days=365, today=TODAY)
    assert [(f.rule, f.fails) for f in said] == [
        (GateRule.AT_RISK, True),
        (GateRule.WATCHING, False),
    ]
    assert "back-pain is at risk: #2 Source 2 is dead, failing 1 run(s) in a row" in said[0].message
