"""``curator`` as a user runs it: a real process, real files, the fixture web, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from clirun import curator
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

ROUTE_TITLE = "Back Pain"


def _serve_route(web: FixtureWeb, tmp_path: Path, *, dead: bool = False) -> list[str]:
    hosts = ["www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "www.niams.nih.gov"]
    urls = []
    for host in hosts:
        page = html_page(title=f"Back pain at {host}", body="<p>Back pain facts.</p>" * 20)
        urls.append(web.add(host, "/back-pain", body=page))
    if dead:
        urls[2] = web.add("www.cdc.gov", "/gone", status=404)
    write_route(tmp_path / "routes", "back-pain", urls, title=ROUTE_TITLE)
    (tmp_path / "curator.toml").write_text(
        "[fetch]\nper_host_spacing = 0\nbackoff_base = 0.01\nretries = 1\n", encoding="utf-8"
    )
    return [f"--resolve={host}:127.0.0.1" for host in hosts]


def test_run_writes_reports_and_exits_zero(tmp_path: Path, web: FixtureWeb) -> None:
    resolve = _serve_route(web, tmp_path)
    proc = curator("run", "--allow-private-networks", *resolve, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert report["schema"] == "curator.report/1"
    assert set(report["run"]) >= {"id", "started_at", "finished_at", "inconclusive"}
    (route,) = report["routes"]
    assert route["slug"] == "back-pain" and route["status"] == "healthy"
    source = route["sources"][0]
    assert set(source) >= {
        "rank", "name", "url", "state", "http_status", "final_url", "title", "description",
        "flags", "error", "checked_at", "consecutive_failures", "confirmed",
    }  # fmt: skip
    assert [s["state"] for s in route["sources"]] == ["alive"] * 5
    markdown = (tmp_path / "reports" / "latest.md").read_text()
    assert ROUTE_TITLE in markdown and "healthy" in markdown
    assert "back-pain" in proc.stdout and "back-pain" not in proc.stderr  # the summary table
    assert (tmp_path / ".curator" / "state.sqlite").exists()


def test_run_without_private_networks_refuses_loopback(tmp_path: Path, web: FixtureWeb) -> None:
    resolve = _serve_route(web, tmp_path)
    proc = curator("run", *resolve, cwd=tmp_path)
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    states = {s["state"] for s in report["routes"][0]["sources"]}
    assert states == {"skipped"}, proc.stderr
    assert web.count() == 0  # not one request reached the loopback server


def test_dead_source_reported_with_its_line_not_confirmed(tmp_path: Path, web: FixtureWeb) -> None:
    resolve = _serve_route(web, tmp_path, dead=True)
    proc = curator("run", "--allow-private-networks", *resolve, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # one failure is watched, not a broken route
    source = json.loads((tmp_path / "reports" / "latest.json").read_text())["routes"][0]["sources"][
        2
    ]
    assert source["state"] == "dead"
    assert source["error"] == {"kind": "http-status", "message": "HTTP 404"}
    assert source["confirmed"] is False and source["consecutive_failures"] == 1
    assert "watching" in (tmp_path / "reports" / "latest.md").read_text()


def test_offline_run_exits_3(tmp_path: Path) -> None:
    urls = [f"https://www.site{i}.invalid/page" for i in range(5)]
    write_route(tmp_path / "routes", "offline", urls)
    proc = curator("run", "--no-progress", cwd=tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert "inconclusive" in proc.stdout


def test_validate_reports_file_and_line_and_exits_2(tmp_path: Path) -> None:
    routes = tmp_path / "routes"
    write_route(routes, "good", [f"https://s{i}.example.org/" for i in range(5)])
    bad = write_route(routes, "bad", [f"https://b{i}.example.org/" for i in range(5)])
    bad.write_text(bad.read_text().replace("https://b2.example.org/", "not a url"))
    proc = curator("validate", "--routes", str(routes), cwd=tmp_path)
    assert proc.returncode == 2
    assert f"{bad}:13: source #3: URL 'not a url' contains spaces" in proc.stdout
    ok = curator("validate", "--routes", str(routes / "missing"), cwd=tmp_path)
    assert ok.returncode == 2


def test_run_checks_good_routes_despite_a_broken_file(tmp_path: Path, web: FixtureWeb) -> None:
    resolve = _serve_route(web, tmp_path)
    (tmp_path / "routes" / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    proc = curator("run", "--allow-private-networks", *resolve, cwd=tmp_path)
    assert proc.returncode == 2
    assert "broken.yaml:2: malformed YAML" in proc.stderr
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert [r["slug"] for r in report["routes"]] == ["back-pain"]
    assert any("broken.yaml" in p for p in report["problems"])


def test_bad_settings_file_exits_2(tmp_path: Path) -> None:
    write_route(tmp_path / "routes", "r", [f"https://s{i}.example.org/" for i in range(5)])
    (tmp_path / "curator.toml").write_text("[fetch]\nconcurency = 3\n", encoding="utf-8")
    proc = curator("run", cwd=tmp_path)
    assert proc.returncode == 2
    assert "curator.toml" in proc.stderr and "concurency" in proc.stderr


def test_every_command_is_listed_and_loads() -> None:
    """Commands are imported on first use: a wrong entry in the table fails here, not in use."""
    from click.testing import CliRunner

    from curator.cli import COMMANDS, main

    runner = CliRunner()
    listing = runner.invoke(main, ["--help"])
    assert listing.exit_code == 0, listing.output
    for name in COMMANDS:
        assert f"  {name} " in listing.output
        shown = runner.invoke(main, [name, "--help"], prog_name="curator")
        assert shown.exit_code == 0, shown.output
        assert f"curator {name}" in shown.output  # its own usage line
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2
