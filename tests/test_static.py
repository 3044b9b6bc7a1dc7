"""The code standards hold: ruff finds nothing, mypy --strict passes on src/, and no two
packages import each other.

These run as tests so that the one test command in README.md is the whole gate.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_ruff_is_clean() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def package_cycles(package: str) -> list[tuple[str, str, str]]:
    """Each pair of curator's top-level packages or modules that import each other, with one
    import each way as evidence: (a, b, "a.x -> b.y; b.z -> a.w")."""
    graph = grimp.build_graph(package, cache_dir=None)
    units = sorted(graph.find_children(package))
    found = []
    for a, b in itertools.combinations(units, 2):
        there = graph.direct_import_exists(importer=a, imported=b, as_packages=True)
        if there and graph.direct_import_exists(importer=b, imported=a, as_packages=True):
            found.append((a, b, f"{_one_import(graph, a, b)}; {_one_import(graph, b, a)}"))
    return found


def _one_import(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    def inside(unit: str) -> set[str]:
        return {unit} | graph.find_descendants(unit) if unit in graph.modules else set()

    for module in sorted(inside(importer)):
        for target in sorted(graph.find_modules_directly_imported_by(module) & inside(imported)):
            return f"{module} -> {target}"
    return f"{importer} -> {imported}"


def test_no_package_imports_one_that_imports_it_back() -> None:
    """Layers a newcomer can follow: e.g. the scheduler imports the run session, never the
    reverse; the rollup imports the report model, and no output imports the rollup."""
    assert package_cycles("curator") == []


def package_loops(package: str) -> list[list[str]]:
    """Groups of top-level packages or modules that import one another round a loop of any
    length (a -> b -> c -> a), found as the graph's strongly connected components."""
    graph = grimp.build_graph(package, cache_dir=None)
    units = sorted(graph.find_children(package))
    edges = {
        a: [
            b
            for b in units
            if b != a and graph.direct_import_exists(importer=a, imported=b, as_packages=True)
        ]
        for a in units
    }
    reach = {a: _reachable(a, edges) for a in units}
    loops = {tuple(sorted(b for b in reach[a] if a in reach[b])) for a in units}
    return sorted(list(loop) for loop in loops if len(loop) > 1)


def _reachable(start: str, edges: dict[str, list[str]]) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_packages_import_each_other_round_a_loop() -> None:
    """Pairs are the common case; a longer loop (report -> store -> redact -> report, once)
    hides the same tangle."""
    assert package_loops("curator") == []


def test_the_loop_check_finds_a_three_package_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "ringed"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "a.py").write_text("from ringed import b\n")
    (root / "b.py").write_text("from ringed import c\n")
    (root / "c.py").write_text("from ringed import a\n")
    (root / "d.py").write_text("from ringed import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert package_loops("ringed") == [["ringed.a", "ringed.b", "ringed.c"]]


def test_the_cycle_check_finds_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: a made-up package whose two halves import each other."""
    root = tmp_path / "loopy"
    (root / "first").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "first" / "__init__.py").write_text("")
    (root / "first" / "core.py").write_text("from loopy import second\n")
    (root / "second.py").write_text("from loopy.first.core import __name__ as _\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    (cycle,) = package_cycles("loopy")
    assert cycle[:2] == ("loopy.first", "loopy.second")
    assert "loopy.first.core -> loopy.second" in cycle[2]
