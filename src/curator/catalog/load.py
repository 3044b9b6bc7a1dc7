"""Loading the route catalog: every file checked, one bad file never stopping the rest."""

from __future__ import annotations

import errno
import io
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from curator.catalog.check import SOURCES_PER_ROUTE, CheckedRoute, check_route
from curator.catalog.document import ParsedFile, parse_route_text, read_text
from curator.catalog.libyaml_reader import read_clean
from curator.catalog.model import Route
from curator.catalog.problems import Problem
from curator.spool import SpooledSequence

# A route file's name ends in one of these, in lower case: the slug is the file's stem and the
# site's URLs are lower case. A name ending in another case (``back-pain.YAML``) is reported by
# name rather than silently skipped, so an editor never believes a route is checked when it is not.
ROUTE_SUFFIXES = (".yaml", ".yml")
WRONG_SUFFIX = "not read: a route file's name ends in lower-case .yaml or .yml"


@dataclass(frozen=True)
class Catalog:
    """The routes that could be loaded (by slug, sorted) and every problem found on the way.

    A route with problems may still be present, built from its valid parts, so the nightly run
    keeps checking what it can; the publishing gate fails on ``problems`` regardless.
    """

    routes: Mapping[str, Route] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()

    def ordered(self) -> Sequence[Route]:
        """The routes in slug order; kept on disk, they are read back one at a time."""
        if isinstance(self.routes, RoutesOnDisk):
            return self.routes.ordered
        return list(self.routes.values())


