"""``[archive]`` in curator.toml, through ``curator run`` as an operator runs it: a local archive
that answers, one that fails (5xx) and one that hangs; and a bad key."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from archiveweb import LocalArchive
from curator.settings import ArchiveSettings, load_settings
from fixtureweb import FixtureWeb
from test_cli import _serve_route, curator


def run_with_archive(
    tmp_path: Path, web: FixtureWeb, archive_toml: str
) -> tuple[int, dict[str, Any]]:
    resolve = _serve_route(web, tmp_path, dead=True)
    with (tmp_path / "curator.toml").open("a", encoding="utf-8") as toml:
        toml.write(archive_toml)
    proc = curator("run", "--allow-private-networks", "--no-progress", *resolve, cwd=tmp_path)
    report = json.loads((tmp_path / "reports" / "latest.json").read_text())
    return proc.returncode, report


def states(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["state"], str(s["confirmed"])) for s in report["routes"][0]["sources"]]


def test_a_configured_archive_is_asked_and_its_copy_reported(
    tmp_path: Path, web: FixtureWeb
) -> None:
    with LocalArchive() as archive:
        gone = web.url("www.cdc.gov", "/gone")
        archive.capture(gone, "20261001000000")
        code, report = run_with_archive(
            tmp_path,
            web,
            f'[archive]\navailability_url = "{archive.availability_url}"\nrate = 100\n',
        )
    assert code == 0
    source = report["routes"][0]["sources"][2]
    assert source["archived_url"] == archive.snapshot_url(gone, "20261001000000")


@pytest.mark.parametrize("fault", ["5xx", "timeout"])
def test_a_failing_archive_changes_no_verdict_and_no_exit_code(
    tmp_path: Path, web: FixtureWeb, fault: str
) -> None:
    expected_code, expected = run_with_archive(
        tmp_path / "off", web, "[archive]\nenabled = false\n"
    )
    with LocalArchive() as archive:
        archive.fail_with = 503 if fault == "5xx" else None
        archive.delay = 30.0 if fault == "timeout" else 0.0
        code, report = run_with_archive(
            tmp_path / "failing",
            web,
            f'[archive]\navailability_url = "{archive.availability_url}"\n'
            "timeout = 0.5\nbudget = 2\n",
        )
        assert len(archive.lookups()) == 1  # asked once, then left alone for the run
    assert code == expected_code == 0
    assert states(report) == states(expected)
    assert report["routes"][0]["status"] == expected["routes"][0]["status"]
    assert report["routes"][0]["sources"][2]["archived_url"] is None


def test_an_unknown_archive_key_is_bad_input_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "routes").mkdir()
    (tmp_path / "curator.toml").write_text("[archive]\nsave_on_aprove = true\n")
    proc = curator("run", cwd=tmp_path)
    assert proc.returncode == 2
    assert "curator.toml" in proc.stderr and "save_on_aprove" in proc.stderr


def test_the_documented_archive_table_loads_and_states_the_defaults(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "archive-and-fix.md").read_text()
    (block,) = [b for b in re.findall(r"```toml\n(.*?)```", doc, flags=re.S) if "[archive]" in b]
    (tmp_path / "curator.toml").write_text(block, encoding="utf-8")
    documented = load_settings(tmp_path / "curator.toml").archive
    defaults = ArchiveSettings()
    assert documented.save_on_approve and not defaults.save_on_approve
    assert documented.model_copy(update={"save_on_approve": False}) == defaults
