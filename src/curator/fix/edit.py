"""Applying fixes to a route file's text: a ruamel round trip that touches only what changes.

The file is loaded as a round-trip document (comments, key order, quoting and layout kept),
changed, and dumped again. Before anything is changed the untouched document is dumped once
and compared with the file: if ruamel cannot reproduce the file exactly (a layout it normalises),
the fix is refused for that file rather than rewriting lines the editor did not ask about.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from io import StringIO
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

from curator.catalog.document import load_route_document, new_yaml
from curator.fix.plan import Fix, FixKind


class CannotEdit(ValueError):
    """The file cannot take the fix without other lines changing; the message says why."""


def fixed_text(path: Path, fixes: Sequence[Fix]) -> tuple[str, str]:
    """(the file's text now, its text with ``fixes`` applied). Raises CannotEdit."""
    original = path.read_text(encoding="utf-8")
    document = load_route_document(path)
    if _dump(document) != original:
        raise CannotEdit(
            f"{path}: curator cannot rewrite this file without changing other lines "
            "(its layout is not one ruamel reproduces); apply the fixes by hand"
        )
    sources = document.get("sources")
    if not isinstance(sources, CommentedSeq):
        raise CannotEdit(f"{path}: has no list of sources")
    for fix in fixes:
        item = _source_item(sources, fix.url)
        if item is None:
            raise CannotEdit(f"{path}: no source with url {fix.url} any more")
        if fix.kind is FixKind.MOVED:
            old = item["url"]
            item["url"] = type(old)(fix.value) if isinstance(old, ScalarString) else fix.value
        elif "archived" not in item:
            item.insert(list(item).index("url") + 1, "archived", fix.value)
    return original, _dump(document)


def unified_diff(path: Path, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


def _source_item(sources: CommentedSeq, url: str) -> CommentedMap | None:
    for item in sources:
        if isinstance(item, CommentedMap) and str(item.get("url", "")).strip() == url:
            return item
    return None


def _dump(document: CommentedMap) -> str:
    buffer = StringIO()
    new_yaml().dump(document, buffer)
    return buffer.getvalue()
