"""Which line of a TOML file a settings key sits on, for error messages that say ``file:line``.

``tomllib`` keeps no positions, so this is a plain scan of the text: table headers (``[a.b]``),
arrays of tables (``[[a.b]]``, counted so the third ``[[policy.exclude]]`` is index 2) and
``key = value`` lines, each giving the key path it defines. A pydantic error's location is
matched against those paths and the deepest one that is a prefix of it wins: an unknown or bad
key points at its own line, a missing key at its table's header. A multi-line string or array
is read as its first line only, which is where the key is. Chosen over a TOML library that
keeps positions (tomlkit) because errors are all we need positions for, and this scan is
enough for the files operators write.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=")

Location = Sequence[str | int]


def _split(dotted: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in dotted.split("."))


def key_paths(text: str) -> list[tuple[int, tuple[str | int, ...]]]:
    """(line number, key path) for every header and key line of ``text``."""
    found: list[tuple[int, tuple[str | int, ...]]] = []
    table: tuple[str | int, ...] = ()
    counts: dict[tuple[str, ...], int] = {}
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = False
            continue
        header = _HEADER.match(line)
        if header is not None:
            name = _split(header.group(2))
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                table = (*name, counts[name])
            else:
                table = name
            found.append((number, table))
            continue
        key = _KEY.match(line)
        if key is not None:
            found.append((number, (*table, *_split(key.group(1)))))
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = True
    return found


def line_of(text: str, location: Location) -> int:
    """The line defining the longest prefix of ``location``; 0 when nothing matches."""
    wanted = tuple(location)
    best, best_depth = 0, 0
    for number, path in key_paths(text):
        depth = len(path)
        if depth > best_depth and wanted[:depth] == path:
            best, best_depth = number, depth
    return best
