"""A notice on the item's state, weighed by what of the item is still on the page beside it.

"This product has been discontinued", "This listing is closed", "This article has been
retracted", "この医薬品の情報は掲載を終了しました", "Dieses Merkblatt wurde zurückgezogen": the
words are the same on a page whose item is gone and on one that keeps it. What an editor reads
is what stands beside them (review 11, sd-voice, the tenth blind set both ways):

- **kept**: the notice stands over the item's own content (a discontinued product's
  specifications and manual, a closed listing's description and price, a retracted paper's
  abstract and body, an archived guideline's recommendations): the source is still good, and
  the notice is a note on it, a mention (``over_item``);
- **nothing left**: the notice stands where the item was, over nothing of it but the site's
  chrome, a way back, a pointer to a successor or other items' teasers: the notice is the page
  (``classify.retired`` reads that, with this measure).

One measure decides both (``beside``), read once other items' cards are taken out of the page
(``item_cards``: a block with one main link to another page, its photo, its title or both, is
that page's, whatever facts it shows): ``item_content.count`` (the item's figures, fields with
a measure, sections of prose of its own, rows, media and files, its own words and not another
item's, in whatever shape the markup gives them: a label beside its value, a list of its
lines, a captioned photo), its photos (``photos``: two pictures or more outside links) and
the item's own words under its heading, the notice's short sentences aside. The item's
content under a subheading is still the item's, its paragraphs add up and so does a list of
its short lines
(``item_content.section_words``: a job's duties, a guideline's recommendations, an inhaler's
steps; review 14 convicted six such pages when the lead stopped at the first subheading and
each paragraph counted alone); a subheading over teasers ("You may also like") or said to the
reader ("Need help?") opens nothing of the item's, and a reference list's citations, a rail's
dates and a help box's line or two ("Sign up for job alerts.") are not its lines, so a
withdrawn paper's reference list or a drug database's "related" rail still does not read as
the item kept.

Two more shapes of the same notice (sd-own18). A listing may set the notice as its ``<h1>``
("Diese Anzeige ist abgelaufen") and its name as the next heading, which the title repeats:
what stands under that name is weighed as under any item's heading (``_over_name``). And a
heading that is a notice on the page's own state ("This page has moved") keeps its page only
over an article of the page's own (``_over_article``), which explains itself in a paragraph
under one of its subheadings at least, or gives its own code (a docs page kept for an old
version: its commands are its work, as a section of prose is); the site's standing blocks
(opening hours, how to reach it, its social profiles) are tables and lists with no such prose,
and a section holding phone or mail links, a list of links to other sites, or a table of the
product's versions and their status, is the site's, not the article (``_standing``).

Two gates keep this to notices on an item. The statements turned into mentions by the item's
weighed content are said under a heading that names an item, which the title names too (the
heading in the title, or a word or model code of it: "SP-40 Smart Plug" under "SP-40 support –
Acme Home"), and the title and heading say nothing plainly; the words of the lead alone keep
only statements of state (``retired.state``: archived, withdrawn, no longer reviewed), which a
not-found message's help lines ("Search our library or browse by topic") never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from curator.classify.clauses import STATE_NOTE, clauses
from curator.classify.headed import headed
from curator.classify.item_cards import lines_beside, posts, without_cards
from curator.classify.item_content import (
    CODE_WEIGHT,
    ITEM_CONTENT,
    Item,
    count,
    on_item,
    section_words,
    teaser_headings,
    to_other_page,
)
from curator.classify.main_area import HEADING_TAGS, Block, read_main, scope, walk
from curator.classify.own_content import NAMED_ITEM_NOTE
from curator.classify.page_state import held as held_state
from curator.classify.prose import SENTENCE_BREAK
from curator.classify.removal import says_act
from curator.classify.said_of import said_of_item
from curator.classify.statement import EMBEDDED_SHARE, Place, Statement
from curator.classify.thin import file_words, main_pictures, word_count
from curator.classify.title_segments import QUESTION_MARKS, SENTENCE_ENDS, TITLE_SEPARATORS
from curator.extract.clean import collapse
from curator.extract.text import all_text
from curator.redact import redact_url

if TYPE_CHECKING:
    from lxml import etree

    from curator.classify.gone_facts import GoneFacts

# Words of the item's own under its heading from which the item is kept under a notice of its state:
# a paragraph of its own, a list of its points.
KEPT_WORDS = 25
# Words of the lead up to which nothing of the item is left beside the notice: a line of
# apology or advice ("For current advice, search our library").
REST_WORDS = 10
# A notice says the item's state in a short sentence or two ("This health information has been
# archived and is no longer reviewed by our clinicians." is 14 words); a longer sentence holding
# the words goes on about the item, and its words are the item's.
NOTICE_WORDS = 16
# Under a heading that is itself the notice ("This page has moved"), the page's own article is
# this many times ``ITEM_CONTENT``, in this many kinds of content or more (``_over_article``).
ARTICLE = 2
ARTICLE_KINDS = 2
# A table of the product's versions (``_versions``): this many rows, each led by a version.
VERSION_ROWS = 2
# "v2", "3.x", "1.4", "2.8.1": a bare "3" leads a numbered table's rows, not a version's.
_VERSION = re.compile(r"v\d+(?:\.(?:\d+|x))*|\d+(?:\.(?:\d+|x))+", re.IGNORECASE)
# Pictures of the main area, outside links, from which the item's photos are there.
PHOTOS = 2
# Words of the item's own up to which a price and a photo are all that is left of it: a
# currency, a town ("1 100 kr", "Hämtas i Umeå"), never a seller's description.
REMNANT_WORDS = 4
# The kinds of content a marketplace keeps of a deleted ad: its price, its photo.
REMNANT = frozenset({"figures", "photos"})
# Whether a sentence states an item's state (``retired.state``), passed in by the caller.
_StateTest = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class Beside:
    """What of the item stands beside a notice on its state."""

    content: dict[str, float]  # ``item_content.count``: the item's own content, by kind
    words: int  # the item's own words under its heading (``lead_words``), the notice's aside
    cards: int = 0  # cards of other pages taken out before counting (``item_cards``)
    posts: int = 0  # a thread's posts (``item_cards.posts``): its own words, however few

    @property
    def weight(self) -> float:
        return sum(self.content.values())

    @property
    def kept(self) -> bool:
        """The item's own content is there: the notice is a note on a page still standing."""
        return self.weight >= ITEM_CONTENT

    @property
    def nothing(self) -> bool:
        """Nothing of the item is left: at most a line of apology or advice, and no post of a
        thread (a comment list's replies are the thread's, though its lead reads short)."""
        return not self.weight and self.words <= REST_WORDS and not self.posts

    @property
    def remnant(self) -> bool:
        """Only what a marketplace keeps of an ad it took down: a price, a photo, a word or two
        (``REMNANT``), and no description, specs, post or section of the item's own. A shop
        keeps as much of a sold-out product, so this alone tells nothing: it is read beside a
        notice of an act done to the item (``removal.says_act``)."""
        return (
            self.words <= REMNANT_WORDS
            and not self.posts
            and all(kind in REMNANT for kind, weight in self.content.items() if weight)
        )

    @property
    def shown(self) -> str:
        """What was counted, for the reason an editor reads ("31 words, 3 figures, 5 rows of
        its details, 1 list of its lines")."""
        parts = [f"{self.words} words"] if self.words else []
        if self.posts:
            parts.append(f"{self.posts} post{'s' if self.posts != 1 else ''}")
        for what, weight in self.content.items():
            if weight:
                one, many = _SHOWN.get(what, (what, what))
                number = weight / CODE_WEIGHT if what == "code" else weight
                parts.append(f"{number:g} {one if number == 1 else many}")
        return ", ".join(parts) or "nothing"


