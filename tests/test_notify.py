"""Notifications after a run, through apprise to real local receivers: a JSON webhook on
127.0.0.1 and an aiosmtpd SMTP server. A failing target never changes the run's exit code, and
no target's secret reaches the console, the log or a report."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from rich.console import Console

from conftest import make_fast_settings
from curator import app
from curator.exitcodes import Exit
from curator.schedule.config import JobKind, JobSpec
from curator.schedule.jobs import JobContext, run_job
from curator.settings import NotifySettings, Settings
from fixtureweb import FixtureWeb, html_page
from notifyhelp import free_port, smtp_server, webhook
from routefiles import write_route

HOSTS = ["www.who.int", "www.nhs.uk", "www.cdc.gov", "medlineplus.gov", "www.niams.nih.gov"]


class Site:
    """One route of five live sources on the fixture web; ``kill(n)`` makes source n a 404."""

    def __init__(self, web: FixtureWeb, root: Path) -> None:
        self.web = web
        self.root = root
        self.urls = [
            web.add(host, "/back-pain", body=html_page(title=f"Back pain at {host}",
                    body="<p>All about back pain.</p>" * 30))
            for host in HOSTS
        ]  # fmt: skip
        write_route(root / "routes", "back-pain", self.urls)

    def kill(self, rank: int) -> None:
        self.web.add(HOSTS[rank - 1], "/back-pain", status=404, body="<h1>Gone</h1>")

    def run(self, notify: NotifySettings, targets: list[str] | None = None) -> tuple[Exit, str]:
        console = io.StringIO()
        code = app.run(
            self.options(targets), self.settings(notify), Console(file=console, width=200)
        )
        return code, console.getvalue()

    def options(self, targets: list[str] | None = None) -> app.RunOptions:
        return app.RunOptions(
            routes_dir=self.root / "routes",
            reports_dir=self.root / "reports",
            store=str(self.root / "state.sqlite"),
            resolve=dict.fromkeys(HOSTS, "127.0.0.1"),
            progress=False,
            notify=targets,
        )

    def settings(self, notify: NotifySettings) -> Settings:
        return Settings(fetch=make_fast_settings(), notify=notify)


def test_webhook_gets_the_digest_only_when_it_has_news(web: FixtureWeb, tmp_path: Path) -> None:
    site = Site(web, tmp_path)
    with webhook() as hook:
        notify = NotifySettings(urls=[hook.url()])
        assert site.run(notify)[0] is Exit.OK
        assert hook.posts == []  # a first run has nothing to compare with: no news
        assert site.run(notify)[0] is Exit.OK
        assert hook.posts == []  # nothing changed: a quiet night sends nothing
        site.kill(3)
        code, said = site.run(notify)
    assert code is Exit.OK  # one failure is not a death
    assert "notify: sent to 1 of 1 target(s)" in said
    (post,) = hook.posts
    assert post["path"] == "/hook"
    assert post["title"].startswith("curator: Changes since the previous run")
    digest = (tmp_path / "reports" / "digest.md").read_text(encoding="utf-8")
    assert post["message"] == digest.rstrip()  # the default body: the digest, word for word
    assert "#3 Source 3 is dead, failing 1 run(s) in a row" in post["message"]


def test_email_through_smtp_names_the_dead_source(web: FixtureWeb, tmp_path: Path) -> None:
    site = Site(web, tmp_path)
    with smtp_server() as mailbox:
        notify = NotifySettings(urls=[mailbox.url()])
        site.run(notify)
        site.kill(2)
        site.run(notify)
    (text,) = mailbox.texts()
    assert text.startswith("curator: Changes since the previous run")
    assert "#2 Source 2 is dead" in text
    assert mailbox.messages[0]["to"] == "editors@example.org"


def test_failing_target_changes_no_exit_code_and_leaks_no_secret(
    web: FixtureWeb, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    site = Site(web, tmp_path)
    closed = free_port()
    secret_url = f"json://hookuser:Pa55w0rd-s3cret@127.0.0.1:{closed}/hooks/T0KEN-abc123"
    with webhook() as hook:
        notify = NotifySettings(urls=[secret_url, hook.url()], when="always")
        code, said = site.run(notify)
    assert code is Exit.OK
    assert len(hook.posts) == 1  # the working target still got it
    assert "notify: failed: json://" in said
    assert "the service did not accept the message" in said
    everything = (
        said
        + caplog.text
        + "".join(
            p.read_text(encoding="utf-8") for p in (tmp_path / "reports").rglob("*") if p.is_file()
        )
    )
    for secret in ("Pa55w0rd-s3cret", "T0KEN-abc123"):
        assert secret not in everything
    assert "notify: sent to 1 of 2 target(s)" in said


def test_exit_code_of_a_broken_route_stays_with_a_failing_target(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = Site(web, tmp_path)
    site.kill(1)
    bad = NotifySettings(urls=[f"json://127.0.0.1:{free_port()}/x"], when="always")
    fast = site.settings(bad).model_copy(
        update={"history": site.settings(bad).history.model_copy(
            update={"confirm_runs": 1, "confirm_hours": 0})}
    )  # fmt: skip
    code = app.run(site.options(), fast, Console(file=io.StringIO()))
    assert code is Exit.FAILED  # the verdict's code, not the notification's


def test_when_never_and_custom_sandboxed_templates(web: FixtureWeb, tmp_path: Path) -> None:
    site = Site(web, tmp_path)
    with webhook() as hook:
        site.run(NotifySettings(urls=[hook.url()], when="never"))
        assert hook.posts == []
        custom = NotifySettings(
            urls=[hook.url()],
            when="always",
            title="{{ counts.healthy }} healthy route(s), run {{ run.id }}",
            body="{% for r in report.routes %}{{ r.slug }}={{ r.status.value }}\n{% endfor %}",
        )
        site.run(custom)
        (post,) = hook.posts
        assert post["title"].startswith("1 healthy route(s), run ")
        assert post["message"].strip() == "back-pain=healthy"
        escape = NotifySettings(
            urls=[hook.url()], when="always", body="{{ report.__class__.__mro__ }}"
        )
        code, said = site.run(escape)
    assert code is Exit.OK
    assert len(hook.posts) == 1  # the sandbox refused: nothing sent, run unharmed
    assert "notify: not sent: the [notify] template failed" in said


def test_a_job_names_its_own_targets(web: FixtureWeb, tmp_path: Path) -> None:
    site = Site(web, tmp_path)
    with webhook() as default, webhook() as team:
        settings = site.settings(NotifySettings(urls=[default.url()], when="always"))
        context = JobContext(
            routes_dir=tmp_path / "routes",
            reports_dir=tmp_path / "reports",
            store=str(tmp_path / "state.sqlite"),
            settings=settings,
            resolve=dict.fromkeys(HOSTS, "127.0.0.1"),
        )
        job = JobSpec(name="nightly", kind=JobKind.FULL, every="6h", due=False,
                      notify=(team.url("/team"),))  # fmt: skip
        outcome = run_job(job, context, threading.Event())
        quiet = JobSpec(name="quiet", kind=JobKind.FULL, every="6h", due=False, notify=())
        run_job(quiet, context, threading.Event())
    assert outcome.exit is Exit.OK
    assert default.posts == []
    assert [p["path"] for p in team.posts] == ["/team"]
    assert "nightly: notify: sent to 1 of 1 target(s)" in outcome.warnings


def curator(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "curator", *args],
        cwd=cwd, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_notify_test_command_exit_codes(tmp_path: Path) -> None:
    config = tmp_path / "curator.toml"
    assert curator(tmp_path, "notify", "--test").returncode == 2  # no targets
    with webhook() as hook:
        config.write_text(f'[notify]\nurls = ["{hook.url()}"]\n', encoding="utf-8")
        sent = curator(tmp_path, "notify", "--test")
        assert sent.returncode == 0, sent.stderr
        assert hook.posts[0]["title"] == "curator: test notification"
    secret = f"json://u:Sup3rSecret@127.0.0.1:{free_port()}/x"
    failed = curator(tmp_path, "notify", "--test", "--url", secret)
    assert failed.returncode == 1
    assert "curator notify: failed: json://" in failed.stderr
    assert "Sup3rSecret" not in failed.stderr + failed.stdout
    config.write_text('[notify]\nurls = ["json://x"]\n\nbody = "{% if %}"\n', encoding="utf-8")
    bad = curator(tmp_path, "notify", "--test")
    assert bad.returncode == 2
    assert "curator.toml:4: notify.body: bad template" in bad.stderr


def test_schedules_yaml_job_targets_load_and_stay_out_of_reprs(tmp_path: Path) -> None:
    from curator.schedule.config import load_schedules

    path = tmp_path / "schedules.yaml"
    path.write_text(
        "jobs:\n"
        "  nightly:\n"
        "    kind: full\n"
        '    cron: "30 2 * * *"\n'
        '    notify: ["json://u:Hidd3n@hooks.example.org/x"]\n'
        "  quiet:\n"
        "    kind: recheck\n"
        "    every: 6h\n"
        "    notify: []\n",
        encoding="utf-8",
    )
    nightly, quiet = load_schedules(path).jobs
    assert nightly.notify == ("json://u:Hidd3n@hooks.example.org/x",)
    assert quiet.notify == ()
    assert "Hidd3n" not in repr(nightly) + nightly.describe()


def test_documented_curator_toml_loads_and_its_templates_render(
    web: FixtureWeb, tmp_path: Path
) -> None:
    import re
    import tomllib

    from curator.notify import compose
    from curator.report.model import Report

    root = Path(__file__).resolve().parents[1]
    site = Site(web, tmp_path)
    site.run(NotifySettings())
    report = Report.model_validate_json((tmp_path / "reports" / "latest.json").read_text())
    blocks = [
        block
        for doc in ("README.md", "docs/notifications.md")
        for block in re.findall(r"```toml\n(.*?)```", (root / doc).read_text(), flags=re.S)
    ]
    assert len(blocks) >= 4
    for block in blocks:
        settings = Settings.model_validate(tomllib.loads(block))
        message = compose(report, report, settings.notify.title, settings.notify.body)
        assert message.title


def test_url_secrets_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from curator.notify import Message, send

    message = Message(title="t", body="b", news=True)
    with webhook() as hook:
        monkeypatch.setenv("CURATOR_HOOK_TOKEN", "from-env-7")
        delivery = send([f"json://127.0.0.1:{hook.port}/hooks/${{CURATOR_HOOK_TOKEN}}"], message)
        assert delivery.ok and delivery.sent == 1
        assert [p["path"] for p in hook.posts] == ["/hooks/from-env-7"]
        monkeypatch.delenv("CURATOR_HOOK_TOKEN")
        missing = send([f"json://127.0.0.1:{hook.port}/hooks/${{CURATOR_HOOK_TOKEN}}"], message)
    assert missing.sent == 0
    assert missing.failures == (
        f"json://127.0.0.1:{hook.port}/…: environment variable CURATOR_HOOK_TOKEN is not set",
    )
