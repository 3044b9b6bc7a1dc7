"""Frozen pydantic models that share their bookkeeping.

pydantic keeps, per instance, the set of field names the caller passed
(``model_fields_set``, read by ``model_dump(exclude_unset=True)``). For a small frozen model
that set is a large part of the instance, and a run holds one ``Source`` and one
``SourceReport`` per link. Instances built with the same fields now share one set (the memory
it saves: bench/README.md, "Library seams").

Sharing is safe because these models are frozen: pydantic adds to the set only on attribute
assignment (refused here) and copies it before ``model_copy(update=...)`` adds to it; a
pickled instance gets its own set back. It stays a ``set``, not a ``frozenset``, for that copy.
tests/test_frozen.py pins each of these.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

_SHARED: dict[frozenset[str], set[str]] = {}


class FrozenModel(BaseModel):
    """An immutable value that rejects unknown fields; see the module docstring for sharing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        passed = self.model_fields_set
        shared = _SHARED.setdefault(frozenset(passed), passed)
        # pydantic has no public way to hand a validated instance a fields set (model_construct
        # skips validation); the attribute is the one model_fields_set reads. Kept for the
        # measured saving above; tests/test_frozen.py fails if pydantic stops honouring it.
        object.__setattr__(self, "__pydantic_fields_set__", shared)
