"""Words of scripts written without spaces (``classify.words``), counted and weighed.

A Japanese, Chinese or Thai paragraph split at spaces is one word: a long article read as a
line, a title read as the one phrase it quotes. The counts here are the ones a reader would
make of the text (two Chinese or Japanese characters a word, four Thai code points), and the
pages (``cases.yaml``, ``cj27-*``) go through a real local server and the whole verdict.
"""

from __future__ import annotations

import pytest
from bench.softdead import judge_all

from curator.classify import words
from softdead.devset import Judged, load_cases


@pytest.mark.parametrize(
    "text",
    ["Page not found", "  Seite   nicht gefunden ", "Страница не найдена", "Café · au lait", ""],
)
def test_spaced_text_is_counted_as_spaces_part_it(text: str) -> None:
    assert words.count(text) == len(text.split())


def test_unspaced_scripts_count_the_words_their_letters_hold() -> None:
    # ten characters: five words, as a reader of Japanese would count about as many
    assert words.count("記事が見つかりません") == 5
    assert words.count("您访问的页面不存在或已被删除") == 7
    # twenty-two Thai code points (consonants, vowels and tone marks): five words
    assert words.count("ไม่พบหน้าที่คุณต้องการ") == 5
    # Korean spaces its words: counted as spaces part them
    assert words.count("요청하신 기사를 찾을 수 없습니다") == 5
    # a token of one or two letters is still a word
    assert words.count("404 エ") == 2


def test_a_long_article_in_an_unspaced_script_is_long() -> None:
    paragraph = "みなと市は七日、夏の恒例行事である港の花火大会を三年ぶりに開催すると発表した。" * 8
    assert len(paragraph.split()) == 1
    assert words.count(paragraph) == 148  # 37 letters a sentence, eight times, halved


@pytest.fixture(scope="module")
def judged() -> dict[str, Judged]:
    cases = [case for case in load_cases() if case.id.startswith("cj27-")]
    return {one.case.id: one for one in judge_all(cases)}


def test_the_families_are_varied(judged: dict[str, Judged]) -> None:
    langs = {one.case.lang for one in judged.values()}
    assert {"ja", "zh", "th", "ko"} <= langs
    assert len(judged) >= 32


def test_a_help_article_titled_with_the_notice_is_not_its_notice(
    judged: dict[str, Judged],
) -> None:
    """A Thai help article titled "why does a product link show page not found" was read as a
    title the notice fills (the title one word by spaces): it is seven words, the notice two."""
    one = judged["cj27-la-th-help"]
    assert not one.called_gone, one.verdict.reason


def test_no_live_page_in_an_unspaced_script_is_called_gone(judged: dict[str, Judged]) -> None:
    called = [
        (one.case.id, one.verdict.reason)
        for one in judged.values()
        if one.case.label == "live" and one.called_gone
    ]
    assert called == []


def test_short_notices_and_front_pages_are_called_gone(judged: dict[str, Judged]) -> None:
    gone = [one for one in judged.values() if one.case.label == "gone"]
    missed = sorted(one.case.id for one in gone if not one.called_gone)
    # left: a Thai shop's notice and front page, and two emptied front pages (bench/README.md)
    assert len(missed) <= 4, missed
