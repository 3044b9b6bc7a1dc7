"""A partial run (``--only``, the gate) never replaces the full picture: real runs, real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html

from clirun import curator
from fixtureweb import FixtureWeb
from routefiles import write_route
from sitefolder import SiteFolder

SLUGS = ("back-pain", "leg-pain", "sciatica")


def _report(root: Path, reports: str = "reports") -> dict:  # type: ignore[type-arg]
    return json.loads((root / reports / "latest.json").read_text())


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_an_unknown_only_slug_exits_2_before_anything_is_written(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 0
    before = _snapshot(tmp_path / "reports")
    store_before = (tmp_path / ".curator" / "state.sqlite").read_bytes()
    requests = web.count()

    proc = curator("run", *site.args(), "--only", "nope", cwd=tmp_path)
    assert proc.returncode == 2
    assert "no route file for slug 'nope'" in proc.stderr
    assert _snapshot(tmp_path / "reports") == before  # not one report file touched
    assert (tmp_path / ".curator" / "state.sqlite").read_bytes() == store_before
    assert web.count() == requests


def test_a_partial_run_updates_its_routes_inside_the_full_picture(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    full = curator("run", *site.args(), cwd=tmp_path)
    assert full.returncode == 0, full.stderr
    full_id = _report(tmp_path)["run"]["id"]
    site.kill("leg-pain", 3)

    partial = curator("run", *site.args(), "--only", "leg-pain", cwd=tmp_path)
    assert partial.returncode == 0, partial.stderr
    assert "1 of 3 routes checked in this run" in partial.stderr

    report = _report(tmp_path)
    routes = {route["slug"]: route for route in report["routes"]}
    assert sorted(routes) == sorted(SLUGS)  # the picture, not the one route checked
    assert report["run"]["partial"] is True
    assert routes["leg-pain"]["sources"][2]["state"] == "dead"
    assert routes["leg-pain"]["checked_run"] == report["run"]["id"] != full_id
    assert routes["back-pain"]["checked_run"] == full_id
    assert routes["back-pain"]["sources"][2]["state"] == "alive"
    pages = sorted(p.name for p in (tmp_path / "reports" / "routes").iterdir())
    assert pages == sorted(f"{slug}.html" for slug in SLUGS)  # no route page deleted
    index = lxml.html.fromstring((tmp_path / "reports" / "index.html").read_bytes())
    slugs = index.xpath("//ol[@id='routes']/li//code[@class='slug']/text()")
    assert sorted(slugs) == sorted(SLUGS)
    checked = index.xpath("//ol[@id='routes']/li//span[@class='checked']/text()")
    assert len(checked) == 3 and all(text.startswith("checked 20") for text in checked)
    page = lxml.html.fromstring((tmp_path / "reports" / "routes" / "back-pain.html").read_bytes())
    # not checked by the partial run: the page the full run wrote stays as it is
    assert full_id in page.find_class("foot")[0].text_content()

    # `curator report` renders the same merged picture from the store.
    proc = curator("report", "--reports", "again", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    again = _report(tmp_path, "again")
    assert again["routes"] == report["routes"]
    assert sorted(p.name for p in (tmp_path / "again" / "routes").iterdir()) == pages
    page = lxml.html.fromstring((tmp_path / "again" / "routes" / "back-pain.html").read_bytes())
    (last,) = page.find_class("last-checked")
    assert full_id in last.text_content()  # checked by the full run, before the partial one


def test_the_trend_counts_full_runs_of_the_same_routes_folder_only(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    other = SiteFolder(web, tmp_path, ("neck-pain",), routes_name="other-routes")
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 0
    assert curator("run", *site.args(), "--only", "sciatica", cwd=tmp_path).returncode == 0
    assert curator("run", *other.args(), "--reports", "other", cwd=tmp_path).returncode == 0
    site.kill("leg-pain", 1)
    assert curator("run", *site.args(), "--only", "leg-pain", cwd=tmp_path).returncode == 0
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 0

    index = lxml.html.fromstring((tmp_path / "reports" / "index.html").read_bytes())
    (svg,) = index.xpath("//*[local-name()='svg'][@class='trend']")
    assert re.search(r"over the last 2 runs", svg.get("aria-label"))  # not 5
    other_index = (tmp_path / "other" / "index.html").read_text()
    assert "The trend appears after the second run (1 so far)" in other_index


def test_the_markdown_report_says_it_is_a_merged_picture(web: FixtureWeb, tmp_path: Path) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 0
    assert curator("run", *site.args(), "--only", "sciatica", cwd=tmp_path).returncode == 0
    markdown = (tmp_path / "reports" / "latest.md").read_text(encoding="utf-8")
    assert "A partial run: it checked 1 of these routes (5 links)" in markdown
    assert markdown.count("· last checked 20") == 3
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "by a partial run of 5 links" in index


def test_a_partial_run_keeps_the_problems_of_files_it_did_not_check(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    (site.routes_dir / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 2
    assert curator("run", *site.args(), "--only", "sciatica", cwd=tmp_path).returncode == 0
    problems = _report(tmp_path)["problems"]
    assert len(problems) == 1 and problems[0].startswith("routes/broken.yaml:2: malformed YAML")
    (site.routes_dir / "broken.yaml").unlink()
    write_route(site.routes_dir, "broken", site.urls["sciatica"])
    assert curator("run", *site.args(), "--only", "broken", cwd=tmp_path).returncode == 0
    report = _report(tmp_path)
    assert report["problems"] == []  # checked again and fixed
    assert sorted(r["slug"] for r in report["routes"]) == sorted([*SLUGS, "broken"])
