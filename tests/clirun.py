"""``curator`` in a real process, with the knobs a user's shell sets: umask, terminal width and
other environment variables.

The one way tests start the command line as a subprocess. GitHub's variables are dropped from
the environment the tests themselves run in, so a test sees CI behaviour (annotations, the step
summary) only when it sets them through ``env``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def curator(
    *args: str,
    cwd: Path,
    umask: int | None = None,
    columns: int | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m curator ARGS`` in ``cwd``; ``env`` is set over the inherited variables."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    if columns is not None:
        environ["COLUMNS"] = str(columns)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "curator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )
