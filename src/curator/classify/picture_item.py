"""A picture where the item its address names would be: a not-found message shown only as a picture.

Many sites answer a removed product, post or event with their error illustration and a link
home: an ``<img src="/theme/img/404.png" alt="Page not found">``, an SVG titled "Seite nicht
gefunden", an ARIA label, under a title that is the site's name. The probe cannot confirm such a
page when the site answers made-up addresses with an honest 404, and the picture alone is no
verdict (``evidence``, sign ``pictured``): a photo of a "404" street sign, a meme, a webcomic's
strip or a screenshot shows the same words, and is the page's content (review 10).

What an editor reads off the gone page, and a live picture page cannot show, is the item the
address names missing from every place it would be named:

- the address names an item: its last segment is a slug of subject words
  (``address.subject_words``), written in the letters the page uses;
- nothing on the page names it: not the title (the site's name, ``thin``), not the heading, not
  the visible text, and not the picture, neither its alt text nor its file name (a photo post
  is named for what it shows: ``lisbon-sign.jpg``, alt "Maria Chen, chief executive");
- the main area holds nothing but that picture and a line (``thin``), and the picture's words
  say the page is not there (``gone.with_thin``);
- every link in the main area leads out (``stand_in.links_out``): home, a search, a section; a
  strip's or a meme's "Previous" and "Next" lead to its neighbours, a shop's tile to its cart.
  An error page offers a way out; a page with none is read only where its picture says the
  page is missing in words ("Nie znaleziono strony"), not as a bare code ("404", "404 Not
  Found": the words on a meme, a neon sign's photo, a doormat; review 13).

Each condition alone is common on live pages; together they are the picture standing in for
the item. Where the address names no item (``/p/30912``, ``/m/55120``, a one-word slug, a slug
in another script than the page's), an image share, a meme or a wallpaper look the same by
title and picture (review 10); there the picture stands in for the item only when it is the
site's own illustration, not an upload stored under a number or a photograph of a bare "404",
the page's only ways on lead home or to a search form, and it offers nothing to do with the
picture: no price, no button, no form but a search (``_at_any_address``; a poster with "Add to
cart", an icon with "Copy SVG", a wallpaper linking to searches for its tags, review 14).

The same reading keeps the address sign (``address``) honest on picture and player pages: a
page whose main area shows a picture that says something else (its alt text describes a photo,
a chart, a mural), a picture named for the address's words, a player, a map or an embedded
document answers for its address without naming it in words, and so does a picture between
links to its neighbours or a bare code's picture with no way out. There the address's silence
is no evidence (``settle``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, parse_qsl, unquote, urljoin, urlsplit

from lxml import etree

from curator.classify import address
from curator.classify.headline import measure
from curator.classify.main_area import scope, walk
from curator.classify.phrases import absence_word, gated, languages
from curator.classify.price import priced_text
from curator.classify.scripts import ascii_digits
from curator.classify.stand_in import SEARCH_WORDS, links_leading, links_out
from curator.classify.statement import Kind, Place, Statement
from curator.classify.thin import file_words, main_picture_elements
from curator.extract.text import all_text

if TYPE_CHECKING:
    from curator.classify.gone_facts import GoneFacts  # which holds a PictureItem

# What a reader plays or looks through in a main area: its content, whatever words it lacks.
_PLAYERS = frozenset({"video", "audio", "iframe", "frame", "embed", "object", "canvas", "table"})
_NAMES = ("alt", "aria-label", "title")
_ERROR_CODE = re.compile(r"(?<![\w.,])[45]\d\d(?![\w.,])")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
# Letters and digits mixed in one word of a file name: a name a store or a camera gave the file
# ("nq2x8kPMDe1qz6f9yo1"), unless it is an error's number run into a word ("404error").
_STORED = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w{6,}")
_CODED = re.compile(r"[^\W\d_]*[45]\d\d[^\W\d_]*")
_PAINTED = re.compile(r"url\(\s*['\"]?([^'\")]+)")
# A photograph's file: a camera's, a phone's, an image share's format (JPEG, and the formats
# phones and photo sites save or serve photos in: WebP, AVIF, HEIC/HEIF, JPEG XL).
_PHOTOGRAPH = re.compile(r"\.(?:jpe?g|webp|avif|hei[cf]|jxl)$", re.IGNORECASE)
# Controls a reader acts with: a button, or an input that submits or acts.
_ACTING_INPUTS = frozenset({"submit", "button", "image"})
_SEGMENT_SPLIT = re.compile(r"[/\W_]+")
# The home page in one path segment: a language's root ("/fr/", "/pt-br/") or an index document.
_HOME_SEGMENT = re.compile(r"(?P<code>[a-z]{2})(?:[-_][a-z]{2,4})?|index\.\w{2,5}|home", re.I)


@dataclass(frozen=True, slots=True)
class PictureItem:
    """A not-found picture where the page's item would be: the address's item named nowhere
    (``words``), or, at any address, the site's own illustration with only a way home beside
    it (``asset``)."""

    words: tuple[str, ...]  # the slug's subject words, as folded; () at an address naming none
    exits: int  # links in the main area, each leading out (home or a search, with ``asset``)
    asset: str | None = None  # the illustration's file name ("" when drawn in the page)

    @property
    def says(self) -> str:
        if self.asset is not None:
            links = f"{self.exits} link{'s' if self.exits != 1 else ''}"
            drawn = f"file “{self.asset}”" if self.asset else "drawn in the page"
            return (
                f"its {links} lead{'s' if self.exits == 1 else ''} only home or to a search form, "
                "it offers nothing to buy or do (no price, button or form), and the picture is "
                f"the site's illustration ({drawn}), not an upload stored under a number"
            )
        links = f"{self.exits} link{'s' if self.exits != 1 else ''} out"
        return (
            f"the address names “{'-'.join(self.words)}”, which nothing on the page names, not "
            f"even its picture, and the main area holds {links}"
        )


def picture_statement(words: str) -> Statement | None:
    """What a picture's words (an alt text, an SVG's title, a file name's words) say of the
    page being gone, read as a heading's words are; None when they say nothing of it."""
    said = _statement(words)
    return said if said is not None and said.strength > 0 else None


