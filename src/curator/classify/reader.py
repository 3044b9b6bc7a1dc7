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
"""

from __future__ import annotations

import re
from functools import cache

from curator.classify.phrase_book import phrase_book


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
