"""Make the bench's host names resolve, for every tool alike, through /etc/hosts.

Peers have no ``--resolve`` (lychee, linkinator) or honour proxies unevenly, and a proxy would
turn DNS failures and refused connections into 502s. /etc/hosts is read by every resolver the
tools use (getaddrinfo in Python, Node and Rust's reqwest), so each tool meets the fixture web
exactly as it would meet the real one: a name that is not listed fails as a DNS miss, a name
pointed at an address where nothing listens is refused.

The names go in a marked block that is removed on exit (and, if a killed run left one behind,
before the next run adds its own). This needs root, which is why it is a bench and not a test.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

HOSTS = Path("/etc/hosts")
BEGIN = "# curator-bench begin (bench/peers adds these; removed when the bench ends)"
END = "# curator-bench end"


def without_block(text: str) -> str:
    """The file as it was before any bench block was added."""
    out: list[str] = []
    inside = False
    for line in text.splitlines(keepends=True):
        if line.rstrip("\n") == BEGIN:
            inside = True
        elif line.rstrip("\n") == END:
            inside = False
        elif not inside:
            out.append(line)
    return "".join(out)


@contextmanager
def bench_names(names: Mapping[str, str], path: Path = HOSTS) -> Iterator[None]:
    """Map ``names`` to addresses in /etc/hosts for the duration; restores the file after.

    The file is rewritten in place, not replaced, because containers often bind-mount it.
    SIGTERM is turned into an exception for the duration so a stopped bench still cleans up.
    """
    original = without_block(path.read_text(encoding="utf-8"))
    if original and not original.endswith("\n"):
        original += "\n"
    block = [BEGIN, *(f"{address} {name}" for name, address in sorted(names.items())), END]
    previous = signal.getsignal(signal.SIGTERM)

    def _stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    try:
        path.write_text(original + "\n".join(block) + "\n", encoding="utf-8")
        yield
    finally:
        path.write_text(original, encoding="utf-8")
        signal.signal(signal.SIGTERM, previous)
