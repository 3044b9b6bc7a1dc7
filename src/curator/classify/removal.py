"""Whether a notice on an item says an act done to it, not a state of its stock.

"Annonsen är borttagen", "Inzerát byl smazán", "This ad has expired": the seller or the site
did something to the listing, and what a marketplace keeps under that notice (the ad's name,
its price, one photo) is the remnant of an ad that no longer answers, not the ad. "Cet article
n'est plus disponible", "Sold out": a state of the item's stock, under which a shop keeps the
product's page with the same name, price and photo, and the page stands (``item_notice`` weighs
which of the two it reads). The predicates are the phrase book's ``acts`` section, one short
list per language, read only over a statement already read as a notice on the item. An act
whose words go on to name a view of the site it was taken out of ("Annonsen har tagits bort
från sökningen", "retirée des résultats de recherche": the book's ``hidden``) hides a listing
still shown, a reserved ad, and tells nothing of its removal.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from curator.classify.phrase_book import phrase_book

# The book's keys that are no language.
_OTHER = ("about", "hidden", "gate")


@cache
def acts() -> re.Pattern[str]:
    """Every language's predicates of an act done to an item, one pattern."""
    book = phrase_book()["acts"]
    return re.compile(
        "|".join(f"(?:{p})" for code, entry in book.items() if code not in _OTHER for p in entry),
        re.IGNORECASE,
    )


@cache
def _gate() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for stem in phrase_book()["acts"]["gate"]:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


def act_gated(text: str) -> bool:
    """Whether ``text`` holds a stem of an act (the book's ``gate``: "removed", "odstranil",
    "حذف"): only then can ``acts`` match. One pass in C; ``acts`` itself, every language's
    alternation, costs a third of a millisecond over a page's lead."""
    for _ in _gate().iter(text.lower()):
        return True
    return False


@cache
def _hidden() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in phrase_book()["acts"]["hidden"]), re.IGNORECASE)


def says_act(words: str, after: str = "") -> bool:
    """Whether a notice's words say the item was removed, deleted, taken down or expired, and
    the words ``after`` them in their sentence name no view of the site it was only taken out
    of ("from search", "z wyników wyszukiwania")."""
    found = acts().search(words)
    return found is not None and _hidden().search(words[found.end() :] + after) is None
