"""Whether a not-found label that its sentence goes on after is still the page's message.

A lower-case word or a comma after a label makes it the subject of a longer sentence
(``framing.runs_on``): "Error 404 is a status code that ..." talks about the error. Two ways of
going on keep the sentence the page's own message, in any language: a word for "or" opening a
second predicate of absence that ends the sentence ("Страница не найдена или была удалена",
"Page not found or has been removed"), a comma opening advice to the visitor ("Page not
found, please try the search", "Страница не найдена, попробуйте воспользоваться поиском"), and
a few words saying where the page was sought ("Nie znaleziono strony o podanym adresie").
The words for "or" and the advice are the phrase book's ``courtesies``; the predicates of
absence are the clause book's (``classify.clauses``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from curator.classify import clauses
from curator.classify.phrase_book import phrase_book
from curator.classify.reader import speaks_to_reader

if TYPE_CHECKING:  # sentence reads relative_words from here: the type alone, not a cycle
    from curator.classify.sentence import Blocks

# How far after the label its sentence is read: a second predicate is a few words long.
REACH = 80
# Words allowed after the second predicate before its sentence ends ("... was deleted by
# its author"): more make it a sentence that goes on about something else.
AFTER_WORDS = 2
# Words of a sentence that only says where the page was sought after its label ("on this
# server", "o podanym adresie", "по этому адресу").
PLACE_WORDS = 4
_END = re.compile(r"[.!?。！？؟…]|\s{3}")
_CLAUSE_AFTER = re.compile(r"[:;]\s*\w")
# Words a statement's sentence may go on for after it before it is about something else: the
# statement qualified by a place, a condition or a consequence ("This page does not exist in
# the print edition", "Halaman ini tidak ada hubungannya dengan klub resmi", "böyle bir sayfa
# yok, bu yüzden bu rehberi hazırladık").
QUALIFIED_WORDS = 4
_PAUSE = ",;:–—"
# A reporting tail after the statement's last pause: its words, and how many of them may stand
# before the verb of saying or the attribution ("…, a spokesperson for the city said on Monday").
# A verb opening the tail may be followed by who said it and when, at length: "Seite nicht
# gefunden – sagt mir die Seite des Nahverkehrs schon zum dritten Mal heute Morgen" (12 words).
REPORT_WORDS = 14
REPORT_LEAD = 4
_TAIL_PAUSE = re.compile(r"[,–—]\s*")
# Words of a second clause joined by "and" to an item's statement that end its sentence and
# still speak of the item ("… e l'inserzione è stata chiusa", "… und ist nicht mehr sichtbar"):
# longer, it tells other news ("… and the company's shares fell sharply in early trading").
SECOND_CLAUSE_WORDS = 6


def goes_on_as_message(text: str, end: int) -> bool:
    """Whether the sentence after a label at ``text[:end]`` is a second predicate of absence
    joined by "or", or advice to the visitor after a comma: the label is still the message."""
    return continued_words(text, end) > 0


def continued_words(text: str, end: int) -> int:
    """How many words the label's sentence goes on for as the page's message (``0`` when it
    does not): in a heading they are the message's words too ("Page not found or has been
    removed" is all message, not half of it)."""
    after = text[end : end + REACH]
    stop = _END.search(after)
    sentence = after[: stop.start() if stop else None].strip()
    if not sentence:
        return 0
    relative = relative_words(text, end)
    if relative:
        return relative
    alternative, advice = _words()
    if sentence[0] in ",;:–—-":
        rest = sentence[1:].lstrip()
        # advice ends the sentence: a colon or semicolon after it opens a clause about something
        # else ("Page not found, please try the search: the 404 template now links to search")
        if advice.match(rest) and not _CLAUSE_AFTER.search(rest):
            return len(sentence.split())
        return 0
    joined = alternative.match(sentence)
    if joined is not None:  # "o" is "or" in Spanish and "about" in Polish: both are tried
        rest = sentence[joined.end() :]
        for predicate in _predicates():
            found = predicate.search(rest)
            if found is not None and len(rest[: found.start()].split()) <= AFTER_WORDS:
                if len(rest[found.end() :].split()) <= AFTER_WORDS:
                    return len(sentence.split())
                break
    return len(sentence.split()) if _where(sentence) else 0


def relative_words(text: str, end: int) -> int:
    """Words of a relative clause right after a statement at ``text[:end]`` that names what the
    visitor sought and ends the sentence ("Nie znaleziono strony, której szukasz.", "لم نتمكن من
    العثور على الصفحة التي تبحث عنها", "Vi kunde inte hitta sidan du letade efter"): it says
    which page is missing, so its words are the message's (``0`` when there is none, or when
    the sentence goes on after it: "... the page you requested was renamed last week")."""
    after = text[end : end + REACH]
    stop = _END.search(after)
    rest = after[: stop.start() if stop else None].lstrip(" ,")
    if not rest:
        return 0
    found = _relatives().match(rest)
    if found is None or rest[found.end() :].strip(" ,;:!?¡¿"):
        return 0
    return len(rest.split())


