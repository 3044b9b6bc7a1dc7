"""``curator.sarif``: findings as SARIF 2.1.0, which GitHub code scanning shows on the route files.

One rule per finding kind (``dead``, ``moved``, ``changed``, ``review-overdue`` ...; the gate's
rule names for ``curator gate --sarif``), and each result located at its route file and the line
of the source's ``url:`` (a route-level finding points at line 1), so an editor sees the problem
where it has to be fixed. The run's report and the gate's verdict both become a list of
``Result`` values and are written by the same ``render``: one SARIF writer, two callers.

``partialFingerprints`` key a result on its rule, file and URL rather than its line, so code
scanning keeps one alert open for a dead source even when lines above it are edited.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from curator import __version__
from curator.report.model import Report, RouteReport
from curator.settings import DEFAULT_CONTACT
from curator.states import LinkState

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"

Level = Literal["error", "warning", "note"]

# What each finding kind means, for the rule's description; a kind not listed here still gets a
# rule, described by its own name.
RULE_TEXT: dict[str, str] = {
    LinkState.DEAD.value: "A source is dead: gone, failing, or unreachable",
    LinkState.SOFT_DEAD.value: "A source answers but its page is gone (not-found page, parked)",
    LinkState.MOVED.value: "A source redirects permanently; the route should cite the new URL",
    LinkState.BLOCKED.value: "A source refuses automated checks; a person should look",
    LinkState.SKIPPED.value: "A source was not checked on purpose (robots.txt or policy)",
    "offsite-redirect": "A source now ends on another site",
    "insecure": "A source is served over plain http",
    "changed": "A source's main content drifted from what the editor approved",
    "retitled": "A source's title changed since approval",
    "unsupported": "A source no longer supports its blurb",
    "updated-after-review": "A source was modified after the route's review",
    "review-overdue": "The route's review is overdue",
    "unknown-similar-route": "The route links to a similar route that does not exist",
    "duplicate-domain": "Several sources of the route come from one site",
    "too-few-live-sources": "The route has fewer live sources than the site's floor",
    "invalid-route": "A route file cannot be read or is invalid",
    "added-broken": "The change adds a dead or soft-dead source",
    "confirmed-broken": "A touched route cites a source confirmed dead",
    "added-offsite-redirect": "The change adds a source that ends on another site",
    "stale-unreviewed": "A source changed since approval and the review date did not move",
    "watching": "A source is failing, not yet confirmed dead",
}
_NOTES = frozenset({"insecure", "duplicate-domain", LinkState.SKIPPED.value})
_LOCATED = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<message>.+)$", re.DOTALL)


@dataclass(frozen=True)
class Result:
    """One finding at one place: what SARIF calls a result."""

    rule: str
    level: Level
    message: str
    path: Path
    line: int  # 1-based; 0 means the file as a whole and is written as line 1
    url: str | None = None  # the source concerned (already redacted), if any


def render(results: Iterable[Result], *, tool: str = "curator") -> str:
    """The SARIF log for ``results``: one run, its rules, its results, as JSON text."""
    return "".join(pieces(results, tool=tool))


def pieces(results: Iterable[Result], *, tool: str = "curator") -> Iterator[str]:
    """``render``'s text a result at a time: a large run has a result per flagged source, and
    the whole log as dicts took several times the file's size while it was encoded.

    ``results`` is read twice (the rules and their levels come first in the log): a sequence,
    or a run's ``ReportResults``, which makes them again from its routes; an iterator that can
    be read only once is held as a list."""
    if iter(results) is results:
        results = list(results)
    levels: dict[str, set[Level]] = {}
    for result in results:
        levels.setdefault(result.rule, set()).add(result.level)
    rules = sorted(levels)
    index = {rule: i for i, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool,
                        "version": __version__,
                        "informationUri": DEFAULT_CONTACT,
                        "rules": [_rule(rule, levels[rule]) for rule in rules],
                    }
                },
                "results": [],
            }
        ],
    }
    # No indent: an indented dump runs json's pure-Python encoder, which made this file the
    # costliest report of a large run (bench/README.md); code scanning reads it, not people.
    # "results" is the last key of the last object: its empty list ends the dump.
    yield _dump(log).removesuffix("[]}]}") + "["
    where: dict[Path, str] = {}  # a route file's URI once, not once per flagged source
    cwd = _absolute(Path.cwd())
    for number, result in enumerate(results):
        if result.path not in where:
            where[result.path] = uri(result.path, cwd)
        rule_index = index[result.rule]
        yield ("," if number else "") + _dump(_result(result, rule_index, where[result.path]))
    yield "]}]}\n"


# One encoder for the whole log: ``json.dumps`` with options builds a new one per call, and a
# large run dumps a result per flagged source.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dump(value: object) -> str:
    return _ENCODER.encode(value)


def from_report(report: Report) -> list[Result]:
    """Every finding of a run's report, located at its route file and source line."""
    return list(ReportResults(report))


