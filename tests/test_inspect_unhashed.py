"""A page its host's answer cannot read by words is not hashed, and its blurb terms are found
from its text instead of from the word list the sketch would have made: the same terms."""

from __future__ import annotations

import pytest

from curator.classify.probe_answer import ProbeAnswer
from curator.fetch.result import FetchResult
from curator.inspect import Wants, inspect

URL = "http://site.example/news/1/slug"
TERMS = ("back", "pain", "treatment", "says", "source", "οδυσσευς", "studies", "back pain")
BARE_404 = ProbeAnswer("http://site.example", "/news/*/*", 404, URL)


@pytest.mark.parametrize(
    "prose",
    [
        "Back PAIN treatments: the SOURCE says so. Stud2ies of back-pain, 4back",
        "ΟΔΥΣΣΕΥΣ came back; İstanbul's pain clinics say nothing of treatment",  # İ lowers to two
        "Nothing here matches any of the blurb's terms at all.",
    ],
)
def test_an_unhashed_page_finds_the_terms_a_hashed_one_does(prose: str) -> None:
    head = '<title>Clinic</title><meta name="description" content="A clinic.">'
    body = f"<html><head>{head}</head><body><p>{prose}</p></body></html>"
    result = FetchResult(URL, URL, status=200, headers={"content-type": "text/html"},
                         body=body.encode())  # fmt: skip

    hashed = inspect(result, Wants(terms=TERMS))
    unhashed = inspect(result, Wants(terms=TERMS, answer=BARE_404))

    assert unhashed.found_terms == hashed.found_terms
    assert hashed.shape is not None and hashed.shape.sketch  # the words were hashed ...
    assert unhashed.shape is not None and not unhashed.shape.sketch  # ... and here they were not
    if "Back PAIN" in prose:
        assert {"back", "pain", "treatment", "says", "source", "back pain"} <= set(
            unhashed.found_terms
        )
