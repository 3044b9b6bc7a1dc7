"""Reading a clean route file with libyaml, for checks: the document ruamel would build, sooner.

Loading the catalog (``validate``, the start of every run) needs values and their lines, not
comments. ruamel's pure-Python parser read each file twice (the structure scan, then the round-trip
load), and with thousands of routes that was most of the wait before the first request
(bench/README.md, "Route catalog loading"). This reader walks libyaml's event stream once, does the
same structure scan on the way, and builds the same CommentedMap/CommentedSeq with the same ``.lc``
positions the checker reads (keys, list items, where each collection starts; a mapping value's own
position is libyaml's, which differs for an empty value, and nothing that checks a route reads it).
Scalars are typed by ruamel's own YAML 1.2 resolver and constructors, so ``yes`` stays text and
``2026-02-30`` an InvalidDate, as before.

It only ever decides clean files. Anything the scan reports (a syntax error, anchor, alias, tag,
nesting or size over the caps, a second document, a duplicate key) and any YAML the two parsers
might read differently (a ``%YAML``/``%TAG`` directive, a ``...`` document end, an empty key,
tabs, NEL/LS/PS line breaks, characters ruamel refuses, merge keys) returns None, and the caller
reads the file with ruamel as before: every problem message still comes from one place, and a
hostile file costs what it did (the scan below stops at the same caps).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.reader import Reader

from curator.catalog.document import MAX_DEPTH, MAX_NODES, new_yaml

try:
    import yaml as _pyyaml  # type: ignore[import-untyped]  # PyYAML ships no type hints

    _LOADER: Any = _pyyaml.CSafeLoader if _pyyaml.__with_libyaml__ else None
    _SCALAR: Any = _pyyaml.ScalarEvent
    _MAPPING_START, _MAPPING_END = _pyyaml.MappingStartEvent, _pyyaml.MappingEndEvent
    _SEQUENCE_START, _SEQUENCE_END = _pyyaml.SequenceStartEvent, _pyyaml.SequenceEndEvent
except (ImportError, AttributeError):
    _LOADER = None

AVAILABLE = _LOADER is not None
"""Whether libyaml is there; without it every file takes the ruamel path (same results, slower)."""

_READ_APART = re.compile("[\t\x85\u2028\u2029]")
"""Characters the two parsers treat differently: NEL, LS and PS break lines for libyaml (YAML
1.1) but not for ruamel (1.2), and ruamel refuses some tabs that libyaml accepts."""

_BLOCK_HEADER_COMMENT = re.compile(r"[|>][-+0-9]*#")
"""A block scalar header touching a comment (``>#``): libyaml reads it, ruamel refuses it."""

_TAG_PREFIX = "tag:yaml.org,2002:"
_TYPED_TAGS = {"null", "bool", "int", "float", "timestamp"}
"""Implicit types a route file may hold. Others (merge ``<<``, ``=``) change how a mapping is
built, so those files are left to ruamel."""


@dataclass(frozen=True)
class CleanDocument:
    """A file libyaml read with nothing to report: the document, None for an empty file."""

    document: Any


class _Undecided(Exception):
    """The file needs the ruamel reader: it has a problem to report, or YAML not mapped here."""


def read_clean(text: str) -> CleanDocument | None:
    """The document in ``text`` if it is clean YAML this reader maps exactly, else None."""
    if _LOADER is None or Reader.NON_PRINTABLE.search(text):
        return None
    if _READ_APART.search(text) or _BLOCK_HEADER_COMMENT.search(text):
        return None
    try:
        return CleanDocument(_Builder(_scalar_typer()).build(text))
    except _Undecided:
        return None
    except _pyyaml.YAMLError:
        return None


@dataclass
class _Mapping:
    data: CommentedMap
    seen: set[str]
    key: Any = None
    key_mark: Any = None
    expect_key: bool = True


@dataclass
class _Sequence:
    data: CommentedSeq


class _Builder:
    """One file's events to one document, refusing what ruamel's structure scan would flag."""

    def __init__(self, typer: Callable[[Any], Any]) -> None:
        self.typer = typer
        self.stack: list[_Mapping | _Sequence] = []
        self.nodes = 0
        self.root: Any = None

    def build(self, text: str) -> Any:
        # Dispatch on the exact event class (libyaml makes no subclasses of its own): a chain
        # of isinstance tests per event was a fifth of reading a clean file.
        documents = 0
        for event in _pyyaml.parse(text, Loader=_LOADER):
            kind = type(event)
            if kind is _SCALAR or kind is _MAPPING_START or kind is _SEQUENCE_START:
                self.node(event, kind)
            elif kind is _MAPPING_END or kind is _SEQUENCE_END:
                self.stack.pop()
            elif kind is _pyyaml.DocumentStartEvent:
                documents += 1
                if documents > 1 or event.version is not None or event.tags:
                    raise _Undecided
            elif kind is _pyyaml.DocumentEndEvent:
                if event.explicit:  # ruamel reads what follows "..." more strictly
                    raise _Undecided
            elif kind is not _pyyaml.StreamStartEvent and kind is not _pyyaml.StreamEndEvent:
                raise _Undecided  # an alias, or an event this reader does not know
        return self.root

    def node(self, event: Any, kind: type) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES or event.anchor is not None or event.tag is not None:
            raise _Undecided
        if kind is not _SCALAR and len(self.stack) >= MAX_DEPTH:
            raise _Undecided
        mark = event.start_mark
        if kind is _MAPPING_START:
            value: Any = CommentedMap()
            value._yaml_set_line_col(mark.line, mark.column)
        elif kind is _SEQUENCE_START:
            value = CommentedSeq()
            value._yaml_set_line_col(mark.line, mark.column)
        else:
            value = self.typer(event)
        self.place(event, value, mark)
        if kind is _MAPPING_START:
            self.stack.append(_Mapping(value, set()))
        elif kind is _SEQUENCE_START:
            self.stack.append(_Sequence(value))

    def place(self, event: Any, value: Any, mark: Any) -> None:
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        if isinstance(parent, _Sequence):
            parent.data._yaml_set_idx_line_col(len(parent.data), [mark.line, mark.column])
            parent.data.append(value)
        elif parent.expect_key:
            if type(event) is not _SCALAR or event.value in parent.seen:
                raise _Undecided
            if event.value == "" and event.implicit[0]:  # the parsers place an empty key apart
                raise _Undecided
            if value in parent.data:  # distinct text, same key (1 and 0x1): ruamel's to judge
                raise _Undecided
            parent.seen.add(event.value)
            parent.key, parent.key_mark = value, mark
            parent.expect_key = False
        else:
            key_mark = parent.key_mark
            lines = [key_mark.line, key_mark.column, mark.line, mark.column]
            parent.data._yaml_set_kv_line_col(parent.key, lines)
            parent.data[parent.key] = value
            parent.expect_key = True


_local = threading.local()


def _scalar_typer() -> Callable[[Any], Any]:
    """This thread's scalar typer (ruamel's resolver and constructor are not shared)."""
    typer = getattr(_local, "typer", None)
    if typer is None:
        typer = _local.typer = _make_typer()
    return typer


def _make_typer() -> Callable[[Any], Any]:
    """Types plain scalars with ruamel's YAML 1.2 rules and the route files' own constructor."""
    loader: YAML = new_yaml()
    # ruamel's implicit rules for YAML 1.2, by first character, as its resolve() walks them
    # (those for that character, then those for any): put together once here, since resolve()
    # works out the version again for every scalar, and most plain scalars (names, URLs,
    # sentences) start with a character no rule is for.
    rules = loader.resolver.versioned_resolver
    anywhere = tuple(rules.get(None, ()))
    by_first = {first: (*found, *anywhere) for first, found in rules.items() if first is not None}
    constructor = loader.constructor
    construct = {
        "null": constructor.construct_yaml_null,
        "bool": constructor.construct_yaml_sbool,
        "int": constructor.construct_yaml_int,
        "float": constructor.construct_yaml_float,
        "timestamp": constructor.construct_yaml_timestamp,
    }
    str_tag = _TAG_PREFIX + "str"

    def typed(event: Any) -> Any:
        text = event.value
        if not event.implicit[0]:  # quoted or block scalar: always text
            return text
        found = by_first.get(text[:1], anywhere)
        tag = next((tag for tag, rule in found if rule.match(text)), str_tag) if found else str_tag
        if tag == str_tag:
            return text
        name = tag.removeprefix(_TAG_PREFIX)
        if name not in _TYPED_TAGS:
            raise _Undecided
        try:
            return construct[name](ScalarNode(tag, text))
        except Exception as exc:  # a value ruamel would refuse: its message, not ours
            raise _Undecided from exc

    return typed
