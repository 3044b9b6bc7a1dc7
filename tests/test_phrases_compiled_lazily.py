"""A process compiles the phrase book's languages only as texts pass their gates.

Every worker process of a run compiled all 48 languages before its first page; a run's pages
pass the gates of a few. What the laziness must keep is the reading: the gone-statement
tests (``test_gone_phrases``) read every language's own examples through the same patterns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_an_english_page_compiles_only_the_languages_it_gates() -> None:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    seen = json.loads(out.stdout)
    assert seen["found"] == "en"
    assert "en" in seen["compiled"]
    assert set(seen["compiled"]) <= set(seen["gated"])
    assert len(seen["compiled"]) < seen["languages"] // 4