# How ``Beside.shown`` names each kind of ``item_content.count``, one and many.
_SHOWN = {
    "figures": ("figure", "figures"),
    "fields": ("field", "fields"),
    "sections": ("section", "sections"),
    "rows": ("row of its details", "rows of its details"),
    "media": ("medium", "media"),
    "files": ("file", "files"),
    "lists": ("list of its lines", "lists of its lines"),
    "photos": ("set of photos", "sets of photos"),
    "code": ("block of its code", "blocks of its code"),
    "variants": ("of its variants", "of its variants"),
}


def beside(
    root: etree._Element,
    blocks: tuple[Block, ...],
    heading: str | None,
    url: str,
    notices: list[str],
    is_state: _StateTest,
    members: bool = False,
    aside: Collection[str] = (),
) -> Beside:
    """The item's own content beside a notice. ``notices`` are the notice's words, casefolded;
    ``is_state`` tells a sentence that states the item's state (``retired.state``). With
    ``members`` the rows that would read as other pages' cards are the heading's own (a
    collection the page is named for lists its members, each linking to its page); the
    sections under the subheadings of ``aside`` are not the item's (``item_content.count``)."""
    item = Item.of((heading or "").strip(), url)
    cards = 0
    if not members:
        root, cards = without_cards(root, url, notices)
    if cards:
        blocks = read_main(root).blocks
    content = count(root, blocks, item, notices, aside)
    content["photos"] = photos(root, url, item)
    words = lead_words(blocks, heading, notices, is_state, teaser_headings(root, item, aside))
    return Beside(content, words, cards, posts(root, url))


