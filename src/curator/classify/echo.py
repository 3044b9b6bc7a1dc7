"""Does the page's message quote the address it was asked at? A sign that needs no phrase book.

Many sites answer every unknown address with a 200 page drawn for the asked path: "We
couldn't find anything at /2024/05/01/back-pain-exercises/", "「/shop/detail/kyoto-sakura-
cafe」に該当するページはありません", "Unter /rezepte/zwetschgenkuchen-vom-blech gibt es leider
nichts". Drawn afresh per path (rails of suggested stories, a render stamp), the page falls
under the probe's likeness threshold, and its words may be in a language or wording the phrase
book lacks. What it does in any language is talk about its own address, as its first words
under the heading: only a page that does not know the address talks about it there.

A live page may print its own address too: a permalink or "cite as" line after its article, a
share box, a print edition's URL at its foot, a directory listing named "Index of /pub/". So the
address counts only where it stands in the main area's lead (``classify.main_area``: the first
block of content, or a heading before it), not as a label's value ("Permalink: /…"), where
neither the title carries it (a page named by its path) nor the heading is mostly its words (an
endpoint's page, "Create a refund" at ``/api/v2/refunds/create``), and the block around it is a
short message on a page with no article of its own. Even so it is
no verdict alone: ``evidence`` weighs it only where the site's page for a made-up address
quotes that address in its lead too (the probe's ``echoing``), which is what an echoing
catch-all is. A site answering made-up addresses with its home page or an app's shell is no
such proof (review 11: API references, file browsers, galleries captioned with their path).

The cheap test runs first: nearly every page's text does not hold its path at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from curator.classify import address
from curator.classify.main_area import MainArea

# The shortest path (slashes aside) whose echo means something: "/p/1" may be part of anything.
PATH_LETTERS = 6
# Characters of visible text read for the address: a catch-all's message stands under its
# menus, well before this; an article that prints its address further down is not one.
TEXT_READ = 10_000
# Words of the echoing block besides the address, up to which it is a message said about the
# address ("Nothing found at …. Maybe try a search?"), not a paragraph of an article that
# happens to quote it.
MESSAGE_WORDS = 40
# Words of the whole main area from which the page has an article of its own: a catch-all's
# message and a line of advice hold a few dozen.
ARTICLE_WORDS = 120
# What a label ends with before the value it names: "Permalink:", "URL :", "Link →".
_LABEL_ENDS = (":", "：", "→", "=")
# Characters that continue an address: a match followed or preceded by one is part of a longer
# address (``/news/12`` inside ``/news/123``), not the page's own.
_ADDRESS_CHARS = re.compile(r"[\w/%.~+=&?#-]")
_SPLIT = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Echo:
    """The page's lead quotes the address it was asked at."""

    path: str  # the address as the page shows it
    words: int  # words of the echoing block besides the address

    @property
    def says(self) -> str:
        return (
            f"the main area's first words quote the address asked for (“{self.path[:80]}”), "
            f"in a message of {self.words} other words"
        )


@lru_cache(maxsize=1024)
def forms(url: str) -> tuple[str, ...]:
    """The ways a page may print the path it was asked at: with and without its query and its
    trailing slash, percent-encoded and decoded; none for a home page or a short path."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ()
    path = parts.path or "/"
    if len(path.replace("/", "")) < PATH_LETTERS:
        return ()
    found: list[str] = []
    for written in (path, unquote(path)):
        trimmed = written.rstrip("/")
        candidates = [f"{written}?{parts.query}"] if parts.query else []
        candidates += [written, trimmed]
        for candidate in candidates:
            if candidate and candidate not in found:
                found.append(candidate)
    return tuple(found)


def path_words(url: str) -> tuple[str, ...]:
    """The words any segment of the path names (``/api/v2/refunds/create``: "refunds",
    "create"; ``/files/report-2025/summary.xlsx``: "files", "report", "summary", "xlsx")."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return ()
    found = (word for word in _SPLIT.split(address.fold(path)) if word.isalpha())
    return tuple(dict.fromkeys(word for word in found if len(word) >= address.WORD_LETTERS))


def names_address(h1: str, words: tuple[str, ...]) -> bool:
    """Whether most words of the heading are words of the address ("Create a refund" at
    ``/api/v2/refunds/create``): the page is named for it. A catch-all's heading may name the
    kind of item the address held ("We couldn't find that recipe" at ``/recipes/…``), one word
    among the sentence's others."""
    if not words or not address.comparable(words, h1):
        return False
    heading = [w for w in _SPLIT.split(address.fold(h1)) if len(w) >= address.WORD_LETTERS]
    named = sum(1 for w in heading if not address.shares_none(words, w))
    return bool(heading) and named * 2 >= len(heading)


def quotes_path(text: str, url: str) -> bool:
    """The cheap test: whether the start of ``text`` holds the path of ``url`` at all (its
    last segment first, one search on nearly every page)."""
    shown = forms(url)
    if not shown:
        return False
    tail = shown[-1].rsplit("/", 1)[-1]  # the decoded path's last segment
    encoded = shown[0].rstrip("/").rsplit("/", 1)[-1]
    if text.find(tail, 0, TEXT_READ) < 0 and text.find(encoded, 0, TEXT_READ) < 0:
        return False
    return any(text.find(form, 0, TEXT_READ) >= 0 for form in shown)


def read_echo(
    main: Callable[[], MainArea], url: str, title: str | None, h1: str | None
) -> Echo | None:
    """Where the main area of a parsed page asked at ``url`` leads with its own address: the
    first content block (or a heading before it) quotes the path, in a short message that is
    not a label's value ("Permalink: …"), on a page with no article of its own and no heading
    naming what the address names."""
    shown = forms(url)
    if not shown or (title and any(form in title for form in shown)):
        return None  # a page named by its path (a directory listing) prints it as its name
    if h1 and names_address(h1, path_words(url)):
        return None  # its heading names what its address names: the page answers for it
    area = main()
    if area.words > ARTICLE_WORDS:
        return None  # an article that prints its address somewhere in its lead
    host = urlsplit(url).netloc.lower()
    for block in area.blocks:
        found = _quoted(block.text, shown, host)
        if found is not None:
            before = block.text[: block.text.find(found)].rstrip()
            if before.endswith(_LABEL_ENDS):
                return None  # "Permalink: /…", "URL: /…": the page's own address, labelled
            rest = block.text.replace(found, " ").split()
            return Echo(found, len(rest)) if len(rest) <= MESSAGE_WORDS else None
        if not block.heading and _LETTER.search(block.text):
            return None  # the first block of content does not quote it: the lead is the page's
        # (a heading, or a block with no letter, a counter or a date, names nothing before it)
    return None


def _quoted(text: str, shown: tuple[str, ...], host: str) -> str | None:
    for form in shown:
        at = text.find(form)
        while at >= 0:
            before = text[at - 1] if at else " "
            if host and text[:at].lower().endswith(host):  # the whole address, host and all
                before = " "
            end = at + len(form)
            after = text[end] if end < len(text) else " "
            # the address ends here: a sentence's full stop or a quotation mark may follow it
            ends = not _ADDRESS_CHARS.match(after) or (after == "." and _ends_at(text, end + 1))
            if not _ADDRESS_CHARS.match(before) and ends:
                return form
            at = text.find(form, at + 1)
    return None


def _ends_at(text: str, at: int) -> bool:
    return at >= len(text) or text[at].isspace()