def settle(
    facts: GoneFacts,
    root: etree._Element,
    url: str,
    title: str | None,
    h1: str | None,
    text: str,
) -> GoneFacts:
    """``facts`` of the parsed page (``extract.Document.root``) at ``url`` with the picture's
    reading of the address: the signs that read the address's silence (``address``,
    ``pointer``) held back where the main area shows the item some other way than in words,
    and the picture standing in for the item where it says the page is not there
    (``PictureItem``). Read only where one of those signs fired or the page is thin
    (``inspect``), the slug first."""
    words = address.subject_words(url)
    if not words:
        # an address naming no item (a number, a hash): only the picture and its way home
        return _at_any_address(facts, root, url)
    shown = main_picture_elements(root)
    if shown is None:
        return _held_back(facts) if _plays(root) else facts  # a video, a map: the item
    if not shown:
        return facts  # no picture: the page's words alone say whether it names its item
    if any(_names_item(picture, words) or _shows_other(picture) for picture in shown):
        return _held_back(facts)
    exits = links_out(root, url)
    if exits is None:
        if _neighbours(root, url):
            return replace(facts, unanswered=None)  # a picture among its neighbours: a series
        return facts
    if not exits and not any(_says_in_words(picture) for picture in shown):
        return _held_back(facts)  # no way out, a bare "404": a meme's, a sign's, a mat's
    if facts.thin is None or facts.pictured is None:
        return facts
    if not address.comparable(words, title, h1) or not address.shares_none(words, title, h1):
        # a title in another script may name the item in its own words: the slug says
        # nothing, and the picture stands where the item would be only as at any address
        return _at_any_address(facts, root, url, shown)
    if address.read(words, text, 0).in_text:
        return facts
    return replace(facts, picture_item=PictureItem(words, exits))