def photos(root: etree._Element, url: str = "", item: Item | None = None) -> float:
    """The item's photos: ``PHOTOS`` pictures or more in the main area showing something in
    words (an alt text, a file name), not inside a link to another page (a teaser's picture
    shows another page; a thumbnail linking to the item's own picture or photo page,
    ``item_content.on_item``, shows this one), weighed as one medium (a listing's gallery, a
    product's shots). A single picture is as often the site's placeholder or a not-found
    illustration, unless its alt text gives the item's name (``Item.titled_in``): a sold-out
    product still shown with its photo under its heading ("Lampada da tavolo in ottone",
    alt "Lampada da tavolo in ottone"; review 22's sold-out Shopee-like pages) is the item's
    picture, as a gallery is."""
    shown = [words for words in main_pictures(root) or [] if any(ch.isalpha() for ch in words)]
    if url and len(shown) < PHOTOS:
        start, inside = scope(root)
        for out, element in walk(start, inside):
            if not out and element.tag == "a" and on_item(element, url):
                for img in element.iter("img"):
                    words = (img.get("alt") or "").strip() or file_words(img.get("src") or "")
                    shown += [words] if any(ch.isalpha() for ch in words) else []
    if len(shown) >= PHOTOS:
        return 1.0
    return 1.0 if item is not None and any(item.titled_in(words) for words in shown) else 0.0


def lead_words(
    blocks: tuple[Block, ...],
    heading: str | None,
    notices: list[str],
    is_state: _StateTest,
    teasers: Collection[str] = (),
) -> int:
    """Words of the item's own in the main area after its heading, outside the notice's
    sentences (short sentences stating the state or holding the notice's words): the lead's
    words, then under each subheading its section's (``item_content.section_words``: its
    prose, or a list of short lines of the item's). A subheading said to the reader ("Need
    help?") or over teasers of other pages (``teasers``: "You may also like") opens nothing of
    the item's; a reference list's citations, a rail's dates and a help box's line or two are
    not the item's words."""
    name = (heading or "").strip()
    start = next((i for i, b in enumerate(blocks) if b.heading and b.text.strip() == name), -1)
    total = 0
    section: list[str] | None = None  # the open subsection's paragraphs, once one has begun
    skipping = False  # under a subheading said to the reader or over teasers
    for block in blocks[start + 1 :]:
        if block.heading:
            if _notice_in(block.text, notices, is_state):
                continue  # the notice set as a subheading
            if not total and section is None and start < 0:
                continue  # a heading over the lead, the page's own outside the main area
            total += section_words(section) if section else 0
            text = block.text.strip()
            skipping = text.endswith(SENTENCE_ENDS) or text in teasers
            section = []
            continue
        if skipping:
            continue
        kept = [
            sentence
            for sentence in SENTENCE_BREAK.split(block.text)
            if sentence.strip()
            and not (
                word_count(sentence) <= NOTICE_WORDS and _notice_in(sentence, notices, is_state)
            )
        ]
        if not kept:
            continue
        if section is None:
            total += word_count(" ".join(kept))
        else:
            section.append(" ".join(kept))
    return total + (section_words(section) if section else 0)


