"""The phrase book of gone-statements: every language says "this page is gone" its own ways.

Each language of ``gone_phrases.json`` carries examples that must be read as a statement (in a
title, a heading and a short text) and look-alikes that must not (a product out of stock, a
search with no results, a gene "not found").
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from importlib import resources
from typing import Any

import pytest

from curator.classify import clauses
from curator.classify.gone import read_facts
from curator.classify.lowered import APART_WHEN_LOWERED, twin
from curator.classify.phrases import find, languages
from curator.classify.statement import Kind
from curator.classify.withheld import _books
from curator.extract.model import EMPTY_PAGE

BOOK: dict[str, Any] = json.loads(
    resources.files("curator.classify").joinpath("gone_phrases.json").read_text("utf-8")
)["languages"]
# The ten most used languages of the web, and then some.
WEB_TOP_TEN = {"en", "es", "de", "fr", "ja", "ru", "pt", "zh", "it", "pl"}


# The most used content languages of the web, in W3Techs' order (Norwegian as Bokmål, nb).
WEB_MOST_USED = ["en", "es", "de", "ja", "fr", "pt", "ru", "it", "nl", "pl", "tr", "fa", "zh",
                 "vi", "id", "cs", "ko", "uk", "hu", "ar", "sv", "ro", "el", "da", "fi", "he",
                 "sk", "th", "bg", "sr", "hr", "nb", "lt", "sl", "lv", "et", "ca", "ms", "hi",
                 "bn", "ur", "tl", "sw", "is", "sq", "mk"]  # fmt: skip


def test_the_book_covers_the_45_most_used_content_languages() -> None:
    assert len(WEB_MOST_USED) >= 45
    assert set(WEB_MOST_USED) <= set(BOOK)


def test_the_book_covers_the_most_used_languages_of_the_web() -> None:
    assert set(BOOK) >= WEB_TOP_TEN
    assert len(BOOK) >= 14
    assert {language.code for language in languages()} == set(BOOK)


@pytest.mark.parametrize("lang", sorted(BOOK))
def test_each_example_is_read_as_a_statement_in_title_heading_and_text(lang: str) -> None:
    entry = BOOK[lang]
    assert len(entry["examples"]) >= 2 and entry["not"], lang
    for example in entry["examples"]:
        lowered = example.lower()
        assert any(word in lowered for word in entry["gate"]), (lang, example, "gate")
        own = next(language for language in languages() if language.code == lang)
        assert any(p.search(example) for p in own.patterns.values()), (lang, example)
        found = find(example, tuple(Kind))
        assert found is not None, (lang, example)
        page = replace(EMPTY_PAGE, title=example, h1="Site", text=f"Menu {example} Home")
        facts = read_facts(page)
        assert facts.title is not None and facts.title.strength >= 0.5, (lang, example)
        page = replace(EMPTY_PAGE, title="Site", h1=example, text=f"Menu {example} Home")
        facts = read_facts(page)
        assert facts.heading is not None and facts.heading.strength >= 0.5, (lang, example)
        short = read_facts(replace(EMPTY_PAGE, title="Site", text=f"Home. {example}"))
        if found[0] is Kind.DIRECT:
            assert short.direct is not None and short.direct.strength >= 0.5, (lang, example)


@pytest.mark.parametrize("lang", sorted(BOOK))
def test_look_alikes_are_not_statements(lang: str) -> None:
    for sentence in BOOK[lang]["not"]:
        assert find(sentence, tuple(Kind)) is None, (lang, sentence)
        facts = read_facts(replace(EMPTY_PAGE, title=sentence, h1=sentence, text=sentence))
        assert facts.title is None and facts.heading is None and facts.direct is None


def test_a_title_that_only_mentions_the_error_is_weak() -> None:
    article = read_facts(
        replace(EMPTY_PAGE, title="How to Fix the 404 Page Not Found Error in WordPress")
    )
    missing = read_facts(replace(EMPTY_PAGE, title="404 Page Not Found | Spine Care"))
    assert article.title is not None and article.title.strength < 0.5
    assert missing.title is not None and missing.title.strength == 1.0
    assert "fills the title" in missing.title.note


def test_a_quoted_or_embedded_statement_counts_less_than_a_message() -> None:
    message = read_facts(replace(EMPTY_PAGE, text="Home News Sorry, we can't find that page."))
    quoted = read_facts(
        replace(EMPTY_PAGE, text="The site said “we can't find that page” all week.")
    )
    embedded = read_facts(
        replace(EMPTY_PAGE, text="Visitors were told that the page you requested was gone.")
    )
    assert message.direct is not None and message.direct.strength == 1.0
    assert quoted.direct is not None and quoted.direct.strength <= 0.25
    assert "quotation" in quoted.direct.note
    assert embedded.direct is not None and embedded.direct.strength <= 0.5


def test_prose_around_the_message_weakens_title_and_heading() -> None:
    prose = "This sentence explains in plain words how servers answer a request for pages. " * 30
    reference = read_facts(
        replace(
            EMPTY_PAGE, title="404 Not Found", h1="404 Not Found", text="404 Not Found " + prose
        )
    )
    error_page = read_facts(
        replace(EMPTY_PAGE, title="404 Not Found", h1="404 Not Found", text="404 Not Found Home")
    )
    assert reference.title is not None and error_page.title is not None
    assert reference.title.strength < 0.5 <= error_page.title.strength
    assert reference.prose > 300 and error_page.prose == 0


def test_a_name_with_a_subtitle_after_its_colon_is_a_work_not_a_message() -> None:
    memoir = read_facts(replace(EMPTY_PAGE, title="Page Not Found: A Memoir | County Libraries"))
    novel = read_facts(replace(EMPTY_PAGE, h1="Pagina non trovata: un romanzo"))
    error = read_facts(replace(EMPTY_PAGE, title="Error 404: Page not found | Spine Care"))
    said_twice = read_facts(
        replace(EMPTY_PAGE, title="Page not found: the page you requested does not exist")
    )
    assert memoir.title is not None and memoir.title.strength == 0
    assert "subtitle" in memoir.title.note
    assert novel.heading is not None and novel.heading.strength == 0
    assert error.title is not None and error.title.strength == 1.0
    assert said_twice.title is not None and said_twice.title.strength >= 0.5


def test_a_one_word_subtitle_before_the_site_name_is_a_name_too() -> None:
    novel = read_facts(
        replace(
            EMPTY_PAGE,
            title="Seite nicht gefunden: Roman | Stadtbibliothek",
            h1="Seite nicht gefunden: Roman",
        )
    )
    site_after_colon = read_facts(replace(EMPTY_PAGE, title="페이지를 찾을 수 없습니다 : 동아일보"))
    error = read_facts(replace(EMPTY_PAGE, title="404: Not Found | Spine Care"))
    assert novel.title is not None and novel.title.strength == 0
    assert novel.heading is not None and novel.heading.strength == 0  # the same name
    assert site_after_colon.title is not None and site_after_colon.title.strength >= 0.5
    assert error.title is not None and error.title.strength == 1.0


# The most used languages of the web (and Hebrew, Hindi, Thai, Bengali, Tamil, Urdu): each says
# more than "not found" -- that its item was removed, expired, filled, discontinued, withdrawn
# or deleted -- with look-alikes about a size, a closing date or someone else's post beside it.
SAYS_MORE = ["en", "es", "de", "ja", "fr", "ru", "pt", "it", "zh", "pl", "nl", "tr", "fa", "vi",
             "id", "ko", "ar", "uk", "cs", "sv", "he", "hi", "th", "bn", "ta", "ur"]  # fmt: skip


@pytest.mark.parametrize("lang", SAYS_MORE)
def test_each_top_language_says_its_item_is_gone_in_more_than_one_way(lang: str) -> None:
    entry = BOOK[lang]
    own = next(language for language in languages() if language.code == lang)
    direct = own.patterns[Kind.DIRECT]
    said = [example for example in entry["examples"] if direct.search(example)]
    assert len(said) >= 4, (lang, said)
    assert len(entry["not"]) >= 4, lang


def test_a_notice_page_convicts_where_news_of_a_deletion_does_not() -> None:
    notice = read_facts(
        replace(EMPTY_PAGE, title="Physiotherapist, Leeds | Care Jobs", h1="Physiotherapist",
                text="Home Jobs Employers This position has been filled. See similar jobs")
    )  # fmt: skip
    news = read_facts(
        replace(EMPTY_PAGE, title="Minister deletes post on vitamins", h1="Post deleted",
                text="Home News The account was suspended for a week after the posts, and "
                "officials said the minister's post was deleted on Monday.")
    )  # fmt: skip
    assert notice.direct is not None and notice.direct.strength == 1.0 and notice.direct.plain
    assert news.direct is None


def test_a_lowered_search_finds_what_the_case_insensitive_one_finds() -> None:
    """``find`` searches a lower-cased text with the book's phrases compiled without IGNORECASE
    (twice as fast), as the clause and withheld books' readers do (``classify.lowered``): for
    every letter the phrases write and every character a page may hold, IGNORECASE matches the
    two exactly where the character's ``str.lower`` is that letter or one of its group in
    ``lowered.APART_WHEN_LOWERED`` (whose text letters ``find`` reads case-insensitively), and
    ``\\w``, ``\\s``, ``\\d`` and ``.`` read a character as they read its lower case."""
    groups = {letter: set(group) for group in APART_WHEN_LOWERED for letter in group}
    every = "".join(
        chr(point)
        for point in range(0x110000)
        if not 0xD800 <= point < 0xE000 and len(chr(point).lower()) == 1
    )
    lowered = "".join(character.lower() for character in every)
    for escape in (r"\w", r"\s", r"\d", "."):
        assert [m.start() for m in re.finditer(escape, every, re.IGNORECASE)] == [
            m.start() for m in re.finditer(escape, lowered)
        ]
    written = {c for language in languages() for p in language.lowered.values() for c in p.pattern}
    # and the clause book's and the withheld book's patterns searched lower-cased (``lowered``)
    for pattern in _clause_patterns() + [p for book in _books() for p in book[1:] if p]:
        found = twin(pattern)
        written |= found.written if found is not None else set()
    expanded = written | {other for letter in written for other in groups.get(letter, ())}

    def one_of(letters: set[str]) -> str:
        return "[" + "".join(re.escape(letter) for letter in sorted(letters)) + "]"

    # where IGNORECASE matches a letter the phrases write is where the lowered text holds one
    # of them or of their groups; and there, exactly the letters expected
    found = [m.start() for m in re.finditer(one_of(written), every, re.IGNORECASE)]
    assert found == [m.start() for m in re.finditer(one_of(expanded), lowered)]
    # a letter without case (a class's range of Hangul syllables) matches itself alone
    cased = {c for c in written if c.upper() != c or c in groups}
    uncased = written - cased
    assert [m.start() for m in re.finditer(one_of(uncased), every, re.IGNORECASE)] == [
        m.start() for m in re.finditer(one_of(uncased), every)
    ]
    each = {letter: re.compile(re.escape(letter), re.IGNORECASE) for letter in cased}
    wrong = []
    for at in found:
        same = groups.get(lowered[at], {lowered[at]})
        if {c for c, pattern in each.items() if pattern.match(every, at)} != same & cased:
            wrong.append(every[at])
    assert not wrong


def test_a_dotless_i_or_a_long_s_is_read_as_ever() -> None:
    """The dotless "ı" and the long "ſ" match the book's "i" and "s" only case-insensitively:
    a text holding one is not searched lower-cased, and its statement is found where it
    stands; nor is one holding "İ", which lowers to two characters."""
    english = tuple(language for language in languages() if language.code == "en")
    for text in ("Oops. We couldn't fınd that page.", "Sorry, thiſ page does not exiſt."):
        found = find(text, (Kind.DIRECT,), english)
        assert found is not None and found[2].start() in (6, 7)
    found = find("İ. WE COULDN'T FIND THAT PAGE.", (Kind.DIRECT,), english)
    assert found is not None and found[2].group(0) == "WE COULDN'T FIND THAT PAGE"


def _clause_patterns() -> list[re.Pattern[str]]:
    """Every alternation of the clause book that ``clauses.clauses`` searches, and its things."""
    found: list[re.Pattern[str]] = []
    for language in clauses.concepts():
        for name in ("absent", "state", "hedged", "vanished", "withdrawn", "item_after",
                     "item_before"):  # fmt: skip
            pattern = getattr(language, name)
            found += [pattern] if pattern is not None else []
        found += [*language.things, *language.sought, *language.items]
    return found
