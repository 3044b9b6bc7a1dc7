"""``curator fix`` on real route files and a real SQLite store (nothing is fetched).

The store's history is written directly, as runs a day apart would have left it; the command
runs through click, as an editor types it.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from curator.catalog import load_catalog, validate
from curator.cli import main
from curator.states import LinkState
from curator.store.interface import ArchiveLookup
from curator.store.sqlite import SqliteStore
from store_helpers import T0, at, obs, run

ROUTES = Path(__file__).resolve().parent.parent / "routes"
SNAPSHOT = "https://web.archive.org/web/20261001000000/https://medlineplus.gov/backpain.html"
NEW_NHS = "https://www.nhs.uk/conditions/back-pain-new/"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the project's real routes (comments, folded summaries and all), without their
    baselines; the tests look at back-pain."""
    (tmp_path / "routes").mkdir()
    for path in ROUTES.glob("*.yaml"):
        shutil.copy(path, tmp_path / "routes" / path.name)
    return tmp_path


def urls(site: Path) -> list[str]:
    route = load_catalog(site / "routes").routes["back-pain"]
    return [source.url for source in route.sources]


def history(site: Path, states: dict[str, Sequence[LinkState]], **finals: str) -> None:
    """Runs a day apart; ``states[url][i]`` is what run ``i`` saw (alive when not given)."""
    runs = max(len(seen) for seen in states.values())
    with SqliteStore(site / "state.sqlite") as store:
        for index in range(runs):
            hours = 24.0 * index
            store.start_run(run(f"r{index}", hours))
            looks = []
            for url in urls(site):
                seen = states.get(url, ())
                state = seen[index] if index < len(seen) else LinkState.ALIVE
                final = finals.get("moved") if state is LinkState.MOVED else None
                looks.append(obs(url, state, hours, f"r{index}", final_url=final))
            store.record(looks)


def remember(site: Path, url: str, episode_hours: float, snapshot: str | None) -> None:
    with SqliteStore(site / "state.sqlite") as store:
        store.remember_archive_lookups(
            [ArchiveLookup(url, at(episode_hours), at(episode_hours), snapshot, T0)]
        )


def fix(site: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        ["fix", "--routes", str(site / "routes"), "--store", str(site / "state.sqlite"), *args],
    )


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    return [line for line in old if line not in new], [line for line in new if line not in old]


DEAD = [LinkState.DEAD] * 3
MOVED_TWICE = [LinkState.ALIVE, LinkState.MOVED, LinkState.MOVED]


def test_a_move_seen_twice_is_shown_as_a_diff_and_nothing_changes(site: Path) -> None:
    nhs = urls(site)[1]
    history(site, {nhs: MOVED_TWICE}, moved=NEW_NHS)
    before = (site / "routes" / "back-pain.yaml").read_text()
    result = fix(site)
    assert result.exit_code == 1, result.output
    assert f"-    url: {nhs}\n+    url: {NEW_NHS}\n" in result.stdout
    assert "--- a/" in result.stdout and "+++ b/" in result.stdout
    assert "permanently redirected in the last 2 checks" in result.stderr
    assert (site / "routes" / "back-pain.yaml").read_text() == before


def test_write_rewrites_only_the_moved_line_keeping_comments(site: Path) -> None:
    nhs = urls(site)[1]
    history(site, {nhs: MOVED_TWICE}, moved=NEW_NHS)
    path = site / "routes" / "back-pain.yaml"
    before = path.read_text()
    assert fix(site, "--write").exit_code == 0
    after = path.read_text()
    assert changed_lines(before, after) == ([f"    url: {nhs}"], [f"    url: {NEW_NHS}"])
    assert after.startswith("# Route: Back Pain\n# Summary from the site's")
    assert validate(site / "routes") == []
    again = fix(site)
    assert again.exit_code == 0 and "nothing to fix" in again.stderr


def test_a_move_seen_once_waits_unless_now(site: Path) -> None:
    nhs = urls(site)[1]
    history(site, {nhs: [LinkState.ALIVE, LinkState.ALIVE, LinkState.MOVED]}, moved=NEW_NHS)
    assert fix(site).exit_code == 0
    now = fix(site, "--now")
    assert now.exit_code == 1 and f"+    url: {NEW_NHS}" in now.stdout


