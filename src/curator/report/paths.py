"""Where report files land: inside the reports directory, never through a link out of it."""

from __future__ import annotations

from pathlib import Path

ROUTES_DIR = "routes"


class UnsafeReportPath(ValueError):
    """A report file would land outside the reports directory."""


def inside(root: Path, relative: str, folders: dict[Path, Path]) -> Path:
    """Where ``relative`` lands, refused unless its folder, links followed, is inside ``root``.

    Only the folder is resolved (once per folder, cached in ``folders``: a large site has
    thousands of route pages in one folder). The file itself may be a link: the rename
    replaces the link and never writes through it.
    """
    target = root / relative
    folder = folders.get(target.parent)
    if folder is None:
        folder = folders[target.parent] = target.parent.resolve()
    if target.name in ("", ".", "..") or not folder.is_relative_to(root):
        raise UnsafeReportPath(f"{relative}: refusing to write a report outside {root}")
    return folder / target.name
