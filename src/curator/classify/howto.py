"""A how-to about an error: a title naming the error's causes or fixes, and the statements
under it.

"404エラー（ページが見つかりません）の原因と対処法" names the error an article explains; the
statements on such a page describe that error, not this page.
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import covered_runs
from curator.classify.scripts import CLOSE_SCRIPT
from curator.classify.statement import EMBEDDED_SHARE, Kind, Statement

HOWTO_NOTE = ", the topic of a how-to on its causes or fixes"


def is_howto(title: Statement | None, heading: Statement | None) -> bool:
    """Whether the page's title or heading was read as a how-to about the error (its note says
    so): then every statement on the page describes that error (``under_howto``)."""
    return any(s is not None and s.note.endswith(HOWTO_NOTE) for s in (title, heading))


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
    words: list[str] = phrase_book()["remedies"]["words"]
    # Latin and Cyrillic words match whole; Chinese, Japanese and Korean ones run into the next
    bounded = [w if CLOSE_SCRIPT.match(w) else rf"(?<!\w)(?:{w})(?!\w)" for w in words]
    return re.compile("|".join(bounded), re.IGNORECASE)


def remedied(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether a title or heading also names the causes of an error or how to fix it, outside
    its statements: a how-to about the error ("404エラー（ページが見つかりません）の原因と対処法",
    "Lỗi không tìm thấy trang: cách khắc phục"), not an error page's own name."""
    runs = covered_runs(spans)
    return any(
        not any(start <= m.start() < end for start, end in runs)
        for m in _remedies().finditer(value)
    )
