"""A real Dask cluster on 127.0.0.1 for tests and benchmarks: ``dask scheduler`` plus worker
processes, started with the same commands an operator types, and stopped afterwards.

Workers run without a nanny, so killing one is a real worker death (nobody restarts it) and the
scheduler has to move its tasks elsewhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

SKIP_ENV = "CURATOR_SKIP_CLUSTER_TESTS"


def dask_command() -> list[str] | None:
    """The ``dask`` CLI of this interpreter's environment, or None when Dask is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return None
    beside = Path(sys.executable).parent / "dask"
    found = str(beside) if beside.exists() else shutil.which("dask")
    return [found] if found else None


def missing_reason() -> str:
    return (
        "Dask distributed is not installed in this environment: pip install 'dask[distributed]' "
        f"(or set {SKIP_ENV}=1 to skip the cluster tests on purpose)"
    )


class LocalDaskCluster:
    """``with LocalDaskCluster(workers=2) as cluster: cluster.address, cluster.kill(0)``."""

    def __init__(self, workers: int = 2, nthreads: int = 1, start_timeout: float = 45.0) -> None:
        command = dask_command()
        if command is None:
            raise RuntimeError(missing_reason())
        self._command = command
        self._workers = workers
        self._nthreads = nthreads
        self._timeout = start_timeout
        self._tmp = tempfile.TemporaryDirectory(prefix="curator-dask-")
        self.scheduler_file = Path(self._tmp.name) / "scheduler.json"
        self.address = ""
        self.scheduler: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> LocalDaskCluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        tmp = Path(self._tmp.name)
        env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        self.scheduler = self._spawn(
            [
                "scheduler",
                "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                "--scheduler-file", str(self.scheduler_file),
            ],
            tmp / "scheduler.log",
            env,
        )  # fmt: skip
        deadline = time.monotonic() + self._timeout
        while not self.scheduler_file.exists() or not self.scheduler_file.read_text().strip():
            self._check(deadline, "the scheduler to write its address")
        self.address = json.loads(self.scheduler_file.read_text())["address"]
        for number in range(self._workers):
            self.workers.append(
                self._spawn(
                    [
                        "worker", self.address,
                        "--host", "127.0.0.1", "--no-nanny", "--no-dashboard",
                        "--nthreads", str(self._nthreads), "--name", f"w{number}",
                        "--memory-limit", "0", "--death-timeout", "60",
                        "--local-directory", str(tmp / f"w{number}"),
                    ],
                    tmp / f"worker{number}.log",
                    env,
                )
            )  # fmt: skip
        self.wait_for_workers(self._workers, deadline)

    def wait_for_workers(self, count: int, deadline: float) -> None:
        from distributed import Client

        with Client(self.address, timeout=self._timeout, set_as_default=False) as client:
            while len(client.scheduler_info(n_workers=-1)["workers"]) < count:
                self._check(deadline, f"{count} workers to join")

    def kill(self, number: int) -> None:
        """Kill worker ``number`` outright (SIGKILL): no goodbye to the scheduler."""
        process = self.workers[number]
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM everything, then SIGKILL whatever has not exited within a few seconds: a
        Dask process shutting down gracefully can wait a long time on peers already gone."""
        processes = [*self.workers, *([self.scheduler] if self.scheduler else [])]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + 3
        for process in processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        with contextlib.suppress(OSError):
            self._tmp.cleanup()

    def logs(self) -> str:
        parts = []
        for log in sorted(Path(self._tmp.name).glob("*.log")):
            parts.append(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}")
        return "\n".join(parts)

    def _spawn(self, args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
        with log.open("wb") as out:
            return subprocess.Popen(
                [*self._command, *args], stdout=out, stderr=subprocess.STDOUT, env=env
            )

    def _check(self, deadline: float, what: str) -> None:
        if self.scheduler is not None and self.scheduler.poll() is not None:
            raise RuntimeError(f"the Dask scheduler exited while waiting for {what}\n{self.logs()}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}\n{self.logs()}")
        time.sleep(0.1)
