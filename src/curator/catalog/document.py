"""Reading a route file into a round-trip YAML document, refusing anything hostile.

Everything that touches YAML syntax lives here, so that the checker works on plain values with
line numbers, and ``curator approve`` can later edit a file in place (``reviewed:``) with the
very same parser and keep every comment the editors wrote.

Route files are small, flat and written by people, so the reader is deliberately narrow:
no anchors or aliases (which is also what makes "billion laughs" expansion impossible), no
custom tags, no deep nesting, one document, at most ``MAX_BYTES``, UTF-8 only.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
)
from ruamel.yaml.reader import ReaderError

from curator.catalog.problems import Problem

MAX_BYTES = 1_000_000
"""Largest route file read. Real ones are a few kilobytes; more is a mistake or an attack."""

MAX_DEPTH = 6
"""Deepest nesting accepted. A route needs three levels (route, sources list, one source)."""

MAX_NODES = 1_000
"""Most values (keys, scalars, lists) accepted. A route has about 30; the cap bounds the work
(and the number of problems) a hostile file can cause, whatever its shape."""

_CORE_TAG_PREFIX = "tag:yaml.org,2002:"


class InvalidDate(str):
    """A scalar that looks like a date but is not one (2026-02-30).

    YAML would raise an error without a line number; keeping the text lets the checker report
    it at the right line like any other wrong value.
    """


class _Constructor(RoundTripConstructor):
    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return InvalidDate(node.value)


_Constructor.add_default_constructor("timestamp")


class RouteFileError(Exception):
    """A route file that cannot be used as a document; ``problems`` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)


@dataclass
class ParsedFile:
    """What reading one route file gave: the document (None if unusable) and its problems."""

    document: Any = None
    problems: list[Problem] = field(default_factory=list)


def new_yaml() -> YAML:
    """A round-trip parser/dumper configured the way route files are written.

    A new instance per call: ruamel's YAML objects keep parsing state and are not safe to share
    between threads.
    """
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = True  # _scan_structure reports every duplicate with its line
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap an editor's lines on save
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_route_file(path: Path) -> ParsedFile:
    """Read and parse one route file; never raises for bad content, only reports problems."""
    text, problems = read_text(path)
    if text is None:
        return ParsedFile(problems=problems)
    return parse_route_text(text, path)


def parse_route_text(text: str, path: Path) -> ParsedFile:
    """Parse route YAML, reporting syntax and structure problems at their lines."""
    scan = _scan_structure(text, path)
    problems = scan.problems
    if scan.fatal:
        return ParsedFile(problems=problems)
    try:
        document = new_yaml().load(text)
    except MarkedYAMLError as exc:
        return ParsedFile(problems=[*problems, _marked_problem(path, exc)])
    except (YAMLError, ValueError, RecursionError) as exc:
        return ParsedFile(problems=[*problems, Problem(path, 1, f"malformed YAML: {exc}")])
    return ParsedFile(document=document, problems=problems)


def load_route_document(path: Path) -> CommentedMap:
    """The route file as an editable round-trip mapping, comments and layout included.

    For commands that change a route in place (``curator approve`` setting ``reviewed:``).
    Raises RouteFileError if the file cannot be read as a mapping.
    """
    parsed = read_route_file(path)
    if not isinstance(parsed.document, CommentedMap) or parsed.problems:
        problems = parsed.problems or [Problem(path, 1, "top level must be a mapping")]
        raise RouteFileError(problems)
    return parsed.document


