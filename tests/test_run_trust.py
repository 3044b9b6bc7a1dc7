"""Small things that cost an editor's trust, checked through real runs and real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

from clirun import curator
from fixtureweb import FixtureWeb, html_page
from routefiles import write_route
from sitefolder import SiteFolder

ROOT = Path(__file__).resolve().parents[1]


def test_a_trailing_slash_redirect_is_not_a_move(web: FixtureWeb, tmp_path: Path) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain",))
    page = html_page(title="Back pain guide", body="<p>Pain facts.</p>" * 20)
    slashed = web.add("www.back-pain-1.example", "/guide/", body=page)
    web.redirect("www.back-pain-1.example", "/guide", to=slashed, status=301)
    moved_to = web.add("www.back-pain-2.example", "/new-guide", body=page)
    web.redirect("www.back-pain-2.example", "/old-guide", to=moved_to, status=301)
    urls = [
        slashed.rstrip("/"),
        moved_to.replace("/new-guide", "/old-guide"),
        *site.urls["back-pain"][2:],
    ]
    write_route(site.routes_dir, "back-pain", urls)

    proc = curator("run", *site.args(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sources = json.loads((tmp_path / "reports" / "latest.json").read_text())["routes"][0]["sources"]
    assert sources[0]["state"] == "alive"  # /guide -> /guide/ names the same page
    assert "trailing slash" in sources[0]["reason"]
    assert sources[1]["state"] == "moved" and sources[1]["final_url"] == moved_to


def _rendered(markdown: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(
        f"<div>{MarkdownIt('commonmark').enable('table').render(markdown)}</div>"
    )


def test_latest_md_renders_without_stray_backslashes(web: FixtureWeb, tmp_path: Path) -> None:
    site = SiteFolder(web, tmp_path, ("back-pain",))
    title = r"Back *pain* <and> legs_x [1] \ `code`"
    path = site.routes_dir / "back-pain.yaml"
    path.write_text(path.read_text().replace("title: Back Pain", f"title: '{title}'"))
    broken = "title: a\nsources:\n  - name: x\n    url: y\n  bad: z\n"  # "expected <block end>"
    (site.routes_dir / "broken.yaml").write_text(broken, encoding="utf-8")

    proc = curator("run", *site.args(), cwd=tmp_path)
    assert proc.returncode == 2  # the broken file
    html = _rendered((tmp_path / "reports" / "latest.md").read_text(encoding="utf-8"))
    (problem,) = html.xpath("//h2[.='Route files with problems']/following-sibling::ul[1]/li")
    assert problem.text_content().startswith("routes/broken.yaml:5: malformed YAML: expected")
    assert "<block end>" in problem.text_content() and "\\" not in problem.text_content()
    (heading,) = [h for h in html.xpath("//h2") if "pain" in h.text_content()]
    assert heading.text_content() == f"{title} (🟢 healthy)"  # every character as written
    assert "\\" not in "".join(html.xpath("//table//text()"))


def test_a_folder_without_routes_gets_no_state_store_or_reports(tmp_path: Path) -> None:
    proc = curator("run", "--no-progress", cwd=tmp_path)
    assert proc.returncode == 2
    assert "routes: not a directory of route files" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no .curator/, no reports/


def test_readme_and_docs_link_only_to_files_in_the_repository() -> None:
    """A clone has no ../shared: every relative link and path the docs name must exist."""
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text, doc
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"