def _notice_in(text: str, notices: list[str], is_state: _StateTest) -> bool:
    folded = text.casefold()
    return any(n and n in folded for n in notices) or bool(is_state(text))


def names_titled_item(heading: str | None, title: str | None) -> bool:
    """Whether ``heading`` names an item that ``title`` names too: the heading in the title, or
    one of its model codes or words of four letters or more outside the title's last segment
    ("SP-40 Smart Plug" under "SP-40 support – Acme Home", "Physiotherapist (Band 6)" under
    "Physiotherapist, Band 6 – CareJobs"). A heading that is a sentence ("Sorry, this page is
    gone!") names nothing."""
    h1, title = (heading or "").strip(), title or ""
    if not h1 or h1.endswith(SENTENCE_ENDS):
        return False
    if h1.casefold() in title.casefold():
        return True
    # the title's last segment, of several, is most often the site's name ("– Acme Home"),
    # whose words a not-found page's heading may repeat ("Acme Home Help")
    segments = TITLE_SEPARATORS.split(title)
    own = " ".join(segments[:-1] if len(segments) > 1 else segments)
    item, named = Item.of(h1, ""), Item.of(own, "")
    return bool(item.codes & named.codes) or bool(item.words & named.words)


def titled_line(title: str | None, blocks: tuple[Block, ...]) -> str:
    """On a page with no ``<h1>``, the line of the main area that the title names before the
    site's name: a shop's "product-title" ``<div>`` reading "D21 Desk Lamp" under the title
    "D21 Desk Lamp – Lumio Lighting" is the item's heading in all but its tag. Empty where the
    title has one segment (the site's name alone says nothing of an item) or no line of the
    main area reads as its first segment."""
    segments = [s.strip() for s in TITLE_SEPARATORS.split(title or "") if s.strip()]
    if len(segments) < 2:
        return ""
    name = segments[0].casefold()
    return next((b.text.strip() for b in blocks if b.text.strip().casefold() == name), "")


def _held_by(root: etree._Element, line: str) -> etree._Element | None:
    """The element a line of its own reading ``line`` heads (``headed``)."""
    found = next((e for e in root.iter() if not len(e) and (e.text or "").strip() == line), None)
    return None if found is None else headed(found)


