"""A problem found in a route file, pointing at the exact line an editor has to change."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Control characters, shown as \xNN: a file name or a quoted value carrying ESC or a newline
# must not recolour a terminal, or forge another "file:line: message" line in CI logs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the routes, located as ``file:line`` so editors and CI can jump to it.

    Field order makes the natural sort "by file, then by line", which is how people read a list
    of problems. Line 0 means the problem concerns the file (or the routes directory) as a whole,
    e.g. a file that is too large to read or a requested slug that has no file.
    """

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        where = str(self.path) if self.line <= 0 else f"{self.path}:{self.line}"
        return _CONTROL.sub(_shown, f"{where}: {self.message}")


def _shown(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def format_problems(problems: Sequence[Problem]) -> str:
    """The text ``curator validate`` prints: one ``file:line: message`` per line, then a tally.

    One problem per line keeps the output greppable and lets CI annotate the right line; the
    closing tally tells a person at a glance how much is left to fix.
    """
    if not problems:
        return "routes are valid: no problems found"
    files = len({problem.path for problem in problems})
    lines = [str(problem) for problem in sorted(problems)]
    noun = "problem" if len(problems) == 1 else "problems"
    where = "file" if files == 1 else "files"
    lines.append(f"{len(problems)} {noun} in {files} {where}")
    return "\n".join(lines)
