"""Variants of a real page: same article with new chrome, another article, another title.

The article is located by a text-density rule, independent of the extractor; where that block
holds less than 80% of the words the extractor returns, the smallest element that does is used
(the bench reports how often). Cosmetic edits happen *around* that node, except for the two a
real site also makes inside an article header: an inserted "Updated N hours ago" line and a
changed date.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from curator.assess.fingerprint import words

COSMETIC = ("chrome", "dates", "sidebar", "all-cosmetic")
SUBSTANTIVE = ("replaced-next", "replaced-far")
TITLE_ONLY = ("retitled",)

_MENU_WORDS = (
    "Home", "World", "Politics", "Business", "Markets", "Technology", "Science", "Health",
    "Sports", "Culture", "Opinion", "Video", "Podcasts", "Newsletters", "Weather", "Travel",
    "Style", "Food", "Books", "Climate", "Education", "Jobs", "Subscribe",
)  # fmt: skip
_ADS = (
    "Save 40% on noise-cancelling headphones this weekend only. Free shipping on orders over $50.",
    "Refinance today and lock in a low rate. See if you qualify in two minutes.",
    "This one simple trick helps homeowners cut their energy bills. Learn more.",
    "Try our meal kits: five dinners a week, delivered to your door. First box half price.",
    "Upgrade your home office with ergonomic chairs rated best of the year by our readers.",
)
_COOKIE = (
    "We use cookies and similar technologies to personalise content and ads, to provide social "
    "media features and to analyse our traffic. We also share information about your use of our "
    "site with our social media, advertising and analytics partners. By clicking Accept all you "
    "agree to the storing of cookies on your device. Manage preferences in Cookie Settings."
)
_FOOTERS = (
    "© 2025 Example Media Group. All rights reserved. Terms of Use | Privacy Policy | Cookie "
    "Policy | Accessibility | Contact us | Careers | Advertise with us | Sitemap",
    "Copyright Example Publishing Ltd. Registered in England. About us · Help centre · "
    "Complaints · Corrections · Newsletters · Download our app · Follow us on social media",
)
_DATE_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b"
)
_SEPARATOR_RE = re.compile(r"\s+[|\-–—]\s+")


@dataclass(frozen=True)
class Donor:
    """What another page lends to this one: its article node and its title."""

    article: str  # serialised HTML of the article node
    title: str


_INLINE = frozenset(
    ("p", "span", "font", "b", "i", "em", "strong", "u", "small", "big", "sup", "sub", "br",
     "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "q", "cite", "abbr", "time", "mark")
)  # fmt: skip
_SKIP = frozenset(
    ("a", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
     "select")
)  # fmt: skip


def _densest_block(root: HtmlElement) -> HtmlElement:
    """The block holding most running text (block gets full credit, its parent half).

    Each text run of 25+ characters outside links and obvious chrome is credited to its
    nearest block ancestor (not a paragraph or an inline element), so both ``<p>``-based and
    ``<br>``-separated articles are found.
    """
    scores: dict[HtmlElement, float] = {}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        runs = [(element.text, element)]
        parent = element.getparent()
        if parent is not None:
            runs.append((element.tail, parent))
        for text, holder in runs:
            length = len((text or "").strip())
            if length < 25 or _skipped(holder):
                continue
            block = holder
            while block.tag in _INLINE and block.getparent() is not None:
                block = block.getparent()
            scores[block] = scores.get(block, 0.0) + length
            grand = block.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + length / 2
    if scores:
        return max(scores, key=lambda el: scores[el])
    body = root.find(".//body")
    return body if body is not None else root


def article_node(root: HtmlElement, main_words: set[str]) -> tuple[HtmlElement, bool]:
    """The element taken as "the article", and whether the extractor's text had to guide it.

    First the densest text block (independent of any extractor). If that block does not hold
    at least 80% of the distinct words the extractor returns for the page, the smallest element
    that does is used instead, so "around the article" means around what is read as the article.
    """
    node = _densest_block(root)
    if not main_words or _coverage(node, main_words) >= COVERAGE:
        return node, False
    best, best_size = _body(root), float("inf")
    for element in root.iter(*_BLOCKS):
        text = " ".join(element.itertext())
        if len(text) < best_size and _coverage_of(text, main_words) >= COVERAGE:
            best, best_size = element, len(text)
    return best, True


COVERAGE = 0.8
_BLOCKS = ("div", "section", "article", "main", "td", "table", "tbody", "ul", "ol", "li", "body")


def _coverage(element: HtmlElement, main_words: set[str]) -> float:
    return _coverage_of(" ".join(element.itertext()), main_words)


def _coverage_of(text: str, main_words: set[str]) -> float:
    return len(set(words(text)) & main_words) / len(main_words)


def _skipped(element: HtmlElement) -> bool:
    return element.tag in _SKIP or any(a.tag in _SKIP for a in element.iterancestors())


def parse(html: str) -> HtmlElement:
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
    return lxml.html.document_fromstring(html)


def serialise(root: HtmlElement) -> str:
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def page_title(root: HtmlElement) -> str | None:
    """og:title, else <title>: what the bench treats as the page's title."""
    for xpath in ('//meta[@property="og:title"]/@content', "//title/text()"):
        values = [v.strip() for v in root.xpath(xpath) if v and v.strip()]
        if values:
            return str(values[0])
    return None


