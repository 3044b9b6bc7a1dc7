"""A run that finds a route as the last run left it leaves the route's page as it is: real
``curator run`` processes over the fixture web, real report files.

Each route page carries a key of what it shows besides its run and check times
(``html.route_page_key``); a run whose page would key alike keeps the file on disk, and the
page says it shows the route as of the check that wrote it. Whatever changes on a route (a
source's title, its state) writes its page again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import lxml.html

from clirun import curator
from curator.report.model import Report
from curator.report.outputs import write_all
from fixtureweb import FixtureRequest, FixtureWeb, html_page
from sitefolder import SiteFolder

SLUGS = ("back-pain", "leg-pain", "sciatica")


def _run(site: SiteFolder, root: Path) -> dict:  # type: ignore[type-arg]
    proc = curator("run", *site.args(), cwd=root)
    assert proc.returncode == 0, proc.stderr
    report: dict = json.loads((root / "reports" / "latest.json").read_text())  # type: ignore[type-arg]
    return report


def _pages(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Each route page's file identity (inode, modification time) and bytes."""
    pages = {}
    for page in sorted((root / "reports" / "routes").glob("*.html")):
        stat = page.stat()
        pages[page.stem] = (stat.st_ino, stat.st_mtime_ns, page.read_bytes())
    return pages


def _without_times(report: dict) -> dict:  # type: ignore[type-arg]
    """The report as an editor reads it, less the run's id and clock."""
    routes = [
        {**route, "sources": [{**s, "checked_at": None} for s in route["sources"]]}
        for route in report["routes"]
    ]
    return {**report, "run": None, "routes": routes}


def test_a_run_over_unchanged_pages_keeps_their_route_pages_and_a_change_writes_one_again(
    web: FixtureWeb, tmp_path: Path
) -> None:
    site = SiteFolder(web, tmp_path, SLUGS)
    first = _run(site, tmp_path)
    second = _run(site, tmp_path)  # its sources found unchanged (the same bytes)
    written = _pages(tmp_path)
    third = _run(site, tmp_path)
    assert third["run"]["id"] != second["run"]["id"]
    assert _without_times(third) == _without_times(second)  # the same report content
    assert _pages(tmp_path) == written  # not one route page written again
    index = (tmp_path / "reports" / "index.html").read_text()
    assert third["run"]["id"] in index  # the dashboard is the latest run's
    page = lxml.html.fromstring(written["back-pain"][2])
    (checked,) = page.find_class("last-checked")
    assert "leaves this page as it is" in checked.text_content()
    assert first["run"]["id"] in page.find_class("foot")[0].text_content()  # who wrote it

    # A source whose page changes (a new title) writes its route's page again, and only it.
    retitled = html_page(title="Back pain, revised", body="<p>Pain facts.</p>" * 20)
    web.add("www.back-pain-2.example", "/back-pain", body=retitled)
    site.kill("leg-pain", 3)  # and a source that fails
    fourth = _run(site, tmp_path)
    after = _pages(tmp_path)
    assert after["sciatica"] == written["sciatica"]
    for slug in ("back-pain", "leg-pain"):
        assert after[slug][:2] != written[slug][:2], slug  # a new file
        assert fourth["run"]["id"].encode() in after[slug][2]
    assert b"Back pain, revised" in after["back-pain"][2]
    leg = lxml.html.fromstring(after["leg-pain"][2])
    assert "dead" in leg.get_element_by_id("source-3").text_content()


