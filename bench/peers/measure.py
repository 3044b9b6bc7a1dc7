"""Run one tool as a child process and measure it: wall time, CPU time, peak memory.

CPU is the child's rusage (user + system, including any worker processes it waited for).
Peak memory is the sampled total RSS of the whole process tree (workers count: a multi-process
checker must not hide memory in its children). Not ru_maxrss: Linux carries it across exec, so
a child forked from this (large) bench process would report the bench's size as its own.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil  # type: ignore[import-untyped]


@dataclass(frozen=True)
class Measurement:
    wall: float  # seconds
    cpu: float  # seconds, user + system, process tree
    peak_rss: int  # bytes
    exit_code: int
    timed_out: bool = False


def run_measured(
    argv: Sequence[str],
    *,
    cwd: Path,
    stdout: Path,
    stderr: Path,
    env: Mapping[str, str] | None = None,
    stdin: Path | None = None,
    limit: float = 900.0,
    interval: float = 0.05,
) -> Measurement:
    """Run ``argv`` to completion (killing its process group after ``limit`` seconds)."""
    with (
        stdout.open("wb") as out,
        stderr.open("wb") as err,
        stdin.open("rb") if stdin else open(os.devnull, "rb") as inp,
    ):
        began = time.monotonic()
        proc = subprocess.Popen(
            list(argv),
            cwd=cwd,
            stdin=inp,
            stdout=out,
            stderr=err,
            env=dict(env) if env is not None else None,
            start_new_session=True,
        )
        sampler = _TreeSampler(proc.pid, interval)
        sampler.start()
        timer = threading.Timer(limit, _kill_group, args=(proc.pid,))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # the bench is stopping: take the tool (and its workers) with it
            _kill_group(proc.pid)
            raise
        finally:
            timer.cancel()
            wall = time.monotonic() - began
            sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Measurement(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_rss=sampler.peak,
        exit_code=proc.returncode,
        timed_out=timer.finished.is_set() and wall >= limit,
    )


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


class _TreeSampler(threading.Thread):
    """Polls the summed RSS of a process and all its descendants; keeps the maximum."""

    def __init__(self, pid: int, interval: float) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            try:
                tree = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            total = 0
            for proc in tree:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()
