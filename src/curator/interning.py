"""Equal values held once: a run keeps one look per link to its end, and many of a look's
fields repeat from link to link (its flags, its reason, the blurb terms found, a server's
``Last-Modified``) while each link built or unpickled its own copy.

Bounded, because some of those fields are as varied as the links themselves on some sites: once
``limit`` distinct values are held, further new values are simply not shared, and the table
never grows with the run.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


class EqualValues:
    """Hands back the first of equal values it was given (up to ``limit`` distinct ones)."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._held: dict[Hashable, Hashable] = {}

    def one(self, value: T) -> T:
        """``value``, or an equal one handed back before."""
        held = self._held.get(value)
        if held is not None:
            return held  # type: ignore[return-value]  # equal to value, so of its type
        if len(self._held) < self.limit:
            self._held[value] = value
        return value
