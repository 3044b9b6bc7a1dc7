"""``curator demo``: one command, no network, a real report that shows every kind of decay.

The demo runs as a user would start it (``python -m curator demo``) in a fresh working
directory. Where the machine allows an unprivileged network namespace, it runs inside one that
has nothing but a loopback interface, which proves it needs no network at all.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLED_ROUTES = REPO / "src" / "curator" / "demo" / "routes"
USER_ROUTE = "title: My own route\n# the demo must never read or write this file\n"


@functools.cache
def _no_network_prefix() -> tuple[str, ...]:
    """``unshare`` into a network namespace with only loopback up, if this machine allows it."""
    if not (shutil.which("unshare") and shutil.which("ip")):
        return ()
    prefix = ("unshare", "-rn", "sh", "-c", 'ip link set lo up && exec "$@"', "sh")
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=10)
    return prefix if probe.returncode == 0 else ()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("demo")
    (work / "routes").mkdir()
    (work / "routes" / "mine.yaml").write_text(USER_ROUTE, encoding="utf-8")
    reports = work / "out"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    command = [sys.executable, "-m", "curator", "demo", "--reports", str(reports)]
    done = subprocess.run(
        [*_no_network_prefix(), *command],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    latest = reports / "latest.json"
    return {
        "work": work,
        "reports": reports,
        "done": done,
        "report": json.loads(latest.read_text(encoding="utf-8")) if latest.exists() else None,
    }


def _source(report: dict[str, Any], slug: str, rank: int) -> dict[str, Any]:
    route = next(r for r in report["routes"] if r["slug"] == slug)
    return dict(next(s for s in route["sources"] if s["rank"] == rank))


def _route(report: dict[str, Any], slug: str) -> dict[str, Any]:
    return dict(next(r for r in report["routes"] if r["slug"] == slug))


@pytest.mark.slow
def test_demo_exits_0_and_says_where_the_reports_are(demo_run: dict[str, Any]) -> None:
    done = demo_run["done"]
    assert done.returncode == 0, done.stderr
    out = done.stderr
    assert "nothing leaves this machine" in out
    assert "fast politeness" in out
    assert f"report: {demo_run['reports'] / 'index.html'}" in out
    assert f"report: {demo_run['reports'] / 'latest.md'}" in out
    for name in ("latest.json", "latest.md", "index.html", "digest.md", "junit.xml"):
        assert (demo_run["reports"] / name).is_file(), name


@pytest.mark.slow
def test_a_deleted_source_is_confirmed_dead_and_breaks_its_route(
    demo_run: dict[str, Any],
) -> None:
    report = demo_run["report"]
    assert not report["run"]["inconclusive"]
    dead = _source(report, "lower-back-and-leg-pain", 2)
    assert (dead["state"], dead["http_status"], dead["confirmed"]) == ("dead", 404, True)
    assert dead["consecutive_failures"] == 3
    assert _route(report, "lower-back-and-leg-pain")["status"] == "broken"


@pytest.mark.slow
def test_one_bad_night_is_only_watched(demo_run: dict[str, Any]) -> None:
    report = demo_run["report"]
    bad_night = _source(report, "inflammatory-arthritis", 4)
    assert (bad_night["state"], bad_night["http_status"]) == ("dead", 503)
    assert (bad_night["confirmed"], bad_night["consecutive_failures"]) == (False, 1)
    soft = _source(report, "back-pain", 3)
    assert (soft["state"], soft["http_status"], soft["confirmed"]) == ("soft-dead", 200, False)
    assert soft["consecutive_failures"] == 2
    # Watched, not broken, but never shown green: the failures are not yet confirmed.
    assert _route(report, "inflammatory-arthritis")["status"] == "at-risk"
    assert _route(report, "back-pain")["status"] == "at-risk"
    recovered = _source(report, "inflammatory-arthritis", 5)
    assert (recovered["state"], recovered["consecutive_failures"]) == ("alive", 0)
    digest = (demo_run["reports"] / "digest.md").read_text(encoding="utf-8")
    assert "Recovered" in digest and "MedlinePlus answers again" in digest


@pytest.mark.slow
def test_a_moved_source_has_its_new_address(demo_run: dict[str, Any]) -> None:
    moved = _source(demo_run["report"], "lower-back-and-leg-pain", 3)
    assert moved["state"] == "moved"
    assert moved["url"].endswith("/back-pain/guide/low-back-pain")
    assert moved["final_url"].startswith("https://www.webmd.com:")
    assert moved["final_url"].endswith("/back-pain/low-back-pain-overview")


@pytest.mark.slow
def test_rewritten_retitled_and_blocked_sources(demo_run: dict[str, Any]) -> None:
    report = demo_run["report"]
    rewritten = _source(report, "copd-life-expectancy", 3)
    assert rewritten["state"] == "alive"
    assert {"changed", "unsupported", "retitled", "updated-after-review"} <= set(rewritten["flags"])
    assert _route(report, "copd-life-expectancy")["status"] == "stale"
    retitled = _source(report, "lower-back-and-leg-pain", 5)
    assert retitled["flags"] == ["retitled"]
    assert retitled["title"].startswith("Lumbar spine surgery")
    blocked = _source(report, "back-pain", 4)
    assert (blocked["state"], blocked["http_status"]) == ("blocked", 403)


@pytest.mark.slow
def test_untouched_sources_are_alive_over_https(demo_run: dict[str, Any]) -> None:
    """The demo web speaks TLS, so no source is flagged insecure and healthy pages stay quiet."""
    report = demo_run["report"]
    who = _source(report, "lower-back-and-leg-pain", 1)
    assert (who["state"], who["flags"], who["title"]) == (
        "alive",
        [],
        "Low back pain | World Health Organization",
    )
    assert all(s["url"].startswith("https://") for r in report["routes"] for s in r["sources"])
    assert not any("insecure" in s["flags"] for r in report["routes"] for s in r["sources"])


@pytest.mark.slow
def test_the_users_routes_are_untouched(demo_run: dict[str, Any]) -> None:
    routes = demo_run["work"] / "routes"
    assert sorted(p.name for p in routes.iterdir()) == ["mine.yaml"]
    assert (routes / "mine.yaml").read_text(encoding="utf-8") == USER_ROUTE
    assert not (demo_run["work"] / ".curator").exists()  # no state store left behind either


def test_the_bundled_routes_are_the_sample_routes() -> None:
    """The demo tells its story about the repository's sample routes; keep the copy in step."""
    sample = {p.name: p.read_bytes() for p in (REPO / "routes").glob("*.yaml")}
    bundled = {p.name: p.read_bytes() for p in BUNDLED_ROUTES.glob("*.yaml")}
    assert bundled == sample, (
        "src/curator/demo/routes/ differs from routes/: copy routes/*.yaml there, and give any "
        "new source a page in src/curator/demo/pages/pages.yaml"
    )


