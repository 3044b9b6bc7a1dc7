"""Whether a short line about the page says the page is there, for someone or later.

Sites whose made-up addresses answer 404 also draw short live pages in their template, titled
with their name, at an item's address whose words the page never repeats, with a line naming
the page and a link out: "This page is for members. Log in", "Cette page est en construction.
Revenez bientôt !", "このページは会員限定です", "Deze pagina komt binnenkort online", "Questa
pagina non è disponibile nel tuo paese". That is the shape ``stand_in`` and ``voice`` read as
a not-found page in the site's voice (DEV ``live-me18-members``, ``live-me18-later``: f92aa8f
read ``voice`` on 7 of 20 such pages, ``stand_in`` on one, ``pointer`` on two: a link to sign in
or to the app read as the page's new home).

What the line says of the page's state tells them apart, in any language: a page still
standing is there for a reader who meets a condition (an account, a membership, a
subscription, the site's app, an age, a consent to cookies), in another region, or at a time
to come (soon, later, being built, updated or prepared, opening in May); a page that is gone is
gone for everyone, with no condition to meet and nothing to wait for, whatever its metaphor
("this page has left the building", "이 페이지는 바람과 함께 떠났어요") and whatever way home it
shows ("Head back home", "Torna alla home"). The words are a closed class in each language, the
modal and temporal words of access and of a time to come (the phrase book's ``page_states``),
and the qualifiers of region and time ``restriction`` reads of an item's notice ("in your
country", "temporarily", "until"), read in every language the book has, since a line this short
says too little to tell its language by.

A region notice is a block, not a gone page (DESIGN's states); a members' or a cookie wall is a
page a person can read; a page being built is a live address. Reading too many lines as such a
state only keeps a gone page alive: the list errs that way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from curator.classify.phrase_book import phrase_book
from curator.classify.restriction import qualifier

# The kinds of an item's qualifier that say the same of a page: where or when it is there.
KINDS = ("region", "time")


def awaited(line: str) -> str | None:
    """The words of ``line`` (a short line and its heading, without their links) saying its
    page is there under a condition the reader can meet, in another region or at a time to
    come, or None."""
    found = _states().search(line)
    if found is not None:
        return found.group(0).strip()
    return qualifier(line, KINDS)


@cache
def _states() -> re.Pattern[str]:
    words: dict[str, Any] = phrase_book()["page_states"]
    spaced = "|".join(f"(?:{group})" for group in words["spaced"])
    unspaced = "|".join(map(re.escape, words["unspaced"]))
    return re.compile(rf"(?<![^\W\d_])(?:{spaced})(?![^\W\d_])|{unspaced}", re.IGNORECASE)
