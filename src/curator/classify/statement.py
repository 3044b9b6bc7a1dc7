"""One place where a page says it is gone, and the shares of its strength it keeps when it is
said less than plainly.

Every reader of a page's statements (its title, heading, text, main area, pictures) makes a
``Statement``; ``curator.classify.evidence`` weighs them. The shares are one scale for all of
them: a statement quoted, or embedded in a longer sentence, keeps the same share wherever it
stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

# A statement in quotation marks is being talked about, not said: it keeps this share.
QUOTED_SHARE = 0.25
# A statement filling less than this share of its title or heading is mentioned in a longer
# title ("What is a 404 error and how to fix it"), not the page's name: it does not count.
MAIN_SHARE = 0.5
# A statement inside a sentence of other words (not at its start) keeps this share.
EMBEDDED_SHARE = 0.5


class Place(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    TEXT = "text"
    MAIN = "the main content"  # the page's main area, chrome left out (``classify.main_area``)
    PICTURE = "picture"  # the words a thin page's picture shows a reader (``classify.thin``)


class Kind(StrEnum):
    DIRECT = "direct"  # a sentence telling the visitor the page is missing
    LABEL = "label"  # the error's name: "page not found", "error 404"
    CODE = "code"  # a bare "404" or "not found": only ever a whole title or heading
    CLAUSE = "clause"  # something the page points at, said to be absent: read by structure


@dataclass(frozen=True, slots=True)
class Statement:
    """One place where the page says it is gone, with how strongly that place says it."""

    place: Place
    kind: Kind
    lang: str
    words: str  # as the page wrote them
    strength: float  # 0..1: share of the title/heading it fills, or prominence in the text
    note: str  # why that strength, for the reason an editor reads
    plain: bool = True  # said as the page's own words: not quoted, asked, embedded or mentioned
    # an item's clause under the item's own name, left plain until what of the item stands
    # beside it is read in the page's tree (``own_content.under_own_name`` sets it,
    # ``item_notice`` settles it); not part of what the statement reads as
    under_name: bool = field(default=False, repr=False, compare=False)

    def mentioned(self, share: float, why: str) -> Statement:
        """This statement read as a mention (quoted, embedded, a name, a note on a kept item):
        ``share`` of its strength, never said plainly, ``why`` added to its note for the
        editor. The one way every reader turns a statement into a mention."""
        note = f"{self.note}, {why}"
        return replace(self, strength=self.strength * share, plain=False, note=note)