def locate(html: str, main_text: str) -> str | None:
    """XPath of the article node in ``parse(html)`` (re-parsing yields the same tree)."""
    root = parse(html)
    node, _ = article_node(root, set(words(main_text)))
    return str(root.getroottree().getpath(node))


def donor_of(html: str, path: str) -> Donor:
    root = parse(html)
    node = root.xpath(path)[0]
    if node.tag in ("html", "body"):
        inner = "".join(lxml.html.tostring(child, encoding="unicode") for child in node)
        article = f"<div>{node.text or ''}{inner}</div>"
    else:
        article = lxml.html.tostring(node, encoding="unicode")
    return Donor(article=article, title=page_title(root) or "Untitled page")


def build_variants(html: str, path: str, seed: int, donors: dict[str, Donor]) -> dict[str, str]:
    """Every variant of one page by name; ``donors`` keys are the substantive variant names."""

    def all_cosmetic(root: HtmlElement, article: HtmlElement, rnd: random.Random) -> None:
        _chrome(root, article, rnd)
        _dates(root, article, rnd)
        _sidebar(root, article, rnd, donors)

    builders: dict[str, Callable[[HtmlElement, HtmlElement, random.Random], None]] = {
        "chrome": _chrome,
        "dates": _dates,
        "sidebar": lambda root, article, rnd: _sidebar(root, article, rnd, donors),
        "all-cosmetic": all_cosmetic,
        "replaced-next": lambda root, article, rnd: _replace(
            root, article, donors["replaced-next"]
        ),
        "replaced-far": lambda root, article, rnd: _replace(root, article, donors["replaced-far"]),
        "retitled": lambda root, article, rnd: _set_title(root, donors["replaced-far"].title),
    }
    variants = {}
    for name, build in builders.items():
        root = parse(html)
        build(root, root.xpath(path)[0], random.Random(f"{seed}-{name}"))
        variants[name] = serialise(root)
    return variants


def _body(root: HtmlElement) -> HtmlElement:
    body = root.find(".//body")
    return body if body is not None else root


def _outside(node: HtmlElement, article: HtmlElement) -> bool:
    """Neither the article, nor inside it, nor containing it."""
    if node is article:
        return False
    if any(a is article for a in node.iterancestors()):
        return False
    return not any(a is node for a in article.iterancestors())


def _chrome(root: HtmlElement, article: HtmlElement, rnd: random.Random) -> None:
    """New menu, cookie banner, ads around the article, a new footer."""
    body = _body(root)
    menu = rnd.sample(_MENU_WORDS, 10)
    items = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in menu)
    nav_html = f"<nav class='site-menu'><ul>{items}</ul></nav>"
    navs = [n for n in root.iter("nav") if _outside(n, article)]
    if navs:
        for nav in navs:
            nav.getparent().replace(nav, lxml.html.fragment_fromstring(nav_html))
    else:
        body.insert(0, lxml.html.fragment_fromstring(nav_html))
    banner = lxml.html.fragment_fromstring(
        f"<div id='cookie-consent' class='consent-banner'><p>{_COOKIE}</p>"
        "<button>Accept all</button><button>Reject</button></div>"
    )
    body.insert(0, banner)
    parent = article.getparent()
    if parent is not None:
        for offset, ad in ((0, rnd.choice(_ADS)), (1, rnd.choice(_ADS))):
            slot = lxml.html.fragment_fromstring(
                f"<div class='ad-slot'><span>Advertisement</span><p>{ad}</p></div>"
            )
            index = parent.index(article) + offset
            parent.insert(index, slot)
    footer_html = f"<footer class='site-footer'><p>{rnd.choice(_FOOTERS)}</p></footer>"
    footers = [f for f in root.iter("footer") if _outside(f, article)]
    if footers:
        for footer in footers:
            footer.getparent().replace(footer, lxml.html.fragment_fromstring(footer_html))
    else:
        body.append(lxml.html.fragment_fromstring(footer_html))