@dataclass(frozen=True)
class ReportResults:
    """``from_report``'s results, made again each time they are read: a large run's routes
    are read back one at a time (``report.spooled``), and its results are not held either."""

    report: Report

    def __iter__(self) -> Iterator[Result]:
        for route in self.report.routes:
            if route.path is not None:
                yield from _route_results(route, Path(route.path))
        for problem in self.report.problems:  # "file:line: message", as the catalog words it
            match = _LOCATED.match(problem)
            if match is not None:
                yield Result(
                    "invalid-route",
                    "error",
                    match["message"],
                    Path(match["path"]),
                    int(match["line"]),
                )


def _route_results(route: RouteReport, path: Path) -> Iterable[Result]:
    by_rank = {source.rank: source for source in route.sources}
    for finding in route.findings:
        source = by_rank.get(finding.rank) if finding.rank is not None else None
        level: Level = "note" if finding.code in _NOTES else "warning"
        if source is not None and source.state.is_broken and finding.code == source.state.value:
            level = "error" if source.confirmed else "warning"
        yield Result(
            rule=finding.code,
            level=level,
            message=f"{route.slug}: {finding.message}",
            path=path,
            line=(source.line or 1) if source is not None else 1,
            url=source.url if source is not None else None,
        )


def uri(path: Path, cwd: Path | None = None) -> str:
    """Repository-relative (the working directory is the repository's root in CI), with forward
    slashes and percent-encoding, as SARIF's ``artifactLocation.uri`` wants. The path is made
    absolute without following symlinks: a route file is named where it stands, and a symlink
    that loops (reported as a problem) must not stop the report. ``cwd``, the working directory
    made absolute so (``_absolute``), can be passed in when many paths are made relative."""
    try:
        shown = _absolute(path).relative_to(cwd or _absolute(Path.cwd())).as_posix()
    except ValueError:
        shown = path.as_posix()
    return quote(shown, safe="/:")


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _rule(rule: str, levels: set[Level]) -> dict[str, object]:
    """A rule's entry; its default level is the worst of its results' ``levels``."""
    text = RULE_TEXT.get(rule, rule.replace("-", " ").capitalize())
    level = next(lv for lv in ("error", "warning", "note") if lv in levels)
    return {
        "id": rule,
        "name": "".join(part.capitalize() for part in rule.split("-")),
        "shortDescription": {"text": text},
        "help": {"text": f"{text}. See the curator report (reports/index.html) for details."},
        "defaultConfiguration": {"level": level},
    }


def _result(result: Result, rule_index: int, where: str) -> dict[str, object]:
    key = f"{result.rule}\0{where}\0{result.url or ''}".encode()
    out: dict[str, object] = {
        "ruleId": result.rule,
        "ruleIndex": rule_index,
        "level": result.level,
        "message": {"text": result.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": where},
                    "region": {"startLine": max(1, result.line)},
                }
            }
        ],
        "partialFingerprints": {"curatorFinding/v1": hashlib.sha256(key).hexdigest()[:32]},
    }
    if result.url is not None:
        out["properties"] = {"url": result.url}
    return out
