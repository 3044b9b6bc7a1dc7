"""Stale-summary detection end to end: approve a route, let its pages change, run again."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from curator.approve import approve_routes
from curator.catalog import load_catalog
from curator.execute.local import InProcessExecutor
from curator.fetch.client import Fetcher
from curator.fetch.result import FetchResult
from curator.inspect import Wants, inspect
from curator.pipeline import RunRequest, run_check
from curator.report.model import Report, RouteReport
from curator.settings import FetchSettings, Settings
from curator.states import Flag, RouteStatus
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb
from routefiles import write_route

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BLURB = "Explains how lower back pain is a leading cause of disability and of visits to a doctor."

BACK_PAIN = (
    "Low back pain is the single leading cause of disability worldwide. Most people feel it at "
    "some point in their lives, and it is a common reason to visit a doctor. The lower back "
    "carries the weight of the upper body, and strains of its muscles and ligaments heal with "
    "time and gentle movement. Pain that spreads into the leg can come from an irritated "
    "sciatic nerve. Staying active, simple pain relief and exercise help most people recover "
    "within weeks. Imaging is rarely needed unless there are warning signs such as fever, "
    "weight loss or weakness. Surgery helps only a small number of people with nerve damage. "
) * 3
COPD = (
    "Chronic obstructive pulmonary disease is a common lung disease that causes restricted "
    "airflow and breathing problems. Smoking and air pollution are the main risks. Symptoms "
    "include cough, wheezing and tiredness. Inhalers, pulmonary rehabilitation and quitting "
    "smoking make breathing easier. Flare-ups need prompt care, sometimes in hospital. "
) * 3


def page(
    title: str,
    article: str,
    *,
    menu: str = "Home | News | Contact",
    stamp: str = "Updated 3 hours ago",
    modified: str | None = None,
) -> str:
    meta = f'<meta property="article:modified_time" content="{modified}">' if modified else ""
    return (
        f"<!doctype html><html lang=en><head><title>{title}</title>{meta}</head><body>"
        f"<nav><a href=/>{menu}</a></nav><div class=cookie-banner>We use cookies.</div>"
        f"<main><article><h1>{title}</h1><p class=byline>{stamp}</p>"
        + "".join(f"<p>{sentence}.</p>" for sentence in article.split(". ") if sentence)
        + "</article></main><aside class=related><a href=/x>Related: 10 tips</a></aside>"
        "<footer>© 2026 Health site</footer></body></html>"
    )


def _route(tmp_path: Path, web: FixtureWeb, reviewed: str = "2026-11-01") -> Path:
    urls = [web.add("www.who.int", "/low-back-pain", body=page("Low back pain", BACK_PAIN))]
    urls += [
        web.add(f"site{i}.org", "/back", body=page(f"Back pain {i}", BACK_PAIN)) for i in range(4)
    ]
    path = write_route(tmp_path / "routes", "lower-back", urls, reviewed=reviewed)
    path.write_text(path.read_text().replace("What source 1 says about the subject.", BLURB))
    return path


def _settings(fast_settings: Callable[..., FetchSettings]) -> Settings:
    return Settings(fetch=fast_settings())


def _approve(tmp_path: Path, web: FixtureWeb, settings: Settings) -> None:
    catalog = load_catalog(tmp_path / "routes")
    with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
        approve_routes(list(catalog.routes.values()), InProcessExecutor(fetcher), lambda: NOW)


def _run(tmp_path: Path, web: FixtureWeb, settings: Settings) -> Report:
    catalog = load_catalog(tmp_path / "routes")
    with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
        return run_check(
            RunRequest(list(catalog.routes.values()), frozenset(catalog.routes)),
            settings,
            fetcher,
            None,
            clock=lambda: NOW,
        )


def _first(report: Report) -> RouteReport:
    return report.routes[0]


def approved_then_changed(
    tmp_path: Path, web: FixtureWeb, settings: Settings, first_page: str
) -> RouteReport:
    """Approve the route as served, replace source #1's page with ``first_page``, run again."""
    _route(tmp_path, web)
    _approve(tmp_path, web, settings)
    web.add("www.who.int", "/low-back-pain", body=first_page)
    return _first(_run(tmp_path, web, settings))


def staleness(route: RouteReport, rank: int = 1) -> set[Flag]:
    """The source's flags other than ``insecure`` (the fixture web is plain http)."""
    return set(route.sources[rank - 1].flags) - {Flag.INSECURE}


