"""The command around the fix plan: load, plan from the store, show the diff or write it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rich.console import Console

from curator.assess.baseline import BaselineError, RouteBaseline, load_baseline
from curator.catalog import RouteFileError, format_problems, load_catalog
from curator.exitcodes import Exit
from curator.fix.edit import CannotEdit, fixed_text, unified_diff
from curator.fix.plan import Fix, FixKind, plan_fixes
from curator.report.files import write_atomic
from curator.session.core import store_url
from curator.settings import Settings
from curator.store.interface import StoreError
from curator.store.open import open_store


@dataclass(frozen=True)
class FixOptions:
    routes_dir: Path = Path("routes")
    only: Sequence[str] = ()
    store: str | None = None  # None: the settings' store
    write: bool = False  # False: print the diff and change nothing
    now: bool = False  # a move seen in one run is enough


def fix_routes(options: FixOptions, settings: Settings, out: TextIO, console: Console) -> Exit:
    """Exit 0 nothing to fix or fixes written, 1 fixes shown (not written), 2 bad input.

    Route files with problems are reported and left alone; the others are still fixed.
    """
    if not options.routes_dir.is_dir():
        return _bad(console, f"{options.routes_dir}: not a directory of route files")
    location = store_url(settings, options.store)
    if not location:
        return _bad(console, "curator fix reads the state store: pass --store PATH")
    if "://" not in location and not Path(location).expanduser().exists():
        return _bad(console, f"{location}: no state store there; run `curator run` first")
    catalog = load_catalog(options.routes_dir, only=list(options.only) or None)
    bad_input = bool(catalog.problems)
    if catalog.problems:
        console.print(format_problems(catalog.problems), markup=False, soft_wrap=True)
    routes = list(catalog.routes.values())
    baselines: dict[str, RouteBaseline] = {}
    for route in routes:
        try:
            if (baseline := load_baseline(route.path.parent, route.slug)) is not None:
                baselines[route.slug] = baseline
        except BaselineError as exc:
            console.print(str(exc), markup=False, soft_wrap=True)
            bad_input = True
    try:
        store = open_store(location)
        try:
            plan = plan_fixes(routes, store, settings, baselines, min_runs=1 if options.now else 2)
        finally:
            store.close()
    except StoreError as exc:
        return _bad(console, f"curator fix: {exc}")
    changed = 0
    for slug, fixes in plan.items():
        path = catalog.routes[slug].path
        try:
            before, after = fixed_text(path, fixes)
        except (CannotEdit, RouteFileError) as exc:
            console.print(str(exc), markup=False, soft_wrap=True)
            bad_input = True
            continue
        if before == after:
            continue
        changed += 1
        for item in fixes:
            console.print(f"{slug}: {_describe(item)}", markup=False, soft_wrap=True)
        if options.write:
            write_atomic(path, after)
        else:
            out.write(unified_diff(path, before, after))
    if options.write and changed:
        console.print(f"{changed} route file(s) fixed; review with `git diff` and commit")
    elif changed:
        console.print(f"{changed} route file(s) to fix; `curator fix --write` applies this diff")
    else:
        console.print("nothing to fix")
    if bad_input:
        return Exit.BAD_INPUT
    return Exit.FAILED if changed and not options.write else Exit.OK


def _describe(item: Fix) -> str:
    if item.kind is FixKind.MOVED:
        return f"#{item.rank} {item.name}: url {item.url} -> {item.value} ({item.why})"
    return f"#{item.rank} {item.name}: archived: {item.value} ({item.why})"


def _bad(console: Console, message: str) -> Exit:
    console.print(message, markup=False, soft_wrap=True)
    return Exit.BAD_INPUT