def over_item(
    facts: GoneFacts,
    title: str | None,
    heading: str | None,
    url: str,
    root: etree._Element,
    blocks: tuple[Block, ...],
    is_state: _StateTest,
) -> GoneFacts:
    """``facts`` with the text's statements turned into mentions where they are a notice on
    the item's state over the item's own content, each with why: weighed content under a
    heading naming the item (any statement of the text), or a paragraph's words of the item's
    own (statements of state only)."""
    said = [
        s
        for s in (facts.direct, facts.label, facts.clause, facts.main)
        if s is not None and s.plain
    ]
    h1 = (heading or "").strip()
    if _state_heading(facts, said, h1):
        return _over_article(facts, said, h1, url, root, blocks, is_state)
    if (_plain(facts.heading) or _plain(facts.clause)) and (is_state(h1) or _item_gone(h1)):
        kept = _over_name(facts, said, title, h1, url, root, blocks, is_state)
        if kept is not facts:
            return kept
    pending = [s for s in said if s.under_name]
    if pending:
        facts, said = _under_name(facts, said, pending, h1, url, root, blocks, is_state)
    if not said:
        return facts
    line = "" if h1 else titled_line(title, blocks)
    if line:
        # a line is no heading of the page: it heads the element it stands in, not the
        # template's rails after it (a forum's "Suggested topics" under a removed post's
        # "[deleted]"), as ``named`` reads what a name heads
        held = _held_by(root, line)
        if held is None:
            return facts
        h1, root, blocks = line, held, read_main(held).blocks
    # a heading that is a name, over the notice: not a sentence ("Sorry, this page is gone!",
    # "Best pillow for long drives?"), not the notice itself, under a title and heading that
    # say nothing plainly
    headed = (
        bool(h1)
        and (not h1.endswith(SENTENCE_ENDS) or _thread_name(h1, title))
        and not any(_plain(s) for s in (facts.title, facts.heading))
        and not any(s.words.casefold() in h1.casefold() for s in said)
    )
    named = headed and names_titled_item(h1, title)
    stated = [s for s in said if is_state(s.words)]
    # a clause on the item's own state ("This page has moved" over a docs page kept for 1.x
    # users): a notice on the item, kept under a heading that is a name over its weighed
    # content, not by the lead's words (a moved page's forwarding note runs to 25 words)
    on_state = [s for s in said if s.note.startswith(STATE_NOTE)] if headed else []
    # said of the item under its name, which the title need not repeat: the statement names
    # what it speaks of ("This listing", "Diese Anzeige", "ประกาศนี้"), and the heading over
    # it is that item's name ("คอนโด 1 ห้องนอน…" under the title "ประกาศ 772104")
    texts = [block.text for block in blocks]
    of_item = [s for s in said if said_of_item(s, texts)] if headed else []
    # a thread closed or an event over under its name ("Тема закрыта", "This event has
    # ended"): a state the item keeps its content through (``page_state.held``)
    kept_through = [s for s in said if held_state(s.words)] if headed else []
    if not headed and not any(_plain(s) for s in (facts.title, facts.heading)):
        # no name over the notice (no heading, or a question): a clause on the page's own
        # state ("This page has moved") over an article of its own is a docs page kept under
        # its banner, measured as under a heading that is the notice
        bare = [s for s in said if s.note.startswith(STATE_NOTE)]
        kept = _over_article(facts, bare, h1, url, root, blocks, is_state, notice_heading=False)
        if bare and kept is not facts:
            return kept
    if not named and not stated and not of_item and not on_state and not kept_through:
        return facts
    notices = [s.words.casefold() for s in said]
    found = beside(root, blocks, h1, url, notices, is_state)
    if found.remnant and all(_taken_down(s, blocks) for s in said):
        return _over_remnant(facts, said, found)
    under = f" under “{h1[:60]}”" if h1 else ""
    if named and found.kept:
        chosen = said
    elif of_item and found.kept:
        chosen = of_item
        under = f"{under}, said of the item, not of the page"
    elif stated and found.words >= KEPT_WORDS:
        chosen = stated
    elif headed and _thread_name(h1, title) and found.words >= KEPT_WORDS:
        # a thread's posts are its words, not figures or fields
        chosen = said
    elif kept_through and not found.nothing:
        # its posts or its programme under its name, a line of its own past a word of advice:
        # the state says the page stands, read-only, and only a page where nothing of the item
        # is left beside it reads as the item gone
        chosen = kept_through
        states = ", ".join(f"“{held_state(s.words)}”" for s in kept_through)
        under = f"{under}, a state it keeps its content through ({states})"
    elif on_state and found.kept:
        chosen = on_state
    elif found.cards and (lines := lines_beside(root, url, notices)):
        why = f"a notice that is one line of a list beside {lines} cards of its other entries"
        changes = {
            name: _mention(getattr(facts, name), f"{why}: said of its entry", said)
            for name in ("direct", "label", "clause", "main")
        }
        return replace(facts, **changes)  # type: ignore[arg-type]
    elif found.cards:
        return _over_cards(facts, said, found)
    else:
        return facts
    why = (
        f"a notice on the item's state over its own content{under} ({found.shown}): "
        "the page is kept"
    )
    changes = {
        name: _mention(getattr(facts, name), why, chosen)
        for name in ("direct", "label", "clause", "main")
    }
    return replace(facts, **changes)  # type: ignore[arg-type]