def test_a_route_page_from_other_templates_or_of_other_content_is_rendered_again(
    web: FixtureWeb, tmp_path: Path
) -> None:
    """``curator report`` (no page staged while fetching) keeps a page only when the page on
    disk keys as the route: one without a key (an older curator wrote it) or with another
    route's key is rendered again."""
    site = SiteFolder(web, tmp_path, SLUGS)
    _run(site, tmp_path)
    report = Report.model_validate_json((tmp_path / "reports" / "latest.json").read_text())
    reports = tmp_path / "reports"
    routes = reports / "routes"
    (routes / "back-pain.html").write_text("<!doctype html><p>an older page</p>")
    os.replace(routes / "sciatica.html", routes / "leg-pain.html")  # another route's page
    (routes / "sciatica.html").write_text("<!doctype html><p>an older page</p>")
    later = report.model_copy(update={"run": report.run.model_copy(update={"id": "a-later-run"})})
    written = write_all(later, reports)
    assert {path.name for path in written} >= {f"{slug}.html" for slug in SLUGS}
    for slug in SLUGS:
        text = (routes / f"{slug}.html").read_text()
        assert "an older page" not in text
        assert f"{slug} at 1" in text, slug  # its own sources
        assert "a-later-run" in text  # rendered by this report

    # A link where a page belongs is never read through, nor kept: even one to a page showing
    # the route's own key is replaced by a page of its own, and what it pointed to is untouched.
    outside = tmp_path / "elsewhere.html"
    page = routes / "leg-pain.html"
    outside.write_bytes(page.read_bytes())
    page.unlink()
    page.symlink_to(outside)
    linked = later.model_copy(update={"run": later.run.model_copy(update={"id": "linked-run"})})
    write_all(linked, reports)
    assert not page.is_symlink() and "linked-run" in page.read_text()
    assert "linked-run" not in outside.read_text()  # what the link pointed to is untouched

    # Written by this report, each page is now kept by the next one alike.
    identity = {slug: (routes / f"{slug}.html").stat().st_ino for slug in SLUGS}
    again = later.model_copy(update={"run": later.run.model_copy(update={"id": "once-more"})})
    write_all(again, reports)
    assert {slug: (routes / f"{slug}.html").stat().st_ino for slug in SLUGS} == identity
    assert "a-later-run" in (routes / "back-pain.html").read_text()
    assert "once-more" in (reports / "index.html").read_text()


def _answering_304(web: FixtureWeb, host: str, path: str, page: str, etag: str) -> None:
    def conditional(req: FixtureRequest) -> None:
        if req.headers.get("if-none-match") == etag:
            req.respond(304, b"", {"ETag": etag})
        else:
            req.respond(200, page.encode(), {"ETag": etag, "Content-Type": "text/html"})

    web.add(host, path, handler=conditional)


def test_the_second_run_over_unchanged_pages_keeps_the_first_runs_route_pages(
    web: FixtureWeb, tmp_path: Path
) -> None:
    """The run after the first finds every page as the first did, one route's by 304s and the
    others' by the same bytes: each source keeps the reason its page was judged alive for, the
    report says the check found it unchanged, and not one route page is written again."""
    site = SiteFolder(web, tmp_path, SLUGS)
    for rank in range(1, 6):
        page = html_page(title=f"back-pain at {rank}", body="<p>Pain facts.</p>" * 20)
        host = f"www.back-pain-{rank}.example"
        _answering_304(web, host, "/back-pain", page, f'"v{rank}"')
    first = _run(site, tmp_path)
    written = _pages(tmp_path)
    second = _run(site, tmp_path)
    assert _pages(tmp_path) == written  # the same files, untouched
    for before, after in zip(first["routes"], second["routes"], strict=True):
        for one, other in zip(before["sources"], after["sources"], strict=True):
            assert other["reason"] == one["reason"] == "the page answers", other["url"]
            assert (one["unchanged"], other["unchanged"]) == (False, True), other["url"]
    statuses = {r["slug"]: {s["http_status"] for s in r["sources"]} for r in second["routes"]}
    assert statuses == {"back-pain": {304}, "leg-pain": {200}, "sciatica": {200}}
    page = lxml.html.fromstring(written["back-pain"][2])
    assert first["run"]["id"] in page.find_class("foot")[0].text_content()  # the first wrote it
    assert "HTTP 200" in page.get_element_by_id("source-1").text_content()

    # A page that changes behind its validator writes its route's page again, and only it.
    revised = html_page(title="back-pain, revised", body="<p>Pain facts.</p>" * 20)
    _answering_304(web, "www.back-pain-1.example", "/back-pain", revised, '"v1-revised"')
    third = _run(site, tmp_path)
    after = _pages(tmp_path)
    assert after["back-pain"][:2] != written["back-pain"][:2]
    assert {slug: after[slug] for slug in ("leg-pain", "sciatica")} == {
        slug: written[slug] for slug in ("leg-pain", "sciatica")
    }
    source = lxml.html.fromstring(after["back-pain"][2]).get_element_by_id("source-1")
    assert "back-pain, revised" in source.text_content()
    assert "unchanged" not in source.text_content()
    shown = third["routes"][0]["sources"][1]  # a neighbour still found unchanged, and says so
    assert shown["unchanged"] and shown["http_status"] == 304
    assert "unchanged since the last live check (HTTP 304)" in (
        lxml.html.fromstring(after["back-pain"][2]).get_element_by_id("source-2").text_content()
    )
