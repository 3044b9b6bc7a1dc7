"""Whether a short line about the page says the page is there, for someone or later.

Sites whose made-up addresses answer 404 also draw short live pages in their template, titled
with their name, at an item's address whose words the page never repeats, with a line naming
the page and a link out: "This page is for members. Log in", "Cette page est en construction.
Revenez bientôt !", "このページは会員限定です", "Deze pagina komt binnenkort online". That is
the shape ``stand_in`` and ``voice`` read as a not-found page in the site's voice (DEV
``live-me18-members``, ``live-me18-later``: f92aa8f read ``voice`` on 7 of 20 such pages,
``stand_in`` on one, ``pointer`` on two: a link to sign in or to the app read as a new home).

What the line says of the page's state tells them apart, in any language: a page still
standing is there for a reader who meets a condition (an account, a membership, a
subscription, the site's app, an age, a consent to cookies) or at a time to come (soon,
later, being built, updated or prepared, opening in May); a page that is gone is gone for
everyone, with no condition to meet and nothing to wait for, whatever its metaphor ("this
page has left the building", "이 페이지는 바람과 함께 떠났어요") and whatever way home it shows
("Head back home", "Torna alla home"). The words are a closed class in each language, the
modal and temporal words of access and of a time to come (the phrase book's ``page_states``),
read in every language the book has, since a line this short says too little to tell its
language by; only in a sentence that names the page (``said_of.page_noun``), so that advice
beside a gone item ("Register for alerts") is not read as the page's condition. An item's
qualifiers of region and time (``restriction``: "till", "until") are not read here: across
languages they are ordinary words (Swedish "till" is "to").

A members' or a cookie wall is a page a person can read; a page being built is a live
address (a region notice is a block, DESIGN's states, read by ``restriction``). Reading too
many lines as such a state only keeps a gone page alive: the list errs that way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from curator.classify.phrase_book import phrase_book
from curator.classify.restriction import regions
from curator.classify.said_of import noun_pattern, page_noun

# Where a sentence ends, in the scripts the phrase book covers.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")


def awaited(*texts: str) -> str | None:
    """The words of a sentence of ``texts`` (a short line's heading and line, without their
    links) that names the page, or the piece of writing it holds ("This article is for
    subscribers", "Ta zapis je na voljo samo naročnikom": ``piece``), and says it is there
    under a condition the reader can meet or at a time to come, or None. Only a sentence about
    the page counts: "Register for alerts" after "This property is no longer advertised" is
    advice beside a gone item, and "Zurück zur Mitgliederliste" a way out."""
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            if page_noun(sentence) is None and piece(sentence) is None:
                continue
            found = _states().search(sentence)
            if found is not None:
                return found.group(0).strip()
    return None


def blocked_here(*texts: str) -> str | None:
    """The region a sentence of ``texts`` that names the page says it is not shown in ("Diese
    Seite ist in Ihrem Land nicht verfügbar", "This video is not available in your country"),
    or None: the page is there for readers elsewhere, a block in DESIGN's states, not a gone
    page. Only a sentence about the page, as for ``awaited``."""
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            if page_noun(sentence) is None:
                continue
            found = regions(sentence)
            if found is not None:
                return found
    return None


def condition(text: str) -> str | None:
    """The first word of ``text`` saying a condition a reader meets or a time to come ("soon",
    "members", "bientôt": the phrase book's ``page_states``), in a line that need not name the
    page, or None: a line too short to name anything ("Coming soon…") says the state alone."""
    found = _states().search(text)
    return found.group(0).strip() if found is not None else None


def piece(text: str) -> str | None:
    """The first word of ``text`` naming the piece of writing a page holds ("article",
    "story", "Beitrag", "lugu", "makala": the phrase book's ``page_states.pieces``), or None.
    A wall stands before the page's content and names either; a condition met opens both."""
    found = _pieces().search(text)
    return found.group(0) if found is not None else None


def held(words: str) -> str | None:
    """The word of a statement's ``words`` that says a conversation or an event the page holds
    is in a state it keeps its content through, or None: a thread, topic, question or ticket
    closed, locked, archived or resolved ("Тема закрыта", "این موضوع بسته شده است",
    "このお問い合わせは解決済みです"), an event ended ("This event has ended"). A closed thread
    takes no more replies and keeps its posts, an event over keeps its programme: the page
    stands, read-only, and its state is remarked, not its absence; a removal ("Тема удалена")
    is none of these. Both the noun and the state must be in the statement (the phrase book's
    ``page_states.held``); whether the item's content is still beside it is
    ``classify.item_notice``'s to weigh."""
    if _held_nouns().search(words) is None:
        return None
    found = _held_states().search(words)
    return found.group(0) if found is not None else None


@cache
def _held_nouns() -> re.Pattern[str]:
    return noun_pattern(phrase_book()["page_states"]["held"]["nouns"])


@cache
def _held_states() -> re.Pattern[str]:
    return noun_pattern(phrase_book()["page_states"]["held"]["states"])


@cache
def _pieces() -> re.Pattern[str]:
    return noun_pattern(phrase_book()["page_states"]["pieces"])


@cache
def _states() -> re.Pattern[str]:
    words: dict[str, Any] = phrase_book()["page_states"]
    spaced = "|".join(f"(?:{group})" for group in words["spaced"])
    unspaced = "|".join(map(re.escape, words["unspaced"]))
    return re.compile(rf"(?<![^\W\d_])(?:{spaced})(?![^\W\d_])|{unspaced}", re.IGNORECASE)
