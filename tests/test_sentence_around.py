"""The sentence around a match (``classify.sentence_around``), cut one way for every reader that
weighs a statement by its sentence: a full stop in a name, an abbreviation or a quotation ends
nothing, a Chinese or Japanese full stop ends its sentence with no space after it, and a block's
edges bound the sentence."""

from __future__ import annotations

from curator.classify.sentence import SENTENCE_END, Blocks
from curator.classify.sentence_around import sentence_around, sentence_end, sentence_start


def _around(text: str, words: str, blocks: Blocks | None = None) -> str:
    start = text.index(words)
    return sentence_around(text, start, start + len(words), blocks)


def test_a_full_stop_in_a_name_a_number_or_an_abbreviation_ends_nothing() -> None:
    text = (
        "Welcome back. The file /reports/annual-2022.html on example.org, e.g., version 3.5 of "
        "the report, was not found on this server. Try the search."
    )
    assert _around(text, "was not found") == (
        " The file /reports/annual-2022.html on example.org, e.g., version 3.5 of the report, "
        "was not found on this server."
    )


def test_chinese_and_japanese_full_stops_end_a_sentence_without_a_space() -> None:
    assert _around("ようこそ。お探しのページは見つかりません。トップへ戻る", "見つかりません") == (
        "お探しのページは見つかりません。"
    )
    assert (
        _around("欢迎！您要查找的页面不存在？请返回首页", "页面不存在") == "您要查找的页面不存在？"
    )


def test_a_quoted_sentence_stays_inside_the_sentence_that_quotes_it() -> None:
    """The quotation's own full stop is followed by its closing mark, not a space: the
    sentence that reports it goes on ("… and the link was dead.")."""
    text = "Last week. Our reader wrote “This page does not exist.” and the link was dead. Fixed."
    assert _around(text, "This page does not exist") == (
        " Our reader wrote “This page does not exist.” and the link was dead."
    )


def test_a_blocks_edges_bound_its_sentence() -> None:
    """Thai writes no full stop: the message's block ends its sentence, and the footer's next
    block is no part of it."""
    message, footer = "ขออภัย ไม่พบหน้าที่คุณต้องการ", "ติดต่อเรา"
    text = f"{message} {footer}"
    blocks = Blocks(lambda: (0, len(message) + 1))
    assert _around(text, "ไม่พบหน้า", blocks) == f"{message} "
    assert _around(text, "ไม่พบหน้า") == text


def test_start_and_end_alone_and_the_reach_looked_at() -> None:
    text = "Sold out. This item is no longer available in blue, but the red ones are in stock"
    stop = text.index("available") + len("available")
    assert text[sentence_start(text, text.index("This")) :].startswith(" This item")
    assert sentence_end(text, stop) == len(text)
    assert sentence_end(text, stop, stop + 12) == stop + 12
    assert sentence_end("Gone. Really.", 4) == 5


def test_main_messages_reach_ends_at_any_mark_as_measured() -> None:
    """``main_message`` counts the words after a statement up to any mark (``sentence.
    SENTENCE_END``), a version number's full stop too; the shared cut reads on past it."""
    text = "error : 404 Not Found nginx/1.24.0 Voici ma conf"
    stop = text.index("Found") + len("Found")
    assert sentence_end(text, stop, stop + 40, SENTENCE_END) == text.index("1.24") + 2
    assert sentence_end(text, stop, stop + 40) == stop + 40
