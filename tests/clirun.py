"""``curator`` in a real process, with the knobs a user's shell sets: umask and terminal width."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def curator(
    *args: str, cwd: Path, umask: int | None = None, columns: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-m", "curator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )
