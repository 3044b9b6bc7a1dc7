"""bench/outside_build.py reads other projects' fixture layouts from local checkouts.

The checkouts are written here in the sources' layouts with pages and test files of our own (no
third-party bytes): what each source asserts is read as it means it, unasserted fields stay
null, and a page already in the corpus is left out, so the outside measure never re-grades it.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import outside_build, outside_pages

MERCURY_TEST = """\
describe('ExampleExtractor', () => {{
  describe('initial test case', () => {{
    beforeAll(() => {{
      url =
        '{url}';
      const html = fs.readFileSync(
        './fixtures/{site}/1550906544985.html'
      );
    }});
    it('returns the title', async () => {{
      const {{ title }} = await result;
      assert.equal(
        title,
        {title}
      );
    }});
  }});
  describe('another case', () => {{
    beforeAll(() => {{
      url = 'https://{site}/other';
      const html = fs.readFileSync('./fixtures/{site}/other.html');
    }});
    it('returns the title', async () => {{
      assert.equal(title, 'Not the first case');
    }});
  }});
}});
"""
PAGE = "<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>"


def _mercury_site(root: Path, site: str, title_literal: str, page_title: str) -> None:
    tests = root / "src/extractors/custom" / site
    tests.mkdir(parents=True)
    url = f"https://{site}/2019/02/story.html"
    test = MERCURY_TEST.format(url=url, site=site, title=title_literal)
    (tests / "index.test.js").write_text(test, encoding="utf-8")
    (root / "fixtures" / site).mkdir(parents=True)
    page = PAGE.format(title=page_title).encode("utf-8")
    (root / "fixtures" / site / "1550906544985.html").write_bytes(page)


def test_mercury_titles_are_read_from_the_first_case(tmp_path: Path) -> None:
    checkout = tmp_path / "parser"
    _mercury_site(checkout, "news.example", "`Bridge opens: \\`finally\\``", "Bridge opens")
    _mercury_site(checkout, "blog.example", "'It\\'s done \\u2014 at last'", "It's done")
    _mercury_site(checkout, "null.example", "null", "Untitled")  # no title asserted: skipped

    found = {one.id: one for one in outside_build.mercury(checkout, "abc123")}

    assert sorted(found) == ["mercury-blog.example", "mercury-news.example"]
    news = found["mercury-news.example"].truth
    assert news["title"] == "Bridge opens: `finally`"
    assert news["url"] == "https://news.example/2019/02/story.html"
    assert news["description"] is None
    assert news["source"] == {
        "repo": "postlight/parser",
        "commit": "abc123",
        "path": "fixtures/news.example/1550906544985.html",
        "truth_path": "src/extractors/custom/news.example/index.test.js",
    }
    assert found["mercury-blog.example"].truth["title"] == "It's done — at last"
    assert "quirks" not in news


def test_mercury_pages_saved_after_its_meta_rename_say_so(tmp_path: Path) -> None:
    checkout = tmp_path / "parser"
    _mercury_site(checkout, "news.example", "`Bridge opens`", "Bridge opens")
    page = checkout / "fixtures/news.example/1550906544985.html"
    page.write_text("<html><head><meta value='Bridge opens' name='og:title'></head></html>")

    (found,) = outside_build.mercury(checkout, None)

    assert found.truth["quirks"] == ["mercury-meta"]


def test_newspaper4k_snapshots_keep_unasserted_fields_null(tmp_path: Path) -> None:
    checkout = tmp_path / "newspaper4k"
    (checkout / "tests/data/metadata").mkdir(parents=True)
    (checkout / "tests/data/html").mkdir(parents=True)
    snapshot = {"url": "https://paper.example/a/1", "title": "Dam report", "meta_description": ""}
    (checkout / "tests/data/metadata/paper_001.json").write_text(json.dumps(snapshot))
    (checkout / "tests/data/html/paper_001.html").write_text(PAGE.format(title="Dam report"))

    (found,) = outside_build.newspaper4k(checkout, None)

    assert found.id == "newspaper4k-paper_001"
    assert (found.truth["title"], found.truth["description"]) == ("Dam report", None)


def test_pages_in_the_corpus_are_left_out_and_the_rest_score(tmp_path: Path) -> None:
    checkout = tmp_path / "parser"
    _mercury_site(checkout, "news.example", "`Bridge opens`", "Bridge opens")
    _mercury_site(checkout, "dup.example", "`Copied`", "Copied")
    corpus = tmp_path / "corpus"
    (corpus / "pages/known").mkdir(parents=True)
    copied = checkout / "fixtures/dup.example/1550906544985.html"
    (corpus / "pages/known/page.html").write_bytes(copied.read_bytes())
    (corpus / "pages/known/truth.json").write_text(json.dumps({"id": "known", "url": None}))
    out = tmp_path / "outside"

    code = outside_build.main(
        ["--out", str(out), "--mercury", f"{checkout}@abc123", "--corpus", str(corpus)]
    )

    assert code == 0
    assert sorted(path.name for path in (out / "pages").iterdir()) == ["mercury-news.example"]
    scores = outside_pages.score(outside_pages.read_pages(out))
    assert scores.tally("mercury", "title", "curator").matched == 1


def test_a_missing_checkout_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert outside_build.main(["--out", str(tmp_path / "o"), "--mercury", str(missing)]) == 2


TRAFILATURA_TESTS = """
MOCK_PAGES = {
    "https://blog.example/one": "blog.example.one.html",
    "https://paper.example/two": "paper.example.two.html",
    "https://gone.example/three": "missing.html",
}


def test_pages():
    metadata = extract_metadata(load_mock_page_meta("https://blog.example/one"))
    assert metadata.title == "River path opens"
    assert metadata.description.startswith("The bridge")  # not exact: not a truth
    url = "https://paper.example/two"
    metadata = extract_metadata(
        load_mock_page_meta(url)
    )
    assert metadata["description"] == "Twelve lamps."
    assert "Lamps" in metadata.title  # not exact: not a truth
    metadata = extract_metadata(load_mock_page_meta("https://gone.example/three"))
    assert metadata.title == "No page behind it"
"""


def test_trafilatura_exact_asserts_are_read_page_by_page(tmp_path: Path) -> None:
    checkout = tmp_path / "trafilatura"
    (checkout / "tests/cache").mkdir(parents=True)
    (checkout / "tests/metadata_tests.py").write_text(TRAFILATURA_TESTS, encoding="utf-8")
    for name in ("blog.example.one", "paper.example.two"):
        (checkout / f"tests/cache/{name}.html").write_text(PAGE.format(title=name))

    found = {one.id: one.truth for one in outside_build.trafilatura(checkout, "c0ffee")}

    assert sorted(found) == ["trafilatura-blog.example.one", "trafilatura-paper.example.two"]
    one, two = found["trafilatura-blog.example.one"], found["trafilatura-paper.example.two"]
    assert (one["title"], one["description"]) == ("River path opens", None)
    assert (two["title"], two["description"]) == (None, "Twelve lamps.")
    assert two["url"] == "https://paper.example/two"
