"""How a share reads in a staleness reason: a whole percent ("85%").

Drift and blurb support both word a score and its threshold for the editor; one wording keeps
a similarity and a floor from reading one way in one reason and another way in the next.
"""

from __future__ import annotations


def percent(value: float) -> str:
    """``value`` (0..1) as a whole percent, rounded half to even as ``round`` does."""
    return f"{round(value * 100)}%"
