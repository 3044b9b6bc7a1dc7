"""The soft-dead manifests are read as ruamel's YAML 1.2 reads them, by whichever parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError

from softdead.devset import read_manifest


@pytest.mark.parametrize(
    "scalar",
    ["no", "yes", "on", "off", "1:20", "0o17", "1e3", "2026-01-01", "012", "true", "7", "-1.5"],
)
def test_a_plain_scalar_means_what_yaml_1_2_says(tmp_path: Path, scalar: str) -> None:
    # Norwegian's language code, a time, an octal: YAML 1.1 (libyaml) reads them otherwise
    path = tmp_path / "cases.yaml"
    path.write_text(f"- id: one\n  lang: {scalar}\n  message: plain text\n", "utf-8")
    assert read_manifest(path) == YAML(typ="safe").load(path.read_text("utf-8"))


def test_a_key_given_twice_fails_as_ruamel_fails(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_text("- id: one\n  label: gone\n  label: live\n", "utf-8")
    with pytest.raises(DuplicateKeyError):
        read_manifest(path)
