"""Every kind of route-file mistake is reported as ``file:line: message`` at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog_helpers import SOURCES, TODAY, shown, valid_route, write
from curator.catalog import load_route


def problems_in(tmp_path: Path, text: str, name: str = "a-route.yaml") -> list[str]:
    _, problems = load_route(write(tmp_path, name, text), today=TODAY)
    return shown(problems, tmp_path)


def test_a_valid_route_loads_with_typed_values(tmp_path: Path) -> None:
    route, problems = load_route(
        write(tmp_path, "a-route.yaml", valid_route(similar="[other]")), today=TODAY
    )
    assert problems == []
    assert route is not None
    assert route.slug == "a-route"
    assert route.title == "A Route"
    assert str(route.reviewed) == "2026-11-01"
    assert [source.name for source in route.sources] == ["One", "Two", "Three", "Four", "Five"]
    assert [source.line for source in route.sources] == [6, 9, 12, 15, 18]
    assert route.similar == ["other"]
    assert "line" not in route.sources[0].model_dump()


def test_malformed_yaml_names_line_and_column(tmp_path: Path) -> None:
    text = "title: A Route\nsummary: text\n  nested: oops\n"
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:3: malformed YAML: mapping values are not allowed here (column 9)"
    ]


def test_unclosed_flow_list_is_malformed_yaml(tmp_path: Path) -> None:
    text = valid_route(similar="[back-pain, other")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:21: malformed YAML: expected ',' or ']', but got '<stream end>' (column 1)"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- title\n- summary\n", "a list"),
        ("just a sentence\n", "text 'just a sentence'"),
        ("42\n", "a number (42)"),
    ],
)
def test_top_level_must_be_a_mapping(tmp_path: Path, text: str, found: str) -> None:
    assert problems_in(tmp_path, text) == [
        f"a-route.yaml:1: top level must be a mapping of title, summary, sources ..., not {found}"
    ]


def test_empty_file_is_reported(tmp_path: Path) -> None:
    assert problems_in(tmp_path, "# only a comment\n") == [
        "a-route.yaml:1: file is empty; a route needs title, summary and sources"
    ]


def test_missing_keys_point_at_the_start_of_their_mapping(tmp_path: Path) -> None:
    text = "# editor note\n\ntitle: A Route\nsources:\n  - name: One\n    blurb: b\n"
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:3: missing key 'summary'",
        "a-route.yaml:4: 'sources' has 1 entry; a route has exactly five",
        "a-route.yaml:5: source #1: missing key 'url'",
    ]


def test_unknown_keys_are_reported_at_their_line_with_a_suggestion(tmp_path: Path) -> None:
    text = valid_route().replace("title: A Route\n", "title: A Route\nsumary: typo\nfoo: 1\n")
    text = text.replace("    blurb: Third source.\n", "    blurb: Third source.\n    link: x\n")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:2: unknown key 'sumary' (did you mean 'summary'?)",
        "a-route.yaml:3: unknown key 'foo'",
        "a-route.yaml:16: source #3: unknown key 'link'",
    ]


@pytest.mark.parametrize(
    ("line", "replacement", "message"),
    [
        ("title: A Route", "title: 2024", "'title' must be text, not a number (2024)"),
        ("title: A Route", "title: [a, b]", "'title' must be text, not a list"),
        ("summary: Some summary.", "summary: true", "'summary' must be text, not true/false"),
        ("summary: Some summary.", "summary:", "'summary' must not be empty"),
        ("summary: Some summary.", "summary: '   '", "'summary' must not be empty"),
    ],
)
def test_wrong_types_are_reported_at_the_key(
    tmp_path: Path, line: str, replacement: str, message: str
) -> None:
    text = valid_route().replace(line, replacement, 1)
    number = valid_route().splitlines().index(line) + 1
    assert problems_in(tmp_path, text) == [f"a-route.yaml:{number}: {message}"]


def test_sources_that_are_not_a_list(tmp_path: Path) -> None:
    text = "title: T\nsummary: S\nsources: see below\n"
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:3: 'sources' must be a list of sources, not text 'see below'"
    ]


@pytest.mark.parametrize("count", [0, 4, 6])
def test_not_exactly_five_sources_points_at_sources_key(tmp_path: Path, count: int) -> None:
    items = "".join(
        f"  - name: S{n}\n    url: https://s{n}.example.org/\n    blurb: Source {n}.\n"
        for n in range(count)
    )
    text = f"# note\ntitle: T\nsummary: S\nsources:{' []' if count == 0 else ''}\n{items}"
    assert problems_in(tmp_path, text) == [
        f"a-route.yaml:4: 'sources' has {count} entries; a route has exactly five"
    ]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://files.example.org/x", "must be an absolute http:// or https:// URL"),
        ("www.who.int/news-room", "must be an absolute http:// or https:// URL"),
        ("/relative/path", "must be an absolute http:// or https:// URL"),
        ("https:///no-host", "has no host"),
        ("'https://example.org/a page'", "contains spaces or control characters"),
        ("https://example.org:99999/", "cannot be parsed (Port out of range 0-65535)"),
    ],
)
def test_bad_url_is_reported_at_the_url_line(tmp_path: Path, url: str, reason: str) -> None:
    text = valid_route().replace("https://three.example.org/page", url)
    written = url.strip("'")
    assert problems_in(tmp_path, text) == [f"a-route.yaml:12: source #3: URL '{written}' {reason}"]


def test_url_given_twice_is_reported_at_the_second(tmp_path: Path) -> None:
    text = valid_route().replace(
        "https://four.example.org/page", "HTTPS://One.Example.ORG/page/#section"
    )
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:15: source #4: URL repeats source #1 (HTTPS://One.Example.ORG/page/#section)"
    ]


def test_urls_differing_in_path_or_query_are_not_duplicates(tmp_path: Path) -> None:
    text = valid_route().replace("https://two.example.org/page", "https://one.example.org/page?x")
    text = text.replace("https://three.example.org/page", "https://one.example.org/Page")
    assert problems_in(tmp_path, text) == []


@pytest.mark.parametrize(
    ("line", "replacement", "number", "message"),
    [
        ("    blurb: Second source.", "    blurb: ''", 10, "source #2: 'blurb' must not be empty"),
        ("    blurb: Second source.", "    blurb:", 10, "source #2: 'blurb' must not be empty"),
        ("  - name: Five", "  - name: '  '", 17, "source #5: 'name' must not be empty"),
        ("  - name: Five", "  - name: 5", 17, "source #5: 'name' must be text, not a number (5)"),
    ],
)
def test_empty_name_or_blurb(
    tmp_path: Path, line: str, replacement: str, number: int, message: str
) -> None:
    text = valid_route().replace(line, replacement)
    assert problems_in(tmp_path, text) == [f"a-route.yaml:{number}: {message}"]


def test_source_that_is_not_a_mapping(tmp_path: Path) -> None:
    text = valid_route().replace(
        "  - name: Two\n    url: https://two.example.org/page\n    blurb: Second source.\n",
        "  - https://two.example.org/page\n",
    )
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:8: source #2 must be a mapping of name, url and blurb, "
        "not text 'https://two.example.org/page'",
    ]


def test_similar_slug_equal_to_own_slug(tmp_path: Path) -> None:
    text = valid_route().replace("similar: []", "similar:\n  - a-route\n")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:21: similar: 'a-route' is this route itself"
    ]


def test_similar_entries_must_be_slugs_listed_once(tmp_path: Path) -> None:
    text = valid_route().replace(
        "similar: []", "similar:\n  - Back Pain\n  - 7\n  - other\n  - other\n"
    )
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:21: similar: 'Back Pain' is not a route slug "
        "(lower-case letters and digits, words joined by single hyphens)",
        "a-route.yaml:22: similar: expected a route slug, not a number (7)",
        "a-route.yaml:24: similar: 'other' is listed twice (first at line 23)",
    ]


def test_similar_must_be_a_list(tmp_path: Path) -> None:
    text = valid_route().replace("similar: []", "similar: back-pain")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:20: 'similar' must be a list of route slugs, not text 'back-pain'"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-24", "'reviewed' 2026-11-24 is in the future (today is 2026-11-23)"),
        ("2026-02-30", "'reviewed' 2026-02-30 is not a real date"),
        ("last week", "'reviewed' must be a date like 2026-11-01, not text 'last week'"),
        ("'2026-11-01'", "'reviewed' must be a date like 2026-11-01, not text '2026-11-01'"),
        ("2026-11-01 10:00:00", "'reviewed' must be a date like 2026-11-01, not a date and time"),
        ("20261101", "'reviewed' must be a date like 2026-11-01, not a number (20261101)"),
    ],
)
def test_reviewed_must_be_a_past_date(tmp_path: Path, value: str, message: str) -> None:
    text = valid_route().replace("reviewed: 2026-11-01", f"reviewed: {value}")
    assert problems_in(tmp_path, text) == [f"a-route.yaml:2: {message}"]


def test_reviewed_today_is_fine_and_missing_means_not_yet_reviewed(tmp_path: Path) -> None:
    today = valid_route().replace("reviewed: 2026-11-01", "reviewed: 2026-11-23")
    assert problems_in(tmp_path, today) == []
    route, problems = load_route(
        write(tmp_path, "unreviewed.yaml", valid_route().replace("reviewed: 2026-11-01\n", "")),
        today=TODAY,
    )
    assert problems == []
    assert route is not None
    assert route.reviewed is None


def test_duplicate_keys_are_all_reported_with_both_lines(tmp_path: Path) -> None:
    text = valid_route().replace("summary: Some summary.\n", "summary: One.\ntitle: Again\n")
    text = text.replace("    blurb: Fifth source.\n", "    blurb: Fifth source.\n    url: x\n")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:4: duplicate key 'title' (first at line 1)",
        "a-route.yaml:21: duplicate key 'url' (first at line 19)",
    ]


def test_file_that_is_not_utf8_names_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "a-route.yaml"
    path.write_bytes(valid_route().replace("Some summary.", "Caf\xe9").encode("latin-1"))
    _, problems = load_route(path, today=TODAY)
    assert shown(problems, tmp_path) == [
        "a-route.yaml:3: file is not UTF-8 text (byte 0xe9 at column 13)"
    ]


def test_utf8_with_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a-route.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + valid_route(title="Caf\u00e9").encode("utf-8"))
    route, problems = load_route(path, today=TODAY)
    assert problems == []
    assert route is not None
    assert route.title == "Caf\u00e9"


def test_control_character_is_reported_at_its_line(tmp_path: Path) -> None:
    text = valid_route().replace("First source.", "First\x07source.")
    assert problems_in(tmp_path, text) == [
        "a-route.yaml:7: malformed YAML: character #x0007 is not allowed"
    ]


@pytest.mark.parametrize("name", ["Back_Pain.yaml", "back--pain.yaml", "-back.yaml"])
def test_file_name_must_be_a_slug(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, valid_route())
    route, problems = load_route(path, today=TODAY)
    assert route is None
    assert shown(problems, tmp_path) == [
        f"{name}: file name '{name}' is not a route slug "
        "(lower-case letters and digits, words joined by single hyphens)"
    ]


def test_every_problem_in_a_file_is_reported_in_line_order(tmp_path: Path) -> None:
    text = f"""\
