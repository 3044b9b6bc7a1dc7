"""What a change does to the routes: which route files it touches, which sources it adds or alters.

The gate is about the change, so this is where "the change" is defined. With a git revision the
base is that revision and the change is everything since, committed or not (``git diff REV``
compares against the working tree; untracked route files count as new). Without one, the named
files are the change as a whole: every source in them is judged as if just added, the strict
reading, since there is nothing to compare with.

Git is run as a subprocess: it is what CI already has, and its own rules (renames, ``.gitignore``,
relative paths) are then exactly the ones the editor sees.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from curator.catalog.check import check_route
from curator.catalog.document import parse_route_text
from curator.catalog.load import ROUTE_SUFFIXES
from curator.catalog.model import Route

_GIT_TIMEOUT = 60.0
_REVIEWED_KEY = re.compile(r"^reviewed\s*:")


class GitError(Exception):
    """Git could not answer (not a repository, unknown revision, git missing); says which."""


@dataclass(frozen=True)
class TouchedFiles:
    """Route files a change touches: those still present (to gate) and those it deletes."""

    present: tuple[Path, ...]
    deleted: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RouteChange:
    """How one touched route differs from its base version.

    ``changed_urls`` are the sources the change adds or alters (a new URL, or a new name or
    blurb for a URL that was there): these are checked live and judged strictly.
    ``reviewed_moved`` says the editor moved ``reviewed:`` forward, i.e. claims to have checked
    the summary and blurbs again, which is what excuses content drift.
    """

    route: Route
    changed_urls: frozenset[str]
    reviewed_moved: bool
    new_file: bool
    reviewed_line: int  # where to point an annotation about the review date


def changed_route_files(routes_dir: Path, rev: str) -> TouchedFiles:
    """Route files in ``routes_dir`` that differ from ``rev`` (working tree included)."""
    verify_revision(routes_dir, rev)
    diff = _git(routes_dir, "diff", "--name-only", "--no-renames", "--relative", rev, "--", ".")
    untracked = _git(routes_dir, "ls-files", "--others", "--exclude-standard", "--", ".")
    names = sorted({n for n in (*diff.splitlines(), *untracked.splitlines()) if _is_route(n)})
    present = tuple(routes_dir / n for n in names if (routes_dir / n).exists())
    deleted = tuple(routes_dir / n for n in names if not (routes_dir / n).exists())
    return TouchedFiles(present=present, deleted=deleted)


def verify_revision(routes_dir: Path, rev: str) -> None:
    """Fail early and clearly on a typo'd revision, before any diff is attempted."""
    try:
        _git(routes_dir, "rev-parse", "--verify", "--end-of-options", f"{rev}^{{commit}}")
    except GitError as exc:
        raise GitError(
            f"'{rev}' is not a commit in the git repository at {routes_dir}: {exc}"
        ) from exc


def base_text(path: Path, rev: str) -> str | None:
    """The route file as it was at ``rev``; None if it did not exist there."""
    try:
        return _git(path.parent, "show", f"{rev}:./{path.name}")
    except GitError:
        return None


def describe(route: Route, base: str | None, *, compared: bool, today: date) -> RouteChange:
    """Compare a route with its base text. ``compared=False``: no base asked for (named files).

    A base that no longer parses as a route counts as absent: every source is then new, which
    errs on the strict side.
    """
    text = _read(route.path)
    line = _reviewed_line(text)
    everything = frozenset(s.url for s in route.sources)
    if not compared:
        return RouteChange(
            route, everything, reviewed_moved=False, new_file=False, reviewed_line=line
        )
    old = _parse(base, route.path, today) if base is not None else None
    if old is None:
        return RouteChange(
            route, everything, reviewed_moved=True, new_file=True, reviewed_line=line
        )
    before = {s.url: (s.name, s.blurb) for s in old.sources}
    changed = frozenset(
        s.url for s in route.sources if before.get(s.url) not in (None, (s.name, s.blurb))
    ) | frozenset(s.url for s in route.sources if s.url not in before)
    moved = route.reviewed is not None and (old.reviewed is None or route.reviewed > old.reviewed)
    return RouteChange(route, changed, reviewed_moved=moved, new_file=False, reviewed_line=line)


def _parse(text: str, path: Path, today: date) -> Route | None:
    parsed = parse_route_text(text, path)
    if parsed.document is None:
        return None
    return check_route(parsed.document, path, today).route


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def _reviewed_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if _REVIEWED_KEY.match(line):
            return number
    return 1


def _is_route(name: str) -> bool:
    path = Path(name)
    return "/" not in name and path.suffix in ROUTE_SUFFIXES and not path.name.startswith(".")


def _git(cwd: Path, *args: str) -> str:
    command = ["git", *args]
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError as exc:
        raise GitError("git is not installed or not on PATH") from exc
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"{' '.join(command)} in {cwd}: {exc}") from exc
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        reason = detail[-1] if detail else f"exit status {done.returncode}"
        raise GitError(reason.removeprefix("fatal: "))
    return done.stdout
