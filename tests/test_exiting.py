"""A process armed with ``end_after_handlers`` ends as it would have, without its heap's teardown.

What a user of the command notices is its status, its output and what its ``atexit`` handlers
do (a temporary folder removed, a log flushed); each is checked here in a fresh interpreter,
since the end being tested is the interpreter's own. The object whose finaliser prints at
teardown shows which end was taken: it prints only when the heap is torn down.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

_SCRIPT = textwrap.dedent(
    """
    import atexit, sys
    from curator.exiting import end_after_handlers

    class Freed:
        def __del__(self):
            sys.stdout.write("torn down\\n")

    ending = end_after_handlers({armed})
    KEEP = Freed()
    atexit.register(lambda: open(sys.argv[1], "w").write("handler ran"))
    sys.stdout.write("report written")  # no newline: still in the buffer at the end
    try:
        {body}
    except SystemExit as exc:
        ending.exits(exc)
        raise
    """
)


Ended = tuple[subprocess.CompletedProcess[str], str]


def _run(tmp_path: Path, body: str, armed: str = "") -> Ended:
    script = _SCRIPT.format(armed=armed, body=body)
    marker = tmp_path / "marker"
    done = subprocess.run(
        [sys.executable, "-c", script, str(marker)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done, marker.read_text() if marker.exists() else ""


def test_the_status_and_the_buffered_output_survive_and_later_handlers_run(tmp_path: Path) -> None:
    done, marker = _run(tmp_path, "sys.exit(3)")
    assert done.returncode == 3
    assert done.stdout == "report written"  # flushed, and no teardown after it
    assert marker == "handler ran"


def test_a_plain_exit_is_status_zero(tmp_path: Path) -> None:
    done, marker = _run(tmp_path, "sys.exit()")
    assert (done.returncode, done.stdout, marker) == (0, "report written", "handler ran")


def test_a_status_given_when_armed_is_used_without_an_exit_call(tmp_path: Path) -> None:
    done, marker = _run(tmp_path, "pass", armed="0")
    assert (done.returncode, done.stdout, marker) == (0, "report written", "handler ran")


def test_an_uncaught_exception_keeps_pythons_own_end(tmp_path: Path) -> None:
    done, marker = _run(tmp_path, "raise RuntimeError('boom')")
    assert done.returncode == 1
    assert "RuntimeError: boom" in done.stderr
    assert done.stdout == "report writtentorn down\n"  # the heap was torn down as before
    assert marker == "handler ran"


def test_a_message_as_status_keeps_pythons_own_end(tmp_path: Path) -> None:
    done, _ = _run(tmp_path, "sys.exit('no routes')")
    assert done.returncode == 1
    assert done.stderr.strip() == "no routes"
    assert done.stdout.endswith("torn down\n")
