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
the item. A page with an opaque address (``/p/30912``, ``/m/55120``: an image share, a
wallpaper), a one-word slug or a slug in another script than the page's says nothing here.

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
from urllib.parse import urljoin, urlsplit

from lxml import etree

from curator.classify import address
from curator.classify.headline import measure
from curator.classify.main_area import scope, walk
from curator.classify.phrases import absence_word, gated
from curator.classify.stand_in import links_out
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


@dataclass(frozen=True, slots=True)
class PictureItem:
    """The address's item, named nowhere on a page whose main area is a not-found picture."""

    words: tuple[str, ...]  # the slug's subject words, as folded
    exits: int  # links in the main area, each leading out

    @property
    def says(self) -> str:
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
        return facts
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
        return facts  # a title in another script may name the item in its own words
    if address.read(words, text, 0).in_text:
        return facts
    return replace(facts, picture_item=PictureItem(words, exits))


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
    among = gated(words) if words else ()
    return measure(words[:300], Place.PICTURE, among) if among else None


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
