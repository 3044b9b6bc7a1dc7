"""The prose weighed against a notice is the main area's own: a template's rails and other
pages' cards weigh nothing.

A statement that the page is gone weighs less beside words of prose (``evidence``'s ``prose``):
an article that says "page not found" goes on in paragraphs, a not-found page does not. The
count reads the visible text near the statement, and a not-found page's template often fills
that reach with other pages' teasers: "Popular pages", "Related articles", "Most read", each a
linked title and a sentence or two of summary in lower case. Read as the page's own, they sank
a notice said at full strength ("The page you requested could not be found.", "This page has
wandered off.") towards the threshold, and a fit that weighed prose a little more lost the
whole family (DEV ``gone-main-message``, held out 0.615 against 0.923 as shipped).

The main area (``main_area``) leaves a template's rails out as chrome ("related",
"recommended", "cards"), and other pages' cards inside it are the site's too (``item_cards``),
as they are where a page's status codes are counted (``help_codes``) and where what stands
beside a notice is weighed (``item_notice.beside``). ``main_message`` already counts the
main area's prose where the main area's reading is the message; this counts it wherever the
notice itself stands in the main area, whichever reader found it. A notice the main area does
not hold keeps the text's count (the area may be the wrong one), and an article keeps its
prose: its paragraphs are its own blocks, not cards of other pages.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from curator.classify.item_cards import without_cards
from curator.classify.main_area import MainArea, read_main
from curator.classify.prose import prose_words

if TYPE_CHECKING:
    from lxml import etree

    from curator.classify.gone_facts import GoneFacts


def own_prose(facts: GoneFacts, root: etree._Element, url: str, area: MainArea) -> GoneFacts:
    """``facts`` with its prose counted in the main area's own blocks (``area``, of the page
    at ``url``, ``root``), without the cards of other pages, where the main area holds one of
    the page's statements; read only where some prose was counted beside a statement (nearly
    every page has neither). Never more than was counted."""
    if facts.prose <= 0:
        return facts
    said = (facts.title, facts.heading, facts.direct, facts.label, facts.clause, facts.main)
    notices = [s.words.casefold() for s in said if s is not None and s.words]
    if not notices:
        return facts
    twin, found = without_cards(root, url, notices)
    own = "\n".join(block.text for block in (read_main(twin) if found else area).blocks)
    folded = own.casefold()
    if not any(notice in folded for notice in notices):
        return facts
    return replace(facts, prose=min(facts.prose, prose_words(own)))
