"""A how-to about an error: a title naming the error's causes or fixes, and the statements
under it.

"404エラー（ページが見つかりません）の原因と対処法" names the error an article explains; the
statements on such a page describe that error, not this page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import covered_runs
from curator.classify.prose import HTTP_STATUS_CODES, THREE_DIGITS
from curator.classify.reader import answers_visitor
from curator.classify.scripts import CLOSE_SCRIPT, ascii_digits
from curator.classify.sentence import Blocks
from curator.classify.sentence_around import sentence_around
from curator.classify.statement import EMBEDDED_SHARE, Kind, Statement

HOWTO_NOTE = ", the topic of a how-to on its causes or fixes"
DEFINING_NOTE = ", a question on what the code is"
# A word asking what a code is ("คืออะไร", "What is") is about the code within this many
# characters of it: "Was bedeutet Fehler 503?", "ข้อผิดพลาด 404 คืออะไร"; a not-found page's
# "Hoppla, was ist denn hier passiert? Fehler 404" asks about something else.
DEFINING_REACH = 20


def is_howto(title: Statement | None, heading: Statement | None) -> bool:
    """Whether the page's title or heading was read as a how-to about the error (its note says
    so): then every statement on the page describes that error (``under_howto``)."""
    return any(s is not None and s.note.endswith(HOWTO_NOTE) for s in (title, heading))


def asks_code(
    headlines: Iterable[str | None],
    text: str,
    spans: Iterable[tuple[int, int]],
    blocks: Blocks | None = None,
) -> bool:
    """Whether the page's title or heading asks what a status code is (``defines_code``) over
    a text whose statements (at ``spans``) are said in the third person: an explainer, whose
    statements describe the error ("ข้อผิดพลาด 404 หมายความว่า…ไม่พบหน้า"). A not-found page
    may head its message "What is a 404 error?" too, and answers it to the one who asked
    ("…means the page you are looking for doesn't exist on this site"): a statement's sentence
    that speaks to the reader or as the site (``reader``) keeps the page's own message. A
    sentence ends at its block's end (``blocks``): Thai writes no full stop, and the footer's
    "Contact us" is no part of it."""
    if not any(defines_code(value) for value in headlines if value):
        return False
    return not any(
        answers_visitor(sentence_around(text, start, stop, blocks)) for start, stop in spans
    )


def under_howto(statement: Statement | None, howto: bool) -> Statement | None:
    """A statement on a page whose title or heading is a how-to about the error describes the
    error the article explains ("…或者文章被删除" among its causes; a title whose remedy segment
    was set aside as the site's name), not this page: it keeps the share an embedded statement
    keeps and is never said plainly."""
    if statement is None or not howto or statement.note.endswith(HOWTO_NOTE):
        return statement
    return statement.mentioned(EMBEDDED_SHARE, "on a how-to about the error")


@cache
def _remedies() -> re.Pattern[str]:
    """The phrase book's words of a how-to about an error (``remedies``), as one pattern."""
    return _pattern(phrase_book()["remedies"]["words"])


@cache
def _defining() -> re.Pattern[str]:
    """The phrase book's words asking what an error's code is (``remedies.defining``)."""
    return _pattern(phrase_book()["remedies"]["defining"]["words"])


def _pattern(words: list[str]) -> re.Pattern[str]:
    # Latin and Cyrillic words match whole; Chinese, Japanese and Korean ones run into the next
    bounded = [w if CLOSE_SCRIPT.match(w) else rf"(?<!\w)(?:{w})(?!\w)" for w in words]
    return re.compile("|".join(bounded), re.IGNORECASE)


def defines_code(value: str) -> bool:
    """Whether a title or heading asks what an HTTP status code is or means, the asking words
    beside the code ("ข้อผิดพลาด 404 คืออะไร", "کد وضعیت ۴۱۰ یعنی چه؟", "Was bedeutet Fehler
    503?", "HTTPステータス404の意味"): the topic of an article explaining it. A not-found page
    names its code as its state and asks nothing about it. Digits of any script count
    ("۴۰۴" is 404)."""
    value = ascii_digits(value)
    codes = [m for m in THREE_DIGITS.finditer(value) if m.group() in HTTP_STATUS_CODES]
    if not codes:
        return False
    return any(
        max(code.start() - asked.end(), asked.start() - code.end()) <= DEFINING_REACH
        for asked in _defining().finditer(value)
        for code in codes
    )


def remedied(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether a title or heading also names the causes of an error or how to fix it, outside
    its statements: a how-to about the error ("404エラー（ページが見つかりません）の原因と対処法",
    "Lỗi không tìm thấy trang: cách khắc phục"), not an error page's own name."""
    runs = covered_runs(spans)
    return any(
        not any(start <= m.start() < end for start, end in runs)
        for m in _remedies().finditer(value)
    )
