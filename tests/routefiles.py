"""Route files pointing at the fixture web, for pipeline and CLI tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def write_route(
    directory: Path,
    slug: str,
    urls: Sequence[str],
    *,
    title: str | None = None,
    similar: Sequence[str] = (),
    reviewed: str = "2026-11-01",
) -> Path:
    """A valid route file whose five sources are ``urls`` (named Source 1..5)."""
    assert len(urls) == 5, "a route has exactly five sources"
    lines = [
        f"# {slug}: written by a test",
        f"title: {title or slug.replace('-', ' ').title()}",
        f"reviewed: {reviewed}",
        "summary: A summary an editor wrote.",
        "sources:",
    ]
    for number, url in enumerate(urls, start=1):
        lines += [
            f"  - name: Source {number}",
            f"    url: {url}",
            f"    blurb: What source {number} says about the subject.",
        ]
    lines.append(f"similar: [{', '.join(similar)}]")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{slug}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
