"""The parked-domain check names the phrase a parking page uses, however the page writes it.

``parked_marker`` only runs its regex on text that passes a cheap substring gate; these cases
pin that the gate never hides a phrase the regex would find (any case, any whitespace, and the
non-ASCII letters that match ASCII ones under IGNORECASE), and that ordinary pages stay clean.
"""

from __future__ import annotations

import pytest

from curator.classify.soft404 import _NOT_FOUND, not_found_wording, parked_marker

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


def test_an_ordinary_page_mentioning_domains_and_sales_is_not_parked() -> None:
    html = (
        "<script>document.domain = 'example.org'; var sale = 0;</script>"
        "<p>Our spring sale ends Friday. Registered charity no. 1234.</p>"
    )
    assert parked_marker("Spring sale", "Our spring sale ends Friday.", html) is None


MISSING = [
    "Page not found", "404", "Error 404", "404 - Not Found", "Not found", "Not found | Site",
    "This page doesn't exist", "The page you requested is no longer available",
    "Page could not be found", "We couldn't find that page", "Oops! That page",
    "Seite nicht gefunden", "Página no encontrada", "Page introuvable", "Pagina non trovata",
    "Pagina niet gevonden", "Página não encontrada", "this page no longer exists",
    "Page can't be found", "File not found", "URL was not found",
]  # fmt: skip


@pytest.mark.parametrize("title", MISSING)
def test_a_missing_page_title_is_recognised_whatever_its_case(title: str) -> None:
    for spelled in [*_spellings(title), title.replace("i", "\u0131")]:
        # the dotless i matches "i" under IGNORECASE; only spellings that still read as the
        # phrase need be found, so compare with what the gate-free regex says
        expected = spelled.strip()[:120] if _NOT_FOUND.search(spelled) else None
        assert not_found_wording(spelled, None) == expected
        assert not_found_wording(None, spelled) == expected
    assert not_found_wording(title, None) == title


def test_ordinary_titles_are_not_missing_pages() -> None:
    for title in ("Back pain - WHO", "Low back pain: causes and care", "Why 404 pages hurt SEO"):
        assert not_found_wording(title, title) is None
