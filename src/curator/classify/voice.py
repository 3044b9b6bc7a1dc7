"""A line about the page itself where an item would be, on a site that says 404 for nothing.

A shop, a blog or a restaurant whose router still resolves a removed item's address draws its
template there with a line in the brand's voice and a way out: "We looked everywhere, but
this page has pedalled off.", "앗! 이 페이지는 파도에 휩쓸려 갔어요", "Deze pagina is met de
vloed meegegaan". No phrase book lists such lines and none could; a thank-you page, a teaser,
a status line or a two-line poem has the same shape (a line and a link home under the site's
name: DEV ``live-voice-lookalike``, ``live-vo18-voice-twin``). What tells them apart is not
the metaphor but what the line is about and what the site answers elsewhere:

- the shape of ``stand_in`` (``stand_in.read_line``): the address names an item in words
  nothing on the page names, the title is the site's name, the main area holds a line of at
  most 30 words with no figure, no picture with words, no player, form or verse, and its
  links lead only out (home, a section, a search);
- the line or heading, outside its links, speaks of the page itself: it names the page (the
  phrase book's ``page_words.nouns``, the nouns of the closed class ``said_of`` reads:
  "page", "Seite", "pagina", "ページ", "페이지"), not a link, a file, the content or the whole
  site (a thank-you line's "Check your inbox for the link", a challenge page's "Checking
  your browser before accessing the site"). A live item's line speaks of the item or of the
  reader ("Thanks, you're subscribed", "Tickets go on sale next month"), never of the page it
  stands on; a link "Back to the home page" is the way out, not the line, and is left out;
- it shows at least one way out: a page in the site's voice sends its reader back (a
  challenge or a holding page with no link is not one);
- and the site answers a made-up address beside it with 404 or 410 (``probe.ProbeOutcome
  .honest``, weighed in ``evidence``): such a site tells a reader when there is nothing at
  an address, so a line about the page where its item would be is that telling, in its
  voice.

Each is no verdict alone: the shape is a thank-you page's, a page word is a members' page's
("This page is for members"), an honest 404 is most sites'. The line's tone (a metaphor of
loss, an apology, a question) is not read: it is what a phrase list would fit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from curator.classify.main_area import MainArea
from curator.classify.said_of import page_noun
from curator.classify.stand_in import Line, links_said, read_line, unlinked, unnamed
from curator.extract.clean import collapse


@dataclass(frozen=True, slots=True)
class Voice:
    """A line about the page, standing where the item its address names would be."""

    shape: Line  # the line and its way out; ``shape.said`` is the word naming the page
    line: str  # the line and heading, outside their links

    @property
    def says(self) -> str:
        return (
            f"{unnamed(self.shape.words)}; where it would be, a line about the page itself "
            f"(“{self.line[:80]}”, naming “{self.shape.said}”) and "
            f"{links_said(self.shape.exits)}, under a title that is the site's name"
        )


def read_voice(
    root: etree._Element,
    main: Callable[[], MainArea],
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
) -> Voice | None:
    """The shape on a parsed page (``extract.Document.root``) at ``url``, or None; ``main``
    gives its main area, read once a page. Whether its site answers made-up addresses 404 is
    the probe's, weighed in ``evidence``."""
    lines: list[str] = []

    def says(line: str, heading: str) -> str | None:
        said = collapse(f"{heading} {unlinked(root, line)}")
        lines.append(said)
        return page_noun(said)

    shape = read_line(root, main, url, title, h1, text, says)
    if shape is None or not shape.exits:
        return None
    return Voice(shape, lines[-1])
