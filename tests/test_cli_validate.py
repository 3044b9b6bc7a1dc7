"""``curator validate`` cannot pass by accident: real files, a real process."""

from __future__ import annotations

from pathlib import Path

from clirun import curator
from routefiles import write_route

URLS = [f"https://s{i}.example.org/page" for i in range(5)]


def test_a_folder_with_no_route_files_exits_2(tmp_path: Path) -> None:
    (tmp_path / "routes").mkdir()
    (tmp_path / "routes" / "notes.txt").write_text("not a route\n", encoding="utf-8")
    proc = curator("validate", cwd=tmp_path)
    assert proc.returncode == 2
    assert "no route files in routes" in proc.stdout


def test_yml_is_a_route_file_and_other_cases_are_reported_by_name(tmp_path: Path) -> None:
    routes = tmp_path / "routes"
    write_route(routes, "back-pain", URLS).rename(routes / "back-pain.yml")
    write_route(routes, "sciatica", URLS).rename(routes / "sciatica.YAML")
    proc = curator("validate", cwd=tmp_path)
    assert proc.returncode == 2
    assert (
        "routes/sciatica.YAML: not read: a route file's name ends in lower-case .yaml or .yml"
        in proc.stdout
    )
    assert "back-pain" not in proc.stdout  # the .yml file is read, and valid
    (routes / "sciatica.YAML").unlink()
    valid = curator("validate", cwd=tmp_path)
    assert valid.returncode == 0, valid.stdout
    assert "routes are valid" in valid.stdout


def test_files_as_arguments(tmp_path: Path) -> None:
    routes = tmp_path / "routes"
    good = write_route(routes, "back-pain", URLS)
    bad = write_route(routes, "sciatica", URLS)
    bad.write_text(bad.read_text().replace(URLS[2], "not a url"), encoding="utf-8")

    ok = curator("validate", "routes/back-pain.yaml", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "routes are valid" in ok.stdout
    proc = curator("validate", str(good), "routes/sciatica.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert "routes/sciatica.yaml:13: source #3: URL 'not a url' contains spaces" in proc.stdout
    assert "back-pain" not in proc.stdout
    missing = curator("validate", "routes/nope.yaml", "notes.txt", cwd=tmp_path)
    assert missing.returncode == 2
    assert "routes/nope.yaml: no such route file" in missing.stdout
    assert "notes.txt: not a route file (.yaml or .yml)" in missing.stdout