def test_approve_writes_a_baseline_and_keeps_the_route_file_intact(
    tmp_path: Path, web: FixtureWeb
) -> None:
    path = _route(tmp_path, web)
    before = path.read_text()
    (tmp_path / "curator.toml").write_text("[fetch]\nper_host_spacing = 0\n", encoding="utf-8")
    hosts = ["www.who.int", *[f"site{i}.org" for i in range(4)]]
    proc = subprocess.run(
        [sys.executable, "-m", "curator", "approve", "lower-back", "--allow-private-networks",
         *[f"--resolve={h}:127.0.0.1" for h in hosts]],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "approved 5 of 5 sources" in proc.stderr
    after = path.read_text()
    today = date.today().isoformat()
    # Only the reviewed line changed; the editor's comment and layout survive.
    assert after == before.replace("reviewed: 2026-11-01", f"reviewed: {today}")
    assert after.startswith("# lower-back: written by a test")
    baseline = json.loads((tmp_path / "routes" / "baselines" / "lower-back.json").read_text())
    assert baseline["schema"] == "curator.baseline/1"
    first = baseline["sources"][0]
    assert first["title"] == "Low back pain"
    assert first["fingerprint"] and first["text_length"] > 500
    assert {"disability", "doctor"} <= set(first["found_terms"])


def test_cosmetic_changes_raise_no_flag(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    cosmetic = page("Low back pain", BACK_PAIN, menu="Start | Topics | Donate | Careers",
                    stamp="Updated 5 minutes ago")  # fmt: skip
    route = approved_then_changed(tmp_path, web, _settings(fast_settings), cosmetic)
    assert staleness(route) == set()
    assert route.status is RouteStatus.HEALTHY


def test_replaced_article_is_changed_with_a_similarity_figure(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    replaced = page("Low back pain", COPD)
    route = approved_then_changed(tmp_path, web, _settings(fast_settings), replaced)
    assert Flag.CHANGED in route.sources[0].flags
    assert Flag.UNSUPPORTED in route.sources[0].flags
    assert route.status is RouteStatus.STALE
    messages = " ".join(f.message for f in route.findings if f.rank == 1)
    assert "% similar to what was approved" in messages
    assert "no longer mentions" in messages and "disability" in messages


def test_retitled_page_names_old_and_new_title(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    retitled = page("Musculoskeletal health", BACK_PAIN)
    route = approved_then_changed(tmp_path, web, _settings(fast_settings), retitled)
    assert staleness(route) == {Flag.RETITLED}
    (finding,) = [f for f in route.findings if f.code == "retitled"]
    assert "'Low back pain' to 'Musculoskeletal health'" in finding.message


def test_page_updated_after_review_and_overdue_review(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _route(tmp_path, web, reviewed="2024-06-01")
    web.add("www.who.int", "/low-back-pain",
            body=page("Low back pain", BACK_PAIN, modified="2025-03-02T10:00:00Z"))  # fmt: skip
    route = _first(_run(tmp_path, web, _settings(fast_settings)))
    assert Flag.UPDATED_AFTER_REVIEW in route.sources[0].flags
    codes = {f.code: f.message for f in route.findings}
    assert "2025-03-02" in codes["updated-after-review"]
    assert "2024-06-01" in codes["review-overdue"]
    assert route.status is RouteStatus.STALE


def test_never_approved_route_reports_weak_support(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _route(tmp_path, web)
    web.add("www.who.int", "/low-back-pain", body=page("Low back pain", COPD))
    route = _first(_run(tmp_path, web, _settings(fast_settings)))
    # Without a baseline nothing can have drifted: no staleness flag, but a finding.
    assert staleness(route) == set()
    weak = [f for f in route.findings if f.code == "weak-support" and f.rank == 1]
    assert weak and "does not mention" in weak[0].message


def test_unchanged_body_keeps_its_verdict_without_refingerprinting(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    _route(tmp_path, web)
    settings = _settings(fast_settings)
    _approve(tmp_path, web, settings)
    web.add("www.who.int", "/low-back-pain", body=page("Low back pain", COPD))
    catalog = load_catalog(tmp_path / "routes")
    request = RunRequest(list(catalog.routes.values()), frozenset(catalog.routes))
    store = SqliteStore(tmp_path / "state.sqlite")
    try:
        with Fetcher(settings.fetch, resolver=web.resolver) as fetcher:
            first = run_check(request, settings, fetcher, store, clock=lambda: NOW)
            second = run_check(request, settings, fetcher, store, clock=lambda: NOW)
        urls = [request.routes[0].sources[0].url]
        looks = store.recent(urls, limit=2)[urls[0]]
    finally:
        store.close()
    assert Flag.CHANGED in first.routes[0].sources[0].flags
    # The same bytes again: the fingerprint is carried over, so the verdict stands.
    assert Flag.CHANGED in second.routes[0].sources[0].flags
    assert looks[0].body_hash == looks[1].body_hash
    assert looks[0].fingerprint == looks[1].fingerprint


def test_inspect_skips_the_fingerprint_for_a_known_body() -> None:
    body = page("Low back pain", BACK_PAIN).encode()
    result = FetchResult(
        url="https://www.who.int/x", final_url="https://www.who.int/x", status=200,
        headers={"content-type": "text/html"}, body=body,
    )  # fmt: skip
    fresh = inspect(result, Wants(fingerprint=True))
    assert fresh.fingerprint and not fresh.unchanged
    again = inspect(result, Wants(fingerprint=True, known_hash=fresh.body_hash))
    assert again.unread and again.page is None and again.fingerprint is None  # not read at all
    moved = replace(result, final_url="https://www.who.int/y")
    elsewhere = inspect(moved, Wants(fingerprint=True, known_hash=fresh.body_hash))
    # The same bytes at another address: read again (the state may differ), not fingerprinted.
    assert elsewhere.unchanged and not elsewhere.unread and elsewhere.fingerprint is None
    assert elsewhere.page is not None and elsewhere.page.title == "Low back pain"
