"""The same page at every path: sites where a made-up address showing the page proves nothing.

The probe (``classify.probe_answer``) convicts a page that looks like its site's answer to a made-up
address: on most sites that answer is the catch-all a dead page falls into. Two kinds of site
answer every address with one page and still serve the page an editor cited:

- **An app's shell.** A single-page app (create-react-app, Vue, Angular, a Next.js export, a
  SvelteKit or Nuxt SPA, Flutter web, Blazor) sends every route the same few lines of HTML, a
  mount point and its scripts, and draws the route's content in the browser. Two shells are
  alike whether the route exists or not: there is nothing to compare, and the probe cannot tell.
  A shell whose framework state or title says not found is still read for that
  (``classify.appstate``, the title's statement): only the probe's likeness is set aside.
- **A one-page site.** A restaurant's, a studio's or a small firm's site is one page whose
  navigation leads to its own sections (``#about``, ``#contact``), and its server shows that page
  at ``/reservations`` or ``/kontakt`` as at any made-up address. The page *is* the site: a link
  to one of its routes is live. Its links say so: anchors into the page, and next to no links to
  other pages of the site (a legal notice or two). A catch-all serving its home page at a dead
  address shows a page full of links to the site's other pages, and stays convicted.

A one-page site's page is no answer for an item's address, though: a dated post, a product
number or a slug under a section (``front.front_cannot_answer``) that the site, now one
marketing page, shows its page at is a dead link (the item is not there), unless the address
names one of the page's own sections (``/leistungen/manuelle-therapie`` on a page with a
``#manuelle-therapie`` section). What is decided is said in the reason (``Whole.says``); the
page stays alive on its own signs (a shell whose state says not found is still soft-dead).

Read in ``inspect`` for a 200 page whose words the probe compares, cheapest test first: the
shell only on a page of next to no text; the one-page walk reads each link's address off its
form (``#…``, ``/…``, ``https://host/…``) and stops at the fourth link to another page of the
site or the hundredth link, and the sections are found by a search of the bytes (bench/README).
"""

from __future__ import annotations

import re
from enum import Enum
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from curator.classify import words
from curator.classify.front import front_cannot_answer
from curator.classify.item_content import NO_PAGE
from curator.classify.main_area import CHROME_CHARS, read_main
from curator.classify.mount import mounted, names_mount
from curator.domains import same_site
from curator.extract.clean import collapse
from curator.extract.document import Document
from curator.extract.text import all_text

# Visible text up to which a page with a script and a mount point is a shell waiting for it:
# a loading line ("Cargando…"), an error bar a stylesheet hides ("An unhandled error has
# occurred. Reload"). A server-rendered page says more.
SHELL_CHARS = 100
# Words a main area (``main_area``) may hold beside its mount point and still have nothing of
# its own: a skip link's word or two.
MAIN_BESIDE_WORDS = 3
# Distinct sections of its own a page's anchor links must lead to, for a one-page site.
ONE_PAGE_SECTIONS = 2
# Links to other pages of the site a one-page site may carry (a legal notice, a privacy page);
# one more and the site has pages of its own to serve.
OTHER_PAGES = 3
# Links a one-page site's page holds at most (its navigation, a gallery, its footer): a page
# of more is a portal, an index or an article among many, read no further.
ONE_PAGE_LINKS = 100
# A script type that runs (no type, a JavaScript type or a module), not a data block.
_RUNNING_TYPES = frozenset(
    {"", "module", "text/javascript", "application/javascript", "text/ecmascript"}
)
# Words of an address that name no page: the root's file, a format (a language, "en", is too
# short to be read at all).
_NO_NAME = frozenset({"index", "html", "htm", "php", "aspx", "home", "default"})
_WORD = re.compile(r"[\W_]+")


class Whole(Enum):
    """A page that is the whole of what its site serves at any address."""

    SHELL = "app shell"
    ONE_PAGE = "one-page site"

    @property
    def says(self) -> str:
        """The reason an editor reads beside the page's verdict."""
        if self is Whole.SHELL:
            return (
                "app shell: content comes from a script; the probe cannot tell (a made-up URL "
                "on this site shows the same shell)"
            )
        return (
            "one-page site: its links lead to its own sections and it answers every address "
            "with this page, so a made-up URL showing it too proves nothing"
        )