def _under_name(
    facts: GoneFacts,
    said: list[Statement],
    pending: list[Statement],
    h1: str,
    url: str,
    root: etree._Element,
    blocks: tuple[Block, ...],
    is_state: _StateTest,
) -> tuple[GoneFacts, list[Statement]]:
    """``facts`` with the item clauses left plain under the item's own name
    (``Statement.under_name``) turned into mentions unless nothing of the item stands
    beside them: a heading naming the item is not the item. A gone listing keeps its name, the
    notice and the site's standing blocks (other items' cards, a link back to the shop); a page
    still carrying it keeps its price, specs, gallery, description or a job's duties. Nothing
    means no content and no words of the item's own: stricter than ``Beside.nothing``, whose
    line of advice may also be the item's own pointer to its successor ("See the newer
    model"), which DEV reads as a page still answering for its item. The plain statements
    after, for the reading that follows."""
    found = beside(root, blocks, h1, url, [s.words.casefold() for s in pending], is_state)
    # a deleted ad's remnant (its price, its photo) under a notice of the act is no more of
    # the item than nothing is (``_over_remnant``)
    remnant = found.remnant and all(_taken_down(s, blocks) for s in pending)
    left = (not found.weight and not found.words) or remnant
    rest = f"only its remnant ({found.shown})" if remnant else "nothing of the item"
    changes = {}
    for name in ("direct", "label", "clause", "main"):
        statement = getattr(facts, name)
        if statement not in pending:
            continue
        if left:
            read = f"under the item's own name “{h1[:60]}”, and {rest} beside it"
            note = statement.note.replace(NAMED_ITEM_NOTE, read)
            changes[name] = replace(statement, note=note, under_name=False)
        else:
            note = statement.note.replace(f", {NAMED_ITEM_NOTE}", "")
            why = (
                f"a notice under the item's own name “{h1[:60]}” beside its own content "
                f"({found.shown}): the page is kept"
            )
            changes[name] = replace(statement, note=note, under_name=False).mentioned(
                EMBEDDED_SHARE, why
            )
    plain = list(changes.values()) if left else []
    return replace(facts, **changes), [s for s in said if s not in pending] + plain


def _item_gone(h1: str) -> bool:
    """Whether the heading's every clause says the item is gone ("Este imóvel já foi
    vendido"), a notice of the item's state as a listing sets it over the item's own content."""
    found = clauses(h1)
    return bool(found) and all(c.item and not c.sought for c in found)


def _state_heading(facts: GoneFacts, said: list[Statement], h1: str) -> bool:
    """Whether the page's heading is itself a notice on the page's own state ("This page has
    moved", "Diese Seite ist umgezogen"): said plainly (as the heading's statement or a clause
    read in it), every clause in it one of state (the thing first, its state after:
    ``clauses.Clause.state``), none of the visitor's page sought, under a title that says
    nothing plainly."""
    if not h1 or _plain(facts.title):
        return False
    if not _plain(facts.heading) and not any(s.place is Place.HEADING for s in said):
        return False
    found = clauses(h1)
    return bool(found) and all(c.state and not c.sought for c in found)


def _over_article(
    facts: GoneFacts,
    said: list[Statement],
    h1: str,
    url: str,
    root: etree._Element,
    blocks: tuple[Block, ...],
    is_state: _StateTest,
    notice_heading: bool = True,
) -> GoneFacts:
    """``facts`` with a heading that is a notice on the page's own state ("This page has
    moved") and the text's statements of state turned into mentions where an article of the
    page's own stands under it (``ARTICLE``): a docs page kept for an old version's users under
    a pointer to the new one, its sections, code and tables all there. The heading names no
    item, so the measure asks for more than a name's ``ITEM_CONTENT``: twice it, in two kinds
    or more (prose and code, a table and prose), which a moved page's forwarding line and the
    site's help section ("Where to find it now") are not. Without ``notice_heading`` the notice
    is a banner in the text under no name (no heading, or a question), read the same way. The
    page is alive (``moved`` is a permanent redirect's state, DESIGN's link states): where its
    notice heading links to another page, the reason names it, for an editor who may want the
    link's new address."""
    notices = [n for n in (h1.casefold(), *(s.words.casefold() for s in said)) if n]
    found = beside(root, blocks, h1, url, notices, is_state, aside=_standing(root, url))
    kinds = sum(1 for weight in found.content.values() if weight)
    if found.weight < ARTICLE * ITEM_CONTENT or kinds < ARTICLE_KINDS:
        return facts
    if not found.content.get("sections") and not found.content.get("code"):
        # no prose of the page's own under any subheading, and no code of its own: the site's
        # standing blocks (its opening hours, how to reach it) under titles of their own,
        # which a doc's own sections explain in a sentence at least or show in its commands
        # (a quick start beside the product's versions is the site's: ``_standing``)
        return facts
    target = _pointed_to(root, h1, url) if notice_heading else ""
    points = f", and points to {target} (the link may want its new address)" if target else ""
    why = (
        f"a notice on the page's own state over an article of its own ({found.shown}): the "
        f"page is kept{points}"
    )
    stated = [facts.heading] if facts.heading is not None and notice_heading else []
    stated += [
        s
        for s in said
        if s.place is Place.HEADING or s.note.startswith(STATE_NOTE) or is_state(s.words)
    ]
    changes = {
        name: _mention(getattr(facts, name), why, stated)
        for name in ("heading", "direct", "label", "clause", "main")
    }
    return replace(facts, **changes)  # type: ignore[arg-type]


