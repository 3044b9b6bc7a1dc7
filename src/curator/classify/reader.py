"""Whether a sentence speaks to its reader, or as the site to them: the second person and the
first person plural, in the phrase book's languages.

A not-found page addresses whoever arrived at it about the page they asked for: "the page you
requested does not exist", "la page que vous demandez n'existe pas", "Fejl 404 betyder, at den
side, du leder efter, ikke findes"; or speaks as the site of its own content: "Błąd 404
oznacza, że pod tym adresem nic teraz nie ma w naszej dokumentacji". A reference's entry on the
same error explains it in the third person, as a thing that happens to anyone's request: "Error
404 means that the server found nothing at the requested address". Which person a sentence is
in is read from a closed class of words in every language (the phrase book's
``reader_words``: pronouns and possessives), not from how an error is worded, which is an open
one. Reading too many words as the reader's only refuses a definition its reading
(``classify.subject``), so the class errs that way.

Some languages say the person in a word's ending, not in a pronoun ("Aradığınız sayfa",
"Strona, której szukasz", "kterou hledáš"), and a server's default page speaks as the server
itself ("was not found on this server", "na tym serwerze"): ``answers_visitor`` hears those
too, where the question is whom a sentence answers. A sentence that puts the error in a
condition the reader may meet ("If you get error 404 when you open a link, the page you
were looking for may have moved") speaks to anyone who meets it: a help article's generic
"you", not a not-found page's.
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify.phrase_book import phrase_book
from curator.classify.prose import HTTP_STATUS_CODES, THREE_DIGITS
from curator.classify.scripts import ascii_digits

_CLAUSE_BREAK = re.compile(r"[,;:，；、]")


def speaks_to_reader(sentence: str) -> str | None:
    """The word by which ``sentence`` speaks to its reader or as the site ("you", "vous", "您",
    "our"), or None."""
    found = _reader_words().search(sentence)
    return found.group() if found is not None else None


@cache
def _reader_words() -> re.Pattern[str]:
    words = phrase_book()["reader_words"]
    spaced = "|".join(f"(?:{group})" for group in words["spaced"])
    unspaced = "|".join(re.escape(word) for word in words["unspaced"])
    return re.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])|{unspaced}", re.IGNORECASE)


def owned_by_reader(lead: str) -> str | None:
    """The second person's possessive or pronoun that ends ``lead``, the words just before a
    noun ("Ihr Profil", "your account", "votre compte"), or None: what is said of it is said
    of the reader's own thing, as a help article tells what becomes of it ("Nach der Löschung
    ist Ihr Profil nicht mehr verfügbar"), not of the page's item. Only inside a sentence, after
    words of its own: a notice opens with its noun ("Dit formulier is gesloten": Dutch "dit" is
    "this", Danish "dit" is "your"). The first person plural, the site speaking of its own
    content, is not read here."""
    words = lead.split()
    if len(words) < 2:
        return None
    found = _second_person().fullmatch(words[-1])
    return found.group() if found is not None else None


@cache
def _second_person() -> re.Pattern[str]:
    words = phrase_book()["reader_words"]
    spaced = "|".join(f"(?:{group})" for group in words["spaced"][:-1])
    return re.compile(rf"(?:{spaced})", re.IGNORECASE)


def answers_visitor(sentence: str) -> str | None:
    """The word by which ``sentence`` answers the one who asked for the page: the reader's or
    the site's pronoun (``speaks_to_reader``), a person said in a word's ending ("aradığınız",
    "szukasz", "ищешь"), or the site naming itself ("this server", "bu sunucuda"); None where
    it says none, or puts a status code in a condition the reader may meet ("If you see error
    404 …", ``generic``). Not for asking whether a lead frames a statement: a relative
    clause's ending is part of the page's own noun there ("istediğiniz sayfa")."""
    if generic(sentence):
        return None
    found = speaks_to_reader(sentence)
    if found is not None:
        return found
    marked = _marked().search(sentence)
    return marked.group() if marked is not None else None


def generic(sentence: str) -> bool:
    """Whether ``sentence`` opens a condition that names an HTTP status code ("If you get
    error 404 when …", "Si ves el error 404 al abrir…", "Jeśli widzisz błąd 404…"): the
    case of anyone who meets the error, which a help article describes to its reader."""
    digits = ascii_digits(sentence)
    for opened in conditions()[0].finditer(digits):
        clause = _CLAUSE_BREAK.split(digits[opened.end() :], maxsplit=1)[0]
        if any(code in HTTP_STATUS_CODES for code in THREE_DIGITS.findall(clause)):
            return True
    return False


@cache
def _marked() -> re.Pattern[str]:
    words = phrase_book()["reader_words"]
    groups = "|".join(f"(?:{group})" for group in words["endings"] + words["this_site"])
    return re.compile(rf"(?<![\w-])(?:{groups})(?![\w-])", re.IGNORECASE)


@cache
def conditions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrase book's words of a condition (``conditions``): those that open it ("if",
    "wenn", "si") and those that close it after its clause ("場合", "시"). Both the reader of a
    help article's generic case and ``framing.conditional`` read them."""
    words: dict[str, list[str]] = phrase_book()["conditions"]
    return (
        re.compile("|".join(f"(?:{w})" for w in words["before"]), re.IGNORECASE),
        re.compile("|".join(f"(?:{w})" for w in words["after"]), re.IGNORECASE),
    )
