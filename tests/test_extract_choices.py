"""The tunable extraction choices: each named source does what its name says, typos fail loudly."""

from __future__ import annotations

import pytest

from curator.extract.choices import DEFAULT, Choices
from curator.extract.descriptions import description
from curator.extract.document import Document, parse
from curator.extract.titles import title

HEAD = (
    '<meta property="og:title" content="Preview title">'
    '<meta name="DC.title" content="Dublin Core title">'
    "<title>Council approves the riverside park plan | Example News</title>"
    '<meta property="og:description" content="Teaser.">'
    '<meta name="description" content="What the council decided.">'
    '<meta name="twitter:description" content="What the council decided.">'
)


def document(
    head: str = HEAD, body: str = "<main><p>The council met on Monday.</p></main>"
) -> Document:
    parsed = parse(f"<html><head>{head}</head><body>{body}</body></html>")
    assert parsed is not None
    return parsed


def test_each_title_source_is_read_in_the_order_given() -> None:
    page = document()
    assert title(page) == "Preview title"
    assert title(page, Choices(title_order=("dc", "og"))) == "Dublin Core title"
    assert (
        title(page, Choices(title_order=("title",))) == "Council approves the riverside park plan"
    )
    whole = "Council approves the riverside park plan | Example News"
    assert title(page, Choices(title_order=("title-whole",))) == whole
    first_part = Choices(title_order=("title-first-part",))
    assert title(document("<title>Start-ups get frugal | LA Times</title>"), first_part) == "Start"
    assert title(page, Choices(title_order=("h1",))) is None


def test_title_vote_takes_what_most_sources_repeat_ties_by_order() -> None:
    head = (
        '<meta property="og:title" content="Riverside park: a teaser">'
        '<meta name="DC.title" content="Council approves the riverside park plan">'
        "<title>Council approves the riverside park plan | Example News</title>"
    )
    page = document(head, "<main><h1>COUNCIL APPROVES THE RIVERSIDE PARK PLAN</h1></main>")
    voting = Choices(title_vote=True)
    assert title(page) == "Riverside park: a teaser"
    assert title(page, voting) == "Council approves the riverside park plan"
    tie = document(head.replace("DC.title", "keywords"), "<p>No heading here.</p>")
    assert title(tie, voting) == "Riverside park: a teaser"
    assert title(document("<title></title>", "<p>No heading.</p>"), voting) is None


def test_agreement_or_first_declared_description() -> None:
    page = document()
    assert description(page) == ("What the council decided.", "twitter")
    first = Choices(description_vote=False)
    assert description(page, first) == ("Teaser.", "og")


def test_paragraph_only_when_the_order_names_it() -> None:
    bare = document(head="<title>t</title>")
    assert description(bare) == ("The council met on Monday.", "paragraph")
    declared_only = Choices(description_order=("og", "meta"))
    assert description(bare, declared_only) == (None, None)


def test_unknown_source_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="og-title"):
        Choices(title_order=("og-title", "title"))
    assert "paragraph" in DEFAULT.description_order