def test_a_confirmed_dead_source_gets_its_archived_copy_beside_its_url(site: Path) -> None:
    medline = urls(site)[3]
    history(site, {medline: DEAD})
    remember(site, medline, 0, SNAPSHOT)
    path = site / "routes" / "back-pain.yaml"
    before = path.read_text()
    result = fix(site, "--write")
    assert result.exit_code == 0, result.output
    after = path.read_text()
    assert changed_lines(before, after) == ([], [f"    archived: {SNAPSHOT}"])
    assert f"    url: {medline}\n    archived: {SNAPSHOT}\n    blurb:" in after
    assert validate(site / "routes") == []
    assert load_catalog(site / "routes").routes["back-pain"].sources[3].archived == SNAPSHOT
    assert fix(site).exit_code == 0  # already has its link: nothing more to do


def test_a_dead_source_not_yet_confirmed_or_without_a_copy_is_left_alone(site: Path) -> None:
    medline, orthoinfo = urls(site)[3], urls(site)[4]
    history(site, {medline: [LinkState.ALIVE, LinkState.DEAD, LinkState.DEAD], orthoinfo: DEAD})
    remember(site, medline, 24, SNAPSHOT)  # watching: 2 failures over 24 h
    remember(site, orthoinfo, -240, SNAPSHOT)  # a copy, but from an earlier episode
    result = fix(site)
    assert result.exit_code == 0 and result.stdout == ""


def test_the_copy_saved_at_approval_is_preferred(site: Path) -> None:
    from curator.assess.baseline import RouteBaseline, SourceBaseline, save_baseline

    medline = urls(site)[3]
    history(site, {medline: DEAD})
    remember(site, medline, 0, SNAPSHOT)
    saved = "https://web.archive.org/web/20261015000000/https://medlineplus.gov/backpain.html"
    entry = SourceBaseline(
        url=medline, final_url=medline, title=None, description=None, fingerprint="",
        text_length=0, key_terms=[], found_terms=[], approved_at=T0 - timedelta(days=30),
        archived_url=saved, archived_at=T0 - timedelta(days=30),
    )  # fmt: skip
    save_baseline(
        site / "routes",
        RouteBaseline(route="back-pain", approved_at=T0 - timedelta(days=30), sources=[entry]),
    )
    result = fix(site)
    assert f"+    archived: {saved}" in result.stdout and "saved at approval" in result.stderr


def test_only_limits_the_routes_and_an_unknown_slug_is_bad_input(site: Path) -> None:
    nhs = urls(site)[1]
    history(site, {nhs: MOVED_TWICE}, moved=NEW_NHS)
    assert fix(site, "--only", "back-pain").exit_code == 1
    unknown = fix(site, "--only", "no-such-route")
    assert unknown.exit_code == 2 and "no route file for slug 'no-such-route'" in unknown.stderr


def test_a_broken_route_file_is_bad_input_and_the_others_are_still_fixed(site: Path) -> None:
    nhs = urls(site)[1]
    history(site, {nhs: MOVED_TWICE}, moved=NEW_NHS)
    (site / "routes" / "broken.yaml").write_text("title: Broken\nsources: [\n")
    result = fix(site, "--write")
    assert result.exit_code == 2 and "broken.yaml:" in result.stderr
    assert NEW_NHS in (site / "routes" / "back-pain.yaml").read_text()


def test_without_a_store_there_is_nothing_to_read(site: Path) -> None:
    result = fix(site)
    assert result.exit_code == 2 and "run `curator run` first" in result.stderr
    assert not (site / "state.sqlite").exists()
    missing = CliRunner().invoke(main, ["fix", "--routes", str(site / "nope")])
    assert missing.exit_code == 2 and "not a directory of route files" in missing.stderr


def test_a_quoted_url_keeps_its_quotes(site: Path) -> None:
    path = site / "routes" / "back-pain.yaml"
    nhs = urls(site)[1]
    path.write_text(path.read_text().replace(f"url: {nhs}", f'url: "{nhs}"'))
    history(site, {nhs: MOVED_TWICE}, moved=NEW_NHS)
    assert fix(site, "--write").exit_code == 0
    assert f'    url: "{NEW_NHS}"\n' in path.read_text()


def test_a_move_onto_a_page_the_route_already_cites_is_left_to_the_editor(site: Path) -> None:
    nhs, mayo = urls(site)[1], urls(site)[2]
    history(site, {nhs: MOVED_TWICE}, moved=mayo)
    result = fix(site)
    assert result.exit_code == 0 and result.stdout == ""