def read_whole(document: Document, text: str, url: str, body: bytes) -> Whole | None:
    """Whether a 200 page at ``url`` is an app's shell or a one-page site's page at one of its
    routes (module docstring); None for any other page."""
    if len(text) <= SHELL_CHARS and _shell(document, text):
        return None if _lander(document, url) else Whole.SHELL
    if len(text) <= CHROME_CHARS and _loading_in_main(document):
        return None if _lander(document, url) else Whole.SHELL
    sections = _own_sections(document.root, url, body)
    if sections is None:
        return None
    if front_cannot_answer(url) and _last_segment(url) not in sections:
        return None  # an item's address the one page does not answer for
    if not _names_a_section(url, sections):
        return None  # a page's address the one page has no section for (``/gift-vouchers``)
    return Whole.ONE_PAGE


def _shell(document: Document, text: str) -> bool:
    """A script that runs, and where it draws: a framework's mount point, a custom element, or
    a body of no text at all (Flutter, Ember: the scripts are the body). And no link to any
    other page: a page rendered on the server around its mount point (an app bar, a footer
    of links, the text kept short by a visible-text reading that leaves them out) has its
    site's chrome to show, and is compared as any page is; a link in its ``<noscript>`` fallback
    is the shell's own."""
    if not any(_runs(script) for script in document.elements("script")):
        return False
    for link in document.root.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith("#") and not _within(link, "noscript"):
            return False
    if not text.strip():
        return True
    for element in document.root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if "-" in tag or names_mount(element.get("id") or "", empty=False):
            return True
    return False


def _loading_in_main(document: Document) -> bool:
    """A page rendered on the server as its site's chrome around a framework's mount point,
    with the mount point all its main area holds (``main_area``), and no more than a loading
    line in it: the route's content is drawn in the browser, so every address shows the same
    chrome and the same line, whether its route exists or not. A main area with a heading, a
    paragraph or a list beside the mount point has content of its own, and is compared as any
    page is."""
    if not any(_runs(script) for script in document.elements("script")):
        return False
    for element in document.root.iterfind(".//*[@id]"):
        if not mounted(element) or next(element.iter("a"), None) is not None:
            continue
        inner = collapse(all_text(element)).strip()
        if not inner or len(inner) > SHELL_CHARS:
            continue  # an empty root (a widget's, ``fb-root``) shows nothing it waits for
        area = read_main(document.root)
        if not any(inner in block.text for block in area.blocks):
            continue  # a widget's line outside the main area
        beside = sum(block.words for block in area.blocks) - words.count(inner)
        if beside <= MAIN_BESIDE_WORDS:
            return True
    return False


def _runs(script: etree._Element) -> bool:
    kind = (script.get("type") or "").strip().lower()
    return kind in _RUNNING_TYPES and bool(script.get("src") or (script.text or "").strip())


def _own_sections(root: etree._Element, url: str, body: bytes) -> frozenset[str] | None:
    """The page's own sections its anchor links lead to, when it links to at least
    ``ONE_PAGE_SECTIONS`` of them and to at most ``OTHER_PAGES`` other pages of its site
    outside its footer (legal pages: any number); None otherwise. A link to the site's root
    or to the page itself with an anchor (``/#about``) leads into the page too: on a one-page
    site the root is this page."""
    page = urlsplit(url)
    host, path = page.netloc.lower(), page.path.rstrip("/")
    anchors: set[str] = set()
    others: set[str] = set()
    words: set[str] = set()  # what the links into the page call its sections ("Reservations")
    for number, link in enumerate(root.iter("a")):
        href = (link.get("href") or "").strip()
        if number == ONE_PAGE_LINKS:
            return None
        if not href or href.lower().startswith(NO_PAGE):
            continue
        target = _on_site(href, url, host)
        if target is None:
            continue  # another site: a map, a booking service, a social profile
        rest, _, fragment = target.partition("#")
        where, _, query = rest.partition("?")
        here = where.rstrip("/") in ("", path)
        if here and fragment:
            anchors.add(unquote(fragment))
            words.update(_words(all_text(link)))
        elif (not here or query) and not _within(link, "footer", "contentinfo"):
            others.add(rest)
            if len(others) > OTHER_PAGES:
                return None
    if len(anchors) < ONE_PAGE_SECTIONS:
        return None
    sections = frozenset(anchor for anchor in anchors if anchor != "top" and _named(anchor, body))
    return sections | words if len(sections) >= ONE_PAGE_SECTIONS else None


