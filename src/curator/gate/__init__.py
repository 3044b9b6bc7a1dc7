"""The publishing gate: strict about what a change to ``routes/`` adds, fair about the rest.

``changes`` says what the change touched (via git), ``live`` what must be fetched now,
``evaluate`` applies the ``[gate]`` policy to the run's report, and ``output``/``junit`` tell CI
and people; ``core`` wires them in that order.
"""

from curator.gate.core import GateOptions, decide, run_gate
from curator.gate.evaluate import GateFinding
from curator.gate.outcome import GateOutcome
from curator.gate.policy import GateRule

__all__ = ["GateFinding", "GateOptions", "GateOutcome", "GateRule", "decide", "run_gate"]
