"""What a run plans to read off each page, held once per distinct want (check.plan.wants)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

from curator.catalog import load_catalog
from curator.check.plan import plan_check
from curator.execute.shards import make_shards
from curator.settings import Settings
from routefiles import write_route

NOW = datetime(2026, 12, 5, 17, 0, tzinfo=UTC)
BLURBS = {
    1: "Explains how lower back pain is a leading cause of disability.",
    2: "Describes sciatica and the nerve behind leg pain.",
    3: "Lists exercises that ease a stiff neck.",
    4: "Compares imaging tests for spinal injuries.",
    5: "Covers posture at a desk and shoulder strain.",
}


def _plan(tmp_path: Path) -> dict[str, object]:
    """Two routes of five links each: source N of both routes has the same blurb."""
    for slug, host in (("first", "a.example"), ("second", "b.example")):
        path = write_route(tmp_path / "routes", slug, [f"http://{host}/page{n}" for n in BLURBS])
        text = path.read_text()
        for number, blurb in BLURBS.items():
            text = text.replace(f"What source {number} says about the subject.", blurb)
        path.write_text(text)
    routes = list(load_catalog(tmp_path / "routes").routes.values())
    return dict(plan_check(routes, None, Settings(), None, NOW).wants)


def test_each_link_wants_its_own_blurbs_terms(tmp_path: Path) -> None:
    wants = _plan(tmp_path)
    assert len(wants) == 10
    for host in ("a.example", "b.example"):
        first = wants[f"http://{host}/page1"]
        second = wants[f"http://{host}/page2"]
        assert first != second
        assert "disability" in first.terms  # type: ignore[attr-defined]
        assert "sciatica" in second.terms  # type: ignore[attr-defined]


def test_links_wanting_the_same_share_one_want_in_the_driver_and_in_a_worker(
    tmp_path: Path,
) -> None:
    wants = _plan(tmp_path)
    one, other = wants["http://a.example/page3"], wants["http://b.example/page3"]
    assert one == other and one is other
    # What a worker receives: a shard pickled whole keeps the sharing.
    [shard] = make_shards(list(wants), 1, wants=wants)  # type: ignore[arg-type]
    received = pickle.loads(pickle.dumps(shard))
    assert received.wants["http://a.example/page3"] is received.wants["http://b.example/page3"]
    assert received.wants["http://a.example/page3"] is not received.wants["http://a.example/page4"]