# An editor's comment
title:
reviewed: tomorrow
colour: blue
{SOURCES}similar: [a-route, nowhere]
"""
    text = text.replace("https://two.example.org/page", "two.example.org")
    text = text.replace("    blurb: Fourth source.\n", "    blurb: ' '\n")
    _, problems = load_route(write(tmp_path, "a-route.yaml", text), today=TODAY)
    assert shown(problems, tmp_path) == [
        "a-route.yaml:2: 'title' must not be empty",
        "a-route.yaml:2: missing key 'summary'",
        "a-route.yaml:3: 'reviewed' must be a date like 2026-11-01, not text 'tomorrow'",
        "a-route.yaml:4: unknown key 'colour'",
        "a-route.yaml:10: source #2: URL 'two.example.org' "
        "must be an absolute http:// or https:// URL",
        "a-route.yaml:17: source #4: 'blurb' must not be empty",
        "a-route.yaml:21: similar: 'a-route' is this route itself",
    ]


def test_route_with_a_bad_source_keeps_its_good_sources(tmp_path: Path) -> None:
    text = valid_route().replace("https://two.example.org/page", "not a url")
    route, problems = load_route(write(tmp_path, "a-route.yaml", text), today=TODAY)
    assert len(problems) == 1
    assert route is not None
    assert [source.name for source in route.sources] == ["One", "Three", "Four", "Five"]


def test_route_without_usable_title_is_not_built(tmp_path: Path) -> None:
    text = valid_route().replace("title: A Route", "title: ''")
    route, problems = load_route(write(tmp_path, "a-route.yaml", text), today=TODAY)
    assert route is None
    assert shown(problems, tmp_path) == ["a-route.yaml:1: 'title' must not be empty"]
