"""The end-of-run summary in a real process at the widths people's terminals have (COLUMNS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clirun import curator
from fixtureweb import FixtureWeb
from sitefolder import SiteFolder

LONG = "lower-back-and-leg-pain-in-older-adults"


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_summary_keeps_slugs_and_statuses_whole(
    web: FixtureWeb, tmp_path: Path, columns: int
) -> None:
    site = SiteFolder(web, tmp_path, (LONG, "sciatica"))
    site.kill(LONG, 2)
    proc = curator("run", *site.args(), cwd=tmp_path, columns=columns)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    table = [line for line in lines if line[:1] in "┏┃┡│├└"]
    assert len(table) >= 6 and all(len(line) <= columns for line in table)  # no line wraps
    assert any(LONG in line and "at-risk" in line for line in lines)  # one watched failure
    assert any("sciatica" in line and "healthy" in line for line in lines)
    assert "…" not in proc.stdout
