"""The libyaml reader gives checks exactly what the ruamel reader gave, or leaves the file to it.

Loading the catalog reads clean files with libyaml (fast) and everything else with ruamel (the
reader that reports problems). These tests hold the two to the same document, value types and
lines on every file libyaml decides, and to the same problems end to end, including on a few
hundred mangled route files.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from catalog_helpers import TODAY, valid_route
from curator.catalog.check import check_route
from curator.catalog.document import MAX_NODES, parse_route_text
from curator.catalog.libyaml_reader import AVAILABLE, read_clean
from curator.catalog.load import load_route

pytestmark = pytest.mark.skipif(not AVAILABLE, reason="PyYAML without libyaml: nothing to compare")

ROUTE = valid_route(similar="[b-route, c-route]")

CLEAN = {
    "route": ROUTE,
    "comments and document markers": "# top\n---\n" + ROUTE.replace("\n", "  # note\n", 3),
    "crlf": ROUTE.replace("\n", "\r\n"),
    "quoting and blocks": (
        'title: "Quoted \\u00e9 \\"title\\""\n'
        "summary: >-\n  folded\n  text\n\n  more\n"
        "extra: |+\n  literal\n\n"
        "other: 'single ''quoted'''\n"
        "plain: multi line\n  plain scalar\n"
        "'quoted key': 1\n"
        '"dq key": 2\n'
    ),
    "every implicit type": (
        "a: yes\nb: no\nc: on\nd: true\ne: False\nf: ~\ng: null\nh:\ni: 0x1F\nj: 0o17\n"
        "k: 010\nl: 1_000\nm: 1.5e3\nn: .inf\no: -.nan\np: 12:30\nq: 2026-11-01\n"
        "r: 2026-02-30\ns: 2026-11-01T10:00:00Z\nt: 2026-11-01 10:00:00.5 +02:00\n"
        "u: +12\nv: 0.10\nw: 1e3\nx: 0b101\ny: '2026-11-01'\nz: \"yes\"\n"
    ),
    "odd keys": "2: two\ntrue: t\n~: n\n2026-11-01: d\n1.5: f\n",
    "empty values and items": "a:\nb:\n  -\n  - x\n  -\nc: [x, {}]\nd: {e: }\nf:\n",
    "urls and colons in flow lists": "similar: [http://a.example/x, a:b, 'c: d']\n",
    "flow list over lines": "similar: [a,\n  b,\n  c]\nother: {a: 1,\n  b: 2}\n",
    "flow list less indented": "a:\n  b: [x,\ny]\n",
    "complex scalar key": "? a\n: b\n",
    "document start with content": "--- {a: 1}\n",
    "multi-line quoted": "a: \"one\n  two\"\nb: 'three\n\n  four'\n",
    "flow styles": "a: {b: [1, 2, {c: d}], e: f}\ng: [h, [i, j]]\nk: {}\nl: []\n",
    "indentless and nested lists": "a:\n- b\n- - c\n  - d\n-\n  e: f\n- {g: h}\n",
    "top-level list": "- one\n- two: 2\n",
    "top-level scalar": "just text\n",
    "top-level quoted": "'quoted'\n",
    "empty": "",
    "only a comment": "# nothing yet\n",
    "explicit empty document": "---\n",
    "unicode": "title: Ünïcødé — ✓ 漢字 😀\nsummary: ça\n",
    "bom-less long lines": "title: " + "x" * 5000 + "\n",
    "wrong route types": "title: [a]\nsummary: {b: c}\nsources: 5\nreviewed: soon\nsimilar: x\n",
}

LEFT_TO_RUAMEL = {
    "anchor": "a: &x 1\nb: 2\n",
    "alias": "a: *x\n",
    "tag": "a: !!str 1\n",
    "local tag": "a: !thing 1\n",
    "non-specific tag": "a: ! 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "yaml directive": "%YAML 1.1\n---\na: yes\n",
    "tag directive": "%TAG !e! tag:example.com,2000:\n---\na: 1\n",
    "duplicate key": "a: 1\nb: 2\na: 3\n",
    "same key, different text": "1: a\n0x1: b\n",
    "merge key": "a:\n  <<: {b: 1}\n",
    "list as key": "? [a]\n: b\n",
    "too deep": "a:" + " [" * 7 + " ]" * 7 + "\n",
    "too many values": "a: [" + ", ".join(["1"] * MAX_NODES) + "]\n",
    "syntax error": "a: [1, 2\nb: 3\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "empty key": ": a\n",
    "empty key in flow": "{: a}\n",
    "document end": "a: 1\n...\n",
    "key over 1024 characters": "k" * 1100 + ": v\n",
    "tab in a value": "a: b\tc\n",
    "comment touching a block header": ">#\n",
    "tab indentation": "a:\n\tb: 1\n",
    "next line": "a: b\x85c\n",
    "line separator": "a: b\u2028c\n",
    "control character": "a: b\x07c\n",
}


def shape(node: Any) -> Any:
    """Everything the checker can see in a document: structure, value types, lines, columns.

    Not where a mapping's value starts (``lc.value``): nothing checking a route reads it, and
    ruamel puts an empty value on the next token's line, libyaml right after the colon.
    """
    if isinstance(node, CommentedMap):
        items = [(shape(key), node.lc.key(key), shape(value)) for key, value in node.items()]
        return ("map", node.lc.line, node.lc.col, items)
    if isinstance(node, CommentedSeq):
        items = [(node.lc.item(index), shape(value)) for index, value in enumerate(node)]
        return ("seq", node.lc.line, node.lc.col, items)
    if isinstance(node, str):
        return ("str" if type(node).__name__ != "InvalidDate" else "InvalidDate", str(node))
    return (type(node).__name__, repr(node), str(node))


def ruamel_reading(text: str) -> Any:
    parsed = parse_route_text(text, Path("a-route.yaml"))
    assert parsed.problems == []
    return parsed.document


@pytest.mark.parametrize("name", CLEAN)
def test_clean_files_read_the_same_as_with_ruamel(name: str) -> None:
    text = CLEAN[name]
    clean = read_clean(text)
    assert clean is not None, "a clean file should not need the slow reader"
    assert shape(clean.document) == shape(ruamel_reading(text))


@pytest.mark.parametrize("name", LEFT_TO_RUAMEL)
def test_files_with_something_to_report_are_left_to_ruamel(name: str) -> None:
    assert read_clean(LEFT_TO_RUAMEL[name]) is None


@pytest.mark.parametrize("name", [*CLEAN, *LEFT_TO_RUAMEL])
def test_loading_reports_what_the_ruamel_reader_reports(tmp_path: Path, name: str) -> None:
    text = {**CLEAN, **LEFT_TO_RUAMEL}[name]
    assert loaded(tmp_path, text) == ruamel_checked(text, tmp_path / "a-route.yaml")


def test_mangled_route_files_give_the_same_problems_either_way(tmp_path: Path) -> None:
    """Line-level damage of the kind editors do (lost, doubled, moved, re-indented lines)."""
    rng = random.Random(8)
    base = CLEAN["comments and document markers"].splitlines(keepends=True)
    pieces = [*base, "  - {name: X, url: 'https://x.example'}\n", "similar: [a-route]\n"]
    decided = 0
    for _ in range(300):
        lines = list(base)
        for _ in range(rng.randint(1, 4)):
            where = rng.randrange(len(lines))
            action = rng.choice(("drop", "double", "insert", "indent", "dedent", "colon"))
            if action == "drop":
                del lines[where]
            elif action == "double":
                lines.insert(where, lines[where])
            elif action == "insert":
                lines.insert(where, rng.choice(pieces))
            elif action == "indent":
                lines[where] = "  " + lines[where]
            elif action == "dedent":
                lines[where] = lines[where].removeprefix("  ")
            else:
                lines[where] = lines[where].replace(": ", " ", 1)
            if not lines:
                break
        text = "".join(lines)
        decided += read_clean(text) is not None
        assert loaded(tmp_path, text) == ruamel_checked(text, tmp_path / "a-route.yaml"), text
    assert decided > 30, "the mangling should leave some files clean YAML"


def loaded(directory: Path, text: str) -> tuple[bool, list[str]]:
    path = directory / "a-route.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    route, problems = load_route(path, today=TODAY)
    return route is not None, [str(problem) for problem in problems]


def ruamel_checked(text: str, path: Path) -> tuple[bool, list[str]]:
    """What loading gave before libyaml: ruamel's reader, then the same checker."""
    parsed = parse_route_text(text, path)
    if parsed.document is None and parsed.problems:
        return False, [str(problem) for problem in sorted(parsed.problems)]
    checked = check_route(parsed.document, path, TODAY)
    problems = sorted([*parsed.problems, *checked.problems])
    return checked.route is not None, [str(problem) for problem in problems]
