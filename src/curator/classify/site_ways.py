"""The addresses a site's own navigation offers on every page of its template.

A main area that lists some of the site's sections ("Categorie", "Browse by topic", a shop's
departments) offers a reader nothing an item would: the header, menus and footer around it
link to the same places on every page. What counts as the item's (search results, a
category's items, a tag's posts) are pages the navigation does not link to. This reads the
navigation once: ``<header>``, ``<nav>``, ``<footer>`` and their ARIA roles, outside the
main area.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree

_NAVIGATION_TAGS = frozenset({"header", "nav", "footer"})
# Sidebars ("complementary") are left out: their rails list items (popular posts, products).
_NAVIGATION_ROLES = frozenset({"banner", "navigation", "contentinfo"})


def navigation_paths(root: etree._Element, url: str, main: etree._Element) -> frozenset[str]:
    """The paths (trailing slash aside) on ``url``'s host that the page's navigation outside
    ``main`` links to."""
    host = urlsplit(url).netloc.lower()
    paths: set[str] = set()
    body = next(root.iter("body"), root)
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:
        if element is main:
            walker.skip_subtree()
            continue
        tag = element.tag
        if not isinstance(tag, str):
            continue
        role = (element.get("role") or "").strip().lower()
        if tag not in _NAVIGATION_TAGS and role not in _NAVIGATION_ROLES:
            continue
        walker.skip_subtree()
        if any(inner is main for inner in element.iter()):
            continue  # a header wrapping the main area is the page, not its navigation
        for link in element.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith("#"):
                continue
            try:
                target = urlsplit(urljoin(url, href))
            except ValueError:
                continue
            if target.netloc.lower() == host:
                paths.add(target.path.rstrip("/"))
    return frozenset(paths)
