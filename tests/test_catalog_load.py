"""Loading a whole routes directory: cross-route checks, ``only``, and bad files in isolation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog_helpers import TODAY, shown, valid_route, write
from curator.catalog import format_problems, load_catalog, most_links, validate


def test_similar_slug_without_a_route_file_is_reported_at_its_item(tmp_path: Path) -> None:
    write(tmp_path, "back-pain.yaml", valid_route(similar="[knee-pain]"))
    write(
        tmp_path,
        "knee-pain.yaml",
        valid_route().replace("similar: []", "similar:\n  - back-pain\n  - hip-pain\n"),
    )
    assert shown(validate(tmp_path, today=TODAY), tmp_path) == [
        "knee-pain.yaml:22: similar: no route file for 'hip-pain'"
    ]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path, "aaa.yaml", "title: [unclosed\n")
    write(tmp_path, "bbb.yaml", valid_route(title="Bee"))
    (tmp_path / "ccc.yaml").write_bytes(b"title: \xff\n")
    write(tmp_path, "ddd.yml", valid_route(title="Dee"))
    catalog = load_catalog(tmp_path, today=TODAY)
    assert list(catalog.routes) == ["bbb", "ddd"]
    assert catalog.routes["ddd"].title == "Dee"
    assert [problem.path.name for problem in catalog.problems] == ["aaa.yaml", "ccc.yaml"]


def test_problems_are_sorted_by_file_then_line(tmp_path: Path) -> None:
    write(tmp_path, "b.yaml", valid_route().replace("title: A Route", "title: 1"))
    write(
        tmp_path, "a.yaml", valid_route().replace("reviewed: 2026-11-01", "reviewed: x") + "z: 1\n"
    )
    assert shown(validate(tmp_path, today=TODAY), tmp_path) == [
        "a.yaml:2: 'reviewed' must be a date like 2026-11-01, not text 'x'",
        "a.yaml:21: unknown key 'z'",
        "b.yaml:1: 'title' must be text, not a number (1)",
    ]


def test_only_loads_the_named_routes_but_checks_links_against_all(tmp_path: Path) -> None:
    write(tmp_path, "back-pain.yaml", valid_route(similar="[knee-pain, hip-pain]"))
    write(tmp_path, "knee-pain.yaml", valid_route(similar="[back-pain]"))
    write(tmp_path, "broken.yaml", "title: [\n")
    catalog = load_catalog(tmp_path, only=["routes/back-pain.yaml"], today=TODAY)
    assert list(catalog.routes) == ["back-pain"]
    assert shown(catalog.problems, tmp_path) == [
        "back-pain.yaml:20: similar: no route file for 'hip-pain'"
    ]


def test_only_with_an_unknown_slug_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "back-pain.yaml", valid_route())
    catalog = load_catalog(tmp_path, only=["back-pain", "no-such-route"], today=TODAY)
    assert list(catalog.routes) == ["back-pain"]
    assert [str(problem) for problem in catalog.problems] == [
        f"{tmp_path}: no route file for slug 'no-such-route'"
    ]


def test_same_slug_in_yaml_and_yml_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "back-pain.yaml", valid_route(title="First"))
    write(tmp_path, "back-pain.yml", valid_route(title="Second"))
    catalog = load_catalog(tmp_path, today=TODAY)
    assert catalog.routes["back-pain"].title == "First"
    assert shown(catalog.problems, tmp_path) == [
        "back-pain.yml: route 'back-pain' is also defined by back-pain.yaml"
    ]


def test_other_files_and_editor_lock_files_are_ignored(tmp_path: Path) -> None:
    write(tmp_path, "back-pain.yaml", valid_route())
    write(tmp_path, "README.md", "# not a route\n")
    write(tmp_path, ".back-pain.yaml.swp", "binary junk")
    os.symlink("user@host.1234", tmp_path / ".#back-pain.yaml")  # an Emacs lock file
    catalog = load_catalog(tmp_path, today=TODAY)
    assert list(catalog.routes) == ["back-pain"]
    assert catalog.problems == ()


def test_missing_routes_directory(tmp_path: Path) -> None:
    assert [str(problem) for problem in validate(tmp_path / "nope", today=TODAY)] == [
        f"{tmp_path / 'nope'}: routes directory not found"
    ]


@pytest.mark.parametrize(
    ("count", "tally"), [(1, "1 problem in 1 file"), (5, "5 problems in 2 files")]
)
def test_format_problems_prints_one_line_each_and_a_tally(
    tmp_path: Path, count: int, tally: str
) -> None:
    write(tmp_path, "a.yaml", valid_route().replace("title: A Route", "title: 1"))
    if count == 5:  # b.yaml: one unknown key, three missing ones
        write(tmp_path, "b.yaml", "x: 1\n")
    problems = validate(tmp_path, today=TODAY)
    lines = format_problems(problems).splitlines()
    assert lines[:-1] == [str(problem) for problem in problems]
    assert len(problems) == count
    assert lines[-1] == tally


def test_format_problems_when_all_is_well() -> None:
    assert format_problems([]) == "routes are valid: no problems found"


def test_most_links_bounds_a_run_before_any_file_is_read(tmp_path: Path) -> None:
    for slug in ("a", "b", "c"):
        write(tmp_path, f"{slug}.yaml", valid_route())
    write(tmp_path, "d.yaml", "title: [unclosed\n")  # counted: it is only read later
    write(tmp_path, ".#a.yaml", valid_route())  # an editor's lock file is not a route
    assert most_links(tmp_path) == 4 * 5
    assert most_links(tmp_path, ["a", "routes/b.yaml", "nope"]) == 2 * 5
    assert most_links(tmp_path / "missing") == 0
    links = {s.url for r in load_catalog(tmp_path, today=TODAY).routes.values() for s in r.sources}
    assert len(links) <= most_links(tmp_path)
