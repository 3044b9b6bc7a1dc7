"""[policy] in curator.toml through real local servers: excluded URLs are never fetched and
reported skipped with their reason, accepted statuses count as alive for their host only, and
per-host headers reach that host only and no report, store or console line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from conftest import make_fast_settings
from curator import app
from curator.exitcodes import Exit
from curator.settings import load_settings
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route

HOSTS = ["www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "partner.example.org"]


def page(host: str) -> str:
    return html_page(title=f"Back pain at {host}", body="<p>All about back pain.</p>" * 30)


def check(tmp_path: Path, urls: list[str], toml: str) -> tuple[Exit, dict[str, Any], str]:
    """Write the route and curator.toml, run, and return (exit, sources by rank, console)."""
    write_route(tmp_path / "routes", "back-pain", urls)
    config = tmp_path / "curator.toml"
    config.write_text(toml, encoding="utf-8")
    loaded = load_settings(config)
    settings = loaded.model_copy(update={"fetch": make_fast_settings(policy=loaded.policy)})
    console = io.StringIO()
    options = app.RunOptions(
        routes_dir=tmp_path / "routes",
        reports_dir=tmp_path / "reports",
        store=str(tmp_path / "state.sqlite"),
        resolve=dict.fromkeys([*HOSTS, "elsewhere.example"], "127.0.0.1"),
        progress=False,
    )
    code = app.run(options, settings, Console(file=console, width=200))
    report = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    sources = {s["rank"]: s for s in report["routes"][0]["sources"]}
    return code, sources, console.getvalue()


def test_excluded_urls_are_never_fetched_and_say_why(web: FixtureWeb, tmp_path: Path) -> None:
    urls = [web.add(host, "/back-pain", body=page(host)) for host in HOSTS]
    urls[1] = web.add("www.nhs.uk", "/private/back-pain", body=page("nhs"))
    urls[3] = web.add("medlineplus.gov", "/members/123", body=page("medline"))
    toml = f"""
[[policy.exclude]]
url = "http://www.nhs.uk:{web.port}/private/*"
reason = "members-only area; an editor checks it by hand each quarter"

[[policy.exclude]]
url = 're:^http://medlineplus\\.gov:\\d+/members/\\d+$'
reason = "member pages need a login"
"""
    code, sources, _ = check(tmp_path, urls, toml)
    assert code is Exit.OK
    assert web.count(path="/private/back-pain") == 0
    assert web.count(path="/members/123") == 0
    assert sources[2]["state"] == "skipped"
    assert "members-only area; an editor checks it by hand" in sources[2]["reason"]
    assert sources[4]["state"] == "skipped"
    assert "member pages need a login" in sources[4]["reason"]
    assert {sources[n]["state"] for n in (1, 3, 5)} == {"alive"}  # nothing else excluded
    markdown = (tmp_path / "reports" / "latest.md").read_text(encoding="utf-8")
    assert "members-only area" in markdown


def test_accepted_status_is_alive_for_its_host_only(web: FixtureWeb, tmp_path: Path) -> None:
    urls = [web.add(host, "/back-pain", body=page(host)) for host in HOSTS]
    urls[0] = web.add("www.who.int", "/fact-sheet", status=999, body="robot?")
    urls[2] = web.add("www.cdc.gov", "/refuses", status=999, body="robot?")
    toml = """
[[policy.accept]]
host = "*.who.int"
status = [999]
reason = "WHO answers 999 to every robot; the pages are public"
"""
    code, sources, _ = check(tmp_path, urls, toml)
    assert code is Exit.OK
    assert sources[1]["state"] == "alive"
    assert sources[1]["reason"] == (
        "HTTP 999 counts as alive for www.who.int by policy "
        "(WHO answers 999 to every robot; the pages are public)"
    )
    assert sources[3]["state"] == "blocked"  # another host: the rule does not apply


def test_headers_go_to_their_host_only_and_are_never_shown(web: FixtureWeb, tmp_path: Path) -> None:
    urls = [web.add(host, "/back-pain", body=page(host)) for host in HOSTS]
    other = web.add("elsewhere.example", "/landing", body=page("elsewhere"))
    urls[4] = web.redirect("partner.example.org", "/shared", to=other, status=302)
    toml = """
[[policy.headers]]
host = "partner.example.org"
headers = { Authorization = "Bearer Partn3r-T0ken", Cookie = "session=C00kie-Value" }
reason = "partner agreement: the token is from the partner's portal"
"""
    code, sources, said = check(tmp_path, urls, toml)
    assert code is Exit.OK
    (sent,) = web.requests("partner.example.org", "/shared")  # the log lower-cases names
    assert sent.headers.get("authorization") == "Bearer Partn3r-T0ken"
    assert sent.headers.get("cookie") == "session=C00kie-Value"
    (followed,) = web.requests("elsewhere.example", "/landing")
    assert "authorization" not in followed.headers  # the redirect's other host never sees it
    assert "C00kie-Value" not in followed.headers.get("cookie", "")
    assert sources[5]["state"] == "alive"
    assert sources[5]["reason"].endswith(
        "; sent policy headers to partner.example.org "
        "(partner agreement: the token is from the partner's portal)"
    )
    assert "policy headers" not in sources[1]["reason"]
    written = said + "".join(
        p.read_bytes().decode("utf-8", "replace")
        for p in [*tmp_path.rglob("*")]
        if p.is_file() and p.name != "curator.toml"
    )
    for secret in ("Partn3r-T0ken", "C00kie-Value"):
        assert secret not in written  # reports, the SQLite store, the console
    settings = load_settings(tmp_path / "curator.toml")
    assert "Partn3r-T0ken" not in repr(settings)
    plain = settings.fetch.plain()  # what the Fetcher and each worker process hold
    assert "Partn3r-T0ken" not in repr(plain) and "Partn3r-T0ken" not in str(plain)


def test_bad_policy_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "routes").mkdir()
    config = tmp_path / "curator.toml"
    config.write_text(
        "[fetch]\nretries = 1\n\n"
        "[[policy.exclude]]\n"  # line 4
        'url = "https://example.org/a/*"\n'
        'reason = "fine"\n\n'
        "[[policy.exclude]]\n"  # line 8
        'url = "re:[unclosed"\n'  # line 9
        'reason = "broken"\n\n'
        "[[policy.accept]]\n"  # line 12
        'host = "www.linkedin.com"\n'
        "status = [999]\n"  # no reason
        'colour = "red"\n'  # line 15
        "\n[[policy.exclude]]\n"  # line 17
        'url = "example.org/private/*"\n'  # line 18: not a whole-URL glob
        'reason = "typo"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "curator", "run", "--no-progress"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    err = done.stderr
    assert "curator.toml:9: policy.exclude.1.url: bad regular expression '[unclosed'" in err
    assert "curator.toml:12: policy.accept.0.reason: Field required" in err
    assert "curator.toml:15: policy.accept.0.colour: unknown key" in err
    assert "curator.toml:18: policy.exclude.2.url: URL pattern 'example.org/private/*'" in err
    assert "policy.exclude.0" not in err
