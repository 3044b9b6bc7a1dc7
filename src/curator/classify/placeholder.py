"""A script's placeholder: the lone line a template prints where a script was to draw the page.

A site that renders an item's page from a record draws its template first and the record's
content after; with no record, some templates leave the line they show in the meantime
("Loading…", "加载中…", "Chargement en cours…") as all the main area holds (review 23's empty
docs and blog pages). That line is the template's, the same at every address, and says nothing
of the page: read for what it is, the area is empty (``classify.empty_main``).

Its shape tells it in any language: a line of at most ``PLACEHOLDER_WORDS`` words with no link,
closed by an ellipsis, the typographic mark of a thing under way. Two readings keep a live page
live:

- a line saying the page will be there at a time to come or for a reader who meets a condition
  ("Coming soon…", "Bientôt…": the phrase book's ``page_states``, ``page_state.condition``) is a
  page's own state, not a template's placeholder;
- a line inside an element a script owns, the element or one above it in the main area carrying
  an id, data attributes, ``aria-busy`` or a framework's mount name (``<div id="app">``,
  ``<div class="loader" aria-busy="true">``), is where a script is drawing the page now: an
  app's shell, whose words are not in the HTML (``classify.mount``), is never read as empty.
"""

from __future__ import annotations

import re

from lxml import etree

from curator.classify.mount import heads_mount
from curator.classify.page_state import condition
from curator.classify.thin import word_count
from curator.extract.clean import collapse
from curator.extract.text import all_text

# Words a placeholder line holds at most ("Chargement en cours…", "Loading, please wait…";
# "正在加载中，请稍候…", eight ideographs, counts four): a sentence says more.
PLACEHOLDER_WORDS = 4
# Characters a placeholder line holds at most, whatever its script.
_PLACEHOLDER_CHARS = 40
# Elements a line's block holds at most (a spinner beside its text): an article holds more, and
# is not read further.
_LINE_PARTS = 2
_ELLIPSIS = re.compile(r"(?:…|\.{3})$")
# What a script owns, on an element or one above it inside the main area.
_OWNED = re.compile(r"^(?:id|data-.*|aria-busy|aria-live|hx-.*|x-.*)$")


def placeholder(element: etree._Element, area: etree._Element) -> str | None:
    """The line ``element`` (a block of the main area ``area``) shows when it is a script's
    placeholder and nothing else, or None."""
    if not isinstance(element.tag, str) or element.tag == "a" or len(element) > _LINE_PARTS:
        return None
    if any(len(part) for part in element) or element.find(".//a") is not None:
        return None
    line = collapse(all_text(element)).strip()
    if not line or len(line) > _PLACEHOLDER_CHARS or _ELLIPSIS.search(line) is None:
        return None
    if word_count(line) > PLACEHOLDER_WORDS or condition(line) is not None:
        return None
    here: etree._Element | None = element
    while here is not None and here is not area:
        if _owned(here):
            return None
        here = here.getparent()
    return line


def placeholder_in(area: etree._Element) -> str | None:
    """The first placeholder line of a main area, for the reason an editor reads."""
    for element in area.iter():
        if element is not area:
            line = placeholder(element, area)
            if line is not None:
                return line
    return None


def _owned(element: etree._Element) -> bool:
    """Whether a script owns ``element``: it carries an id, data attributes or a busy state,
    or its class names a framework's mount point by its last word (``mount.heads_mount``): a
    template's prefix on its blocks (``app-detail`` under ``app-main``) is no mount, and
    review 26's gone pages drew their loading line in one."""
    if any(_OWNED.match(str(name)) for name in element.attrib):
        return True
    return heads_mount(element.get("class") or "")