def _over_name(
    facts: GoneFacts,
    said: list[Statement],
    title: str | None,
    h1: str,
    url: str,
    root: etree._Element,
    blocks: tuple[Block, ...],
    is_state: _StateTest,
) -> GoneFacts:
    """``facts`` with a heading that is a notice on the item's state ("Diese Anzeige ist
    abgelaufen", "This vacancy has closed": ``retired.state``) turned into a mention, with the
    text's statements, where the item's name stands as the next heading, named by the title too
    (``names_titled_item``: "Lastenrad Bakfiets" under the title "Lastenrad Bakfiets –
    Kleinanzeigen Nord"), over the item's own content (``Beside.kept``): a listing that set its
    state as its heading and its name under it. A subheading the title does not name
    ("Ähnliche Anzeigen", "What to do now?") heads the site's offer, not the item."""
    at = next((i for i, b in enumerate(blocks) if b.heading and b.text.strip() == h1), -1)
    name = next((b.text.strip() for b in blocks[at + 1 :] if b.heading), "")
    if not name or not names_titled_item(name, title):
        return facts
    notices = [n for n in (h1.casefold(), *(s.words.casefold() for s in said)) if n]
    found = beside(root, blocks, name, url, notices, is_state)
    if not found.kept:
        return facts
    why = (
        f"a notice on the item's state as the heading, over its own content under “{name[:60]}” "
        f"({found.shown}): the page is kept"
    )
    chosen = [s for s in (facts.heading, *said) if s is not None]
    changes = {
        field: _mention(getattr(facts, field), why, chosen)
        for field in ("heading", "direct", "label", "clause", "main")
    }
    return replace(facts, **changes)  # type: ignore[arg-type]


def _standing(root: etree._Element, url: str) -> set[str]:
    """The main area's subheadings over the site's standing blocks, not over an article: how
    to reach the site's owner (a section holding a phone or mail link, ``tel:``, ``mailto:``,
    or a list whose every line links to another site: its profiles on social networks,
    "Folgen Sie uns", "Síguenos"), or the product's versions and their status (``_versions``:
    "3.x current, 2.x security fixes, 1.x end of life"), which a docs site sets beside its
    quick start on every page. Under a heading that is a notice on the page's own state, these
    are shown on every page of the site, and no part of the page's own article."""
    host = urlsplit(url).netloc.casefold()
    found: set[str] = set()
    start, inside = scope(root)
    for out, heading in walk(start, inside):
        if out or heading.tag not in HEADING_TAGS or heading.tag == "h1":
            continue
        for element in heading.itersiblings():
            if not isinstance(element.tag, str):
                continue
            if element.tag in HEADING_TAGS:
                break
            if _reaches(element, host) or _versions(element):
                found.add(collapse(all_text(heading)))
                break
    return found


def _reaches(element: etree._Element, host: str) -> bool:
    """Whether a block is a way to reach the site's owner (``_standing``)."""
    links = [(a.get("href") or "").strip() for a in element.iter("a")]
    if any(href.casefold().startswith(("tel:", "mailto:")) for href in links):
        return True
    items = list(element.iter("li"))
    return bool(items) and all(
        any(_off_site(a.get("href") or "", host) for a in li.iter("a")) for li in items
    )


def _versions(element: etree._Element) -> bool:
    """Whether a block holds a table of the product's versions: ``VERSION_ROWS`` rows or more,
    every row of cells led by a version ("3.x", "v2", "1.4", "2.8.1"), its status or dates
    beside it. A page's own table is led by its names (a setting, a requirement, a field);
    one led by versions is the product's, the same on every page of its docs."""
    rows = [
        cells
        for tr in element.iter("tr")
        if (cells := [collapse(all_text(c)) for c in tr if c.tag in ("td", "th")])
        and tr.find("td") is not None
    ]
    return len(rows) >= VERSION_ROWS and all(
        len(cells) > 1 and _VERSION.fullmatch(cells[0]) for cells in rows
    )


