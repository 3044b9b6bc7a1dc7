"""A process compiles the phrase book's and the clause book's languages only as texts pass
their gates.

Every worker process of a run compiled all 48 languages of each book before its first page (the
clause book's because the gate's automaton, ``phrases.gated_both``, was built from its compiled
languages: about 0.2 s a process); a run's pages pass the gates of a few. What the laziness must
keep is the reading: the gone-statement tests (``test_gone_phrases``, ``test_gone_clauses``) read
every language's own examples through the same patterns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json
from curator.classify import phrases
among, _ = phrases.gated_both("Sorry, this page is no longer available. It has been removed.")
found = phrases.find("Sorry, this page is no longer available.", tuple(phrases.Kind))
compiled = [l.code for l in phrases.languages() if "_compiled" in vars(l)]
print(json.dumps({"gated": [l.code for l in among], "compiled": compiled,
                  "found": None if found is None else found[1],
                  "languages": len(phrases.languages())}))
"""


_CLAUSES = """
import json
from curator.classify import clauses, phrases
text = "Well, this trail goes nowhere. The listing is sadly no longer with us."
_, absences = phrases.gated_both(text.lower())
found = clauses.clauses(text, clauses.gated(text))
print(json.dumps({"gated": sorted(absences), "compiled": clauses._compiled.cache_info().currsize,
                  "found": sorted({clause.lang for clause in found}),
                  "languages": len(clauses.gates())}))
"""


def _fresh(probe: str) -> dict[str, Any]:
    """What ``probe`` prints, run in a process of its own (nothing compiled before it)."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    seen: dict[str, Any] = json.loads(out.stdout)
    return seen


def test_an_english_page_compiles_only_the_languages_it_gates() -> None:
    seen = _fresh(_PROBE)
    assert seen["found"] == "en"
    assert "en" in seen["compiled"]
    assert set(seen["compiled"]) <= set(seen["gated"])
    assert len(seen["compiled"]) < seen["languages"] // 4


def test_an_english_clause_compiles_only_the_clause_languages_it_gates() -> None:
    seen = _fresh(_CLAUSES)
    assert seen["found"] == ["en"]
    assert "en" in seen["gated"]
    assert seen["compiled"] <= len(seen["gated"])
    assert seen["compiled"] < seen["languages"] // 4
