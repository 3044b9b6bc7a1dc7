"""Report and catalog models share their fields-set bookkeeping; nothing a caller reads changes."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

from curator.report.model import SourceReport
from curator.states import LinkState


def _source(**extra: object) -> SourceReport:
    fields: dict[str, object] = dict(
        rank=1, name="WHO", url="https://www.who.int/x", state=LinkState.ALIVE, http_status=200,
        final_url="https://www.who.int/x", title="T", description=None, flags=[], error=None,
        checked_at=datetime(2026, 11, 24, tzinfo=UTC), consecutive_failures=0, confirmed=False,
    )  # fmt: skip
    return SourceReport.model_validate({**fields, **extra})


def test_unset_defaults_stay_unset_per_instance() -> None:
    bare, with_line = _source(), _source(line=7)
    assert "line" not in bare.model_dump(exclude_unset=True)
    assert with_line.model_dump(exclude_unset=True)["line"] == 7


def test_a_copy_with_updates_leaves_its_siblings_alone() -> None:
    first, second = _source(), _source()
    changed = first.model_copy(update={"reason": "moved on"})
    assert changed.model_dump(exclude_unset=True)["reason"] == "moved on"
    assert "reason" not in first.model_dump(exclude_unset=True)
    assert "reason" not in second.model_dump(exclude_unset=True)


def test_a_pickled_report_comes_back_equal() -> None:
    source = _source(line=3)
    again = pickle.loads(pickle.dumps(source))
    assert again == source
    assert again.model_dump(exclude_unset=True) == source.model_dump(exclude_unset=True)


def test_instances_built_with_the_same_fields_share_one_fields_set() -> None:
    # The memory frozen.py saves rests on this (bench/README.md, "Library seams"); a pydantic
    # that keeps its own copy elsewhere would quietly lose it.
    first, second, third = _source(), _source(), _source(line=4)
    assert first.model_fields_set is second.model_fields_set
    assert third.model_fields_set is not first.model_fields_set
    assert "line" in third.model_fields_set and "line" not in first.model_fields_set