def _at_any_address(
    facts: GoneFacts,
    root: etree._Element,
    url: str,
    shown: list[etree._Element] | None = None,
) -> GoneFacts:
    """``facts`` with the picture standing where the item would be at an address that names
    none (``/p/48213``, ``/items/63f1a2b9c8d7e``, a Latin slug under a Chinese page), where
    nothing but the page itself can say so. A gone page and a meme, an image share or a
    wallpaper look alike there by title and picture (review 10); what tells them apart is
    what the picture is and where the page lets the reader go:

    - every picture of the main area is the site's own illustration: a file named in words
      or by an error's number (``not-found.svg``, ``404.png``, ``erro-404@2x.png``) or drawn
      in the page (an SVG, an element with ``role="img"``), not an upload the site stored
      under a number or a hash (``/u/77120.jpg``, ``/i/4f9c2a7e1b.png``, ``IMG_2041.jpg``)
      or under the page's own identifier; none describes something else (``_shows_other``);
    - a picture that says only an error's number ("404", "404 Not Found", ``404.png``) is
      drawn (an SVG, a PNG), not a photograph (a JPEG): the number on a street sign, a mural
      or a T-shirt is photographed, a site's error illustration is drawn;
    - the main area's links all lead home or to a search form, and there is at least one: a
      meme's or a photo's neighbours, a collection, a download, a cart or a search for a tag
      (``/search?q=desert``) are the page's own ways on, and an image share with no link at
      all shows its upload;
    - the main area offers nothing to do with the picture (``_offers_item``): a button ("Add
      to cart", "Copy SVG", "Download") or a form other than a search, or a price, is the
      page offering its item (review 14).

    Read only on a thin page whose picture says it is not there (``gone.with_thin``)."""
    if facts.thin is None or facts.pictured is None:
        return facts
    if shown is None:
        shown = main_picture_elements(root)
    if not shown or any(_shows_other(picture) for picture in shown):
        return facts
    identifiers = _identifiers(url)
    files: list[str] = []
    for picture in shown:
        file = _illustration_file(picture, identifiers)
        if file is None:
            return facts
        files.append(file)
    if not any(_says_in_words(picture) for picture in shown) and any(
        _PHOTOGRAPH.search(file) for file in files
    ):
        return facts  # a bare "404" on a photograph: a sign's, a wall's, a T-shirt's (review 13)
    exits = _ways_home(root, url)
    if not exits or _offers_item(root, url):
        return facts
    named = next((file for file in files if file), "")
    return replace(facts, picture_item=PictureItem((), exits, asset=named))


def _illustration_file(picture: etree._Element, identifiers: frozenset[str]) -> str | None:
    """The file name of a picture that is the site's illustration ("" when it is drawn in the
    page), or None when it is an upload: stored under a number, a hash or a camera's name
    (its file name's words hold no word of two letters and no error's number), or under an
    identifier of the page's own address (``/m/44120`` showing ``44120.jpg``)."""
    src = (picture.get("src") or "").strip() if picture.tag == "img" else ""
    if not src:
        # drawn in the page (an SVG, a role="img" element), unless a style paints a file in it
        painted = _PAINTED.search(picture.get("style") or "")
        src = painted.group(1).strip() if painted else ""
    if not src or src.startswith("data:"):
        return ""
    stem = file_words(src)
    name = unquote(src.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1])
    words = stem.split()
    if not words or any(word.casefold() in identifiers for word in words):
        return None
    if any(_STORED.fullmatch(word) and not _CODED.fullmatch(word) for word in words):
        return None  # "tumblr_nq2x8kPMDe1qz6f9yo1_1280": a blog host's name for it
    lettered = any(len(word) >= 2 and _WORD.fullmatch(word) for word in words)
    return name if lettered or any(_CODED.fullmatch(word) for word in words) else None