class RoutesOnDisk(Mapping[str, Route]):
    """Routes by slug, each kept on disk as it is read (``curator.spool.SpooledSequence``) and
    read back when asked for: a large run's driver held every route's model and strings from
    the start of its fetch to the end of its reports (about 0.8 KiB a link; bench/README.md,
    "The tree's peak at 50,000"). Pickled, not dumped as JSON: a source's line is left out of
    the models' dumps.

    Each source's URL is held once, here, and every route read back shares it (pickle's
    documented persistent IDs): the run holds a link's URL from its plan to its end anyway,
    and the plan, the wants and the early reports, each reading the routes once, would
    otherwise hold a copy each (bench/README.md has the figures).
    """

    def __init__(self) -> None:
        self._at: dict[str, int] = {}
        self._urls: list[str] = []
        self._url_at: dict[str, int] = {}  # while routes are added
        # the spool's functions hold the URL tables, not this mapping: bound methods would make
        # a cycle (mapping -> spool -> method -> mapping) that only the cycle collector frees,
        # and a long-running scheduler freezes the heap after loading the catalog
        self.ordered: SpooledSequence[Route] = SpooledSequence(
            partial(_dump_route, self._url_at), partial(_load_route, self._urls)
        )

    def add(self, slug: str, route: Route) -> None:
        for source in route.sources:
            if source.url not in self._url_at:
                self._url_at[source.url] = len(self._urls)
                self._urls.append(source.url)
        self._at[slug] = len(self.ordered)
        self.ordered.append(route)

    def done(self) -> None:
        """Every route is in: what finds a URL's number is let go (reading needs only the
        numbers' list)."""
        self._url_at.clear()

    def __getitem__(self, slug: str) -> Route:
        return self.ordered[self._at[slug]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def _dump_route(numbers: Mapping[str, int], route: Route) -> bytes:
    out = io.BytesIO()
    _UrlPickler(out, numbers).dump(route)
    return out.getvalue()


def _load_route(urls: list[str], data: str | bytes) -> Route:
    assert isinstance(data, bytes)  # as SQLite hands a blob back
    route = _UrlUnpickler(io.BytesIO(data), urls).load()
    assert isinstance(route, Route)
    return route


class _UrlPickler(pickle.Pickler):
    """Writes a known URL as its number (pickle's persistent IDs), not as its text."""

    def __init__(self, out: io.BytesIO, numbers: Mapping[str, int]) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self._numbers = numbers

    def persistent_id(self, obj: object) -> int | None:
        return self._numbers.get(obj) if type(obj) is str else None


class _UrlUnpickler(pickle.Unpickler):
    """Reads a URL's number back as the one string held for it."""

    def __init__(self, data: io.BytesIO, urls: Sequence[str]) -> None:
        super().__init__(data)
        self._urls = urls

    def persistent_load(self, pid: object) -> str:
        assert isinstance(pid, int)
        return self._urls[pid]


def load_route(path: Path, *, today: date | None = None) -> tuple[Route | None, list[Problem]]:
    """Load one route file. The Route is None only when the file is unusable as a whole."""
    checked = _check_file(path, today or date.today())
    return checked.route, sorted(checked.problems)


def load_catalog(
    routes_dir: Path,
    only: Sequence[str] | None = None,
    *,
    today: date | None = None,
    spool_from: int | None = None,
) -> Catalog:
    """Load the routes in ``routes_dir`` (or just the slugs in ``only``).

    ``only`` takes slugs or route file paths (what ``git diff --name-only`` prints), so CI can
    check just what a change touches. Links to similar routes are checked against every route
    file present, since a touched route may point at one that was not touched.

    From ``spool_from`` routes on, each route is kept on disk as soon as it is read
    (``RoutesOnDisk``), so the whole catalog is never in memory at once.
    """
    when = today or date.today()
    problems: list[Problem] = []
    if not routes_dir.is_dir():
        return Catalog(problems=(Problem(routes_dir, 0, "routes directory not found"),))
    files, listing_problems = _route_files(routes_dir)
    selected = files
    if only is None:
        problems.extend(listing_problems)
    else:
        wanted = {_slug_of(entry) for entry in only}
        selected = {slug: path for slug, path in files.items() if slug in wanted}
        problems.extend(p for p in listing_problems if p.path.stem in wanted)
        problems.extend(
            Problem(routes_dir, 0, f"no route file for slug '{slug}'")
            for slug in sorted(wanted - files.keys() - {p.path.stem for p in listing_problems})
        )
    routes: dict[str, Route] = {}
    kept = RoutesOnDisk() if spool_from is not None and len(selected) >= spool_from else None
    for slug, path in sorted(selected.items()):
        checked = _check_file(path, when)
        problems.extend(checked.problems)
        problems.extend(_unknown_similar(checked, path, files))
        if checked.route is None:
            continue
        if kept is not None:
            kept.add(slug, checked.route)
        else:
            routes[slug] = checked.route
    if kept is not None:
        kept.done()
    return Catalog(routes=routes if kept is None else kept, problems=tuple(sorted(problems)))


def unknown_slugs(routes_dir: Path, only: Sequence[str]) -> list[str]:
    """The entries of ``only`` (slugs or route file names) with no route file in ``routes_dir``.

    With no entries the folder is not listed: every run asks before its workers start, and a
    listing of thousands of route files is time the workers' start waits for."""
    if not only:
        return []
    files, _ = _route_files(routes_dir) if routes_dir.is_dir() else ({}, [])
    return [entry for entry in only if _slug_of(entry) not in files]


def most_links(routes_dir: Path, only: Sequence[str] | None = None) -> int:
    """At most how many links a run of these routes fetches, known before any file is read
    (a route cites exactly ``SOURCES_PER_ROUTE`` sources): enough to choose how to run it."""
    if not routes_dir.is_dir():
        return 0
    files, _ = _route_files(routes_dir)
    if only is not None:
        wanted = {_slug_of(entry) for entry in only}
        files = {slug: path for slug, path in files.items() if slug in wanted}
    return len(files) * SOURCES_PER_ROUTE


def validate(routes_dir: Path, *, today: date | None = None) -> list[Problem]:
    """Every problem in the catalog, offline, sorted by file then line. Empty means valid.

    A folder with no route file at all is a problem too: "valid" would pass by accident when
    the command was pointed at the wrong folder.
    """
    catalog = load_catalog(routes_dir, today=today)
    if routes_dir.is_dir() and not catalog.routes and not catalog.problems:
        return [Problem(routes_dir, 0, f"no route files in {routes_dir} (*.yaml or *.yml)")]
    return list(catalog.problems)


def validate_files(paths: Sequence[Path], *, today: date | None = None) -> list[Problem]:
    """Every problem in the named route files; ``similar`` slugs are looked up beside each file."""
    problems: list[Problem] = []
    by_folder: dict[Path, list[str]] = {}
    for path in paths:
        if path.suffix.lower() not in ROUTE_SUFFIXES:
            problems.append(Problem(path, 0, "not a route file (.yaml or .yml)"))
        elif path.suffix not in ROUTE_SUFFIXES:
            problems.append(Problem(path, 0, WRONG_SUFFIX))
        elif not path.is_file():
            problems.append(Problem(path, 0, "no such route file"))
        else:
            by_folder.setdefault(path.parent, []).append(path.name)
    for folder, names in by_folder.items():
        problems.extend(load_catalog(folder, only=names, today=today).problems)
    return sorted(problems)


def _check_file(path: Path, today: date) -> CheckedRoute:
    parsed = _read(path)
    if parsed.document is None and parsed.problems:
        return CheckedRoute(None, tuple(parsed.problems), ())
    checked = check_route(parsed.document, path, today)
    return CheckedRoute(checked.route, (*parsed.problems, *checked.problems), checked.similar)


def _read(path: Path) -> ParsedFile:
    """Read one file for checking: libyaml when the file is clean, ruamel for everything else.

    Both give the same document and lines (see libyaml_reader); only ruamel reports problems,
    so each message has one source.
    """
    text, problems = read_text(path)
    if text is None:
        return ParsedFile(problems=problems)
    clean = read_clean(text)
    if clean is not None:
        return ParsedFile(document=clean.document)
    return parse_route_text(text, path)


def _unknown_similar(
    checked: CheckedRoute, path: Path, known: Mapping[str, Path]
) -> Iterable[Problem]:
    for ref in checked.similar:
        if ref.slug not in known:
            yield Problem(path, ref.line, f"similar: no route file for '{ref.slug}'")


def _route_files(routes_dir: Path) -> tuple[dict[str, Path], list[Problem]]:
    """Route files by slug, refusing anything that would read outside ``routes_dir``.

    Hidden files are skipped: editors' lock and swap files (``.#back-pain.yaml``) are not routes.
    """
    root = routes_dir.resolve()
    files: dict[str, Path] = {}
    problems: list[Problem] = []
    candidates = sorted(
        path
        for path in routes_dir.iterdir()
        if path.suffix.lower() in ROUTE_SUFFIXES and not path.name.startswith(".")
    )
    for path in candidates:
        if path.suffix not in ROUTE_SUFFIXES:
            problems.append(Problem(path, 0, WRONG_SUFFIX))
            continue
        if path.is_symlink() and _loops(path):
            problems.append(Problem(path, 1, "symlink loops back on itself; not read"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(
                Problem(path, 0, "symlink points outside the routes directory; not read")
            )
            continue
        if path.stem in files:
            problems.append(
                Problem(path, 0, f"route '{path.stem}' is also defined by {files[path.stem].name}")
            )
            continue
        files[path.stem] = path
    return files, problems


def _loops(path: Path) -> bool:
    """A symlink to itself (or a ring of them): resolving it would raise, not end."""
    try:
        path.resolve()
    except RuntimeError:  # Python 3.11 and 3.12 say "Symlink loop" so
        return True
    except OSError as exc:  # later versions raise ELOOP
        return exc.errno == errno.ELOOP
    return False


def _slug_of(entry: str) -> str:
    path = Path(entry)
    return path.stem if path.suffix in ROUTE_SUFFIXES else entry