@pytest.mark.slow
@pytest.mark.parametrize("sigint", ["SIG_DFL", "SIG_IGN"])
def test_serve_keeps_the_decayed_web_browsable_until_interrupted(
    tmp_path: Path, sigint: str
) -> None:
    # Ctrl-C must end it however SIGINT was set when it started: a background job of a
    # non-interactive shell (a CI script's `pytest ... &`) starts with SIGINT ignored, and the
    # demo then waited for ever. The disposition survives exec, so set it, then become curator.
    become = (
        f"import os, signal, sys; signal.signal(signal.SIGINT, signal.{sigint}); "
        "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
    )
    demo_args = ["-m", "curator", "demo", "--reports", "out", "--serve"]
    command = [sys.executable, "-c", become, *demo_args]
    demo = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        assert demo.stderr is not None
        address = None
        for line in demo.stderr:
            found = re.search(r"open (http://127\.0\.0\.1:\d+/) in a browser", line)
            if found:
                address = found.group(1)
                break
        assert address, "the demo never said where its web is"
        with urlopen(address, timeout=5) as index:
            assert "www.who.int/news-room/fact-sheets/detail/low-back-pain" in index.read().decode()
        soft = (
            address
            + "www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906"
        )
        with urlopen(soft, timeout=5) as page:
            assert page.status == 200 and "<title>Page not found" in page.read().decode()
        with pytest.raises(HTTPError) as gone:
            urlopen(
                address + "www.spine-health.com/conditions/leg-pain/"
                "leg-pain-and-numbness-what-might-these-symptoms-mean",
                timeout=5,
            )
        assert gone.value.code == 404
        demo.send_signal(signal.SIGINT)
        # A bound on a hang, not a speed test: a loaded machine took over 10 s to wind down.
        assert demo.wait(timeout=60) == 0
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    assert (tmp_path / "out" / "latest.json").is_file()
