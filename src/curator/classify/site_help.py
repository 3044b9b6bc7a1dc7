"""The site's help under a heading: rows that are ways to other pages of the site.

A not-found page often keeps, under its "Error 404", what the site offers instead: its latest
posts as dated rows ("12 May 2024 — <a>Spring tides</a> — A morning on the mudflats…"), a
table of recent articles whose first cell is a date, a ``<dl>`` of useful links each with a
line of description, other products' tiles each with a "View" button. Read as the content of
the heading, these rows and terms make the error's words look like the name of a page with
rows of its own (``named``), and the page is called alive. Whether a row is the item's or the
site's help does not depend on its tag but on where its link goes and what it carries beside
it: a block whose links all lead to one other page of the site, holding no more than a teaser
of it (a date, a title, an excerpt, a price), wherever in the block the link stands, is that
page's card (``item_cards``). The rows of a band's tour whose "Tickets" leave for a seller, a
glossary's terms, an item's downloads or its photo pages are not: their links leave the
site, lead nowhere or stay on the item.

``without_help`` gives what a heading heads without those rows, so that what is left is
weighed as the name's own content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curator.classify.item_cards import without_cards

if TYPE_CHECKING:
    from lxml import etree


def without_help(container: etree._Element, url: str, name: str) -> etree._Element:
    """``container`` (what the heading ``name``, casefolded, heads on the page at ``url``)
    without the site's help: the cards of other pages its rows and terms are (a copy;
    ``container`` itself when it holds none). A block saying the heading's words is not
    help."""
    return without_cards(container, url, [name])[0]
