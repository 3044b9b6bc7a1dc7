"""What a run says and where: results on stdout, progress and hints on stderr, no silent skips.

Real ``curator`` processes against the fixture web, as a user or a CI job runs them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from clirun import curator
from fixtureweb import FixtureWeb
from sitefolder import SiteFolder


def test_results_on_stdout_progress_on_stderr(web: FixtureWeb, tmp_path: Path) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain", "leg-pain"))
    args = [a for a in site.args() if a != "--no-progress"]
    proc = curator("run", *args, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "back-pain" in proc.stdout and "leg-pain" in proc.stdout  # the summary table
    assert "checked 10/10 links" in proc.stderr and "checked" not in proc.stdout
    assert "reports written to reports/" in proc.stderr

    quiet = curator("run", *args, "--quiet", cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert "back-pain" in quiet.stdout

    as_json = curator("run", *args, "--quiet", "--json", cwd=tmp_path)
    assert as_json.returncode == 0
    printed = json.loads(as_json.stdout)  # nothing but the report on stdout
    assert printed == json.loads((tmp_path / "reports" / "latest.json").read_text())
    assert printed["schema"] == "curator.report/1"


def test_failing_sources_are_listed_under_the_table_worst_first(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain", "leg-pain", "sciatica"))
    with (tmp_path / "curator.toml").open("a", encoding="utf-8") as toml:
        toml.write("[history]\nconfirm_runs = 2\nconfirm_hours = 0\n")
    site.kill("sciatica", 4)
    assert curator("run", *site.args(), cwd=tmp_path).returncode == 0
    site.kill("back-pain", 2)
    proc = curator("run", *site.args(), cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout  # sciatica's source failed twice: confirmed
    table_end = proc.stdout.index("failing sources (2), worst first:")
    listed = proc.stdout[table_end:].splitlines()[1:5]
    assert re.match(r"\s+sciatica #4 http://www\.sciatica-4\.example:\d+/sciatica$", listed[0])
    assert re.match(r"\s+dead \(confirmed\) since 20\d\d-\d\d-\d\d \d\d:\d\d UTC$", listed[1])
    assert re.match(r"\s+back-pain #2 http://www\.back-pain-2\.example:\d+/back-pain$", listed[2])
    assert re.match(r"\s+dead \(watching, 1x\) since ", listed[3])


def test_skipped_sources_are_counted_with_the_flag_that_checks_them(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain",))
    args = [a for a in site.args() if a != "--allow-private-networks"]
    proc = curator("run", *args, cwd=tmp_path)
    assert proc.returncode == 3  # nothing could be judged: not a clean run
    assert "skipped: 5 sources, private address; pass --allow-private-networks" in proc.stdout
    assert "nothing could be judged" in proc.stderr
    assert web.count() == 0


def test_sources_skipped_by_robots_txt_name_the_setting(web: FixtureWeb, tmp_path: Path) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain",))
    robots = "User-agent: *\nDisallow: /\n"
    web.add(
        "www.back-pain-3.example",
        "/robots.txt",
        body=robots,
        headers={"Content-Type": "text/plain"},
    )
    proc = curator("run", *site.args(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout  # four sources were judged
    assert "skipped: 1 source, robots.txt;" in proc.stdout
    assert "respect_robots = false" in proc.stdout
