"""``curator gate`` as CI runs it: a real git repository, real route files, the fixture web.

Each test builds a repository in a temp dir, commits route files, makes a change the way an
editor would, and runs ``python -m curator gate`` in it as a subprocess.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import clirun
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

FAST_TOML = """\
[fetch]
per_host_spacing = 0
backoff_base = 0.01
backoff_max = 0.05
retries = 1
connect_timeout = 2
read_timeout = 2
total_timeout = 5
"""
HOSTS = ["www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "www.niams.nih.gov"]
SOURCE_LINES = [7, 10, 13, 16, 19]  # where write_route puts each source's url:


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, timeout=30
    )
    return done.stdout


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def make_repo(tmp_path: Path, toml: str = FAST_TOML) -> Path:
    repo = tmp_path / "site"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Test Editor")
    git(repo, "config", "user.email", "editor@example.org")
    (repo / "curator.toml").write_text(toml, encoding="utf-8")
    (repo / ".gitignore").write_text(".curator/\nreports/\n*.xml\n", encoding="utf-8")
    return repo


def curator(
    repo: Path, *args: str, github: bool = False, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {"GITHUB_ACTIONS": "true"} if github else {}
    return clirun.curator(*args, cwd=repo, env={**env, **(extra_env or {})})


def serve(web: FixtureWeb, slug: str) -> list[str]:
    """Five live pages about ``slug``, one per host."""
    return [
        web.add(
            host,
            f"/{slug}",
            body=html_page(title=f"{slug} at {host}", body=f"<p>All about {slug}.</p>" * 30),
        )
        for host in HOSTS
    ]


def published_route(
    tmp_path: Path, web: FixtureWeb, slug: str, toml: str = FAST_TOML
) -> tuple[Path, list[str]]:
    """A site repo with one route of five live pages on ``web``, committed: where a gate that
    judges the next change starts. Returns the repo and the route's URLs."""
    repo = make_repo(tmp_path, toml)
    urls = serve(web, slug)
    write_route(repo / "routes", slug, urls)
    commit(repo, "route")
    return repo, urls


def net(web: FixtureWeb) -> list[str]:
    hosts = [*HOSTS, "www.mayoclinic.org", "parked.example"]
    return ["--allow-private-networks", *(f"--resolve={h}:127.0.0.1" for h in hosts)]


