"""Each source is read as the proven extractors' code reads it, in whatever shape a page writes it.

Pages nobody here has seen declare their titles in shapes the corpus lacks: JSON-LD as a
top-level list, with a ``@type`` list, in a ``@graph``; titles with several colons. Each page
below is a real file read through ``curator.extract``; the expected values are what Readability,
metascraper and goose3 output on it (bench/extract_readers.py ports how they read).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.extract_quality import load_pages
from bench.extract_readers import check_cases, mark
from bench.extract_shapes import SHAPES, score

from curator.extract import PageMeta, extract

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
HEADERS = {"content-type": "text/html; charset=utf-8"}
PAGE_TITLE = "Northern rivers at record highs after a wet spring"
ARTICLE: dict[str, Any] = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rivers of the north run high",
    "description": "Spring floods reach record levels along three rivers.",
}


def read(tmp_path: Path, head: str) -> PageMeta:
    page = tmp_path / "page.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset=utf-8>{head}</head>"
        "<body><p>Short body.</p></body></html>",
        encoding="utf-8",
    )
    return extract(page.read_bytes(), "https://news.example/rivers", HEADERS)


def script(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_title_after_colons_keeps_its_site_prefix_when_the_rest_is_two_words(
    tmp_path: Path,
) -> None:
    """Readability counts " Flood warnings" (after the last colon) as three words, so it keeps
    the whole title; cutting to "Weather and climate desk: Flood warnings" matched no tool."""
    title = "Daily Paper: Weather and climate desk: Flood warnings"
    assert read(tmp_path, f"<title>{title}</title>").title == title


def test_a_title_after_a_colon_still_loses_its_site_prefix(tmp_path: Path) -> None:
    meta = read(tmp_path, "<title>Daily Paper: Northern rivers at record highs</title>")
    assert meta.title == "Northern rivers at record highs"


@pytest.mark.parametrize(
    ("shape", "data"),
    [
        ("a @type list", {**ARTICLE, "@type": ["NewsArticle"]}),
        ("a list whose article has a @type list", [{**ARTICLE, "@type": ["NewsArticle"]}]),
        ("an object @context without @vocab", {**ARTICLE, "@context": {"@language": "en"}}),
        ("another vocabulary", {**ARTICLE, "@context": "https://example.org/terms"}),
        ("a type Readability does not list", {**ARTICLE, "@type": "Recipe"}),
    ],
)
def test_jsonld_no_extractor_reads_before_title_leaves_the_title_to_the_page(
    tmp_path: Path, shape: str, data: object
) -> None:
    """Readability skips these scripts, goose3 too, and metascraper reads ``<title>`` first: all
    three report the page's ``<title>``."""
    meta = read(tmp_path, f"<title>{PAGE_TITLE}</title>{script(data)}")
    assert meta.title == PAGE_TITLE, shape


def test_jsonld_with_a_raw_line_break_in_a_string_is_skipped_for_the_title(
    tmp_path: Path,
) -> None:
    broken = script(ARTICLE).replace("Rivers of the north", "Rivers of\nthe north")
    assert read(tmp_path, f"<title>{PAGE_TITLE}</title>{broken}").title == PAGE_TITLE


@pytest.mark.parametrize(
    ("shape", "body"),
    [
        (
            "a @graph member",
            script(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebSite", "name": "Daily Paper"},
                        {k: v for k, v in ARTICLE.items() if k != "@context"},
                    ],
                }
            ),
        ),
        ("a context with a trailing slash", script({**ARTICLE, "@context": "http://schema.org/"})),
        (
            "a top-level list, breadcrumbs first",
            script([{"@context": "https://schema.org", "@type": "BreadcrumbList"}, ARTICLE]),
        ),
        (
            "schema.org as @vocab",
            script({**ARTICLE, "@context": {"@vocab": "https://schema.org/"}}),
        ),
        (
            "CDATA around the JSON",
            script(ARTICLE).replace(">{", "><![CDATA[{").replace("}<", "}]]><"),
        ),
        (
            "a breadcrumb script first",
            script({"@context": "https://schema.org", "@type": "BreadcrumbList"}) + script(ARTICLE),
        ),
    ],
)
def test_jsonld_readability_reads_gives_the_title(tmp_path: Path, shape: str, body: str) -> None:
    meta = read(tmp_path, f"<title>{PAGE_TITLE}</title>{body}")
    assert meta.title == "Rivers of the north run high", shape