def _identifiers(url: str) -> frozenset[str]:
    """The address's segments that name nothing in words (numbers, hashes, codes), folded."""
    path = unquote(urlsplit(url).path)
    return frozenset(
        segment.casefold()
        for segment in _SEGMENT_SPLIT.split(path)
        if segment and not _WORD.fullmatch(segment)
    )


def _ways_home(root: etree._Element, url: str) -> int:
    """How many links the main area holds when each leads to the site's home page (``/``, a
    language's root, an index document) or to its search form; 0 when there is none or one
    leads anywhere else (a section, a neighbour, a file, a cart, another site, or a search
    for something: ``/search?q=neko`` is a tag's listing, the item's relatives)."""
    return links_leading(root, url, _way_home) or 0


def _way_home(target: SplitResult) -> bool:
    return _home_or_search(target.path) and not _searches_for(target.query)


def _searches_for(query: str) -> bool:
    """Whether a link's query asks for something (``q=neko``, ``tag=berlin``): a listing of
    the item's relatives, not the search form an error page offers."""
    return any(value.strip() for _, value in parse_qsl(query))


def _offers_item(root: etree._Element, url: str) -> bool:
    """Whether the main area offers the reader something to do with its picture: a button
    (an add to cart, a copy, a download) or an acting input outside a search form, a form
    that is not a search, or a price (a currency sign beside a number: "£18", "990 ₽"). An
    error page offers only a way back; a button that only goes back in the browser's
    history is one."""
    texts: list[str] = []
    start, inside = scope(root)
    for out, element in walk(start, inside):
        if element.tail and element is not start:
            texts.append(element.tail)
        if not isinstance(element.tag, str):
            continue
        if element.tag == "form" and out:
            # a form of its own in the main area (one wrapping the whole page, as ASP.NET's
            # does, is walked into and its controls read one by one)
            if not search_form(element, url):
                return True
            continue
        acting = element.tag == "button" or (
            element.tag == "input"
            and (element.get("type") or "").strip().casefold() in _ACTING_INPUTS
        )
        if acting and not _goes_back(element) and not _in_search_form(element, url):
            return True
        if not out and element.text:
            texts.append(element.text)
    return priced_text(" ".join(texts))


def search_form(form: etree._Element, url: str) -> bool:
    """Whether a form searches the site: it sends to the home page or a search page (a blog's
    ``action="/"`` with ``name="s"``, ``/search``), or holds a search field."""
    action = (form.get("action") or "").strip()
    if action and _home_or_search(urlsplit(urljoin(url, action)).path):
        return True
    return any(
        (field.get("type") or "").strip().casefold() == "search" for field in form.iter("input")
    )


def _in_search_form(element: etree._Element, url: str) -> bool:
    """Whether a control belongs to a search form around it."""
    return any(search_form(form, url) for form in element.iterancestors("form"))


def _goes_back(element: etree._Element) -> bool:
    """Whether a button's only action is the browser's "back" (``history.back()``)."""
    return "history." in (element.get("onclick") or "")


def _home_segment(segment: str) -> bool:
    """A home page in one segment: an index document, or a language's root (``/fr/``,
    ``/pt-br/``) in a language the phrase book reads; a two-letter section ("/tv/") is not."""
    found = _HOME_SEGMENT.fullmatch(segment)
    if found is None:
        return False
    code = found.group("code")
    return code is None or code.casefold() in {language.code for language in languages()}


def _home_or_search(path: str) -> bool:
    """Whether a path is the home page's or a search page's: a segment that is a search word
    (``/suche``, ``/search.php``, ``/search-results``), not one that holds it ("research",
    "sokken")."""
    segments = [segment for segment in path.split("/") if segment]
    if not segments or (len(segments) == 1 and _home_segment(segments[0])):
        return True
    stems = (segment.casefold().split(".", 1)[0] for segment in segments)
    return any(stem in SEARCH_WORDS or stem.startswith("search") for stem in stems)


def _held_back(facts: GoneFacts) -> GoneFacts:
    """``facts`` without the address's silence as evidence: the page shows its item."""
    pointer = facts.pointer
    if pointer is not None and pointer.unnamed:
        pointer = replace(pointer, unnamed=0.0)
    return replace(facts, unanswered=None, pointer=pointer)


