"""``curator approve`` never stamps what it could not verify, run as an editor runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

TEXT = "<p>Low back pain is a leading cause of disability worldwide.</p>" * 20
HOSTS = ["fine.example", "gone.example", "soft.example", "wall.example", "down.example"]


# A "not found" page as sites serve them: the title, a heading and one apology.
NOT_FOUND = html_page(
    title="Page not found | Spine Clinic",
    body="<h1>Page not found</h1><p>Sorry, we can't find the page you're looking for.</p>",
)


def _page(title: str) -> str:
    return html_page(title=title, body=f"<main>{TEXT}</main>")


def _approve(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "curator", "approve", "back-pain", "--allow-private-networks",
         *[f"--resolve={h}:127.0.0.1" for h in HOSTS], *args],
        cwd=root, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _site(tmp_path: Path, urls: list[str]) -> Path:
    (tmp_path / "curator.toml").write_text(
        "[fetch]\nper_host_spacing = 0\nretries = 0\nconnect_timeout = 2\n", encoding="utf-8"
    )
    return write_route(tmp_path / "routes", "back-pain", urls)


def _baseline(tmp_path: Path) -> Path:
    return tmp_path / "routes" / "baselines" / "back-pain.json"


def _failing_sources(web: FixtureWeb) -> list[str]:
    """One live page and four that cannot be verified, each for a different reason."""
    closed = web.url("down.example", "/back").replace(f":{web.port}/", ":9/")  # nothing listens
    return [
        web.add("fine.example", "/back", body=_page("Low back pain")),
        web.add("gone.example", "/back", status=404),
        web.add("soft.example", "/back", body=NOT_FOUND),
        web.add("wall.example", "/back", status=403),
        closed,
    ]


def test_unverifiable_sources_leave_the_route_and_baseline_untouched(
    tmp_path: Path, web: FixtureWeb
) -> None:
    path = _site(tmp_path, _failing_sources(web))
    before = path.read_text()
    proc = _approve(tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert path.read_text() == before  # reviewed: stays as it was
    assert not _baseline(tmp_path).exists()
    err = proc.stderr
    assert "back-pain: NOT approved: only 1 of 5 sources could be baselined" in err
    assert "not baselined: #2 Source 2 <http://gone.example:" in err
    assert "dead: the page is gone (HTTP 404)" in err
    assert "#3 Source 3" in err and "soft-dead: title says “Page not found”" in err, err
    assert "#4 Source 4" in err and "blocked: the site refuses automated checks" in err
    assert "#5 Source 5" in err and "dead: the server refused the connection" in err
    assert "#1 Source 1" not in err


def test_force_stamps_with_the_live_sources_but_never_a_not_found_page(
    tmp_path: Path, web: FixtureWeb
) -> None:
    path = _site(tmp_path, _failing_sources(web))
    before = path.read_text()
    proc = _approve(tmp_path, "--force")
    assert proc.returncode == 1, proc.stderr  # still says not everything was verified
    assert path.read_text() == before.replace(
        "reviewed: 2026-11-01", f"reviewed: {date.today().isoformat()}"
    )
    baseline = json.loads(_baseline(tmp_path).read_text())
    assert [s["title"] for s in baseline["sources"]] == ["Low back pain"]
    assert "Page not found" not in _baseline(tmp_path).read_text()
    assert "approved 1 of 5 sources; reviewed set to" in proc.stderr
    assert "not baselined: #3 Source 3" in proc.stderr


def test_nothing_baselined_never_stamps_even_with_force(tmp_path: Path, web: FixtureWeb) -> None:
    urls = [web.add(host, "/back", status=404) for host in HOSTS]
    path = _site(tmp_path, urls)
    before = path.read_text()
    proc = _approve(tmp_path, "--force")
    assert proc.returncode == 1, proc.stderr
    assert path.read_text() == before
    assert not _baseline(tmp_path).exists()
    assert "back-pain: NOT approved: no source could be baselined" in proc.stderr
    assert proc.stderr.count("not baselined:") == 5


def test_every_source_live_is_approved(tmp_path: Path, web: FixtureWeb) -> None:
    urls = [web.add(host, "/back", body=_page(f"Back pain at {host}")) for host in HOSTS]
    moved_to = web.add("fine.example", "/new-back", body=_page("Back pain, new home"))
    urls[0] = web.redirect("fine.example", "/old-back", to=moved_to)  # moved is live
    path = _site(tmp_path, urls)
    proc = _approve(tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "back-pain: approved 5 of 5 sources; reviewed set to" in proc.stderr
    assert f"reviewed: {date.today().isoformat()}" in path.read_text()
    assert len(json.loads(_baseline(tmp_path).read_text())["sources"]) == 5


def test_an_offline_checker_calls_nothing_dead_and_exits_inconclusive(
    tmp_path: Path, web: FixtureWeb
) -> None:
    # Every host refuses the connection, as on a machine that lost its network.
    urls = [web.url(host, "/back").replace(f":{web.port}/", ":9/") for host in HOSTS]
    path = _site(tmp_path, urls)
    before = path.read_text()
    proc = _approve(tmp_path, "--force")
    assert proc.returncode == 3, proc.stderr
    assert path.read_text() == before
    assert not _baseline(tmp_path).exists()
    assert proc.stderr.count("unknown: the checker looks offline") == 5, proc.stderr
    assert "dead:" not in proc.stderr
    assert "inconclusive: 5 of 5 hosts failed at the network level" in proc.stderr
