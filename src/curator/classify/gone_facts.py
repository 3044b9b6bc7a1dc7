"""What a page's content says of its being gone, kept after its text is dropped.

``curator.classify.gone`` reads these facts while the text is at hand, the readers beside it
(the clauses, the main area's message, a thin page's pictures) add theirs, and
``curator.classify.evidence`` weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass

from curator.classify.absent import Absent
from curator.classify.address import Unanswered
from curator.classify.client_redirect import ClientRedirect
from curator.classify.echo import Echo
from curator.classify.empty_main import EmptyMain
from curator.classify.item_grid import ItemGrid
from curator.classify.listing import Listing
from curator.classify.picture_item import PictureItem
from curator.classify.pointer import Pointer
from curator.classify.prominent_notice import ProminentNotice
from curator.classify.retired import Retired
from curator.classify.signin import SignIn
from curator.classify.stand_in import StandIn
from curator.classify.statement import Statement
from curator.classify.thin import Thin
from curator.classify.voice import Voice
from curator.classify.wayfinding import Wayfinding

# Fewer visible words than this is no text at all.
BLANK_WORDS = 5
# An untitled answer of at most this many words ("OK", "null", "{}") has nothing usable; two
# words may be a terse page of its own.
NOTHING_WORDS = 1


@dataclass(frozen=True, slots=True)
class GoneFacts:
    """What ``evidence`` needs to know about a page's content, kept after its text is dropped."""

    empty: bool  # the body had no bytes at all
    titled: bool  # the page has a title or a main heading
    words: int  # words of visible text
    prose: int = 0  # words of prose near the message, counted only where a statement was found
    # words of link blocks (rails, related lists) and dialogs (a consent banner) near the
    # message, counted apart from its prose
    linked: int = 0
    truncated: bool = False  # only the start of the body was read (it was over the size cap)
    codes: int = 0  # distinct HTTP status codes the text names, where a statement was found
    unanswered: Unanswered | None = None  # the address's subject, which the page does not name
    listed: int = 0  # on a search page: how often its text names what was searched for
    # words of prose at the text's start, read only on a page carrying a parking phrase outside
    # its title and heading: an article that mentions "a parked domain" is not one
    parked_prose: int = 0
    # the parking phrase stands only inside quotation marks in the title and text: a report
    # quoting what a lander says ("found a page that read “This domain is for sale”")
    parked_quoted: bool = False
    script_home: str | None = None  # the home page a script on a page with no text sends to
    pointer: Pointer | None = None  # where a thin page's main content sends its reader
    state: str | None = None  # a thin app shell's framework state saying its route was not found
    # a document with no words and nothing else for a reader: no script, media, form or refresh
    hollow: bool = False
    listing: Listing | None = None  # a redirected page's run of sibling item links
    # where the page itself sends its reader as it loads (``classify.client_redirect``)
    client_redirect: ClientRedirect | None = None
    title: Statement | None = None
    heading: Statement | None = None
    direct: Statement | None = None  # the strongest direct statement in the text
    label: Statement | None = None  # the strongest label in the text
    # a clause saying what the page points at is absent ("this trail goes nowhere"), read only
    # where the phrase book found nothing: the strongest of title, heading and text
    clause: Statement | None = None
    # a statement that is the main area's message: first there, with little else beside it
    # (``read_main_message``), read only where the text says it less loudly
    main: Statement | None = None
    # a main area with nothing of its own under a title naming only the site (``classify.thin``)
    thin: Thin | None = None
    # the statement its one picture's words make ("404", an alt text "Page not found")
    pictured: Statement | None = None
    # that picture where the item its address names would be, named nowhere (``picture_item``)
    picture_item: PictureItem | None = None
    echo: Echo | None = None  # the main area's lead quotes the address asked for (``echo``)
    # a line and a way out where the item its address names would be (``classify.stand_in``)
    stand_in: StandIn | None = None
    # a notice of the item's state with nothing of the item left beside it (``retired``)
    retired: Retired | None = None
    # the sign-in page a redirect landed on (``classify.signin``)
    sign_in: SignIn | None = None
    # the site's full template around a main area with nothing in it (``classify.empty_main``)
    empty_main: EmptyMain | None = None
    # the item the address names, named nowhere, with a line and other items or a way out
    # instead (``classify.absent``)
    absent: Absent | None = None
    # other items' cards of the address's own shape, and nothing of the item the address names,
    # at an address that was not redirected (``classify.item_grid``)
    grid: ItemGrid | None = None
    # a main area holding only ways elsewhere and at most a line, at an item's address
    # (``classify.wayfinding``): weighed only where the site answers made-up addresses 404
    wayfinding: Wayfinding | None = None
    # a line about the page itself where the item its address names would be
    # (``classify.voice``): weighed only where the site answers made-up addresses 404
    voice: Voice | None = None
    # a notice alone in the page's most prominent place: the not-found code as its heading, or
    # an overlay's line over other items (``classify.prominent_notice``)
    prominent: ProminentNotice | None = None

    @property
    def blank(self) -> bool:
        """No visible text to speak of (a JS-only shell, a body that inflates to nothing)."""
        return self.words < BLANK_WORDS

    @property
    def nothing(self) -> bool:
        """Nothing usable at all: no title, no heading and at most a lone word ("OK", "null").
        A body cut at the size cap is not judged on what its start lacks: the rest was never
        read."""
        lone = self.words <= NOTHING_WORDS
        return self.empty or (lone and not self.titled and not self.truncated)


EMPTY_BODY = GoneFacts(empty=True, titled=False, words=0)