def _names(picture: etree._Element) -> list[str]:
    """Every name a picture carries: its alt text, ARIA label, title or SVG ``<title>``."""
    found = [(picture.get(name) or "").strip() for name in _NAMES]
    if picture.tag == "svg":
        found += [all_text(child).strip() for child in picture.iter("{*}title", "title")]
    return [name for name in found if name]


def _names_item(picture: etree._Element, words: tuple[str, ...]) -> bool:
    """Whether the picture's names or file name hold one of the address's subject words: a
    photo posted under its own name (``lisbon-sign.jpg``, alt "Maria Chen")."""
    named = " ".join([*_names(picture), file_words(picture.get("src") or "")])
    return not address.shares_none(words, named) and address.comparable(words, named)


def _shows_other(picture: etree._Element) -> bool:
    """Whether a picture's own names say something with no not-found statement and no word of
    absence in it (``phrases.absence_word``: "cette recette n’existe plus", "empty"): a
    photo's or a chart's description is what the page shows. A picture without a name
    (``alt=""``) is decoration by HTML's rule, and its file name is read only for what it says
    of an error. A name that is only an error's number ("Oops! 404") on a file named for it
    (``oops-404.svg``) states the error and shows nothing; a photo of "Room 404" keeps a
    camera's file name (``IMG_4410.jpg``) and stays what the page shows (review 13)."""
    coded = _ERROR_CODE.search(file_words(picture.get("src") or "")) is not None
    return any(
        _statement(name) is None
        and absence_word(name) is None
        and not (coded and _error_code(name))
        for name in _names(picture)
    )


def _says_in_words(picture: etree._Element) -> bool:
    """Whether a picture's names or file name say the page is missing in words ("Nie
    znaleziono strony"), not as a bare code ("404", "404 Not Found"), the words a photo of a
    sign, a meme or a doormat shows."""
    said = [*_names(picture), file_words(picture.get("src") or "")]
    return any(
        (statement := picture_statement(words)) is not None and statement.kind is not Kind.CODE
        for words in said
    )


def _error_code(name: str) -> bool:
    """Whether a name is an HTTP error's number with at most one word beside it ("Oops! 404",
    "404 :("): it states the error, it describes nothing the page would show."""
    if not _ERROR_CODE.search(name):
        return False
    return len(_WORD.findall(_ERROR_CODE.sub(" ", name))) <= 1


def _statement(words: str) -> Statement | None:
    """What ``words`` say as a heading's words would, an error's number written in another
    script's digits ("۴۰۴", "٤٠٤") read as the number it is; the statement quotes the words as
    the picture shows them."""
    read = ascii_digits(words)
    among = gated(read) if read else ()
    said = measure(read[:300], Place.PICTURE, among) if among else None
    if said is None or read == words:
        return said
    start = read.find(said.words)  # one digit for one: the spans line up
    return said if start < 0 else replace(said, words=words[start : start + len(said.words)])


def _neighbours(root: etree._Element, url: str) -> bool:
    """Whether the main area (chrome left out) links to another page in the page's own
    directory: a strip's, a meme's or a photo's "Previous" and "Next"."""
    here = urlsplit(url)
    parent = here.path.rstrip("/").rsplit("/", 1)[0]
    for out, element in walk(*scope(root)):
        if out or element.tag != "a":
            continue
        target = urlsplit(urljoin(url, (element.get("href") or "").strip()))
        path = target.path.rstrip("/")
        if target.netloc.lower() != here.netloc.lower() or path == here.path.rstrip("/"):
            continue
        if parent and path.rsplit("/", 1)[0] == parent:
            return True
    return False


def _plays(root: etree._Element) -> bool:
    """Whether the main area (the landmark, else the body, chrome left out) holds a player, a
    frame, an embedded document, a canvas or a table."""
    return any(element.tag in _PLAYERS for _, element in walk(*scope(root)))