def _named(anchor: str, body: bytes) -> bool:
    """Whether an element of the page is named ``anchor`` (``id="about"``, ``name=about``):
    a search of the bytes, where a walk of a long page's elements costs milliseconds. The
    attribute must stand on its own (after a space), so ``data-id="about"`` names nothing."""
    name = anchor.encode("utf-8", "replace")
    for attribute in (b"id=", b"name="):
        for value in (b'"' + name + b'"', b"'" + name + b"'", name + b">", name + b" "):
            needle = attribute + value
            found = body.find(needle)
            while found > 0:
                if body[found - 1 : found].isspace():
                    return True
                found = body.find(needle, found + 1)
    return False


def _on_site(href: str, url: str, host: str) -> str | None:
    """The path, query and fragment a link leads to on the page's own site (None for another
    site's), read off its form where that settles it (``#…``, ``/…``, ``https://host/…``): a
    page's links are many, and resolving each would cost more than the rest of this reading."""
    if href[0] == "#":
        return href
    if href[0] == "/" and href[:2] != "//":
        return href
    lowered = href[:8].lower()
    if lowered.startswith(("http://", "https://")) or href[:2] == "//":
        netloc, _, tail = href.split("//", 1)[1].partition("/")
        netloc = netloc.split("?", 1)[0].split("#", 1)[0]
        return "/" + tail if netloc.lower() == host else None
    if ":" in href.split("/", 1)[0]:
        return None  # another scheme (ftp:, data:, an app's own)
    try:
        joined = urlsplit(urljoin(url, href))
    except ValueError:
        return None
    return (
        joined.path
        + (f"?{joined.query}" if joined.query else "")
        + (f"#{joined.fragment}" if joined.fragment else "")
    )


def _names_a_section(url: str, sections: frozenset[str]) -> bool:
    """Whether the address names nothing (the root, ``/index.html``, a language) or one of the
    page's sections, by an id or the words of a link into it (``/about-us`` on a page with an
    ``#about`` section): a one-page site answers every address with its page, so an address
    naming a page it does not have (``/gift-vouchers``, ``/shop``) is a page that is gone."""
    named = {word for section in sections for word in _words(section)}
    asked = [word for word in _words(unquote(urlsplit(url).path)) if word not in _NO_NAME]
    return not asked or any(word in named for word in asked)


def _words(text: str) -> list[str]:
    return [word for word in _WORD.split(text.casefold()) if len(word) > 2]


def _lander(document: Document, url: str) -> bool:
    """A parking or hosting service's lander drawn by a script, not the site's own app: titled
    with the bare host name, and every script it runs loaded from another site (an app's
    code is its own, or inline: a CDN-hosted app is still titled as the app)."""
    host = urlsplit(url).hostname or ""
    titles = document.elements("title")
    title = all_text(titles[0]).strip().casefold() if titles else ""
    if not title or title not in (host, host.removeprefix("www.")):
        return False
    hosts: list[str] = []
    for script in document.elements("script"):
        if not _runs(script):
            continue
        source = (script.get("src") or "").strip()
        if not source:
            return False  # inline code: the page's own
        try:
            hosts.append(urlsplit(urljoin(url, source)).hostname or host)
        except ValueError:  # a malformed address names no site
            continue
    return bool(hosts) and not any(same_site(other, host) for other in hosts)


def _within(element: etree._Element, tag: str, role: str | None = None) -> bool:
    """Whether ``element`` stands inside a ``tag`` element (or one with the landmark ``role``):
    a shell's ``<noscript>`` is its fallback for browsers without scripts ("use the basic
    HTML version"), not a page rendered around its mount point; a footer holds the legal
    notice, privacy and terms pages the law asks of every site, not pages of its own to serve
    (a catch-all's home page links its other pages from its navigation and main area)."""
    return any(
        ancestor.tag == tag or (role is not None and ancestor.get("role") == role)
        for ancestor in element.iterancestors()
    )


def _last_segment(url: str) -> str:
    path = unquote(urlsplit(url).path).rstrip("/")
    return path.rsplit("/", 1)[-1]
