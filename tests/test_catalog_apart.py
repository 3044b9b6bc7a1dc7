"""A large catalog's route files checked on two cores (``catalog.apart``): a helper process
checks the last files while the run's own process checks the first. An editor must read exactly
what one process would have read: the same routes in the same order, and every problem of a bad
file named by its file and line, wherever in the catalog it sits. The shipped line is 2,000
files; these tests lower it to a handful (and the chunks to a few files) so both processes work.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from catalog_helpers import TODAY, shown, valid_route, write
from conftest import make_fast_settings
from curator import app
from curator.catalog import apart
from curator.catalog.check import CheckedRoute
from curator.catalog.load import load_catalog
from curator.catalog.problems import Problem
from curator.exitcodes import Exit
from curator.settings import Settings
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

FILES = 24


@pytest.fixture
def apart_from_a_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(apart, "APART_FROM", 8)
    monkeypatch.setattr(apart, "CHUNK", 3)


def _catalog_with_bad_files(folder: Path) -> None:
    """FILES route files, with bad ones in the first half (this process's) and the second
    (the helper's): a YAML error, an unknown key, a wrong value, a ``similar`` to nowhere."""
    for number in range(FILES):
        write(folder, f"r{number:02d}.yaml", valid_route(title=f"Route {number}"))
    write(folder, "r03.yaml", "title: [unclosed\n")
    write(folder, "r17.yaml", valid_route() + "colour: blue\n")
    write(folder, "r20.yaml", valid_route().replace("reviewed: 2026-11-01", "reviewed: soon"))
    write(folder, "r22.yaml", valid_route(similar="[r05, nowhere]"))


def test_files_checked_apart_give_the_catalog_checked_here(
    tmp_path: Path, apart_from_a_few: None
) -> None:
    _catalog_with_bad_files(tmp_path)
    here = load_catalog(tmp_path, today=TODAY)
    both = load_catalog(tmp_path, today=TODAY, apart=True)
    assert list(both.routes) == list(here.routes)
    assert both.ordered() == here.ordered()
    assert [s.line for r in both.ordered() for s in r.sources] == [
        s.line for r in here.ordered() for s in r.sources
    ]
    assert both.problems == here.problems
    assert shown(both.problems, tmp_path) == [
        "r03.yaml:2: malformed YAML: expected ',' or ']', but got '<stream end>' (column 1)",
        "r17.yaml:21: unknown key 'colour'",
        "r20.yaml:2: 'reviewed' must be a date like 2026-11-01, not text 'soon'",
        "r22.yaml:20: similar: no route file for 'nowhere'",
    ]


def _pid_of(path: Path, today: date) -> CheckedRoute:
    """A check that says which process ran it (module level: the helper is sent it by name)."""
    return CheckedRoute(None, (Problem(path, os.getpid(), "checked"),), ())


def test_the_helper_checks_the_last_files_and_order_is_kept(
    tmp_path: Path, apart_from_a_few: None
) -> None:
    paths = [tmp_path / f"r{n:02d}.yaml" for n in range(FILES)]
    checked = list(apart.checked_in_order(paths, _pid_of, TODAY, apart=True))
    assert [c.problems[0].path for c in checked] == paths
    pids = [c.problems[0].line for c in checked]
    assert set(pids[: FILES // 2]) == {os.getpid()}  # the first half here
    assert set(pids[FILES // 2 :]) - {os.getpid()}  # some of the rest in the helper


def _dies_in_a_helper(path: Path, today: date) -> CheckedRoute:
    if os.getpid() != int(os.environ["APART_TEST_PARENT"]):
        os._exit(3)
    return _pid_of(path, today)


def test_a_helper_that_dies_leaves_its_files_to_this_process(
    tmp_path: Path, apart_from_a_few: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APART_TEST_PARENT", str(os.getpid()))
    paths = [tmp_path / f"r{n:02d}.yaml" for n in range(FILES)]
    checked = list(apart.checked_in_order(paths, _dies_in_a_helper, TODAY, apart=True))
    assert [c.problems[0].path for c in checked] == paths
    assert {c.problems[0].line for c in checked} == {os.getpid()}


def test_a_run_names_a_bad_file_the_helper_read_and_checks_every_other_route(
    web: FixtureWeb, tmp_path: Path, apart_from_a_few: None
) -> None:
    routes = tmp_path / "routes"
    for number in range(FILES):
        urls = [
            web.add(f"site{rank}.example.org", f"/r{number}/{rank}", body=html_page(f"P{rank}"))
            for rank in range(5)
        ]
        write_route(routes, f"r{number:02d}", urls)
    bad = routes / "r19.yaml"
    bad.write_text(bad.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    said = io.StringIO()
    options = app.RunOptions(
        routes_dir=routes,
        reports_dir=tmp_path / "reports",
        store="",
        resolve={f"site{rank}.example.org": "127.0.0.1" for rank in range(5)},
        progress=False,
    )
    code = app.run(options, Settings(fetch=make_fast_settings()), Console(file=said, width=200))
    assert code is Exit.BAD_INPUT  # a route file with a problem, as with one process
    assert f"{bad}:22: unknown key 'colour'" in said.getvalue()
    pages = sorted(p.stem for p in (tmp_path / "reports" / "routes").glob("*.html"))
    assert pages == [f"r{n:02d}" for n in range(FILES)]  # r19 too: built from its valid parts