def _off_site(href: str, host: str) -> bool:
    try:
        there = urlsplit(href.strip()).netloc.casefold()
    except ValueError:
        return False
    return bool(there) and there != host


def _pointed_to(root: etree._Element, h1: str, url: str) -> str:
    """The address the notice under the heading ``h1`` points to: the first link to another
    page between the heading and the next subheading, absolute, its secrets redacted; or ""."""
    heading = next((h for h in root.iter("h1") if collapse(all_text(h)) == h1), None)
    if heading is None:
        return ""
    for element in heading.itersiblings():
        if not isinstance(element.tag, str) or element.tag in HEADING_TAGS:
            break
        links = [element] if element.tag == "a" else element.iter("a")
        for link in links:
            if to_other_page(link, url):
                return redact_url(urljoin(url, (link.get("href") or "").strip()))
    return ""


def _taken_down(statement: Statement, blocks: tuple[Block, ...]) -> bool:
    """Whether a statement tells an act done to the item (``removal.says_act``), read with the
    words that follow it in its block ("… tagits bort från sökningen": taken out of a view of
    the site, not removed)."""
    words = statement.words
    text = next((b.text for b in blocks if words.casefold() in b.text.casefold()), "")
    at = text.casefold().find(words.casefold())
    return says_act(words, text[at + len(words) :] if at >= 0 else "")


def _over_remnant(facts: GoneFacts, said: list[Statement], found: Beside) -> GoneFacts:
    """``facts`` with each plain statement's note saying that it tells an act done to the item
    (removed, deleted, taken down, expired: ``removal.says_act``) over only its remnant
    (``Beside.remnant``): a marketplace's deleted ad keeps its name, price and photo and
    nothing the seller wrote, and the notice is the page (the weight is the statement's,
    unchanged). A state of stock over the same remnant ("no longer available") is a shop's
    sold-out product, still kept by the reading above."""
    why = f"a notice that the item was taken down, over only its remnant ({found.shown})"
    changes = {
        name: replace(statement, note=f"{statement.note}, {why}")
        for name in ("direct", "label", "clause", "main")
        if (statement := getattr(facts, name)) is not None
        and statement in said
        and "its remnant" not in statement.note  # read so under its name (``_under_name``)
    }
    return replace(facts, **changes)


def _over_cards(facts: GoneFacts, said: list[Statement], found: Beside) -> GoneFacts:
    """``facts`` with each plain statement's note saying what stands under it: other items'
    cards and too little of the item's own (the weight is the statement's, unchanged)."""
    cards = f"{found.cards} card{'s' if found.cards != 1 else ''}"
    why = f"a notice over {cards} of other items, with {found.shown} of the item's own"
    changes = {
        name: replace(statement, note=f"{statement.note}, {why}")
        for name in ("direct", "label", "clause", "main")
        if (statement := getattr(facts, name)) is not None and statement in said
    }
    return replace(facts, **changes)


def _thread_name(h1: str, title: str | None) -> bool:
    """Whether a question heading is a thread's name: the title repeats it whole ("Какую
    катушку взять? - Форум рыбаков"), as a forum or Q&A site titles each thread by its
    question. A not-found page's question ("Lost your way?") is not in a title naming it; the
    thread's state ("Тема закрыта", "该问题已关闭") stands over its posts, weighed as any
    item's content (``beside``), and a deleted thread keeps no posts to weigh. A Chinese or an
    Arabic question ends in its own mark ("阳台种番茄总是裂果怎么办？")."""
    return h1.endswith(QUESTION_MARKS) and h1.casefold() in (title or "").casefold()


def _plain(statement: Statement | None) -> bool:
    return statement is not None and statement.plain


def _mention(statement: Statement | None, why: str, chosen: list[Statement]) -> Statement | None:
    if statement is None or statement not in chosen:
        return statement
    return statement.mentioned(EMBEDDED_SHARE, why)
