"""How a title or heading is built around a statement: the site's name beside it, a subtitle
after a colon, a longer name it opens.

"Page not found | Spine Care" is all statement once the site's name is set aside; "Page Not
Found: A Memoir", "404 Not Foundの新作レビュー" and "Page not found error: how to fix it" use
the statement as part of the name of something else.
"""

from __future__ import annotations

import re

from curator.classify.phrases import covered_runs
from curator.classify.prose import word_count
from curator.classify.quotation import quoted
from curator.classify.scripts import into_close_script
from curator.classify.statement import Kind

# A title segment of at most this many words at either end may be the site's name.
SITE_NAME_WORDS = 4
# Title separators between the page's own name and the site's ("Page not found | Site").
TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•»~/]|::|[-–—]{1,2})\s+|\s*[|｜]\s*")
# A heading or a title's segment ending so is a sentence said to the reader ("Hmm, we looked
# everywhere."), not a name: headlines and names do without a full stop, an exclamation or a
# question mark.
SENTENCE_ENDS = tuple(".!?。！？…")
# A question's end in the scripts that mark it otherwise: the full-width "？" of Chinese and
# Japanese, the Arabic script's "؟".
QUESTION_MARKS = ("?", "？", "؟")


def title_readings(title: str) -> list[str]:
    """The title whole, and without a short segment at either end that may be the site's name.

    A question is never a site's name: "Datensatz nicht gefunden – was tun?" asks what to do
    about the statement, which the whole title's reading hears (``framing.asked``)."""
    segments = [part.strip() for part in TITLE_SEPARATORS.split(title) if part.strip()]
    readings = [title]
    if len(segments) > 1:
        if _may_be_name(segments[-1]):
            readings.append(" ".join(segments[:-1]))
        if _may_be_name(segments[0]):
            readings.append(" ".join(segments[1:]))
    return readings


def _may_be_name(segment: str) -> bool:
    return word_count(segment) <= SITE_NAME_WORDS and not segment.endswith(QUESTION_MARKS)


