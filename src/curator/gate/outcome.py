"""What one gate decided, as one value every output renders (summary, annotations, JUnit)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from curator.catalog import Problem
from curator.exitcodes import Exit
from curator.gate.evaluate import GateFinding


@dataclass(frozen=True)
class GateOutcome:
    exit: Exit
    findings: tuple[GateFinding, ...] = ()
    problems: tuple[Problem, ...] = ()  # route files that failed offline validation
    touched: tuple[Path, ...] = ()  # route files gated
    deleted: tuple[Path, ...] = ()  # route files the change removes (nothing to check)
    base: str | None = None  # the git revision compared with, if any
    inconclusive: str | None = None  # why the gate could not judge
    live: int = 0  # URLs fetched now
    reused: int = 0  # URLs answered from fresh stored looks
    error: str | None = None  # a usage/git problem that stopped the gate before any check

    @property
    def failures(self) -> tuple[GateFinding, ...]:
        return tuple(f for f in self.findings if f.fails)

    @property
    def warnings(self) -> tuple[GateFinding, ...]:
        return tuple(f for f in self.findings if not f.fails)
