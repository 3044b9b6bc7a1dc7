"""Status codes named only in other items' cards are the site's help, not what the page says.

A page naming several HTTP status codes is a page about them (a reference, a tutorial), and a
statement that a page is gone found on it weighs less (``evidence``'s ``codes``). The count
reads numbers of three digits: on a gone listing's or product's page, the cards of other items
under its notice carry them as prices, monthly rates, mileages and weights ("404 km · 503
€/mes", "£410 · 2.1 kg"), and the notice lost to them: "Este anuncio ya no está disponible"
over three used cars was read as a page naming three status codes. Those cards are the site's
help (``site_help``, ``item_cards``), as they are when what stands beside a notice is counted
(``item_notice.beside``), and so are the rails a template sets beside the main content
(``main_area``'s chrome: "cards", "related", "carousel"): the codes are counted again in the
main area's own blocks, without either, and only those still named there count. A reference
page keeps its codes: its tables and paragraphs are its own, not cards of other pages.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from curator.classify.item_cards import without_cards
from curator.classify.main_area import read_main
from curator.classify.prose import status_codes

if TYPE_CHECKING:
    from lxml import etree

    from curator.classify.gone_facts import GoneFacts


def without_help_codes(facts: GoneFacts, root: etree._Element, url: str) -> GoneFacts:
    """``facts`` with its status codes counted in the main area's own blocks of the page at
    ``url`` (``root``), without the cards of other pages; read only where two codes or more
    were counted (one is the page's own error's). Never more than were counted."""
    if facts.codes < 2:
        return facts
    said = (facts.title, facts.heading, facts.direct, facts.label, facts.clause, facts.main)
    notices = [s.words.casefold() for s in said if s is not None]
    twin = without_cards(root, url, notices)[0]
    own = "\n".join(block.text for block in read_main(twin).blocks)
    return replace(facts, codes=min(facts.codes, status_codes(own)))
