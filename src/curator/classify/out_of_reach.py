"""Whether a statement of absence goes on, after "or", to say the thing may be closed to you.

A platform that will not tell a stranger whether a profile, a listing or a page was deleted or
made private says both at once: "This page doesn't exist or is private", "Страница не
существует или доступ к ней ограничен", "Halaman ini tidak ada atau bersifat pribadi", "The
page you requested doesn't exist or you don't have permission to view it". Either way whoever
follows the link sees nothing, so the second half is the notice's own words, not a sentence
that goes on about something else; read without it, a heading is only half a notice (4 of 7
words) and weighed under the verdict.

The reading is the sentence's shape: the statement's own sentence goes on with the language's
word for "or" and, before the sentence ends, a short rest holding a word of privacy, hiding,
restriction, permission or access (the phrase book's ``restricted``). A live page's heading
does not say its own absence; a help article asking why the message shows is a question, which
the statement's weighing already sets aside.
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.classify.prose import word_count
from curator.classify.scripts import UNSPACED, script_of

# The rest after "or" is a short clause: "you don't have permission to view it" (7 words),
# "доступ к ней ограничен"; longer, the sentence goes on about something else.
REST_WORDS = 8
REST_CHARS = 16  # unspaced scripts: "アクセス権限がありません"
_END = re.compile(r"[.!?。！？؟]|\n|\s{3}")


def restricted_after(text: str, end: int, lang: str) -> int:
    """How many words after a statement of absence ending at ``end`` say, after "or", that the
    thing may be private or closed to the visitor instead; 0 where the sentence goes on with
    anything else."""
    book = _books().get(lang)
    if book is None:
        return 0
    joint, words = book
    found = joint.match(text, end)
    if found is None:
        return 0
    stop_at = _END.search(text, found.end())
    stop = stop_at.start() if stop_at else len(text)
    rest = text[found.end() : stop]
    if script_of(rest) in UNSPACED:
        if len(rest.strip()) > REST_CHARS:
            return 0
    elif len(rest.split()) > REST_WORDS:
        return 0
    if words.search(rest) is None:
        return 0
    # imported here: the report's book (``continuation``) reads the clause book, which asks this
    from curator.classify.continuation import reported

    if reported(text, end) is not None:
        return 0  # "… gelöscht oder ausgeblendet, teilte das Ministerium mit": another's news
    return word_count(text[end:stop])


@cache
def _books() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per language, the joint ("or" after the statement) and the restriction's stems."""
    book = phrase_book()
    alternatives: list[str] = list(book["courtesies"]["alternatives"])
    books: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for code, entry in book["restricted"].items():
        if code == "about":
            continue
        ors = [*alternatives]
        for own in (entry.get("or"), book["withheld"].get(code, {}).get("or")):
            if own:
                ors.append(own)
        joint = re.compile(r"\s*,?\s*(?:" + "|".join(f"(?:{w})" for w in ors) + r")\s*")
        words = re.compile(rf"(?<!\w){entry['words']}", re.IGNORECASE)
        books[code] = (joint, words)
    return books
