"""Frozen pydantic models that share their bookkeeping.

pydantic keeps, per instance, the set of field names the caller passed
(``__pydantic_fields_set__``, read by ``model_dump(exclude_unset=True)``). For a 15-field
``SourceReport`` that set is 728 bytes, half the instance, and a 20,000-link run holds as many
source reports as catalog sources. Instances built with the same fields now share one set.

Sharing is safe because these models are frozen: pydantic adds to the set only on attribute
assignment (refused here) and copies it before ``model_copy(update=...)`` adds to it; a
pickled instance gets its own set back. It stays a ``set``, not a ``frozenset``, for that copy.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

_SHARED: dict[frozenset[str], set[str]] = {}


class FrozenModel(BaseModel):
    """An immutable value that rejects unknown fields; see the module docstring for sharing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        passed = self.__pydantic_fields_set__
        shared = _SHARED.setdefault(frozenset(passed), passed)
        object.__setattr__(self, "__pydantic_fields_set__", shared)