def qualified(
    text: str, start: int, stop: int, blocks: Blocks | None = None, of_item: bool = False
) -> bool:
    """Whether a statement at ``text[start:stop]`` that a thing does not exist is qualified by
    the rest of its sentence (up to where its block ends, ``blocks``): for
    ``QUALIFIED_WORDS`` words or more it says where or why the thing does not exist, and that
    is neither "here" or "this …" (the clause book's things: "doesn't exist in this version of
    the docs" is still the page's message), nor a second predicate of absence, nor advice. The
    statement is then said of something else: a printed edition, a club, a translation. An
    item's absence (``of_item``: "Объявление о продаже было удалено") is qualified so by any
    of its predicates: a report goes on to say when and who ("… через час после публикации,
    сообщили в компании"), where a marketplace's message ends, names the seller or says why
    (``accounted``)."""
    if not of_item and not _existence().search(text, start, stop):
        return False  # "removed by a moderator", "withdrawn at the request of …": the message
    block_end = blocks.around(stop)[1] if blocks is not None else None
    after = text[stop : min(stop + REACH, block_end if block_end is not None else len(text))]
    end = _END.search(after)
    if end is None and len(after) >= REACH:
        return False  # the sentence does not end in sight: too little is known to tell
    sentence = after[: end.start() if end else None].strip()
    words = [word for word in sentence.lstrip(_PAUSE).split() if any(c.isalpha() for c in word)]
    if len(words) < QUALIFIED_WORDS or _words()[0].match(sentence):
        return False  # "… no existe o ha sido movida": "or" opens a second predicate
    if any(pattern.search(sentence) for pattern in _predicates() + _things()):
        return False  # "… or has been moved", "… on this site": the page's own message
    if of_item and accounted(text, stop, sentence, blocks):
        return False  # "… vom Team entfernt, weil es gegen die Forenregeln verstieß"
    return continued_words(text, stop) == 0


def accounted(text: str, stop: int, sentence: str, blocks: Blocks | None = None) -> bool:
    """Whether the rest of an item's sentence after ``text[:stop]`` (``sentence``) is the site's
    own account of what became of the item: a reason or an agent (the phrase book's
    ``courtesies.accounts``: "… removed by the seller because it was sold", "… deixou de estar
    disponível por decisão do canal"), or a word for "and" opening a second short clause on it
    ("L'immobile è stato venduto e l'inserzione è stata chiusa"). A site that removes an item
    often says why and by whom; what makes such a sentence someone's report is a verb of saying
    in it ("…, the company said", ``reported``), never the reason itself."""
    rest = sentence.lstrip(_PAUSE).lstrip()
    if _reporting().search(rest) or reported(text, stop, blocks) is not None:
        return False  # "… because it broke the rules, the company said": the reporter's news
    if _accounts().match(rest):
        return True
    joined = _conjunctions().match(rest)
    return joined is not None and len(rest.split()) <= SECOND_CLAUSE_WORDS


def reported(text: str, stop: int, blocks: Blocks | None = None) -> str | None:
    """The word by which the rest of the sentence of a statement ending at ``text[:stop]``
    gives the statement as another's words, or None: after its last pause, a short tail opens
    with a verb of saying and its subject, or an attribution ("The video has been removed by the
    platform, the ministry said on Friday", "La page a été supprimée, selon la préfecture",
    "Der Beitrag wurde gelöscht, sagte ein Sprecher"). The statement is then the reporter's
    news of another page, in any language that writes so, not the page's own message. A tail
    that speaks as the site or to its reader ("…, according to our guidelines", "…, selon nos
    conditions", ``reader``) is the site's own account of its removal: not read. A language
    that reports after the clause closes it so with no pause (``quoted_after``)."""
    quotative = quoted_after(text, stop)
    if quotative is not None:
        return quotative
    block_end = blocks.around(stop)[1] if blocks is not None else None
    reach = 2 * REACH
    after = text[stop : min(stop + reach, block_end if block_end is not None else len(text))]
    end = _END.search(after)
    if end is None and len(after) >= reach:
        return None  # the sentence does not end in sight: too little is known to tell
    sentence = after[: end.start() if end else None]
    pauses = list(_TAIL_PAUSE.finditer(sentence))
    if not pauses:
        return None
    tail = sentence[pauses[-1].end() :].strip()
    if not tail or len(tail.split()) > REPORT_WORDS or speaks_to_reader(tail) is not None:
        return None
    found = _reporting().search(tail)
    if found is None or len(tail[: found.start()].split()) >= REPORT_LEAD:
        return None
    return found.group()


