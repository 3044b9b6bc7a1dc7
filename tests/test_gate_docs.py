"""What the docs hand to a site's maintainers must work when pasted: the workflow, the hook."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]


def test_example_workflow_is_valid_yaml_that_runs_the_gate() -> None:
    doc = (ROOT / "docs" / "github-actions.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, flags=re.S)
    (workflow,) = [YAML(typ="safe").load(b) for b in blocks if "jobs:" in b]
    steps = workflow["jobs"]["gate"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # --changed-since needs the base branch
    script = next(s["run"] for s in steps if "curator gate" in s.get("run", ""))
    assert "--changed-since" in script and "--junit" in script


def test_pre_commit_hook_runs_validate_on_route_files_only() -> None:
    (hook,) = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "curator-validate" and hook["entry"] == "curator validate"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert files.search("routes/back-pain.yaml") and files.search("routes/neck.yml")
    assert not files.search("src/curator/settings.py") and not files.search("curator.toml")


def test_example_workflow_installs_curator_from_its_repository() -> None:
    """PyPI's "curator" is an unrelated project: `pip install curator` installs the wrong one."""
    doc = (ROOT / "docs" / "github-actions.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, flags=re.S)
    (workflow,) = [YAML(typ="safe").load(b) for b in blocks if "jobs:" in b]
    installs = [
        s["run"] for s in workflow["jobs"]["gate"]["steps"] if "pip install" in s.get("run", "")
    ]
    assert installs and all("git+https://" in run for run in installs)
