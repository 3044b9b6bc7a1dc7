"""Is a page a listing of many items rather than one item's own page?

A redirect that lands on a category, a section front, a search's results or a tag page takes a
reader who asked for one item to a page about many. The landing's address does not always say
so (``/b/garten-outdoor``, ``/koop/amsterdam/``, a section named in the site's own language),
but the page's shape does, in any language: its main content is a run of links to sibling pages
under one directory (``/dp/1``, ``/dp/2``, ...), with few words of its own besides them. One
item's page has prose of its own; a hub that a link addressed on purpose is no redirect at all.

Only redirected pages are read (``inspect`` asks), from the tree extraction already parsed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from curator import urls
from curator.classify import address
from curator.classify.pointer import main_links
from curator.extract.document import Document

# Sibling links under one directory that make a list of items rather than a page's "see also".
LISTING_ITEMS = 4
# Words of the main content outside its links up to which it is a list, not an article with a
# list in it (a results count, a category's one-line blurb, a search box's label).
LISTING_OWN_WORDS = 60


@dataclass(frozen=True, slots=True)
class Listing:
    """The main content's largest run of sibling item links, and its words besides them."""

    items: int  # links to distinct pages under one directory of the site
    directory: str  # that directory's path
    own_words: int  # words of the main content outside its links

    @property
    def many(self) -> bool:
        """A list of items with little text of its own: a page about many things."""
        return self.items >= LISTING_ITEMS and self.own_words <= LISTING_OWN_WORDS


def read_listing(
    document: Document, url: str, link: str = "", names: tuple[str | None, ...] = ()
) -> Listing | None:
    """The page at ``url``'s run of sibling item links, when it has one worth naming; None
    otherwise. Links to the site's top level (``/about``, ``/contact``) are the chrome's, not
    items. A page whose title or heading (``names``) names the subject that ``link``, the
    address asked for, names is that item's page, whatever rail of similar items it carries; so
    is a page that sits beside the items it links to (``/product/a`` with a rail of
    ``/product/b``, ...): a list's items sit under the list, not next to it."""
    words = address.subject_words(link) if link else ()
    if words and not address.shares_none(words, *names):
        return None
    targets, own_words = main_links(document, url)
    if len(targets) < LISTING_ITEMS:
        return None
    try:
        own = urls.split(url)
    except ValueError:
        return None
    host = (own.hostname or "").lower()
    directories: Counter[str] = Counter()
    for target in targets:
        try:
            parts = urls.split(target)
        except ValueError:
            continue
        if (parts.hostname or "").lower() != host:
            continue
        directory = _directory(parts.path)
        if directory:
            directories[directory] += 1
    if not directories:
        return None
    directory, items = directories.most_common(1)[0]
    if _directory(own.path) == directory:
        return None  # the page is one of those items: an item's page with a rail of its siblings
    return Listing(items, directory, own_words)


def _directory(path: str) -> str:
    """The directory a page sits in: ``/product`` for ``/product/a`` and ``/product/a/``."""
    return path.rstrip("/").rsplit("/", 1)[0]