def replace_source(repo: Path, slug: str, old: str, new: str) -> None:
    path = repo / "routes" / f"{slug}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_added_dead_source_fails_with_annotation_and_fixing_it_passes(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo = make_repo(tmp_path)
    urls = serve(web, "back-pain")
    write_route(repo / "routes", "back-pain", urls)
    write_route(repo / "routes", "sciatica", serve(web, "sciatica"))
    commit(repo, "two routes")
    dead = web.add("www.cdc.gov", "/gone", status=404)
    replace_source(repo, "back-pain", urls[2], dead)
    commit(repo, "back-pain: a new third source")

    step_summary = tmp_path / "step-summary.md"
    proc = curator(
        repo, "gate", "--changed-since", "HEAD~1", "--junit", "gate.xml", *net(web),
        github=True, extra_env={"GITHUB_STEP_SUMMARY": str(step_summary)},
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    summary = step_summary.read_text(encoding="utf-8")
    assert f"| ❌ | routes/back-pain.yaml:{SOURCE_LINES[2]} |" in summary
    annotation = (
        f"::error file=routes/back-pain.yaml,line={SOURCE_LINES[2]},"
        f"title=curator gate%3A dead source added::#3 Source 3 <{dead}> is dead"
    )
    assert annotation in proc.stdout, proc.stdout
    assert "What to do: replace the URL" in proc.stdout
    assert web.count(path="/sciatica") == 0  # an untouched route is not checked at all
    suite = ET.parse(repo / "gate.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("name") == "routes/back-pain.yaml"
    failure = suite.find("testcase/failure")
    assert failure is not None and failure.get("type") == "added-broken"

    replace_source(repo, "back-pain", dead, web.add("www.cdc.gov", "/back-pain-new", body=html_page(
        title="Back pain, new home", body="<p>All about back pain.</p>" * 30)))  # fmt: skip
    commit(repo, "back-pain: a working third source")
    fixed = curator(repo, "gate", "--changed-since", "HEAD~2", *net(web))
    assert fixed.returncode == 0, fixed.stderr
    assert "curator gate: passed: 0 failures" in fixed.stdout
    assert "::" not in fixed.stdout  # no annotations outside GitHub Actions


def test_summary_outside_github_says_where_and_what_to_do(tmp_path: Path, web: FixtureWeb) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    dead = web.add("www.nhs.uk", "/missing", status=410)
    replace_source(repo, "back-pain", urls[1], dead)  # not committed: the working tree counts

    proc = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert proc.returncode == 1
    assert "::" not in proc.stdout  # no annotations outside GitHub Actions
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("curator gate: FAILED: 1 failure, 0 warnings (1 route file gated")
    assert f"FAIL routes/back-pain.yaml:{SOURCE_LINES[1]} [added-broken]" in proc.stdout
    assert "what to do: replace the URL" in proc.stdout


def test_one_time_failure_of_untouched_source_or_route_does_not_fail(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo = make_repo(tmp_path)
    urls = serve(web, "back-pain")
    flaky = web.add("www.niams.nih.gov", "/flaky", status=503)
    urls[4] = flaky
    write_route(repo / "routes", "back-pain", urls)
    other = serve(web, "sciatica")
    other[0] = web.add("www.who.int", "/sciatica-gone", status=404)
    write_route(repo / "routes", "sciatica", other)
    commit(repo, "routes")
    nightly = curator(repo, "run", "--no-progress", *net(web))
    assert nightly.returncode == 0, nightly.stderr  # one failure each: watched, not confirmed
    seen_flaky, seen_other = web.count(path="/flaky"), web.count(path="/sciatica-gone")

    replace_source(repo, "back-pain", urls[1], web.add("www.nhs.uk", "/back-pain-v2", body=(
        html_page(title="Back pain v2", body="<p>All about back pain.</p>" * 30))))  # fmt: skip
    commit(repo, "back-pain: better second source")
    proc = curator(repo, "gate", "--changed-since", "HEAD~1", *net(web), github=True)
    assert proc.returncode == 0, proc.stderr
    assert f"::warning file=routes/back-pain.yaml,line={SOURCE_LINES[4]}" in proc.stdout
    assert "not yet confirmed" in proc.stdout
    # Fresh stored looks were reused: neither failing page was asked again.
    assert web.count(path="/flaky") == seen_flaky
    assert web.count(path="/sciatica-gone") == seen_other
    assert web.count(path="/back-pain-v2") >= 1
    assert "1 URL(s) checked live, 4 from fresh stored results" in proc.stdout


def test_confirmed_dead_source_anywhere_in_touched_route_fails(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo = make_repo(tmp_path, FAST_TOML + "[history]\nconfirm_runs = 1\nconfirm_hours = 0\n")
    urls = serve(web, "back-pain")
    urls[3] = web.add("medlineplus.gov", "/retired", status=404)
    write_route(repo / "routes", "back-pain", urls)
    commit(repo, "route")
    assert curator(repo, "run", "--no-progress", *net(web)).returncode == 1  # confirmed at once

    path = repo / "routes" / "back-pain.yaml"
    path.write_text(path.read_text().replace("summary: A summary", "summary: A better summary"))
    commit(repo, "back-pain: reword the summary")
    proc = curator(repo, "gate", "--changed-since", "HEAD~1", *net(web), github=True)
    assert proc.returncode == 1, proc.stderr
    assert (
        f"::error file=routes/back-pain.yaml,line={SOURCE_LINES[3]},"
        "title=curator gate%3A confirmed dead source::" in proc.stdout
    )
    assert "0 URL(s) checked live, 5 from fresh stored results" in proc.stdout


def test_stale_stored_result_is_checked_again(tmp_path: Path, web: FixtureWeb) -> None:
    toml = FAST_TOML + "[gate]\nfreshness_hours = 0\n"
    repo, _ = published_route(tmp_path, web, "back-pain", toml)
    assert curator(repo, "run", "--no-progress", *net(web)).returncode == 0
    before = web.count(path="/back-pain")
    path = repo / "routes" / "back-pain.yaml"
    path.write_text(path.read_text().replace("summary: A summary", "summary: A new summary"))
    proc = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert proc.returncode == 0, proc.stderr
    assert web.count(path="/back-pain") >= before + 5  # nothing was fresh enough to reuse


def test_added_source_ending_on_another_site_fails(tmp_path: Path, web: FixtureWeb) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    landing = web.add("www.mayoclinic.org", "/back-pain", body=html_page(
        title="Back pain at Mayo", body="<p>All about back pain.</p>" * 30))  # fmt: skip
    hop = web.redirect("www.cdc.gov", "/old-back-pain", to=landing, status=302)
    replace_source(repo, "back-pain", urls[2], hop)
    proc = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert proc.returncode == 1, proc.stderr
    assert f"FAIL routes/back-pain.yaml:{SOURCE_LINES[2]} [added-offsite-redirect]" in proc.stdout


def test_no_network_is_inconclusive(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    urls = [f"https://www.site{i}.invalid/page" for i in range(5)]
    write_route(repo / "routes", "offline", urls)
    commit(repo, "route")
    replace_source(repo, "offline", urls[0], "https://www.site9.invalid/other")
    proc = curator(repo, "gate", "--changed-since", "HEAD", "--junit", "gate.xml", github=True)
    assert proc.returncode == 3, proc.stderr
    assert "curator gate: inconclusive" in proc.stdout
    assert "::warning title=curator gate%3A inconclusive::" in proc.stdout
    assert "::error" not in proc.stdout  # nothing is blamed on the links
    assert ET.parse(repo / "gate.xml").getroot().find("testsuite/testcase/skipped") is not None


def test_added_unreachable_domain_fails_when_the_network_works(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    assert curator(repo, "run", "--no-progress", *net(web)).returncode == 0
    before = web.count(path="/back-pain")
    # The only live check fails at the network level; the route's other, fresh sources answer a
    # quick "is the network up?" fetch, so the typo is judged dead rather than inconclusive.
    replace_source(repo, "back-pain", urls[2], "http://www.cdc-typo.invalid/back-pain")
    proc = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert proc.returncode == 1, proc.stderr
    assert f"FAIL routes/back-pain.yaml:{SOURCE_LINES[2]} [added-broken]" in proc.stdout
    assert web.count(path="/back-pain") > before


def test_lone_network_failure_with_the_network_down_is_inconclusive(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    with FixtureWeb() as web:
        urls = serve(web, "back-pain")
        write_route(repo / "routes", "back-pain", urls)
        commit(repo, "route")
        assert curator(repo, "run", "--no-progress", *net(web)).returncode == 0
        resolve = net(web)
    # The server is gone: every host now refuses, as on a runner that lost its network.
    replace_source(repo, "back-pain", urls[2], urls[2].replace("/back-pain", "/new-page"))
    proc = curator(repo, "gate", "--changed-since", "HEAD", *resolve)
    assert proc.returncode == 3, proc.stderr
    assert "failed at the network level (refused)" in proc.stdout


def test_malformed_route_file_exits_2_with_file_and_line(tmp_path: Path, web: FixtureWeb) -> None:
    repo = make_repo(tmp_path)
    urls = serve(web, "back-pain")
    write_route(repo / "routes", "back-pain", urls)
    write_route(repo / "routes", "sciatica", serve(web, "sciatica"))
    commit(repo, "routes")
    replace_source(repo, "back-pain", urls[2], "not a url")
    (repo / "routes" / "sciatica.yaml").write_text("title: [unclosed\n", encoding="utf-8")

    proc = curator(
        repo, "gate", "--changed-since", "HEAD", "--junit", "gate.xml", *net(web), github=True
    )
    assert proc.returncode == 2
    assert (
        f"routes/back-pain.yaml:{SOURCE_LINES[2]}: source #3: URL 'not a url' contains spaces"
        in proc.stdout
    )
    assert "routes/sciatica.yaml:2: malformed YAML" in proc.stdout
    assert f"::error file=routes/back-pain.yaml,line={SOURCE_LINES[2]}," in proc.stdout
    assert web.count() == 0  # bad input is reported before anything is fetched
    errors = ET.parse(repo / "gate.xml").getroot().findall("testsuite/testcase/error")
    assert {e.get("type") for e in errors} == {"invalid-route"} and len(errors) == 2


def test_changed_since_gates_only_changed_files(tmp_path: Path, web: FixtureWeb) -> None:
    repo = make_repo(tmp_path)
    for slug in ("back-pain", "sciatica", "neck-pain"):
        write_route(repo / "routes", slug, serve(web, slug))
    commit(repo, "three routes")
    path = repo / "routes" / "sciatica.yaml"
    path.write_text(path.read_text().replace("summary: A summary", "summary: Another summary"))
    (repo / "routes" / "neck-pain.yaml").unlink()  # a deleted route is fine
    commit(repo, "sciatica reworded, neck-pain retired")

    proc = curator(repo, "gate", "--changed-since", "HEAD~1", *net(web))
    assert proc.returncode == 0, proc.stderr
    assert "(1 route file gated since HEAD~1, 1 deleted;" in proc.stdout
    assert web.count(path="/sciatica") == 5
    assert web.count(path="/back-pain") == 0 and web.count(path="/neck-pain") == 0

    nothing = curator(repo, "gate", "--changed-since", "HEAD", *net(web))
    assert nothing.returncode == 0
    assert "0 route files gated since HEAD" in nothing.stdout


def test_named_files_are_gated_whole(tmp_path: Path, web: FixtureWeb) -> None:
    repo = make_repo(tmp_path)
    urls = serve(web, "back-pain")
    urls[0] = web.add("www.who.int", "/removed", status=404)
    write_route(repo / "routes", "back-pain", urls)
    write_route(repo / "routes", "sciatica", serve(web, "sciatica"))
    commit(repo, "routes")
    # Nothing changed, but a named file is the change as a whole: its dead source fails.
    proc = curator(repo, "gate", "routes/back-pain.yaml", *net(web))
    assert proc.returncode == 1, proc.stderr
    assert f"routes/back-pain.yaml:{SOURCE_LINES[0]} [added-broken]" in proc.stdout
    assert web.count(path="/sciatica") == 0
    assert curator(repo, "gate", "routes/sciatica.yaml", *net(web)).returncode == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--changed-since", "no-such-rev"), "'no-such-rev' is not a commit"),
        ((), "name route files or pass --changed-since"),
        (("routes/nope.yaml",), "routes/nope.yaml: no such route file"),
        (("curator.toml",), "not a route file"),
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: tuple[str, ...], expected: str) -> None:
    repo = make_repo(tmp_path)
    write_route(repo / "routes", "r", [f"https://s{i}.example.org/" for i in range(5)])
    commit(repo, "route")
    proc = curator(repo, "gate", *args)
    assert proc.returncode == 2
    assert expected in proc.stdout


def test_a_source_at_a_private_address_is_said_to_be_skipped_and_why(
    tmp_path: Path, web: FixtureWeb
) -> None:
    repo, urls = published_route(tmp_path, web, "back-pain")
    replace_source(repo, "back-pain", urls[2], web.add("www.cdc.gov", "/new-page", body="x"))
    resolve = [arg for arg in net(web) if arg != "--allow-private-networks"]

    proc = curator(repo, "gate", "--changed-since", "HEAD", *resolve)
    line = next(line for line in proc.stdout.splitlines() if f":{SOURCE_LINES[2]} " in line)
    assert "[skipped: private address]" in line and "[blocked]" not in line
    assert "was not checked (skipped: private address)" in line
    assert "pass --allow-private-networks" in proc.stdout
    assert "open the URL in a browser" not in proc.stdout
    assert web.count() == 0
