"""The clause book: gone-statements read by their structure, in words no phrase book holds.

Each language of ``gone_phrases.json``'s ``clauses`` joins a thing the page points at and a
predicate of absence. Its examples must be read as a clause; its look-alikes (a product still on
sale, a version no longer supported, a sentence that merely has "here" and "nothing" in it) must
not. Where the clause stands decides its weight: the page's own message counts, a book's name, a
notice under a page's own heading or a quotation does not (``read_facts``).
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from typing import Any

import pytest

from curator.classify import clauses
from curator.classify.evidence import Signs, decide
from curator.classify.gone import read_facts
from curator.extract.model import EMPTY_PAGE

BOOK: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)["clauses"]
LANGUAGES = sorted(code for code in BOOK if code != "about")
CHROME = "Harbour Post Home News Sport Weather Contact"


def test_the_clause_book_covers_the_most_used_languages_of_the_web() -> None:
    assert {"en", "es", "de", "fr", "pt", "ru", "it", "pl", "nl"} <= set(LANGUAGES)
    assert {language.code for language in clauses.concepts()} == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_example_is_a_clause_and_each_look_alike_is_not(lang: str) -> None:
    entry = BOOK[lang]
    assert len(entry["examples"]) >= 2 and len(entry["not"]) >= 2, lang
    for example in entry["examples"]:
        assert any(word in example.lower() for word in entry["gate"]), (lang, example, "gate")
        found = clauses.clauses(example)
        assert found and found[0].lang == lang, (lang, example)
    for sentence in entry["not"]:
        assert clauses.clauses(sentence) == [], (lang, sentence)


def test_a_thing_and_its_absence_in_two_sentences_make_no_clause() -> None:
    assert clauses.clauses("Read this guide. The old edition is gone.") == []
    assert clauses.clauses("Read this guide to the coast, whose old harbour has long gone.") == []
    assert clauses.clauses("Well, this trail goes nowhere.") != []


def _page(h1: str | None, message: str, title: str = "Harbour Post") -> Any:
    return replace(EMPTY_PAGE, title=title, h1=h1, text=f"{CHROME} {h1 or ''} {message} {CHROME}")


def test_a_short_message_of_absence_is_the_page_saying_it_is_gone() -> None:
    facts = read_facts(_page(None, "Well, this trail goes nowhere. Back to the front page."))
    assert facts.clause is not None and facts.clause.plain and facts.clause.strength == 1.0
    evidence = decide(Signs(facts))
    assert evidence.gone
    assert "clause of absence" in evidence.reason and "this trail goes nowhere" in evidence.reason


def test_a_clause_in_the_heading_counts_as_the_heading_does() -> None:
    facts = read_facts(_page("This listing is sadly no longer with us", "See similar homes."))
    assert facts.clause is not None and facts.clause.place.value == "heading"
    assert decide(Signs(facts)).gone


@pytest.mark.parametrize(
    ("h1", "message", "title"),
    [
        # (a product's own page under its name, "no longer available. See the newer model", is
        # decided in the page's tree by what of the item stands beside the notice:
        # test_softdead_named_item.py, through a real server)
        # a book's name in a review, written as a name
        ("Review: “Nothing to See Here”", "Mara Lind's fourth novel, Nothing to See Here, "
         "follows two sisters who inherit a roadside museum.", "Review: Nothing to See Here"),
        # a quotation in an article about error pages
        ("Writing a kind error page", "The best we saw read “this page has gone walkabout”, "
         "and readers smiled instead of leaving. " * 6, "Writing a kind error page"),
        # a question, not a message
        (None, "Is this trail gone for good? The council meets on Monday to decide.", "Trails"),
    ],
)  # fmt: skip
def test_clauses_that_are_not_the_page_s_message_do_not_convict(
    h1: str | None, message: str, title: str
) -> None:
    facts = read_facts(_page(h1, message, title))
    assert not decide(Signs(facts)).gone, facts.clause


@pytest.mark.parametrize(
    "h1",
    [
        "Bu sayfa mevcut değil ya da kaldırılmış",  # two words for "or"
        "यह पेज मौजूद नहीं है या हटा दिया गया है",  # "या": a consonant and a vowel sign
        "该页面不存在或已删除",  # no space around "或"
        "הדף אינו קיים או שנמחק",  # "that was deleted", the relative joined to its verb
        "Sivua ei ole olemassa tai se on poistettu",  # the subject said again as a pronoun
    ],
)
def test_a_heading_saying_the_page_does_not_exist_or_was_deleted_is_read_whole(h1: str) -> None:
    # "does not exist or has been deleted" is one message in two predicates: a heading read
    # only to its first is a heading half of whose words say something else
    assert decide(Signs(read_facts(_page(h1, "Back to the front page.")))).gone, h1


@pytest.mark.parametrize(
    "h1",
    [
        "Не успяхме да открием страницата, която търсите.",  # the sought page's relative clause
        "Žal te strani ne moremo najti.",  # "we cannot find", the page in the genitive
        "Страница, которую вы ищете, потерялась",  # the relative clause between commas
        "Rất tiếc, trang bạn truy cập không còn tồn tại.",
        "抱歉，您要找的页面好像迷路了～",
        "Helaas! Deze pagina is met de noorderzon vertrokken",
    ],
)
def test_a_heading_saying_we_could_not_find_the_page_or_it_vanished_is_the_notice(h1: str) -> None:
    # the first person's failed finding and the page's own vanishing are a not-found page's
    # notice in a site's own voice, as "page not found" is in the book's
    assert decide(Signs(read_facts(_page(h1, "Back to the front page.")))).gone, h1


def test_a_vanishing_is_read_of_the_page_sought_only() -> None:
    # "the page has vanished" is the notice; a link, an article or a plane vanishing is news
    found = clauses.clauses("Tato stránka zmizela.")
    assert found and found[0].sought
    assert clauses.clauses("Tento odkaz zmizel.") == []
    assert clauses.clauses("Dieser Artikel hat sich in Luft aufgelöst.") == []
    # the vanishing ends its clause: gone *from* a search engine the page is still there
    assert clauses.clauses("Tato stránka zmizela z Googlu.") == []
    # nor of a page a word between makes another's: the ministry's page gone is news
    assert clauses.clauses("Pagina ministerului a dispărut.") == []
    assert clauses.clauses("Stránka ministerstva zmizela.") == []


def test_the_phrase_book_s_statement_is_not_read_twice_as_a_clause() -> None:
    facts = read_facts(_page("Page not found", "The page you requested has been removed."))
    assert facts.clause is None and facts.heading is not None


def test_a_page_titled_as_a_searchs_results_is_told_from_an_items_page() -> None:
    for name in ("Search results - Shop", "Hasil pencarian", "検索結果", "Suche - Toko", "Поиск"):
        assert clauses.names_search(name), name
    # a word inside another ("research"), an item's own title, no title at all
    for name in ("Research grants 2026", "Sepatu lari - Toko", "Ranitidine 150 mg", None):
        assert not clauses.names_search(name), name
