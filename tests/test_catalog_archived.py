"""The optional ``archived:`` field of a source: read by both readers, checked like a URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog_helpers import TODAY, shown, valid_route, write
from curator.catalog import load_catalog, validate
from curator.catalog.check import check_route
from curator.catalog.document import parse_route_text
from curator.catalog.libyaml_reader import AVAILABLE, read_clean

SNAPSHOT = "https://web.archive.org/web/20261001000000/https://two.example.org/page"
WITH_ARCHIVED = valid_route().replace(
    "    url: https://two.example.org/page\n",
    f"    url: https://two.example.org/page  # dead since November\n    archived: {SNAPSHOT}\n",
)


def test_a_source_keeps_its_archived_link(tmp_path: Path) -> None:
    write(tmp_path, "a-route.yaml", WITH_ARCHIVED)
    catalog = load_catalog(tmp_path)
    assert not catalog.problems
    sources = catalog.routes["a-route"].sources
    assert sources[1].archived == SNAPSHOT
    assert sources[0].archived is None
    assert validate(tmp_path) == []


@pytest.mark.skipif(not AVAILABLE, reason="PyYAML without libyaml")
def test_both_readers_give_the_same_archived_link() -> None:
    path = Path("a-route.yaml")
    clean = read_clean(WITH_ARCHIVED)
    assert clean is not None  # the fast reader decides this file
    by_libyaml = check_route(clean.document, path, TODAY).route
    by_ruamel = check_route(parse_route_text(WITH_ARCHIVED, path).document, path, TODAY).route
    assert by_libyaml is not None and by_libyaml == by_ruamel
    assert by_libyaml.sources[1].archived == SNAPSHOT


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("ftp://archive.example/x", "archived URL 'ftp://archive.example/x' must be an absolute"),
        ("''", "'archived' must not be empty"),
        ("[a, b]", "'archived' must be text"),
    ],
)
def test_a_bad_archived_link_is_named_at_its_line(tmp_path: Path, value: str, problem: str) -> None:
    text = WITH_ARCHIVED.replace(f"archived: {SNAPSHOT}", f"archived: {value}")
    write(tmp_path, "a-route.yaml", text)
    (line,) = shown(validate(tmp_path), tmp_path)
    number = text.splitlines().index(f"    archived: {value}") + 1
    assert line.startswith(f"a-route.yaml:{number}: source #2: ") and problem in line


def test_a_misspelt_archived_key_gets_a_suggestion(tmp_path: Path) -> None:
    write(tmp_path, "a-route.yaml", WITH_ARCHIVED.replace("archived:", "archive:"))
    (line,) = shown(validate(tmp_path), tmp_path)
    assert "unknown key 'archive' (did you mean 'archived'?)" in line