def save_route_document(document: CommentedMap, path: Path) -> None:
    """Write a document from load_route_document back, atomically.

    Atomic (temp file + rename) so an interrupted approve never leaves a half-written route that
    would fail the publishing gate.
    """
    buffer = StringIO()
    new_yaml().dump(document, buffer)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with contextlib.suppress(FileNotFoundError):  # the file keeps its mode (mkstemp: 0600)
            os.fchmod(fd, stat.S_IMODE(path.stat().st_mode))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    """The file as text, or None and why not (not a file, too large, not UTF-8)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [Problem(path, 0, "not a regular file; not read")]
        if info.st_size > MAX_BYTES:
            return None, [_too_large(path, info.st_size)]
        data = _read_at_most(path, MAX_BYTES + 1)
    except OSError as exc:
        return None, [Problem(path, 0, f"cannot read file: {exc.strerror or exc}")]
    if len(data) > MAX_BYTES:
        return None, [_too_large(path, len(data))]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start]
        return None, [
            Problem(path, line, f"file is not UTF-8 text (byte 0x{byte:02x} at column {column})")
        ]


def _read_at_most(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of the file, read as the kernel gives them.

    A run reads thousands of route files before its first request, one after another; a
    buffered file object would also ask each one whether it is a terminal and where it stands
    (three calls of eight), which under a sandboxed kernel's load is time the run waits.
    """
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks: list[bytes] = []
        size = 0
        while size < limit:
            chunk = os.read(fd, limit - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _too_large(path: Path, size: int) -> Problem:
    return Problem(
        path, 0, f"file is {size:,} bytes; route files are limited to {MAX_BYTES:,} bytes"
    )


_ALIAS = "YAML anchors and aliases are not allowed in route files"
_SYNTAX = "malformed YAML"


@dataclass
class _Frame:
    is_mapping: bool
    expect_key: bool = True
    seen: dict[str, int] = field(default_factory=dict)


@dataclass
class _Scan:
    problems: list[Problem] = field(default_factory=list)
    fatal: bool = False
    """True when the file must not be constructed at all (syntax, alias, tag, size of tree)."""


def _scan_structure(text: str, path: Path) -> _Scan:
    """Walk the event stream once, before anything is built from it.

    Events are flat and bounded by the text, so this pass costs time linear in the file and
    stops at the first alias, tag, runaway nesting or runaway size, before the constructor could
    expand or recurse into it. It also finds every duplicate key, where the constructor would
    stop at the first.
    """
    scan = _Scan()

    def stop(line: int, message: str) -> _Scan:
        scan.problems.append(Problem(path, line, message))
        scan.fatal = True
        return scan

    stack: list[_Frame] = []
    documents = nodes = 0
    try:
        for event in new_yaml().parse(text):
            line = _line(event)
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    return stop(line, "only one YAML document is allowed per route file")
            if isinstance(event, CollectionEndEvent):
                stack.pop()
            if not isinstance(event, NodeEvent):
                continue
            nodes += 1
            if nodes > MAX_NODES:
                return stop(line, f"too many values (over {MAX_NODES:,}); route files are small")
            fatal = _fatal_node_problem(event, len(stack))
            if fatal is not None:
                return stop(line, fatal)
            if stack and stack[-1].is_mapping:
                frame = stack[-1]
                if frame.expect_key:
                    if not isinstance(event, ScalarEvent):
                        return stop(line, "keys must be plain text, not a list or mapping")
                    first = frame.seen.setdefault(event.value, line)
                    if first != line:
                        message = f"duplicate key '{event.value}' (first at line {first})"
                        scan.problems.append(Problem(path, line, message))
                frame.expect_key = not frame.expect_key
            if isinstance(event, CollectionStartEvent):
                stack.append(_Frame(is_mapping=isinstance(event, MappingStartEvent)))
    except MarkedYAMLError as exc:
        problem = _marked_problem(path, exc)
        return stop(problem.line, problem.message)
    except ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        return stop(line, f"{_SYNTAX}: character #x{exc.character:04x} is not allowed")
    except YAMLError as exc:
        return stop(1, f"{_SYNTAX}: {exc}")
    return scan


def _fatal_node_problem(event: NodeEvent, depth: int) -> str | None:
    if isinstance(event, AliasEvent):
        return f"{_ALIAS} (found alias *{event.anchor})"
    if event.anchor is not None:
        return f"{_ALIAS} (found anchor &{event.anchor})"
    tag = getattr(event, "tag", None)
    if tag is not None:
        shown = tag.replace(_CORE_TAG_PREFIX, "!!", 1)
        return f"YAML tags are not allowed (found {shown}); write plain values"
    if isinstance(event, CollectionStartEvent) and depth >= MAX_DEPTH:
        return f"nested too deeply (over {MAX_DEPTH} levels); route files are flat"
    return None


def _line(event: Event) -> int:
    mark = event.start_mark
    return 1 if mark is None else int(mark.line) + 1


def _marked_problem(path: Path, exc: MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = 1 if mark is None else int(mark.line) + 1
    what = exc.problem or exc.context or "cannot parse"
    where = "" if mark is None else f" (column {int(mark.column) + 1})"
    return Problem(path, line, f"{_SYNTAX}: {what}{where}")