def names_on(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether every label or code of a title or heading runs straight on into Chinese or
    Japanese words ("404 Not Foundの新作「…」レビュー", "404页面设计技巧"): the error's name is
    the first word of a longer one, as in the text (``runs_on``). A sentence is never a name."""
    if any(kind is Kind.DIRECT and not quoted(value, s, e) for s, e, kind, _ in spans):
        return False
    runs = [
        (start, end, into_close_script(value, end, any(ch.isdigit() for ch in value[start:end])))
        for start, end in covered_runs(spans)
    ]
    # a name may quote a message in it ("404 Not Foundの新作「ページが見つかりません」"): quoted,
    # it is mentioned, not said
    return any(on for _, _, on in runs) and all(
        on or quoted(value, start, end) for start, end, on in runs
    )


# The word "error" after a statement makes the statement the error's name ("Page not found
# error: how to fix it", "페이지를 찾을 수 없음 오류 해결 방법").
_ERROR_WORDS = (
    r"(?:errors?|fehler|erreur|errore|erro|fout|fel|błąd|hata|ошибка|오류|에러|エラー|错误|錯誤)"
)
ERROR_WORD = re.compile(rf"[\s\"'”»」』]*{_ERROR_WORDS}(?![^\W\d_])", re.IGNORECASE)
# The same words opening a longer one in brackets ("(Fehlerseite)", "(Errorpage)").
_ERROR_STEM = re.compile(rf"(?<![^\W\d_]){_ERROR_WORDS}", re.IGNORECASE)


def names_error(value: str, spans: list[tuple[int, int, Kind, str]]) -> bool:
    """Whether every statement of a title or heading is followed by the word "error" and
    the title goes on in more words of its own (``SUBTITLE_WORDS``) before the site's name: a
    support article naming the error it explains. An error page's own title ends at the
    error ("Page Not Found Error | Site")."""
    for _, end in covered_runs(spans):
        word = ERROR_WORD.match(value, end)
        if word is None:
            return False
        rest = value[word.end() :]
        separator = TITLE_SEPARATORS.search(rest)
        if word_count(rest[: separator.start() if separator else None]) < SUBTITLE_WORDS:
            return False
    return True


# A work's version or edition in brackets closing its name ("Page Not Found (Acoustic)", "Nicht
# gefunden (Remix)", "ページが見つかりません（Live）"): a word of at least this many letters.
VERSION_LETTERS = 3
_BRACKETED = re.compile(r"\s*[(（\[]([^()（）\[\]]{1,40})[)）\]]")
_STATUS_CODE = re.compile(r"(?<!\d)[1-5]\d\d(?!\d)")


def versioned(value: str, spans: list[tuple[int, int, Kind, str]]) -> str:
    """The version in brackets that closes a title or heading right after its statements
    ("Page Not Found (Acoustic)"), or "": a song, an album, a film or a book names its take,
    edition or mix so, capitalised as a name is, and the statement is the work's name. A
    not-found page brackets its status instead ("Page not found (404)", "Seite nicht gefunden
    (Fehlerseite)"), or its sentence goes on in them ("Diese Seite gibt es nicht (mehr)", in
    lower case): a code, a word for "error" (alone or opening a longer one), another
    statement or a lower-case word in the brackets, or words before the statement ("Oops!
    …"), leave it the message."""
    end = max(stop for _, stop in covered_runs(spans))
    bracket = _BRACKETED.match(value, end)
    if bracket is None or not _closes_name(value, bracket.end()):
        return ""
    inside = bracket.group(1).strip()
    if value[: spans[0][0]].strip() or inside[:1].islower():
        return ""  # words before the name, or the sentence going on ("… nicht (mehr)")
    if _STATUS_CODE.search(inside) or _ERROR_STEM.search(inside):
        return ""
    if any(start >= bracket.start(1) for start, _, _, _ in spans):
        return ""
    words = re.findall(r"[^\W\d_]+", inside)
    return inside if any(len(word) >= VERSION_LETTERS for word in words) else ""


def _closes_name(value: str, at: int) -> bool:
    """Whether the name ends at ``at``: the headline ends, or its site's name follows a
    separator."""
    return not value[at:].strip() or TITLE_SEPARATORS.match(value, at) is not None


# Words after a colon that make the statement before it a work's name ("Page Not Found: A
# Memoir"), not a message: a subtitle has at least this many words no statement covers.
SUBTITLE_WORDS = 2
# In a whole title that goes on past a separator to the site's name ("Seite nicht gefunden:
# Roman | Stadtbibliothek"), one such word is a subtitle too: the site's name is elsewhere,
# where a title without a separator may put it after a colon ("... 없습니다 : 동아일보").
SITE_SUBTITLE_WORDS = 1
_COLON = re.compile(r"\s*[:：]\s+")


def subtitled(
    value: str, spans: list[tuple[int, int, Kind, str]], before_site: int | None = None
) -> bool:
    """A statement followed by a colon and a subtitle of other words, up to the next title
    separator: a book, film or song with that name ("Page Not Found: A Memoir | City Library").
    An error's own title goes on in more of the statement ("Error 404: Page not found", "Page
    not found: the page you requested does not exist"). ``before_site`` is how many words
    make a subtitle when a title separator follows it (then the site's name is not it)."""
    for _, end, _, _ in spans:
        colon = _COLON.match(value, end)
        if colon is None:
            continue
        rest = value[colon.end() :]
        separator = TITLE_SEPARATORS.search(rest)
        stop = colon.end() + (separator.start() if separator else len(rest))
        goes_on = any(until > colon.end() and start < stop for start, until, _, _ in spans)
        enough = SUBTITLE_WORDS
        if before_site is not None:
            if separator is None:
                continue
            enough = before_site
        if not goes_on and word_count(value[colon.end() : stop]) >= enough:
            return True
    return False
