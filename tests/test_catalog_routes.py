"""The routes curator ships are valid, follow the site's rules, and survive in-place edits."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import tldextract

from curator.catalog import load_catalog, load_route_document, save_route_document, validate

ROOT = Path(__file__).resolve().parents[1]
ROUTES = ROOT / "routes"
SEED = ROOT / ".." / "shared" / "seed" / "000_993ba333d90ed44c.txt"
_DOMAINS = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list, offline


def registered_domain(url: str) -> str:
    return _DOMAINS(url).top_domain_under_public_suffix


def test_shipped_routes_validate_clean() -> None:
    assert [str(problem) for problem in validate(ROUTES)] == []


def test_each_route_has_five_sources_on_distinct_domains() -> None:
    catalog = load_catalog(ROUTES)
    assert set(catalog.routes) == {
        "lower-back-and-leg-pain",
        "back-pain",
        "copd-life-expectancy",
        "inflammatory-arthritis",
    }
    for route in catalog.routes.values():
        domains = [registered_domain(source.url) for source in route.sources]
        assert len(route.sources) == 5, route.slug
        assert len(set(domains)) == 5, (route.slug, domains)
        assert all(source.url.startswith("https://") for source in route.sources), route.slug
        assert route.reviewed is not None


def test_similar_routes_link_to_each_other() -> None:
    routes = load_catalog(ROUTES).routes
    for route in routes.values():
        assert route.similar, route.slug
        for other in route.similar:
            assert route.slug in routes[other].similar, (route.slug, other)


def test_seed_route_keeps_the_published_ranking() -> None:
    route = load_catalog(ROUTES).routes["lower-back-and-leg-pain"]
    assert route.title == "Lower Back And Leg Pain"
    assert [source.name for source in route.sources] == [
        "World Health Organization",
        "SpineHealth",
        "WebMD",
        "HealthLink BC",
        "American Association of Neurological Surgeons",
    ]
    assert route.similar == ["back-pain", "copd-life-expectancy", "inflammatory-arthritis"]


def test_seed_summary_is_carried_over_in_full() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED}")
    seed = SEED.read_text(encoding="utf-8")
    body = seed.split("Learning More About Lower Back and Leg Pain", 1)[1]
    body = body.split("Top 5 Routes", 1)[0]
    summary = load_catalog(ROUTES).routes["lower-back-and-leg-pain"].summary

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z]+", text.lower().replace("it's", "its"))

    assert words(summary) == words(body)


def test_round_trip_keeps_every_byte_and_an_edit_keeps_the_comments(tmp_path: Path) -> None:
    for path in ROUTES.glob("*.yaml"):
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        save_route_document(load_route_document(copy), copy)
        assert copy.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), path.name

    copy = tmp_path / "back-pain.yaml"
    document = load_route_document(copy)
    document["reviewed"] = date(2026, 11, 20)
    save_route_document(document, copy)
    before = (ROUTES / "back-pain.yaml").read_text(encoding="utf-8").splitlines()
    after = copy.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [("reviewed: 2026-10-15", "reviewed: 2026-11-20")]
    assert after[0].startswith("# Route: Back Pain")
