"""Where a script draws a page: an element whose id or class names a framework's mount point.

A client-rendered page ships its content as a script and an element to draw it into
(``<div id="root">``, ``<div id="__next">``, ``<div class="board-root">``): the words a reader
sees are not in the HTML, so a reading of a short page's own words (``thin``, ``empty_main``,
``unowned``) must not take such a page at its empty word. One vocabulary, read one way, for
all of them:

- a framework's root (``root``, ``app``, ``mount``, ``next``, ``nuxt``, ``svelte``, ``vue``,
  ``react``) names a mount point whatever the element holds (an app's shell shows "Loading…"
  in its root until its script draws the page);
- a drawing surface (``canvas``, ``map``) names one only while it is empty: an empty
  ``map-canvas`` is where a map is drawn, while a layout class that holds the article (Ghost's
  ``gh-canvas``) draws nothing.

A name is read as whole words, split at dashes, underscores, spaces and case changes
(``__next``, ``board-root``, ``appRoot``); a longer word that holds one (``application``,
``sitemap``) names none. A template's empty body (``article-body``, ``entry-content``) names
none, nor does an empty ``player-slot``: a live player names its media in its attributes, and
blind7's gone episode page leaves one empty.
"""

from __future__ import annotations

import re

from lxml import etree

FRAMEWORK_WORDS = frozenset({"root", "app", "mount", "next", "nuxt", "svelte", "vue", "react"})
SURFACE_WORDS = frozenset({"canvas", "map"})
# A CSS module's generated class: the component, its local class and a hash
# (``[name]_[local]__[hash]``, Next.js's and css-loader's default).
_CSS_MODULE = re.compile(r"\b([A-Za-z][A-Za-z0-9]*)_[A-Za-z][A-Za-z0-9-]*__[A-Za-z0-9_-]{5,}\b")
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def names_mount(name: str, empty: bool = True) -> bool:
    """Whether an id or class value names a mount point: a framework's root always, a drawing
    surface only on an ``empty`` element. A CSS module's class (``Spinner_root__5e2aa``) is
    read by its component's name alone: its local name is the component's own element
    (``root``, ``canvas``), which every component of a site has, not the page's mount."""
    for word in _WORD.findall(_CSS_MODULE.sub(r"\1", name)):
        folded = word.lower()
        if folded in FRAMEWORK_WORDS or (empty and folded in SURFACE_WORDS):
            return True
    return False


def heads_mount(name: str) -> bool:
    """Whether a class value names a framework's root by a token's last word, the one a
    compound name is named for (``board-root``, ``appRoot``, ``__next``, ``vue-app``): a
    site's prefix on its own blocks (``app-detail``, ``app-main``) names a detail and a main,
    not a mount, where ``names_mount`` reads every word."""
    for token in _CSS_MODULE.sub(r"\1", name).split():
        words = _WORD.findall(token)
        if words and words[-1].lower() in FRAMEWORK_WORDS:
            return True
    return False


def mounted(element: etree._Element) -> bool:
    """Whether ``element``'s id or class names a framework's root, whatever it holds (an
    empty drawing surface is read where empty elements are: an empty template header of
    Ghost's ``gh-canvas`` is no surface a script draws the page on)."""
    return names_mount(f"{element.get('id') or ''} {element.get('class') or ''}", empty=False)


def holds_mount(start: etree._Element) -> bool:
    """Whether ``start`` or an element under it is a framework's mount point (``mounted``)."""
    return any(isinstance(element.tag, str) and mounted(element) for element in start.iter())
