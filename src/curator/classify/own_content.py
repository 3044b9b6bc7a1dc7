"""The page's own item under its heading, and a notice that is about a part of it.

A thread whose first post stands under its heading, with one reply "This post was deleted"; a
discontinued model's page that still lists its specs and spare parts under "This product is no
longer available": the notice is about a part of a page that still answers for its subject.
What the page carries under its own name says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from curator.classify.box_heading import box_heading
from curator.classify.item_content import FILE_EXTENSIONS, LISTED_TAGS
from curator.classify.prose import word_count
from curator.classify.quotation import quoted
from curator.classify.statement import EMBEDDED_SHARE, Kind, Statement
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract import PageMeta

# The item's own content under its heading: a table's rows, a list's or a description list's
# items, its media, links to its own files (a manual, a leaflet). Prose is not all a page
# carries: a discontinued model's specs and spare parts, a withdrawn drug's table of
# alternatives, a series' episodes are the page still answering for its item. The same
# elements and files as ``item_content.listed`` counts in the tree, read in the HTML.
_CONTENT = re.compile(
    rf"<(?:{'|'.join(sorted(LISTED_TAGS))})\b"
    rf"|\shref\s*=\s*[\"']?[^\"'\s>]+\.(?:{FILE_EXTENSIONS})[\"'\s>?#]",
    re.IGNORECASE,
)
# Where the item's own section under its heading ends, in the HTML: the end of the main area
# (chrome after it, menus and a footer's link lists, is the site's) or the next heading (a
# "You may also like" rail of other items is the shop's, not the item's).
_MAIN_ENDS = re.compile(r"</(?:main|article)\s*>|<(?:aside|footer|nav|h[2-6])\b", re.IGNORECASE)
# From this many items of its own content, a page's notice on its item's state is a notice on
# a page that still carries the item, not the page's message.
CONTENT_ITEMS = 2
# Words of prose around a notice about the page's own item up to which the notice is all the
# page says (a notice, its apology, where to look instead); an article about a withdrawn drug
# or a discontinued model goes on in paragraphs.
NOTICE_PROSE = 60
# A clause of this many words with every longer word capitalised is a name ("Nothing to See
# Here", a novel), not a sentence said to the reader.
NAME_WORDS = 3
NAME_LETTERS = 4
# The note of an item's clause under the item's own name, left plain until what stands beside it
# is read in the page's tree (``item_notice.over_item``): a heading naming the item is not the
# item, and only the item's own content under it says the page still carries it.
NAMED_ITEM_NOTE = "under the item's own name, weighed by what of the item stands beside it"


def own_content(html_head: str) -> int:
    """Items of content (``_CONTENT``) from the page's first main heading to the end of its
    section (``_MAIN_ENDS``), in the HTML read."""
    at = html_head.find("<h1")
    if at < 0:
        return 0
    end = _MAIN_ENDS.search(html_head, at)
    return len(_CONTENT.findall(html_head, at, end.start() if end else len(html_head)))


def under_own_name(
    page: PageMeta, said: Statement | None, *, about_item: bool = False, item: bool = False
) -> Statement | None:
    """A clause in the text of a page that names its own subject, or that is itself a name.

    "This product is no longer available" under a heading "Posture corrector v1" that the title
    carries too is a notice on a page that still answers for its subject (the product's page,
    its successor a link away); "Nothing to See Here" in Title Case is a book's name in a review.
    Either keeps half its strength and is never said plainly.

    A clause ``about_item`` says what became of the named item itself ("This product has been
    discontinued", "Dieser Artikel wurde verschoben", "この動画は配信を終了しました"): standing
    first under the heading (``after_own`` has weakened one that follows the page's own
    content) with no more prose around it than a notice has (``NOTICE_PROSE``), it is what the
    page now says in the item's place. Amid more (an article on a drug withdrawn from the
    market, a product's description) it is a notice on a page that still carries its own.

    An ``item`` clause that names the item as gone ("Ši prekė nebeparduodama", "Овој производ
    повеќе не е достапен") under the item's own name, amid no more prose than a notice has, is
    left plain, marked ``under_name`` (its note says so, ``NAMED_ITEM_NOTE``): whether the page
    still carries the item is read in its tree (``item_notice.over_item``), where the item's
    price, specs, gallery or description prose keep it and a name over the notice and the
    site's standing blocks do not."""
    if said is None or not said.plain:
        return said
    why = None
    h1, title = (page.h1 or "").strip(), page.title or ""
    # a message box's generic heading ("Information", "Fehler") names no item: the box's clause
    # is its message
    named = (
        h1
        and h1.casefold() in title.casefold()
        and not h1.endswith(SENTENCE_ENDS)
        and not box_heading(h1)
    )
    if named and page.text.count(h1) == 1 and not about_item:  # repeated: the site's name
        if item:
            return replace(said, note=f"{said.note}, {NAMED_ITEM_NOTE}", under_name=True)
        why = f"under the page's own heading “{h1[:60]}”"
    # the page sought, said to be missing, is an error's label in any case ("Halaman Tak
    # Ditemukan"), not a book's name
    if why is None and said.kind is not Kind.DIRECT and _title_case(said.words):
        why = "written as a name, in Title Case"
    if why is None and said.kind is not Kind.DIRECT and _quoted_by(title, said.words):
        why = "the words the page's own title quotes"
    if why is None:
        return said
    return said.mentioned(EMBEDDED_SHARE, why)


def _quoted_by(title: str, words: str) -> bool:
    """Whether the title quotes these words: a post shown under its own words in quotation
    marks (“Ana: “Nothing to see here, just a quiet Sunday””) is that post's content, which the
    text then says again, not the site telling the visitor the page is missing."""
    at = title.casefold().find(words.casefold()) if words else -1
    return at >= 0 and quoted(title, at, at + len(words))


def _title_case(words: str) -> bool:
    long = [word for word in words.split() if len(word) >= NAME_LETTERS and word[:1].isalpha()]
    cased = [word for word in long if word[:1].isupper() or word[:1].islower()]
    if len(words.split()) < NAME_WORDS or len(cased) < 2:
        return False
    return all(word[:1].isupper() and not word.isupper() for word in cased)


# A notice this many words after the page's own heading, under a title that carries that
# heading as the page's name, follows the page's own content: it is about a part of the page.
OWN_CONTENT_WORDS = 20


def after_own(
    text: str,
    page: PageMeta,
    shown: Statement | None,
    statement: Statement | None,
    start: int | None,
) -> Statement | None:
    """A statement in the text that comes after the page's own content: a thread whose title
    and heading name its subject and whose first post stands under the heading, with one reply
    reading "This post was deleted by its author". The notice is about that reply, not the page,
    so it is a mention: weakened and never said plainly. A page whose title or heading says it is
    gone, whose notice follows its heading directly, or whose heading is the site's name (the
    chrome repeats it) is left as it is."""
    if statement is None or start is None or shown is not None or not page.h1 or not page.title:
        return statement
    if page.h1.strip().casefold() not in page.title.casefold() or text.count(page.h1) != 1:
        return statement  # not the page's own name, or the site's (logo, breadcrumbs, footer)
    at = text.find(page.h1)
    if at < 0 or start < at + len(page.h1):
        return statement
    between = word_count(text[at + len(page.h1) : start])
    if between < OWN_CONTENT_WORDS:
        return statement
    why = f"after {between} words of the page's own content under its heading"
    return statement.mentioned(EMBEDDED_SHARE, why)
