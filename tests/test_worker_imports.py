"""A worker process imports what fetching and reading pages need, not the driver's modules.

Every module a spawned worker imports is memory in each worker, before any work (48 MiB on
real pages, ``bench/README.md``): a later change that makes the worker's entry point import the
CLI, the reports or a store would put megabytes back in every worker without failing anything
else. Each check runs in a fresh interpreter, as a worker is one.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

from curator.execute import processes
from curator.execute.shards import make_shards
from curator.fetch.resolve import SystemResolver
from curator.inspect import Wants
from curator.settings import FetchSettings, HeaderRule, PolicySettings

# What the driver imports and a worker must not: the terminal, the reports, the stores, the
# catalog and the run's bookkeeping, the notifications, the cluster client, the suffix list (read
# only when a worker compares two different hosts), and the settings models with pydantic (a
# worker reads the plain values ``FetchSettings.plain()`` makes in the driver).
_DRIVER_ONLY = (
    "annotated_types",
    "apprise",
    "click",
    "dask",
    "distributed",
    "jinja2",
    "psycopg",
    "pydantic",
    "pydantic_core",
    "rich",
    "ruamel",
    "sqlite3",
    "tldextract",
    "curator.app",
    "curator.archive",
    "curator.catalog",
    "curator.check",
    "curator.cli",
    "curator.gate",
    "curator.notify",
    "curator.pipeline",
    "curator.report",
    "curator.rollup",
    "curator.schedule",
    "curator.session",
    "curator.settings",
    "curator.store",
)

# What a spawned worker unpickles: the pool's initializer with its arguments as the driver
# pickles them (settings with a [policy] header rule, whose secret a worker sends), then a task
# with its shard.
_WORKER = textwrap.dedent(
    """
    import pickle, sys
    pickle.load(sys.stdin.buffer)
    pickle.load(sys.stdin.buffer)
    {then}
    print("\\n".join(sorted(sys.modules)))
    """
)


def _pickled_start_and_task() -> bytes:
    rule = HeaderRule(host="*.example.org", headers={"Cookie": "a=1"}, reason="a partner")
    settings = FetchSettings(policy=PolicySettings(headers=(rule,))).plain()
    urls = ["https://a.example.org/x", "https://b.example.org/y"]
    shard = make_shards(urls, 1, wants={urls[0]: Wants(error_page=True)})[0]
    start = pickle.dumps((processes._start_worker, settings, SystemResolver()))
    return start + pickle.dumps((processes._run_shard, (1, shard)))


def _modules(then: str = "") -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", _WORKER.format(then=then)],
        input=_pickled_start_and_task(),
        capture_output=True,
        check=True,
        timeout=120,
    )
    return set(done.stdout.decode().split())


def _present(modules: set[str]) -> list[str]:
    return [name for name in _DRIVER_ONLY if name in modules]


def test_a_worker_imports_none_of_the_drivers_modules() -> None:
    assert _present(_modules()) == []


def test_the_check_sees_the_drivers_modules_when_they_are_imported() -> None:
    # The names above are the real ones: importing the CLI's run command (what the driver
    # runs) brings in most of them.
    present = _present(_modules("import curator.cli.run"))
    seen = {"click", "jinja2", "pydantic", "rich", "ruamel", "curator.pipeline", "curator.report"}
    assert seen <= set(present)


def test_the_curator_commands_script_brings_nothing_into_a_worker(tmp_path: Path) -> None:
    # Under spawn a worker runs the parent's main script again (as ``__mp_main__``, guarded
    # code skipped): for the installed command, the script pip writes from pyproject.toml.
    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    entry = tomllib.loads(pyproject.read_text())["project"]["scripts"]["curator"]
    module, function = entry.split(":")
    script = tmp_path / "curator"
    script.write_text(
        f"import sys\nfrom {module} import {function}\n"
        f"if __name__ == '__main__':\n    sys.exit({function}())\n"
    )
    spawned = f"import runpy; runpy.run_path({str(script)!r}, run_name='__mp_main__')"
    assert _present(_modules(spawned)) == []


def test_comparing_addresses_on_one_host_reads_no_suffix_list() -> None:
    # What a worker compares while it reads pages: a script's redirect on the page's own host,
    # a soft-404 probe's answer against the page (``classify.probe_address``).
    same_host = 'same_site("https://www.example.co.uk/a", "https://WWW.Example.co.uk./b?c")'
    other_host = 'same_site("https://www.example.co.uk/a", "https://shop.example.co.uk/")'
    ask = "from curator.domains import same_site; assert {}"
    assert "tldextract" not in _modules(ask.format(same_host))
    assert "tldextract" in _modules(ask.format(f"{same_host} and {other_host}"))
