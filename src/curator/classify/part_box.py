"""Words of absence said inside one part of a page whose own content stands around it.

A news story's embedded video box reads "This video has been removed", its photo gallery
"Diese Galerie ist nicht mehr verfügbar", its map "El mapa ya no está disponible", a recipe's
player "La vidéo n'est plus disponible", the comments box "Comments have been closed and
removed": the statement is true, but of the part, a block among the page's own prose, not of
the page. A video platform's watch page says the same words in its player, and there the
player is the page: the thing gone is the item its address names (``/watch?v=``,
``/video/``, ``/episode/``), and nothing of the page's own stands beside it but a rail.

What tells them apart is structure, in any language, not the words:

- **the box**: the statement stands inside an element that holds one part (``<figure>``, or a
  class or id naming a video, an episode, a gallery, a map, comments, an attachment, a post
  from another service: ``PART_KINDS``), a box of a few lines (``BOX_WORDS``) that does not
  hold the page's main heading (a page headed by its notice is the notice's page);
- **the page's own content around it**: the main area has ``OWN_WORDS`` words of prose
  outside every such box, its headings aside (a watch page's up-next rail and a not-found
  page's help line are no such prose: ``main_area`` leaves rails and link lists out);
- **a part, not the address's item**: the address does not name the box's kind (a player's
  box at ``/watch?v=``, ``/video/``, ``/episode/`` is the item itself, a gallery at
  ``/gallery/``), and a box of no kind (an ``embed``, a ``<figure>``) is read only where the
  address names no kind of part at all.

Such a statement is a note on a part and keeps the share a statement inside a longer
sentence keeps (``statement.EMBEDDED_SHARE``), with why in its note. Its title and heading
are not read here: a page that says it in either says it of itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify.gone_facts import GoneFacts
from curator.classify.main_area import Block
from curator.classify.prose import word_count
from curator.classify.statement import EMBEDDED_SHARE, Statement
from curator.extract.clean import collapse
from curator.extract.text import all_text

# The kinds of part a box holds: the whole words of a class or id that name the box, and the
# words of an address that names an item of that kind (the player's box at ``/watch?v=`` is
# the item). Class names are the template's, English in most templates of every language;
# a few common local spellings are read too.
PART_KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "video": (
        frozenset({"video", "videos", "youtube", "vimeo"}),
        frozenset({"video", "videos", "watch", "clip", "clips", "film", "films", "movie",
                   "movies", "tv", "vod", "shorts", "reel", "reels"}),
    ),
    "audio": (
        frozenset({"audio", "podcast", "podcasts", "episode", "soundcloud", "spotify"}),
        frozenset({"audio", "podcast", "podcasts", "episode", "episodes", "listen", "radio",
                   "track", "tracks"}),
    ),
    "gallery": (
        frozenset({"gallery", "galerie", "bildergalerie", "galeria", "galleria", "slideshow",
                   "carousel", "lightbox"}),
        frozenset({"gallery", "galleries", "galerie", "galeria", "galleria", "photo", "photos",
                   "album", "albums", "fotos", "bilder"}),
    ),
    "map": (
        # "carte" and "kaart" are also a card: a teaser's box, not a map
        frozenset({"map", "maps", "mapa", "karte", "mappa"}),
        frozenset({"map", "maps", "mapa", "karte", "carte", "kaart", "mappa"}),
    ),
    "comments": (
        frozenset({"comments", "comment", "disqus"}),
        frozenset({"comment", "comments"}),
    ),
    "attachment": (
        frozenset({"attachment", "attachments", "download", "downloads", "pdf"}),
        frozenset({"attachment", "attachments", "download", "downloads", "file", "files"}),
    ),
    "post from another service": (
        frozenset({"tweet", "twitter", "instagram", "facebook", "tiktok"}),
        frozenset({"status", "tweet", "tweets"}),
    ),
    # a box of no one kind: read only where the address names no kind of part at all
    "player": (frozenset({"player"}), frozenset()),
    "embed": (frozenset({"embed", "embedded", "oembed", "iframe"}), frozenset()),
}  # fmt: skip
# The kinds of box that hold no one kind of part (a player plays a video or an episode).
_ANY_KIND = frozenset({"player", "embed"})
# A box holding one part says a line or two; an element holding more is a section of the page
# (a wrapper named "media-article" around the whole story), not a part of it.
BOX_WORDS = 40
# Words of prose of the page's own outside every part box, headings aside, from which the page
# stands around the box: a story's lead and a sentence or two, a recipe's introduction. A
# watch page's description line or a not-found page's help line is shorter.
OWN_WORDS = 20
# A class or id's whole words: split at anything not a letter or digit, and between a lower
# case letter and a capital ("videoPlayer").
_SPLIT = re.compile(r"[^0-9a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# An address's words, for the kind it names.
_ADDRESS_SPLIT = re.compile(r"[\W_]+")


def in_part_box(
    facts: GoneFacts,
    root: etree._Element,
    blocks: tuple[Block, ...],
    url: str,
    h1: str | None,
) -> GoneFacts:
    """``facts`` with the text's statements that stand inside a box holding one part of a page
    whose own prose stands around it (a story's video, gallery, map, comments) turned into
    mentions, each with why."""
    said = [s for s in (facts.direct, facts.label, facts.clause, facts.main) if s is not None]
    said = [s for s in said if s.plain]
    if not said:
        return facts
    named = _address_words(url)
    heading = collapse(h1).casefold() if h1 else ""
    boxes: list[tuple[str, str]] = []  # (kind, the box's text)
    for element in root.iter("figure", "div", "section", "aside", "span", "p"):
        kind = _kind(element, named)
        if kind is None:
            continue
        text = collapse(all_text(element)).casefold()
        if not text or word_count(text) > BOX_WORDS or (heading and heading in text):
            continue
        boxes.append((kind, text))
    if not boxes:
        return facts
    held = [(s, kind) for s in said for kind, text in boxes if s.words.casefold() in text]
    if not held:
        return facts
    own = sum(
        word_count(b.text)
        for b in blocks
        if not b.heading and not any(collapse(b.text).casefold() in t for _, t in boxes)
    )
    if own < OWN_WORDS:
        return facts
    kinds: dict[int, str] = {}
    for s, kind in held:
        kinds.setdefault(id(s), kind)

    def part(statement: Statement | None) -> Statement | None:
        if statement is None or not statement.plain or id(statement) not in kinds:
            return statement
        why = (
            f"said inside {_article(kinds[id(statement)])} box, one part of a page with "
            f"{own} words of prose of its own around it"
        )
        return statement.mentioned(EMBEDDED_SHARE, why)

    return replace(
        facts,
        direct=part(facts.direct),
        label=part(facts.label),
        clause=part(facts.clause),
        main=part(facts.main),
    )


def _kind(element: etree._Element, named: frozenset[str]) -> str | None:
    """The kind of part ``element`` holds, by its tag or its class and id, or None when it
    holds none, or when the address names its kind (the player's box on a watch page is the
    item) or, for a box of no kind, any kind of part."""
    words = _box_words(element)
    kinds = [kind for kind, (box, _) in PART_KINDS.items() if words & box]
    if not kinds and element.tag == "figure":
        kinds = ["embed"]
    if not kinds:
        return None
    for kind in kinds:
        addressed = PART_KINDS[kind][1]
        if kind in _ANY_KIND:
            addressed = frozenset().union(*(a for _, a in PART_KINDS.values()))
        if named & addressed:
            return None
    return kinds[0]


def _box_words(element: etree._Element) -> frozenset[str]:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not names.strip():
        return frozenset()
    return frozenset(w for w in _SPLIT.split(_CAMEL.sub(" ", names).lower()) if w)


def _address_words(url: str) -> frozenset[str]:
    parts = urlsplit(url)
    query_keys = " ".join(pair.split("=", 1)[0] for pair in parts.query.split("&"))
    text = f"{unquote(parts.path)} {query_keys}".casefold()
    return frozenset(w for w in _ADDRESS_SPLIT.split(text) if w)


def _article(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
