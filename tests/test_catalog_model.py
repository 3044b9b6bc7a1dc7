"""Routes built in code obey the same rules as routes read from files."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from ruamel.yaml import YAML

from curator.catalog import Route, RouteFileError, Source, load_route_document
from curator.catalog.check import line_for_loc
from curator.catalog.rules import normalise_url


def test_source_rejects_blank_text_and_unusable_urls() -> None:
    with pytest.raises(ValidationError) as caught:
        Source(name=" ", url="mailto:someone@example.org", blurb="")
    assert {(error["loc"], error["msg"]) for error in caught.value.errors()} == {
        (("name",), "must not be empty"),
        (("url",), "URL must be an absolute http:// or https:// URL"),
        (("blurb",), "must not be empty"),
    }


def test_route_rejects_bad_slugs_and_unknown_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        Route.model_validate(
            {
                "slug": "Back Pain",
                "path": "routes/x.yaml",
                "title": "T",
                "summary": "S",
                "sources": [],
                "similar": ["ok", "Not_OK"],
                "colour": "blue",
            }
        )
    assert {error["loc"] for error in caught.value.errors()} == {
        ("slug",),
        ("similar", 1),
        ("colour",),
    }


def test_source_line_is_bookkeeping_not_content() -> None:
    source = Source(name=" WHO ", url="https://www.who.int/", blurb="Facts.\n", line=7)
    assert source.model_dump() == {
        "name": "WHO", "url": "https://www.who.int/", "blurb": "Facts.", "archived": None
    }  # fmt: skip
    assert source.line == 7


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("HTTPS://WWW.Who.INT/a/", "https://www.who.int/a", True),
        ("https://www.who.int/a#top", "https://www.who.int/a", True),
        ("https://www.who.int:443/a", "https://www.who.int/a", True),
        ("https://www.who.int/A", "https://www.who.int/a", False),
        ("https://www.who.int/a?x=1", "https://www.who.int/a", False),
        ("http://www.who.int/a", "https://www.who.int/a", False),
    ],
)
def test_url_normalisation_erases_only_trivial_differences(
    left: str, right: str, same: bool
) -> None:
    assert (normalise_url(left) == normalise_url(right)) is same


def test_line_for_loc_finds_keys_items_and_missing_keys() -> None:
    document = YAML(typ="rt").load(
        "# comment\ntitle: T\nsources:\n  - name: A\n    url: https://a.example/\n"
    )
    assert line_for_loc(document, ("title",)) == 2
    assert line_for_loc(document, ("sources", 0)) == 4
    assert line_for_loc(document, ("sources", 0, "url")) == 5
    assert line_for_loc(document, ("sources", 0, "blurb")) == 4  # missing: where to add it
    assert line_for_loc(document, ("summary",)) == 2


def test_load_route_document_refuses_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "a-route.yaml"
    path.write_text("title: T\ntitle: again\n")
    with pytest.raises(RouteFileError) as caught:
        load_route_document(path)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{path}:2: duplicate key 'title' (first at line 1)"
    ]