def test_jsonld_descriptions_are_still_read_in_any_shape_metascraper_reads(
    tmp_path: Path,
) -> None:
    """metascraper reads a JSON-LD description from any item, lists included."""
    meta = read(tmp_path, f"<title>{PAGE_TITLE}</title>{script([ARTICLE])}")
    assert meta.description == ARTICLE["description"]
    assert meta.description_source == "json-ld"


def test_a_bare_description_property_is_not_the_meta_description(tmp_path: Path) -> None:
    """Readability, metascraper and goose3 read the meta description from ``name=`` only, and
    ``property=`` only with a prefix (``og:description``)."""
    bare = '<meta property="description" content="Text in a bare property, read by no tool.">'
    assert read(tmp_path, f"<title>{PAGE_TITLE}</title>{bare}").description is None
    both = bare + '<meta property="og:description" content="The og description of the page.">'
    meta = read(tmp_path, f"<title>{PAGE_TITLE}</title>{both}")
    assert (meta.description, meta.description_source) == ("The og description of the page.", "og")
    named = '<meta name="description" content="The meta description of the page.">'
    assert read(tmp_path, named).description == "The meta description of the page."


def test_no_shape_where_the_extractors_agree_is_read_differently() -> None:
    """Every shape in bench/extract_readers.py where most tools output one value: curator
    outputs it too, or the difference is a choice measured on the corpus (named there)."""
    rows = check_cases()
    diverging = [f"{row[0].name} [{row[1]}]: {row[4]!r}" for row in rows if mark(row) == "DIVERGES"]
    assert not diverging
    assert sum(mark(row) == "ok" for row in rows) >= 50


@pytest.mark.slow
def test_no_corpus_page_changes_answer_when_its_sources_change_shape() -> None:
    """Every fourth corpus page rewritten into each shape of bench/extract_shapes.py (JSON-LD in
    a @graph, escaped, after a breadcrumb list, as a list; meta attributes reordered, upper-case,
    in <body>; titles broken over lines ...): a page curator got right stays right against the
    truth its tool gives for the rewritten page. Shapes that measure a disputed choice are
    reported by the bench, not held here."""
    if not (CORPUS / "pages").is_dir():
        pytest.skip(f"page corpus not found at {CORPUS.resolve()}")
    rows = score(load_pages(CORPUS)[::4])
    broken = {
        f"{name} [{field}]": row.broke
        for (name, field), row in rows.items()
        if row.broke and not next(s for s in SHAPES if s.name == name).choice
    }
    assert not broken
    assert sum(row.applied for row in rows.values()) > 400


def test_jsonld_with_nan_is_skipped_for_the_title_as_json_parse_skips_it(tmp_path: Path) -> None:
    bad = json.dumps(ARTICLE)[:-1] + ', "wordCount": NaN}'
    meta = read(
        tmp_path, f'<title>{PAGE_TITLE}</title><script type="application/ld+json">{bad}</script>'
    )
    assert meta.title == PAGE_TITLE


def test_jsonld_nested_deeper_than_the_parser_goes_is_not_a_crash(tmp_path: Path) -> None:
    deep = "[" * 100_000 + json.dumps(ARTICLE) + "]" * 100_000
    meta = read(
        tmp_path, f'<title>{PAGE_TITLE}</title><script type="application/ld+json">{deep}</script>'
    )
    assert meta.title == PAGE_TITLE


def test_bare_property_names_other_than_description_still_count(tmp_path: Path) -> None:
    """Only ``property="description"`` is left unread: a page's dates given as bare properties
    are what tells an editor the source changed after review."""
    head = (
        f"<title>{PAGE_TITLE}</title>"
        '<meta property="datePublished" content="2024-03-01">'
        '<meta property="dateModified" content="2026-11-20">'
    )
    meta = read(tmp_path, head)
    assert (str(meta.published), str(meta.modified)) == ("2024-03-01", "2026-11-20")
