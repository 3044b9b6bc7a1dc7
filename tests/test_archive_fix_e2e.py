"""End to end through real local servers: a source dies over three runs a day apart, the run
finds its snapshot on the local archive, the dashboard links it, a local SMTP server receives
the digest naming it, ``curator fix --write`` adds ``archived:`` and rewrites a moved URL with
the file's comments intact, and ``curator validate`` passes afterwards."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import lxml.html
from click.testing import CliRunner
from rich.console import Console

from archiveweb import LocalArchive
from curator.archive.client import ArchiveClient
from curator.catalog import load_catalog
from curator.cli import main
from curator.fetch.client import Fetcher
from curator.notify.after_run import notify_after_run
from curator.pipeline import RunRequest, run_check
from curator.report.context import load_context
from curator.settings import ArchiveSettings, FetchSettings, NotifySettings, Settings
from curator.store.sqlite import SqliteStore
from fixtureweb import FixtureWeb, html_page
from notifyhelp import smtp_server

T0 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ROUTE = """\
# Route: Back Pain -- the editor's notes stay where they are
title: Back Pain
reviewed: 2026-10-15   # checked against every source that day
summary: >
  Why backs hurt, and what helps.
sources:
  - name: Source One
    url: {0}
    blurb: Explains the causes of back pain.
  # Source two is the one that died.
  - name: Source Two
    url: {1}  # the clinic's guide
    blurb: Offers advice on easing back pain at home.
  - name: Source Three
    url: {2}
    blurb: Describes the symptoms of back pain.
  - name: Source Four
    url: {3}
    blurb: Gathers information on back pain.
  - name: Source Five   # moved in November
    url: {4}
    blurb: Lists exercises for back pain.
similar: []
"""


def frozen(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def test_a_dead_source_is_rescued_linked_and_fixed_with_a_moved_one(
    web: FixtureWeb, tmp_path: Path, fast_settings: Callable[..., FetchSettings]
) -> None:
    urls = [web.add(f"site{n}.test", "/guide", body=html_page(f"Guide {n}")) for n in range(5)]
    dead, moving = urls[1], urls[4]
    new_home = web.add("site4.test", "/exercises", body=html_page("Guide 4, moved"))
    routes = tmp_path / "routes"
    routes.mkdir()
    route_file = routes / "back-pain.yaml"
    route_file.write_text(ROUTE.format(*urls), encoding="utf-8")
    store_path = tmp_path / "state.sqlite"

    with LocalArchive() as archive, smtp_server() as mailbox:
        archive.capture(dead, "20261014090000")  # the page as the editor approved it
        archive.capture(dead, "20261118000000")  # later, closer to the failure, but after review
        settings = Settings(
            fetch=fast_settings(retries=0),
            archive=ArchiveSettings(availability_url=archive.availability_url, rate=1000.0),
            notify=NotifySettings(urls=[mailbox.url()]),
        )
        web.add("site1.test", "/guide", status=404, body="gone")
        for day in range(3):
            if day >= 1:
                web.redirect("site4.test", "/guide", to=new_home, status=301)
            moment = T0 + timedelta(days=day)
            catalog = load_catalog(routes)
            request = RunRequest(routes=list(catalog.routes.values()), known_slugs=frozenset())
            client = ArchiveClient(settings.archive, settings.fetch.user_agent)
            with SqliteStore(store_path) as store, Fetcher(settings.fetch, web.resolver) as fetch:
                report = run_check(
                    request, settings, fetch, store, clock=frozen(moment), archive=client
                )
                previous = load_context(store, report.run.id).previous
            said = io.StringIO()
            notify_after_run(report, previous, settings.notify, Console(file=said, width=200))
        snapshot = archive.snapshot_url(dead, "20261014090000")
        lookups = len(archive.lookups())
    source = report.routes[0].sources[1]
    assert source.confirmed and source.archived_url == snapshot
    assert lookups <= 2  # the first run asked; the next two remembered
    digest = mailbox.texts()[-1]  # the night the death was confirmed
    assert (
        "Newly broken" in digest
        and f"#2 Source Two: the page is gone (HTTP 404) (archived copy: {snapshot})" in digest
    )
    assert "notify: sent to 1 of 1 target(s)" in said.getvalue()

    cli = CliRunner()
    reports = tmp_path / "reports"
    shown = cli.invoke(main, ["report", "--store", str(store_path), "--reports", str(reports)])
    assert shown.exit_code == 0, shown.output
    index = lxml.html.parse(str(reports / "index.html")).getroot()
    assert snapshot in [a.get("href") for a in index.iter("a")]
    page = lxml.html.parse(str(reports / "routes" / "back-pain.html")).getroot()
    assert snapshot in [a.get("href") for a in page.iter("a")]

    store_args = ["--routes", str(routes), "--store", str(store_path)]
    before = route_file.read_text()
    preview = cli.invoke(main, ["fix", *store_args])
    assert preview.exit_code == 1 and route_file.read_text() == before
    written = cli.invoke(main, ["fix", "--write", *store_args])
    assert written.exit_code == 0, written.output
    after = route_file.read_text()
    expected = before.replace(
        f"    url: {dead}  # the clinic's guide\n",
        f"    url: {dead}  # the clinic's guide\n    archived: {snapshot}\n",
    ).replace(f"    url: {moving}\n", f"    url: {new_home}\n")
    assert after == expected  # comments, order and every other line untouched
    assert preview.stdout.count("\n+    ") == 2 and preview.stdout.count("\n-    ") == 1

    validated = cli.invoke(main, ["validate", "--routes", str(routes)])
    assert validated.exit_code == 0, validated.output
    assert cli.invoke(main, ["fix", *store_args]).exit_code == 0  # nothing left to fix
