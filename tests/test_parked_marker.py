"""The parked-domain check names the phrase a parking page uses, however the page writes it.

``parked_marker`` only runs its regex on text that passes a cheap substring gate; these cases
pin that the gate never hides a phrase the regex would find (any case, any whitespace, and the
non-ASCII letters that match ASCII ones under IGNORECASE), and that ordinary pages stay clean.
"""

from __future__ import annotations

import pytest

from curator.classify.soft404 import parked_marker

PHRASES = [
    "This domain is for sale",
    "this domain name may be for sale",
    "Buy this domain",
    "The domain example.org is for sale",
    "domain name is for sale",
    "This domain has been registered",
    "this domain is parked",
    "Parked FREE",
    "parked domain",
    "Domain Parking",
    "sedoparking",
    "ParkingCrew",
    "bodis",
    "above.com",
    "HugeDomains",
    "afternic",
    "dan.com",
    "undeveloped.com",
]


def _spellings(phrase: str) -> list[str]:
    return [phrase, phrase.upper(), phrase.swapcase(), phrase.replace(" ", "\n\t ")]


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_parking_phrase_is_found_in_the_html_whatever_its_case_or_spacing(phrase: str) -> None:
    for spelled in _spellings(phrase):
        html = f"<html><body><div class=banner>{spelled}</div></body></html>"
        assert parked_marker(None, "", html) == spelled


@pytest.mark.parametrize(
    ("spelled", "where"),
    [
        ("this doma\u0131n is for sale", "title"),  # dotless i
        ("THIS DOMA\u0130N IS FOR SALE", "text"),  # dotted capital I
        ("thi\u017f domain is for sale", "html"),  # long s
        ("par\u212aed free", "html"),  # Kelvin sign for k
        ("bodi\u017f", "text"),
    ],
)
def test_letters_that_match_ascii_ones_do_not_hide_a_phrase(spelled: str, where: str) -> None:
    title, text, html = (spelled if where == place else "" for place in ("title", "text", "html"))
    assert parked_marker(title, text, html) is not None


def test_the_phrase_is_named_as_the_page_writes_it_after_letters_of_any_case() -> None:
    # the phrase is looked for in the text lower-cased, and named from the text itself
    html = "<p>ÀÉÎ ΣΟΦΙΑΣ Ǆ Ⅻ</p><p>This Domain Is For Sale: call Ⓐ</p>"
    assert parked_marker(None, "", html) == "This Domain Is For Sale"


def test_an_ordinary_page_mentioning_domains_and_sales_is_not_parked() -> None:
    html = (
        "<script>document.domain = 'example.org'; var sale = 0;</script>"
        "<p>Our spring sale ends Friday. Registered charity no. 1234.</p>"
    )
    assert parked_marker("Spring sale", "Our spring sale ends Friday.", html) is None


def test_the_html_start_is_gated_as_bytes_exactly_where_its_lowered_text_would_be() -> None:
    # ``inspect`` decodes the HTML's start as Latin-1; its gate lowers those characters as
    # bytes, which must find each word where ``str.lower`` would, beside every Latin-1 letter
    from curator.classify.soft404 import _BESIDE_DOMAIN, _PARKING_NAMES, _gate_passes

    def by_text(text: str) -> bool:
        lowered = text.lower()
        return any(name in lowered for name in _PARKING_NAMES) or (
            "domain" in lowered and any(word in lowered for word in _BESIDE_DOMAIN)
        )

    words = (*_PARKING_NAMES, *_BESIDE_DOMAIN, "domain")
    for point in range(256):
        letter = chr(point)
        for word in words:
            for text in (
                f"x{letter}{word.upper()} domain",
                f"{word[:2]}{letter}{word[2:].swapcase()}",
                f"DOMAIN{letter}SALE",
                f"do{letter.upper()}main buy",
            ):
                assert _gate_passes(text) == by_text(text), text