def quoted_after(text: str, stop: int) -> str | None:
    """The words right after a statement ending at ``text[:stop]`` that close it as someone's
    statement, or None: in a language that reports after the clause, the verb's ending, a
    quotative particle or a nominalised verb, and a verb of saying a few words on
    ("動画が削除されたと市が発表した", "게시물이 삭제되었다고 경찰이 밝혔다", "paylaşımın
    silindiğini açıkladı"; the phrase book's ``quotatives``). The statement is then the
    reporter's news of a removal elsewhere, as a tail after a pause makes it (``reported``)."""
    found = _quotatives().match(text, stop)
    return found.group().strip() if found is not None else None


def reporter_before(lead: str) -> str | None:
    """The verb of saying by which the words before a statement in its sentence give it as
    another's words, or None: "A council spokesperson said the page had been removed",
    "Urząd poinformował, że wpis został usunięty", "平台表示相关帖子已被删除". A lead that
    speaks to the reader or as the site ("According to our records, this page was removed") is
    the site's own account of its removal: not read, as ``reported`` reads no such tail."""
    if speaks_to_reader(lead) is not None:
        return None
    found = _reporting().search(lead)
    return found.group() if found is not None else None


def introduced(lead: str) -> str | None:
    """The word by which the words before a statement in its sentence make it another's or the
    reader's, or None: a verb of saying ("Now it says this page does not exist") or a person
    (``reader``: "Without readers like you this page does not exist"). A not-found notice's
    lead is an apology, a determiner or another gone clause; a lead that reports, or speaks of
    the reader or the site, frames the statement: it is not the sentence's own message, and
    stays weighed as a statement inside a longer sentence."""
    found = _reporting().search(lead)
    return found.group() if found is not None else speaks_to_reader(lead)


def _where(sentence: str) -> bool:
    """Whether the rest of a label's sentence only says where the page was sought: a
    preposition and the clause book's thing the page points at, then the sentence's end
    ("Nie znaleziono strony o podanym adresie.", "Page not found on this server.")."""
    words = sentence.split()
    if len(words) > PLACE_WORDS:
        return False
    for thing in _things():
        found = thing.search(sentence)
        if found is None or found.end() < len(sentence.rstrip()):
            continue
        before, said = sentence[: found.start()].split(), found.group().split()
        # a preposition and the thing ("on this server"), or a place adverb alone ("here");
        # a thing with no preposition is a time or a name ("Page not found this week")
        if len(before) == 1 or (not before and len(said) == 1):
            return True
    return False


def advice_after(text: str, clause: clauses.Clause) -> bool:
    """Whether the sentence after a clause's own opens with advice to the visitor ("Vérifiez
    l'adresse ou utilisez la recherche.", "Please check the link."): the site's words that go
    with its message, not a second message. "The deprecated API's page was removed. Added
    search by section." goes on with another entry of a list."""
    end = clauses.SENTENCE_END.search(text, clause.end, clause.end + clauses.NEXT_SENTENCE)
    if end is None:
        return False
    _, advice = _words()
    return advice.match(text[end.end() : end.end() + clauses.NEXT_SENTENCE].strip()) is not None


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words: dict[str, list[str]] = phrase_book()["courtesies"]
    return (
        re.compile("(?:" + "|".join(f"(?:{w})" for w in words["alternatives"]) + r")\s*"),
        re.compile("|".join(f"(?:{w})" for w in words["advice"])),
    )


@cache
def _relatives() -> re.Pattern[str]:
    words: dict[str, list[str]] = phrase_book()["courtesies"]
    return re.compile("|".join(f"(?:{w})" for w in words["relatives"]))


@cache
def _reporting() -> re.Pattern[str]:
    """The verbs of saying: a cased language's as whole words, an unspaced script's anywhere."""
    book = phrase_book()["courtesies"]
    spaced = "|".join(f"(?:{w})" for w in book["reporting"])
    unspaced = "|".join(f"(?:{w})" for w in book["reporting_unspaced"])
    return re.compile(rf"(?<!\w)(?:{spaced})(?!\w)|{unspaced}")


@cache
def _accounts() -> re.Pattern[str]:
    words: list[str] = phrase_book()["courtesies"]["accounts"]
    return re.compile("|".join(f"(?:{w})" for w in words))


@cache
def _conjunctions() -> re.Pattern[str]:
    words: list[str] = phrase_book()["courtesies"]["conjunctions"]
    return re.compile("|".join(f"(?:{w})" for w in words))


@cache
def _quotatives() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{w})" for w in phrase_book()["courtesies"]["quotatives"]))


@cache
def _existence() -> re.Pattern[str]:
    return re.compile(phrase_book()["courtesies"]["existence"])


@cache
def _things() -> tuple[re.Pattern[str], ...]:
    return tuple(thing for language in clauses.concepts() for thing in language.things)


@cache
def _predicates() -> tuple[re.Pattern[str], ...]:
    """Every language's predicates of absence and of the item's state, in one list: the
    sentence after a label is short, and this runs only where a label's sentence goes on."""
    found: list[re.Pattern[str]] = []
    for language in clauses.concepts():
        found.append(language.absent)
        if language.state is not None:
            found.append(language.state)
    return tuple(found)
