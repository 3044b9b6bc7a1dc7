"""A project directory on the fixture web and a ``curator schedule`` process to drive, for the
scheduler tests: everything bounded in time, nothing sleeping longer than it must."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from curator.store.interface import RunRecord
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from routefiles import write_route

HOSTS = ["www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "www.niams.nih.gov"]
TOML = """\
[fetch]
per_host_spacing = 0
backoff_base = 0.01
retries = 0
connect_timeout = 2
read_timeout = 2
total_timeout = 4

[classify]
soft404_probe = false

[schedule]
stop_timeout_seconds = 25
lock_wait_seconds = 0.5
"""


class Gate:
    """A page that answers at once until ``close()``; then each request waits for ``open()``."""

    def __init__(self) -> None:
        self.passing = threading.Event()
        self.passing.set()
        self.calls = 0

    def close(self) -> None:
        self.passing.clear()

    def open(self) -> None:
        self.passing.set()

    def __call__(self, request: FixtureRequest) -> None:
        self.calls += 1
        deadline = time.monotonic() + 20
        while not self.passing.is_set() and time.monotonic() < deadline:
            if not request.wait(0.05):
                return
        request.respond(200, html_page(title="Slow page", body="<p>Slow but here.</p>" * 20))


def make_project(
    tmp_path: Path,
    web: FixtureWeb,
    schedules: str,
    *,
    slow: Callable[[FixtureRequest], None] | None = None,
    toml: str = TOML,
) -> list[str]:
    """Routes, settings and schedules in ``tmp_path``; returns the --resolve options."""
    urls = []
    for host in HOSTS:
        page = html_page(title=f"Back pain at {host}", body="<p>Back pain facts.</p>" * 20)
        urls.append(web.add(host, "/back-pain", body=page))
    if slow is not None:
        urls[4] = web.add(HOSTS[4], "/slow", handler=slow)
    write_route(tmp_path / "routes", "back-pain", urls, reviewed="2020-01-01")
    (tmp_path / "curator.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "schedules.yaml").write_text(schedules, encoding="utf-8")
    return ["--allow-private-networks", *(f"--resolve={host}:127.0.0.1" for host in HOSTS)]


class Scheduler:
    """``python -m curator schedule`` in ``cwd``, its log collected line by line."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.cwd = cwd
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "curator", "schedule", *args],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def log(self) -> str:
        return "\n".join(self.lines)

    def wait_for_log(self, text: str, timeout: float = 40) -> None:
        wait_until(lambda: text in self.log, timeout, f"log line {text!r}:\n{self.log}")

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 40) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)
        self._reader.join(5)


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def runs(cwd: Path) -> list[RunRecord]:
    """The store's runs, oldest first (empty before the store exists)."""
    path = cwd / ".curator" / "state.sqlite"
    if not path.exists():
        return []
    with SqliteStore(path) as store:
        return list(reversed(store.runs(limit=100)))


def finished(cwd: Path, kind: str | None = None) -> list[RunRecord]:
    return [r for r in runs(cwd) if r.finished_at is not None and (kind is None or r.kind == kind)]


def ledger(cwd: Path) -> dict[str, dict[str, str]]:
    path = cwd / ".curator" / "state.sqlite.schedule.json"
    if not path.exists():
        return {}
    jobs: dict[str, dict[str, str]] = json.loads(path.read_text())["jobs"]
    return jobs
