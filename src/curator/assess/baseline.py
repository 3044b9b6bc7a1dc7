"""Baselines: what each source said when an editor approved its route.

One JSON file per route in ``<routes>/baselines/<slug>.json``, written only by ``curator
approve``: beside the routes so a clean CI checkout has them, pretty-printed with sorted keys so
a re-approval shows up in review as a readable diff.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from curator.assess.drift import ContentSnapshot
from curator.assess.fingerprint import Fingerprint
from curator.assess.support import TermSupport
from curator.report.files import write_atomic

SCHEMA = "curator.baseline/1"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names the file."""


class SourceBaseline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    final_url: str | None
    title: str | None
    description: str | None
    fingerprint: str
    text_length: int
    key_terms: list[str]
    found_terms: list[str]
    approved_at: datetime
    # The web archive's capture made at approval ([archive] save_on_approve), if any.
    archived_url: str | None = None
    archived_at: datetime | None = None

    def snapshot(self) -> ContentSnapshot:
        return ContentSnapshot(
            title=self.title,
            description=self.description,
            fingerprint=Fingerprint.from_str(self.fingerprint),
            text_length=self.text_length,
        )

    def support(self) -> TermSupport:
        return TermSupport(tuple(self.key_terms), tuple(self.found_terms))


class RouteBaseline(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_: str = Field(SCHEMA, alias="schema")
    route: str
    approved_at: datetime
    sources: list[SourceBaseline]

    def by_url(self) -> dict[str, SourceBaseline]:
        return {source.url: source for source in self.sources}


def baseline_path(routes_dir: Path, slug: str) -> Path:
    """Where a route's baseline lives; refuses a slug that could point outside ``baselines/``."""
    if not _SLUG.fullmatch(slug):
        raise BaselineError(f"{slug!r} is not a route slug; refusing to use it as a file name")
    return routes_dir / "baselines" / f"{slug}.json"


def load_baseline(routes_dir: Path, slug: str) -> RouteBaseline | None:
    """The route's approved baseline, or None when it was never approved."""
    path = baseline_path(routes_dir, slug)
    if not path.exists():
        return None
    try:
        return RouteBaseline.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValidationError) as exc:
        raise BaselineError(f"{path}: not a readable curator baseline ({exc})") from exc


def save_baseline(routes_dir: Path, baseline: RouteBaseline) -> Path:
    path = baseline_path(routes_dir, baseline.route)
    data = baseline.model_dump(mode="json", by_alias=True)
    write_atomic(path, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return path
