"""A throwaway PostgreSQL server for tests (a pytest plugin, see ``pytest_plugins`` in conftest).

``initdb`` into a temporary directory and ``pg_ctl start`` on a free port of 127.0.0.1, with the
Unix socket in that directory too, so nothing touches a system cluster. PostgreSQL refuses to
run as root; as root the server runs as the ``postgres`` user that Debian's package creates (or
a system user made for the purpose), owning only the temporary directory.

The tests fail, not skip, when PostgreSQL is missing: ``.ci/run`` installs it. Set
``CURATOR_SKIP_POSTGRES_TESTS=1`` to skip them on purpose.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SKIP_ENV = "CURATOR_SKIP_POSTGRES_TESTS"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _server_user() -> str | None:
    """Who runs the server: nobody special unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "curator-pg"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "curator-pg"],
        check=True,
        capture_output=True,
    )
    return "curator-pg"


class PostgresServer:
    """One running cluster; ``database()`` makes a fresh empty database and returns its URL."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise FileNotFoundError(
                "PostgreSQL is not installed (no pg_ctl/initdb): apt-get install postgresql "
                f"(.ci/run does), or set {SKIP_ENV}=1 to skip the PostgreSQL tests on purpose"
            )
        self.bin = bin_dir
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="curator-pg-"))
        self.port = _free_port()
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.data = self.root / "data"
        self.log = self.root / "server.log"

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", "curator", "-A", "trust", "-E", "UTF8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        try:
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                      "-o", options, "start")  # fmt: skip
        except subprocess.CalledProcessError as exc:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{log}") from exc

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://curator@127.0.0.1:{self.port}/{database}"

    def database(self) -> str:
        import psycopg

        name = f"t_{secrets.token_hex(6)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=self.root,
                       timeout=120)  # fmt: skip


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this test session (one per xdist worker)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed: pip install 'psycopg[binary]'")
    try:
        server = PostgresServer()
    except FileNotFoundError as exc:
        _missing(str(exc))
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty database on the session's server."""
    return postgres_server.database()


def _missing(reason: str) -> None:
    if os.environ.get(SKIP_ENV):
        pytest.skip(reason)
    pytest.fail(f"{reason} (or set {SKIP_ENV}=1 to skip on purpose)", pytrace=False)
