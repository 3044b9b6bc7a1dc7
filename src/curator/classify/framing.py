"""What the rest of its sentence makes of a statement: asked, supposed, said of a translation,
or talked about.

"What is a 404 error?", "If the page cannot be found, check the address", "This content is
not available in your language" and "Error 404 is a status code that ..." carry a statement's
words without the page saying that it is gone. Each test here reads the statement's own
sentence, in the languages the phrase book names the words for.
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import Language, find
from curator.classify.reader import conditions
from curator.classify.scripts import into_close_script
from curator.classify.sentence import SENTENCE_END, Blocks
from curator.classify.statement import Kind
from curator.classify.window import BLANKED

# How far past a statement the end of its sentence is looked for.
QUESTION_REACH = 120
# A word opening a condition stands at most this many words before the statement it governs
# ("If the page you were looking for cannot be found", "Jika halaman yang Anda cari ...").
CONDITION_WORDS = 3
# How far after a statement a condition's closing word is looked for (Japanese 場合, Turkish ise).
CONDITION_AFTER = 12
# What ends a condition's clause before a statement: a pause, a sentence's end, or a heading
# blanked out of the text (``window.BLANKED``, three spaces), which ends its block.
_CLAUSE_BREAKS = re.compile(r"[.!?。！？؟,;:、，；|]|\s{3}")


def conditional(text: str, start: int, stop: int, blocks: Blocks | None = None) -> bool:
    """Whether a statement stands inside a condition ("If the page cannot be found, check the
    address", "หากไม่พบหน้าที่คุณต้องการ ให้…", "ページが見つからない場合は"): a help page describing a
    case, not the page saying it is gone. The condition's word stands in the statement's own
    clause (no comma or sentence end between) or closes it right after. Where the text's blocks
    are known, a word in the block before (a link "Přihlásit se" in a bar above the box: Czech
    "se" is Italian's "if") is another block's, not the statement's clause. A capital letter
    after the word says nothing: German writes "Wenn Ihr Link gesperrt wurde, …"."""
    before, after = conditions()
    block = blocks.around(start)[0] if blocks is not None else 0
    lead = text[max(0, start - 60, block) : start]
    breaks = list(_CLAUSE_BREAKS.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    words = " ".join(lead.split()[-CONDITION_WORDS:])
    found = [*before.finditer(words)]
    if found:
        return True
    return after.match(text[stop : stop + CONDITION_AFTER]) is not None


def general(text: str, start: int, stop: int) -> bool:
    """Whether an item's clause states a rule, not this page's state: its noun opens its
    sentence with no determiner ("Product pages are removed when a tool is discontinued",
    "Anzeigen werden gelöscht, wenn sie abgelaufen sind") and the sentence goes on to a
    condition. A bare noun is a kind of thing (a plural, a mass), where a notice names its own
    item ("This product", "Le sujet demandé"); the condition is when the rule applies. A help
    page's policy, not the page saying it is gone."""
    before = text[max(0, start - len(BLANKED)) : start]
    if before != BLANKED and before.strip() and before.rstrip()[-1] not in ".!?。！？":
        return False
    end = SENTENCE_END.search(text, stop, stop + QUESTION_REACH)
    until = end.start() if end else stop + QUESTION_REACH
    return conditions()[0].search(text, stop, until) is not None


def of_translation(text: str, stop: int, blocks: Blocks | None = None) -> bool:
    """Whether the sentence of a statement goes on to name a language or a translation ("This
    content is not available in your language yet", "תוכן זה אינו זמין עדיין בשפה שלך"): a
    multilingual site's notice that this page has no translation, above the page itself. Only
    the statement's own block is its sentence: a message without a full stop runs into the
    next block in the visible text ("Die von Ihnen gesuchte Seite existiert nicht Sprache
    wählen"), and a language picker there is the site's chrome."""
    end = SENTENCE_END.search(text, stop, stop + QUESTION_REACH)
    named = _translations().search(text, stop, end.start() if end else stop + QUESTION_REACH)
    if named is None:
        return False
    if blocks is None:
        return True
    following = blocks.around(max(0, stop - 1))[1]  # read only when a language is named
    return following is None or named.start() < following


@cache
def _translations() -> re.Pattern[str]:
    """The phrase book's words naming a language or a translation (``translations``)."""
    words: list[str] = phrase_book()["translations"]["words"]
    # Latin, Greek and Cyrillic words match whole; the other scripts' run into their particles
    bounded = [rf"(?<!\w)(?:{w})(?!\w)" if w[:1].isascii() or _CASED.match(w) else w for w in words]
    return re.compile("|".join(bounded), re.IGNORECASE)


_CASED = re.compile(r"[\u0370-\u052f\u00c0-\u024f]")


def asked(text: str, end: int) -> bool:
    """Whether the sentence a statement stands in is a question ("What is a 404 error?",
    "Lỗi 404 Not Found là gì?"): a page asking about the error is an article about it."""
    mark = SENTENCE_END.search(text, end, end + QUESTION_REACH)
    return mark is not None and mark.group(0) in "?？؟"


# A Korean word ending in a topic particle ("페이지는", "오류란"): what precedes it is the topic
# of a sentence that says something about it.
_KOREAN_TOPIC = re.compile(r"[\uac00-\ud7af]+(?:은|는|란)[,.]?")
# How far a Korean sentence after a label is read for a message that would make it one.
TOPIC_REACH = 120
# A Japanese case or topic particle set apart after a label in Latin letters, with the
# sentence going on after it ("404 Not Found が返ります", "404 Not Found になる", "Error 404 を
# 返す"): the label is the subject or object of a longer sentence about the error, not a
# message's label standing alone. A closed class of the grammar, where the sentences around it
# are an open one. Korean attaches its particles to the word, so a syllable set apart there
# opens a word ("404 Not Found 이용에 불편을 드려…").
_PARTICLE = re.compile(r"(?:が|を|は|と|に|で|の|も|へ|から|まで|より)[\u3040-\u30ff\u4e00-\u9fff]")


def runs_on(text: str, end: int, label: str = "", among: tuple[Language, ...] = ()) -> bool:
    """Whether the text goes on after a label as one sentence: a comma or a lower-case word
    follows ("Error 404 is a status code that ..."), where a message's label stands alone and
    the next block starts afresh ("Page not found. We're sorry ...", "Page Not Found Try ...").
    Scripts without case give no such hint, but in Chinese and Japanese a code's label that
    runs straight on into more of the sentence ("404页面是网站…", "404エラーページは…") is
    its subject: a message's label ends there ("404错误，", "404エラー ページが…"). Korean
    spaces its words: a label followed by a word marked as the sentence's topic ("404 오류
    페이지는 … 화면입니다") is talked about, unless the sentence goes on to say the page is
    gone ("404 오류 페이지는 존재하지 않습니다" is a message). A Latin label set apart before a
    Japanese particle and its verb ("404 Not Found が返ります") is the sentence's
    subject or object (``_PARTICLE``)."""
    if into_close_script(text, end, label[:1].isdigit()):
        return True
    after = text[end : end + 40].lstrip()
    if not after:
        return False
    if after[0] in ",;":
        return True
    if label[-1:].isascii() and label[-1:].isalnum() and _PARTICLE.match(after):
        return True
    word = after.split()[0]
    if _KOREAN_TOPIC.fullmatch(word):
        rest = text[end : end + TOPIC_REACH]
        stop = SENTENCE_END.search(rest)
        return find(rest[: stop.end() if stop else None], (Kind.DIRECT,), among or None) is None
    return word[:1].islower()
