"""What a heading, or a line standing for one, heads: the element around it with more words.

A page's name heads its own content, not the template's rails, the thread's other comments or
the other stories set after the element it stands in: a not-found message set into a forum
comment is followed by the thread, a removed post's "[deleted]" by "Suggested topics". So the
element a heading heads is its nearest ancestor holding more text than the heading itself (a
WordPress theme's ``header.entry-header`` holds the heading alone, its ``article`` the work).
A ``<header>`` or ``<hgroup>`` is the heading's own, however much it holds: a band's hero sets
its tagline beside its name and its tour dates in the section after it. ``classify.named``
reads what a name heads, ``classify.item_notice`` what a shop's title line heads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curator.extract.clean import collapse
from curator.extract.text import all_text

if TYPE_CHECKING:
    from lxml import etree

# Elements that are a heading's own, however much they hold.
HEADERS = frozenset({"header", "hgroup"})


def headed(element: etree._Element) -> etree._Element | None:
    """The element ``element`` (a heading, a line of its own) heads: its nearest ancestor, not
    a header, holding more text than it; None when none does."""
    own = len(collapse(all_text(element)))
    for ancestor in element.iterancestors():
        if ancestor.tag not in HEADERS and len(collapse(all_text(ancestor))) > own:
            return ancestor
    return None
