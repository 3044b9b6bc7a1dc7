"""Whether a reports folder is fit to read: the check the fault and crash tests share."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path


def assert_reports_whole(reports: Path) -> None:
    """Every report a reader can find parses; leftovers of an interrupted write are hidden
    temporary files beside them, never a report."""
    for path in reports.rglob("*"):
        if not path.is_file():
            continue
        if path.name.startswith("."):
            assert path.name.endswith(".tmp"), path  # write_atomic's temporary file
            continue
        assert_parses(path)


def assert_parses(path: Path) -> None:
    """A report file is whole and well formed for its kind."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".json", ".sarif"):  # a SARIF log is JSON, written a result at a time
        json.loads(text)
    elif path.suffix == ".xml":
        ET.fromstring(text)
    elif path.suffix == ".html":
        assert text.rstrip().endswith("</html>"), path
    else:
        assert text.strip(), path
