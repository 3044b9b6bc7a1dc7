"""Hostile or accidental junk in routes/ is refused fast, clearly, and never read from elsewhere."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from catalog_helpers import TODAY, shown, valid_route, write
from curator.catalog import load_catalog, load_route
from curator.catalog.document import MAX_BYTES

BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
title: *i
"""


def timed_problems(path: Path) -> tuple[list[str], float]:
    """The problems and the CPU seconds reading them took: CPU, not wall time, so a busy
    machine does not fail a guard meant to catch parsing that grows without bound (those
    inputs cost tens of seconds to minutes when parsed whole, so the bounds below are loose)."""
    started = time.process_time()
    _, problems = load_route(path, today=TODAY)
    return shown(problems, path.parent), time.process_time() - started


def test_yaml_bomb_is_refused_fast(tmp_path: Path) -> None:
    problems, seconds = timed_problems(write(tmp_path, "bomb.yaml", BILLION_LAUGHS))
    assert problems == [
        "bomb.yaml:1: YAML anchors and aliases are not allowed in route files (found anchor &a)"
    ]
    assert seconds < 0.5


def test_alias_without_anchor_on_the_same_line_names_the_alias(tmp_path: Path) -> None:
    text = valid_route().replace("similar: []", "similar: *nothing")
    problems, _ = timed_problems(write(tmp_path, "a-route.yaml", text))
    assert problems == [
        "a-route.yaml:20: YAML anchors and aliases are not allowed in route files "
        "(found alias *nothing)"
    ]


def test_merge_keys_need_aliases_and_are_refused(tmp_path: Path) -> None:
    text = "base: &base {title: T}\nroute:\n  <<: *base\n"
    problems, _ = timed_problems(write(tmp_path, "a-route.yaml", text))
    assert problems == [
        "a-route.yaml:1: YAML anchors and aliases are not allowed in route files "
        "(found anchor &base)"
    ]


def test_oversized_file_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(valid_route() + "# padding\n" * (MAX_BYTES // 10 + 1))
    problems, seconds = timed_problems(path)
    size = path.stat().st_size
    assert problems == [
        f"huge.yaml: file is {size:,} bytes; route files are limited to 1,000,000 bytes"
    ]
    assert seconds < 0.5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 200_000, "1: nested too deeply (over 6 levels); route files are flat"),
        (
            "".join(f"key{n}: value\n" for n in range(60_000)),
            "500: too many values (over 1,000); route files are small",
        ),
        (
            "similar: [" + ", ".join(["x"] * 200_000) + "]\n",
            "1: too many values (over 1,000); route files are small",
        ),
        ("---\n" * 100_000, "2: only one YAML document is allowed per route file"),
    ],
    ids=["deep-nesting", "many-keys", "long-list", "many-documents"],
)
def test_large_shapes_within_the_size_cap_are_refused_fast(
    tmp_path: Path, text: str, message: str
) -> None:
    problems, seconds = timed_problems(write(tmp_path, "shape.yaml", text))
    assert problems == [f"shape.yaml:{message}"]
    assert seconds < 2.0


@pytest.mark.parametrize(
    ("value", "shown_tag"),
    [
        ("!!python/object/apply:os.system ['echo hi']", "!!python/object/apply:os.system"),
        ("!custom thing", "!custom"),
        ("!!str 2024", "!!str"),
    ],
)
def test_yaml_tags_are_refused(tmp_path: Path, value: str, shown_tag: str) -> None:
    text = valid_route().replace("title: A Route", f"title: {value}")
    problems, _ = timed_problems(write(tmp_path, "a-route.yaml", text))
    assert problems == [
        f"a-route.yaml:1: YAML tags are not allowed (found {shown_tag}); write plain values"
    ]


def test_complex_mapping_keys_are_refused(tmp_path: Path) -> None:
    text = "title: T\n? [a, b]\n: value\n"
    problems, _ = timed_problems(write(tmp_path, "a-route.yaml", text))
    assert problems == ["a-route.yaml:2: keys must be plain text, not a list or mapping"]


def test_symlink_escaping_the_routes_directory_is_not_read(tmp_path: Path) -> None:
    routes = tmp_path / "routes"
    routes.mkdir()
    secret = write(tmp_path, "secret.yaml", valid_route(title="Secret"))
    write(routes, "good.yaml", valid_route())
    os.symlink(secret, routes / "leak.yaml")
    os.symlink("good.yaml", routes / "alias-of-good.yaml")  # stays inside: allowed
    catalog = load_catalog(routes, today=TODAY)
    assert sorted(catalog.routes) == ["alias-of-good", "good"]
    assert shown(catalog.problems, routes) == [
        "leak.yaml: symlink points outside the routes directory; not read"
    ]


def test_directory_or_fifo_named_like_a_route_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")  # opening it for reading would block forever
    catalog = load_catalog(tmp_path, today=TODAY)
    assert shown(catalog.problems, tmp_path) == [
        "folder.yaml: not a regular file; not read",
        "pipe.yaml: not a regular file; not read",
    ]


def test_dangling_symlink_inside_the_directory_is_reported(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.yaml")
    assert shown(load_catalog(tmp_path, today=TODAY).problems, tmp_path) == [
        "dangling.yaml: cannot read file: No such file or directory"
    ]