def _dates(root: HtmlElement, article: HtmlElement, rnd: random.Random) -> None:
    """Shift every full date, and add "Updated N hours ago" with a view count to the header."""
    shift = rnd.randint(1, 27)

    def new_date(match: re.Match[str]) -> str:
        if match.group(1):
            return f"{match.group(1)} {(int(match.group(2)) + shift) % 28 + 1}, {match.group(3)}"
        return f"{match.group(4)}-{match.group(5)}-{(int(match.group(6)) + shift) % 28 + 1:02d}"

    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.text:
            element.text = _DATE_RE.sub(new_date, element.text)
        if element.tail:
            element.tail = _DATE_RE.sub(new_date, element.tail)
    for time_el in root.iter("time"):
        time_el.set("datetime", f"2025-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}")
    hours = rnd.randint(2, 23)
    views = f"{rnd.randint(1, 99)},{rnd.randint(100, 999)}"
    line = lxml.html.fragment_fromstring(
        f"<p class='article-updated'>Updated {hours} hours ago · {views} views</p>"
    )
    article.insert(0, line)


def _sidebar(
    root: HtmlElement, article: HtmlElement, rnd: random.Random, donors: dict[str, Donor]
) -> None:
    """Reorder existing sidebars/related lists, add a related-stories widget, restyle the title."""
    for element in list(root.iter("aside", "ul", "ol")):
        if not _outside(element, article) or (element.tag != "aside" and not _is_related(element)):
            continue
        children = list(element)
        for child in children:
            element.remove(child)
        rnd.shuffle(children)
        children.reverse()
        element.extend(children)
    headlines = [d.title for d in donors.values()] + [
        "Ten things we learned this week",
        "The best photos of the year so far",
        "What to watch this weekend",
    ]
    rnd.shuffle(headlines)
    items = "".join(
        f"<li><a href='/story/{i}'>{escape(h)}</a></li>" for i, h in enumerate(headlines)
    )
    widget = lxml.html.fragment_fromstring(
        f"<aside class='related-stories'><h3>More from us</h3><ul>{items}</ul></aside>"
    )
    parent = article.getparent()
    if parent is not None:
        parent.insert(parent.index(article) + 1, widget)
    else:
        _body(root).append(widget)
    title = page_title(root)
    if title:
        if _SEPARATOR_RE.search(title):
            restyled = _SEPARATOR_RE.sub(" | " if " | " not in title else " – ", title)
        else:
            restyled = f"{title} | The Daily Example"
        _set_title(root, restyled)


def _is_related(element: HtmlElement) -> bool:
    marker = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(word in marker for word in ("related", "sidebar", "popular", "trending", "widget"))


def _replace(root: HtmlElement, article: HtmlElement, donor: Donor) -> None:
    replacement = lxml.html.fragment_fromstring(donor.article, create_parent="div")
    parent = article.getparent()
    if parent is None:  # the article is the whole document; keep <head>, swap <body>
        body = _body(root)
        for child in list(body):
            body.remove(child)
        body.append(replacement)
        return
    replacement.tail = article.tail
    parent.replace(article, replacement)


def _set_title(root: HtmlElement, title: str) -> None:
    head = root.find(".//head")
    titles = root.findall(".//title")
    if titles:
        for element in titles:
            for child in list(element):
                element.remove(child)
            element.text = title
    elif head is not None:
        element = lxml.etree.SubElement(head, "title")
        element.text = title
    for meta in root.xpath('//meta[@property="og:title" or @name="twitter:title"]'):
        meta.set("content", title)
