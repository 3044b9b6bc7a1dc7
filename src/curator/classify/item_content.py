"""What under an item's heading is the item's own, counted for a notice on its state.

A discontinued product's support page that still gives its specifications and a manual for the
model, a let flat's page that keeps its description and its rent, a retracted paper shown with
its abstract: the notice at the top is a note on a page still answering for its item
(``classify.subject``). A page whose item is gone keeps the notice under the item's name and
fills the rest with what belongs to something else, and that is what this count leaves out
(review 11 built each of these as a gone page the first count took for the item's content):

- **another item**: "The Vantor R9 is now £149.99" under "Vantor R7 Mesh Router" names a model
  of the same line that is not this one: its figures are the successor's;
- **the site's documents**: a catalogue, the terms, a returns form linked as PDFs are on every
  page of the shop; a file is the item's when its address or link text names the item (its
  model code, or lacking one, a word of its heading);
- **teasers of other items**: a section led by a link to another page ("Similar jobs", then a
  linked job title and its summary) is the site's list, however long its summary reads, and
  so is one of other items' cards written without links, each its own name and price ("Similar
  ads": "Oak bookcase — £60 · Leeds", ``_over_priced_cards``);
- **who to call and which one it was**: a phone number (in any grouping), a reference number
  the page's own address carries ("Ref: HH-77120" at ``/property/hh-77120``), a model code;
- **counters**: "Views: 1842", "Citations: 12" are fields whose value is a bare count with no
  unit: all of them together weigh what one field with a measure ("Floor area: 64 m²") does.

What is left is weighed: a figure in a sentence or in a field with a measure, a field with a
measure itself, a table row or description term, a medium, a file for this item count one
each; a paragraph of prose under a subheading of its own (an abstract, a description), or
a list of short lines of the item's (a job's duties, a guideline's steps), counts two.

The item is as often kept in no sentence at all (the lead's blind sets' discontinued products
and expired listings in th, cs and en): a spec grid of label and value ``<div>``s or
``<span>``s, a features list, a details list, a gallery's captioned photos. Its shape does
not change what it is, so a field the markup writes as a label beside a value (``_pair``)
weighs as the same field written with a colon does, a photo with its caption
(``_captioned``) as a medium, and a list of the item's own lines before its first subheading
(``_own_list``) weighs one, as a help box's list of lines would: the item is kept on more of
it than that. What describes another page is not this item's, in any shape: a row, a pair
or a list inside a link (another listing's card holding its price and rooms), or mostly the
words of links to other pages (a grid of similar products), or under a subheading over
teasers. A table's rows count wherever they stand but inside a link; a row led by a link to
another page (a table of other products, of other recipes, a forum's "Suggested Topics") is
a card of that page, and ``item_cards`` takes the cards out before this count reads the page
(``item_notice.beside``).

That count (``count``) acquits a page that says plainly its item is gone, wherever it says it,
so it must not take a gone page's leftovers (other items, the shop's documents) for the item.
A page that says nothing but a notice on its item, in a few words (``classify.retired``,
``classify.own_content``), is read more generously (``listed``, ``own_file``): on so little,
any list, row, medium or file its main area still offers is the item's, and one reading the
less calls a live page gone. Both readings walk the main area as ``main_area.walk`` does and
know a file by ``FILE``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify.address import fold
from curator.classify.item_lines import (
    LINE_TAGS,
    label,
    line_run,
    line_text,
    options,
    rated,
    rated_run,
    variant,
    variant_key,
)
from curator.classify.main_area import (
    CHROME_TAGS,
    HEADING_TAGS,
    LINK_DENSE,
    Block,
    scope,
    walk,
)
from curator.classify.phrases import find
from curator.classify.price import priced_text
from curator.classify.prose import HTTP_STATUS_CODES, PROSE_SHORT_WORDS, prose_words, word_count
from curator.classify.scripts import spaced_words
from curator.classify.statement import Kind
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract.clean import collapse
from curator.extract.text import BLOCK_TAGS, all_text

# From this much of the item's own content under its heading, a notice on its state is a note
# on a page still answering for it: one figure is a phone number or a date, one link a
# successor's page.
ITEM_CONTENT = 2
# Words of prose (``prose.prose_words``) in one paragraph under a subheading that make it a
# section of the item's own ("Abstract", "Description"): a help box says a line.
SECTION_WORDS = 15
# Or in sentences of this many words and more, each ended by its mark: ``prose_words`` reads
# Title Case as a link list's, so a description in a language that capitalises its nouns
# ("Gepflegtes Trekkingrad mit Bosch-Mittelmotor und 625-Wh-Akku, rund 3.200 km gelaufen.")
# has none, and a listing's description runs in short sentences. A reference list's
# citations and a teaser's line are not sentences this long.
SENTENCE_WORDS = PROSE_SHORT_WORDS
_MARKED_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]")
# Lines of the item's own (``line_words``) from which a section's short lines are a list of its
# points rather than a help box's line or two.
SECTION_LINES = 3
# A card of another item written without a link: its name, its price and a fact or two
# ("Oak bookcase — £60 · Islington"), more than an option's "Size M — £20" (``_over_priced_cards``).
CARD_WORDS = 4
# Words of each sentence of a line of the item's (``line_words``): "Pregnant women." is one, a
# citation's "J." is not.
LINE_SENTENCE_WORDS = 2
# Where a sentence ends: a full stop before a space (not a number's "1.1"), or an ideographic one.
# Of a line's cased words after its first, this share in lower case at least: German writes its
# nouns with a capital ("Den Tag im Kalender notieren." is half), a teaser's Title Case has
# fewer ("SP-50 Smart Plug £19", "Linen Cushion in Oat").
LINE_LOWER_SHARE = 0.4
_LINE_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
# A field of the item's: a label of a few words, a colon, a value with a figure ("Wohnfläche:
# 58 m²", "Время работы: до 45 минут", "出力：10 W"), the whole a short line.
_FIELD = re.compile(r"^[^\W\d][^\s:：]*(?:\s[^\s:：]+){0,2}\s*[:：]\s*(?:\S+\s){0,2}\S*\d")
FIELD_WORDS = 8
# Bare counts ("Views: 1842", "Citations: 12") together weigh at most one field: a metrics
# line of the template's, or a room count beside the listing's other details.
COUNTS_WEIGHT = 1.0
BARE_COUNT = 0.5
# Figures count in a field or in a block of at least this many words: a sentence giving a size,
# a price or a rating. A short run of numbers under a heading is the template's.
FIGURE_WORDS = 5
# A number: digits with their group and decimal marks.
_NUMBER = re.compile(r"\d+(?:[ .,\u00a0\u202f]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A phone number: groups of digits joined by spaces, dots, dashes or brackets, seven digits and
# more in all ("0800 555 0199", "0120-123-456", "(030) 1234 5678", "+44 161 555 0142").
_PHONE = re.compile(r"(?<![\w,.])\+?\(?\d{2,5}\)?(?:[ \u00a0./-]\(?\d{1,5}\)?){1,4}(?![\w,])")
PHONE_DIGITS = 7
_TIME = re.compile(r"[:h]\d\d")
_TIME_BEFORE = re.compile(r"\d[:h]$")
# A model or reference code: a few letters and digits written as one token ("R7", "SP-40",
# "WK-300", "AX1800", "LDS-48213"): it names an item, it measures nothing.
_CODE = re.compile(r"(?<![^\W_])([a-z]{1,4})[-‐]?(\d{1,6})(?![^\W_])")
_CODE_BEFORE = re.compile(r"(?<![^\W_])[A-Za-z]{1,4}[-‐]?$")
# A word of a heading with no code that a file of the item's names ("stadsfiets", "kettle").
NAME_LETTERS = 4
# Words of the item's heading a line repeats to give its name (``Item.titled_in``).
TITLED_WORDS = 2
# What a page links to that may be the item's own: its manual, datasheet, data, firmware,
# recording, its last release (the extensions, written as a pattern's alternatives).
FILE_EXTENSIONS = r"pdf|zip|docx?|xlsx?|pptx?|odt|ods|csv|epub|mp3|mp4|exe|dmg|bin|img"
FILE = re.compile(rf"\.(?:{FILE_EXTENSIONS})(?:[?#]|$)", re.I)
# Links that lead to no page (read lower-cased): mail, a phone, a text message, a script,
# inline data.
NO_PAGE = ("mailto:", "tel:", "sms:", "javascript:", "data:")
# A picture at full size: a gallery's thumbnail links to it, it is no other page.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.I)
# A number that names a page in its address ("/listing/880455", "/jobs/88410").
_ID = re.compile(r"(?<!\d)\d{4,}(?!\d)")
# The item's media, for ``count``, besides its captioned figures (``_captioned``); its rows
# are a table's rows with data cells and a description list's terms.
_MEDIA_TAGS = frozenset({"video", "audio"})
# Elements that may write a field as a label beside a value (``_pair``), and what their parts
# may not be: a link, a picture, a control, a heading, a list or a table is more than a value.
# A table row of header cells alone ("<tr><th>Price</th><th>฿2,450,000</th></tr>") is such a
# field too; a row with a data cell is counted as a row.
_PAIR_TAGS = frozenset({"div", "li", "p", "span", "tr"})
_NOT_PARTS = HEADING_TAGS | frozenset(
    {"a", "img", "picture", "svg", "button", "input", "select", "textarea", "ul", "ol", "table"}
)
# A field's label: a few words, no figure ("Floor area", "Pojemność pojemnika", "専有面積").
PAIR_LABEL_WORDS = 4
PAIR_LABEL_CHARS = 40
# A block of code of the item's own (``_code_lines``): a ``<pre>`` of this many lines or more (a
# configuration, an example request, a snippet), or shorter ones adding up to as many (a
# command a step, each in its own block). One line is a pointer written as code (the new
# address, the command to use now), as a moved page gives it; two are a way there ("git clone
# …", "cd …"). It weighs what a section of the item's prose does: the code is the page's work.
CODE_LINES = 3
CODE_WEIGHT = 2.0
# Links back to the page with a query from which they are the item's variants (``item_lines``),
# and where they may stand though the main area's reading leaves them out as a rail of links.
VARIANTS = 2
# Swatches showing no figure, under one query key, from which they are the item's choices: two
# are as often a language picker's or a sort's pair ("English", "Deutsch"; "Newest", "Price").
SWATCHES = 3
# Where the item's ``<select>``s stand, left out of the main area's reading as controls.
_CHOICE_HOLDERS = frozenset({"select", "form"})
_VARIANT_HOLDERS = frozenset({"div", "section", "ul", "ol"})
# Lists read as the item's lines (``_own_list``).
_LIST_TAGS = frozenset({"ul", "ol"})
# The item's own elements on a page that says only a notice (``listed``): any row, any list
# item (a retired guideline's recommendations, a discontinued model's spare parts).
LISTED_TAGS = frozenset({"tr", "li", "dt", "video", "audio"})
# Letters from which a heading's word names the item in a file's name ("asthma", "fooedit").
OWN_FILE_LETTERS = 4
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Item:
    """The item a page is about: its heading, its model codes, the numbers its address holds."""

    heading: str
    codes: frozenset[tuple[str, str]]
    words: frozenset[str]
    address_numbers: frozenset[str]
    url: str = ""  # the page's address: links back to it with a query are its variants

    @classmethod
    def of(cls, heading: str, url: str) -> Item:
        folded = heading.casefold()
        codes = frozenset((m.group(1), m.group(2)) for m in _CODE.finditer(folded))
        words = frozenset(
            word for word in re.findall(r"[^\W\d_]+", folded) if len(word) >= NAME_LETTERS
        )
        path = unquote(urlsplit(url).path) if url else ""
        numbers = frozenset(n for n in re.findall(r"\d+", path) if len(n) >= 2)
        return cls(heading, codes, words, numbers, url)

    def named_in(self, text: str) -> bool:
        """Whether ``text`` (a file's address, a link's text) names this item: its model code,
        or lacking one, a word of its heading."""
        folded = text.casefold()
        if self.codes:
            return any(code in self.codes for code in _codes(folded))
        return any(word in self.words for word in re.findall(r"[^\W\d_]+", folded))

    def titled_in(self, text: str) -> bool:
        """Whether ``text`` gives the item's name: ``TITLED_WORDS`` of its heading's words (all
        of them, for a heading of fewer), as a shop captions the product's photo or lists its
        own sizes ("Sierra 3 trail shoe, size 42"). One word in common ("Lamp" beside "Brass
        desk lamp", "Vélo de ville" beside "Vélo de course Peugeot") is as often another item
        of its kind, and a placeholder ("No image") names no item."""
        shown = set(re.findall(r"[^\W\d_]+", text.casefold()))
        wanted = min(TITLED_WORDS, len(self.words))
        return wanted > 0 and len(self.words & shown) >= wanted

    def other_named(self, text: str) -> bool:
        """Whether ``text`` names another item of this one's line and not this one: a code
        with the same letters and other digits ("R9" under "Vantor R7")."""
        found = _codes(text.casefold())
        if not found or found & self.codes:
            return False
        prefixes = {prefix for prefix, _ in self.codes}
        return any(prefix in prefixes for prefix, _ in found)


def _codes(folded: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _CODE.finditer(folded)}


def count(
    root: etree._Element,
    blocks: tuple[Block, ...],
    item: Item,
    notices: list[str],
    aside: Collection[str] = (),
) -> dict[str, float]:
    """The item's own content under its heading, by kind, weighed (``ITEM_CONTENT`` and up is
    a page still answering for its item). ``notices`` are the notice's words, casefolded;
    ``aside`` the subheadings whose sections are not the item's, read as those over teasers
    are (the site's standing blocks, ``item_notice``)."""
    elements, teasers, pairs = _elements(root, item, aside)
    content = _blocks(blocks, item, notices, teasers, pairs)
    content.update(elements)
    return content


def _blocks(
    blocks: tuple[Block, ...],
    item: Item,
    notices: list[str],
    teasers: set[str],
    pairs: Sequence[str] = (),
) -> dict[str, float]:
    """The item's figures, fields and own sections in the main area's blocks after its
    heading, leaving out the notice's blocks, any block that says something is gone and any
    that names another item. Under the heading, before any subheading, the figures of its
    sentences are the item's (a price, a size, a salary). Under a subheading, a section is the
    item's own when it reads as prose and is not led by a link to another page. ``pairs`` are
    the fields the markup writes as a label beside its value (``_pair``), weighed as fields."""
    # a heading outside the main area (in the template's header) stands before all of it
    heading = item.heading
    start = next((i for i, b in enumerate(blocks) if b.heading and b.text.strip() == heading), -1)
    numbers: set[str] = set()
    sections = 0
    fields = counts = 0.0
    section: list[str] | None = None  # the open subsection's text, once one has begun
    skipping = False  # under a subheading said to the reader, or over other items' teasers
    for block in blocks[start + 1 :]:
        folded = block.text.casefold()
        if block.heading:
            sections += _own_section(section)
            # a heading that is a sentence said to the reader ("Need help?") opens no section
            # of the item's own, nor does one over teasers of other pages ("Similar jobs")
            text = block.text.strip()
            skipping = text.endswith(SENTENCE_ENDS) or text in teasers
            section = None if skipping else []
            continue
        if skipping or any(n in folded for n in notices) or _says_gone(block.text):
            continue
        if item.other_named(block.text):
            continue  # "The Vantor R9 is now £149.99": another model's figures
        if _FIELD.match(block.text) and block.words <= FIELD_WORDS:
            weight = _field(block.text, item)
            if weight == BARE_COUNT:
                counts += weight
            elif weight:
                # a measure's figures are the item's details too ("Salary: $62,000–$70,000",
                # "時給1,150円"); a bare count's are the counter's
                fields += weight
                numbers.update(_figures(block.text, item))
        elif section is None and (
            spaced_words(block.text) >= FIGURE_WORDS or priced_text(block.text)
        ):
            # a line of its own that is a price ("49,90 €", "R$ 219") is the item's price as a
            # sentence's figures are: a listing shows its price so, a notice never does
            numbers.update(_figures(block.text, item))
        if section is not None:
            section.append(block.text)
    sections += _own_section(section)
    for text in pairs:
        folded = text.casefold()
        if any(n in folded for n in notices) or _says_gone(text) or item.other_named(text):
            continue
        weight = _field(text, item)
        if weight == BARE_COUNT:
            counts += weight
        elif weight:
            fields += weight
            numbers.update(_figures(text, item))
    return {
        "figures": len(numbers),
        "fields": fields + min(counts, COUNTS_WEIGHT),
        "sections": 2 * sections,
    }


def _field(text: str, item: Item) -> float:
    """A field's weight: one for a measure ("Rent: £950 pcm", "Мощность: 1600 Вт"), a half for
    a bare count ("Views: 1842"), none for a phone number, a code, a year or the address's own
    reference number."""
    value = re.split(r"[:：]", text, maxsplit=1)[1]
    figures = _figures(value, item)
    if not figures:
        return 0.0
    rest = _NUMBER.sub("", _PHONE.sub("", value))
    return 1.0 if any(not ch.isspace() and ch not in ".,;" for ch in rest) else BARE_COUNT


def _figures(text: str, item: Item) -> set[str]:
    """The numbers of ``text`` that are the item's figures (``_figure``), once phone numbers
    are set aside."""
    text = _PHONE.sub(lambda m: " " if _phone(m.group()) else m.group(), text)
    return {m.group() for m in _NUMBER.finditer(text) if _figure(m, item)}


def _phone(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= PHONE_DIGITS


def _own_section(section: list[str] | None) -> int:
    """A section of the item's own: a paragraph of prose (an abstract, a description), or its
    lines adding up (``section_words``: a list of its points)."""
    if not section:
        return 0
    return 1 if max(*map(_paragraph_words, section), section_words(section)) >= SECTION_WORDS else 0


def _paragraph_words(text: str) -> int:
    """Words of a paragraph's prose, or of its sentences of ``SENTENCE_WORDS`` and more."""
    sentences = (word_count(s) for s in _MARKED_SENTENCE.findall(text))
    return max(prose_words(text), sum(n for n in sentences if n >= SENTENCE_WORDS))


def section_words(section: list[str]) -> int:
    """Words of the item's own in a section's paragraphs that read as lines of the item's
    (``line_words``): their prose (``prose.prose_words``) added up, or from ``SECTION_LINES``
    lines all their words (a job's duties, a guideline's recommendations, an inhaler's
    steps). A reference list's citations break into fragments and count nothing; a help box
    says a line or two ("Sign up for job alerts.", "Call us on 0800 555 0199."), which is not
    a list of the item's points."""
    lines = [(words, prose_words(text)) for text in section if (words := line_words(text))]
    listed = sum(words for words, _ in lines) if len(lines) >= SECTION_LINES else 0
    return max(sum(prose for _, prose in lines), listed)


def line_words(text: str) -> int:
    """Words of a paragraph that reads as a line of the item's own: sentences of two words or
    more ("Shake the inhaler.", "Join our community rehab team in Leith."), largely in lower
    case after the first word where the script has case (``LINE_LOWER_SHARE``). A citation
    breaks into fragments ("J. Spine Res. 12, 44 (2019)."), a teaser's or a date's line is in
    Title Case or bare ("SP-50 Smart Plug £19", "Posted 3/11/2026"): none is the item's."""
    sentences = [s for s in _LINE_SENTENCE.split(text.strip()) if s]
    if not sentences or any(word_count(s) < LINE_SENTENCE_WORDS for s in sentences):
        return 0
    cased = [word for word in text.split() if word[:1].isupper() or word[:1].islower()]
    if cased and (
        len(cased) < LINE_SENTENCE_WORDS
        or sum(1 for word in cased[1:] if word[:1].islower()) < LINE_LOWER_SHARE * (len(cased) - 1)
    ):
        return 0
    return word_count(text)


def _says_gone(text: str) -> bool:
    return find(text, (Kind.DIRECT, Kind.LABEL)) is not None


def _figure(match: re.Match[str], item: Item) -> bool:
    """A number of the item's own (a size, a price, a rating): two digits or more, or a
    decimal; not a year, a status code, a clock time, a phone number, a code's digits ("SP-50",
    "LDS-48213") nor the number the page's address names it by."""
    number = match.group()
    digits = sum(ch.isdigit() for ch in number)
    decimal = any(mark in number for mark in ".,")
    if not decimal and (digits < 2 or digits >= PHONE_DIGITS):
        return False
    text = match.string
    if _TIME.match(text, match.end()) or _TIME_BEFORE.search(text, 0, match.start()):
        return False
    if _CODE_BEFORE.search(text, 0, match.start()):
        return False
    if not decimal and number in item.address_numbers:
        return False
    return not _YEAR.fullmatch(number) and number not in HTTP_STATUS_CODES


def _elements(
    root: etree._Element, item: Item, aside: Collection[str] = ()
) -> tuple[dict[str, float], set[str], list[str]]:
    """Rows and terms, media, captioned photos (``_captioned``) and links to the item's files
    after the first main heading, outside chrome; the fields its markup writes as a label
    beside a value (``_pair``); the lists of its own lines before its first subheading
    (``_own_list``); and the subheadings that stand over teasers of other pages. A field, a
    list or a photo that stands inside a link, or whose words are mostly links to other pages
    (``_linked``: a grid of similar products, a card of another listing with its price), is
    the other pages', and so is what stands under a subheading over teasers or said to the
    reader, as ``_blocks`` reads it; a row or term only inside a link (the module's docstring
    says why). Without a landmark the whole tree is walked, as ``main_area.read_main`` reads
    it, so the two agree on what is chrome."""
    start, inside = scope(root, fallback=root)
    headless = next(start.iter("h1"), None) is None
    seen_h1 = inside and headless
    rows = media = files = lists = code = code_lines = 0
    # the cards of links back to the page with a query and their one query key (``_variants``)
    variants: list[tuple[str, str]] = []
    choices: set[str] = set()  # the named options of the item's own ``<select>``s
    teasers: set[str] = set()
    pairs: list[str] = []
    lead = True  # before the item's first subheading
    standing = False  # under a subheading of ``aside``: the site's standing block
    skipping = False  # under a subheading over teasers or said to the reader
    for out, element in walk(start, inside):
        if out:
            if seen_h1 and element.tag in _VARIANT_HOLDERS:
                # a row of links back to the page reads as a rail of other pages' links
                variants += [
                    (card, variant_key(a))
                    for a in element.iter("a")
                    if (card := variant(a, item.url))
                ]
            elif seen_h1 and element.tag in _CHOICE_HOLDERS and not skipping:
                # "Colour: Oat, Sage, Charcoal", the form holding it left out as controls
                for select in element.iter("select"):
                    choices.update(options(select, item.url))
            continue
        tag = element.tag
        if not seen_h1:
            # with no <h1>, the line that names the item stands for it (``item_notice``'s
            # reading of a shop's "product-title" line under the title naming it)
            seen_h1 = tag == "h1" or (headless and _names_line(element, item.heading))
            continue
        if tag in _MEDIA_TAGS:
            media += 1
        elif tag == "a" and FILE.search(element.get("href") or ""):
            files += item.named_in(f"{element.get('href')} {all_text(element)}")
        elif tag == "a" and (card := variant(element, item.url)):
            variants.append((card, variant_key(element)))  # a size, a colour, a price of its own
        elif tag == "h1":
            break
        elif tag in HEADING_TAGS:
            text = collapse(all_text(element))
            standing = text in aside
            teaser = standing or _led_by_other_page(element) or _over_priced_cards(element, item)
            if teaser:
                teasers.add(text)
            skipping, lead = teaser or text.endswith(SENTENCE_ENDS), False
        elif tag in LINE_TAGS and (text := label(element)):
            # a bold label or a line ending in a colon heads what follows as a subheading does
            # ("<p><strong>Vos missions</strong></p>"); it may begin help ("Besoin d'aide ?")
            # but never ends a run of other pages' teasers
            skipping, lead = skipping or text.endswith(SENTENCE_ENDS), False
        elif tag == "dt" or (tag == "tr" and element.find("td") is not None):
            # a row counts wherever it stands but inside a link (another listing's card); a
            # row led by a link to another page is a card ``item_cards`` took out before; a
            # row whose data cells are all empty is a template's details left blank; the
            # rows of the site's standing blocks (``aside``: its versions, its contact table)
            # are the site's
            rows += (
                not standing and not _in_link(element, start) and (tag == "dt" or _filled(element))
            )
        elif skipping:
            continue
        elif tag == "pre" and not _in_link(element, start):
            lines = _code_lines(element)
            # the item's configuration, example or snippet; or one of its commands, a line or
            # two each, set between its steps' sentences, that add up to a block of its code
            code += lines >= CODE_LINES
            code_lines += lines if lines < CODE_LINES else 0
        elif tag == "figure" and _captioned(element) and not _linked(element, start):
            media += 1  # a photo of the item with its words: a gallery's captioned shots
        elif tag in _PAIR_TAGS and (pair := _pair(element)) and not _linked(element, start):
            pairs.append(pair)
        elif tag in _LIST_TAGS and (graded := _rated_list(element, start)):
            rows += graded  # "SQL. Essential.": a two-column table written as a list
        elif tag in _LIST_TAGS and (facts := _fact_list(element, start)):
            rows += facts  # "Kapacita 7 kg", "ชั้น ๘": a table of its details written as a list
        elif tag in _LIST_TAGS and (
            _own_list(element, start) if lead else _subheaded_list(element, start)
        ):
            lists += 1
        elif tag in LINE_TAGS and (graded := rated_run(element) or _rated_lines(element)):
            rows += graded  # the same table as a paragraph a line, or as ``<br>`` lines
        elif tag in LINE_TAGS and _own_lines(element, lead):
            lists += 1  # "Ihre Aufgaben:<br>Betreuung …<br>Überwachung …<br>Dokumentation …"
    content = {"rows": rows, "media": media, "files": files, "lists": lists}
    content["variants"] = _variants(variants, item) + (
        len(choices) if len(choices) >= VARIANTS else 0
    )
    code += code_lines // CODE_LINES
    return {**content, "code": CODE_WEIGHT * code}, teasers, pairs


def _variants(cards: list[tuple[str, str]], item: Item) -> int:
    """The item's own variants among the cards of links back to its page with a query
    (``item_lines.variant``): cards showing a figure of the item's (a price, a size: a pager's
    bare "2" is none, a language's name shows none), told apart by their words once the
    figures are set aside ("S Navy £189", "M Navy £189"; a pager's "Page 12", "Page 13" are
    one). Weighed a row of the item's details each, from ``VARIANTS`` on: one link back is a
    share or a sort link. Swatches name a colour or a finish and show no figure ("Natur",
    "Salbei", "白"): those whose one query key (``item_lines.variant_key``) is the same for
    ``SWATCHES`` cards or more, each naming another option, are the item's choices too: a
    pager's cards show numbers, a share button's carry two keys."""
    names = {collapse(_NUMBER.sub(" ", card)) for card, _ in cards if _figures(card, item)}
    by_key: dict[str, set[str]] = {}
    for card, key in cards:
        if key and any(ch.isalpha() for ch in card) and not _figures(card, item):
            by_key.setdefault(key, set()).add(card)
    swatches = max((len(named) for named in by_key.values()), default=0)
    found = len(names) if len(names) >= VARIANTS else 0
    return found + (swatches if swatches >= SWATCHES else 0)


def _filled(row: etree._Element) -> bool:
    """Whether a table row has a data cell with something in it (words, a picture)."""
    return any(
        all_text(cell).strip() or next(cell.iter("img"), None) is not None
        for cell in row.iterfind("td")
    )


def _names_line(element: etree._Element, heading: str) -> bool:
    """Whether ``element`` is a line of its own reading ``heading`` (no markup inside)."""
    return bool(heading) and not len(element) and (element.text or "").strip() == heading


def teaser_headings(root: etree._Element, item: Item, aside: Collection[str] = ()) -> set[str]:
    """The main area's subheadings that stand over teasers of other pages ("Similar jobs"),
    and those of ``aside`` (``count``)."""
    return _elements(root, item, aside)[1]


def _led_by_other_page(heading: etree._Element) -> bool:
    """Whether the first words after ``heading`` are a link to another page (not a file, not
    a place on this one), or a card opens with its picture linked to one: a section of teasers
    ("Similar jobs" over a linked job title, "Alternativen" over product cards each led by its
    linked photo, whose label/value facts are then that product's, not this item's)."""
    if heading.tail and heading.tail.strip():
        return False
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        for element in sibling.iter():
            if not isinstance(element.tag, str):
                continue
            if element.tag == "a":
                pictured = any(True for _ in element.iter("img", "picture"))
                words = bool(all_text(element).strip())
                return (words or pictured) and to_other_page(element)
            if element.text and element.text.strip():
                return False
        if sibling.tail and sibling.tail.strip():
            return False
    return False


def _over_priced_cards(heading: etree._Element, item: Item) -> bool:
    """Whether ``heading`` stands over other items' cards written without links: the first
    element after it holds ``SECTION_LINES`` lines or more (a list's items, a block's child
    blocks), each a price with a name and facts of its own (``CARD_WORDS`` words: "Oak
    bookcase — £60 · Islington · solid oak"), most of them not giving the item's name
    (``Item.titled_in``). A marketplace's "Similar ads" under a removed ad is the site's rail,
    however many words its cards run to; a product's own sizes or an offer's own stays, priced
    line by line, give the item's name ("Sierra 3, size 42 — €89.95") and stay its content."""
    if heading.tail and heading.tail.strip():
        return False
    following = next((e for e in heading.itersiblings() if isinstance(e.tag, str)), None)
    if following is None or following.tag in HEADING_TAGS:
        return False
    lines = [child for child in following if isinstance(child.tag, str)]
    if len(lines) < SECTION_LINES:
        return False
    texts = [collapse(all_text(line)) for line in lines]
    if not all(priced_text(text) and word_count(text) >= CARD_WORDS for text in texts):
        return False
    return 2 * sum(item.titled_in(text) for text in texts) < len(texts)


def to_other_page(link: etree._Element, here: str = "") -> bool:
    """Whether a link leads to another page: not a file, not a place on this one, not mail, a
    phone or a script (``NO_PAGE``). Given the page's address ``here``, not the item's own
    either (``on_item``)."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#") or FILE.search(href) or href.lower().startswith(NO_PAGE):
        return False
    return not here or not on_item(link, here)


def on_item(link: etree._Element, here: str) -> bool:
    """Whether a link stays on the item of the page at ``here``: to its pictures at full size,
    to the page itself with a query (a variant, a photo's number), to a page beneath its
    address or carrying the number that names it ("/listing/880455/photos/2"): a gallery of
    the item's own, not other items' cards."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    if _PICTURE_FILE.search(href) or href.startswith("?"):
        return True
    try:
        own = urlsplit(here).path.rstrip("/")
        path = urlsplit(href).path.rstrip("/")
    except ValueError:  # a stranger's malformed address ("http://[cdn/x") leads nowhere
        return False
    if own and (path == own or path.startswith(f"{own}/")):
        return True
    numbers, theirs = _own_numbers(own), _own_numbers(path)
    # an address naming a number of its own beside a shared one names another item: a
    # sibling article of one section ("…_6232000_3246.html" beside "…_5430000_3246.html")
    return bool(numbers & theirs) and not theirs - numbers


def _own_numbers(path: str) -> set[str]:
    """The numbers that name a page in its address: four digits or more, not a year."""
    return {n for n in _ID.findall(path) if not _YEAR.fullmatch(n)}


def _linked(element: etree._Element, start: etree._Element) -> bool:
    """Whether ``element`` is another page's: inside a link (a card of another listing), or its
    words mostly the words of links to other pages (``LINK_DENSE``, the share from which
    ``main_area`` and Readability read a block as a list of links: a row naming a similar
    product beside its price)."""
    if _in_link(element, start):
        return True
    length = len(collapse(all_text(element)))
    linked = sum(len(collapse(all_text(a))) for a in element.iter("a") if to_other_page(a))
    return bool(length) and linked >= LINK_DENSE * length


def _captioned(figure: etree._Element) -> bool:
    """Whether a ``<figure>`` shows a picture with a caption in words."""
    caption = figure.find(".//figcaption")
    pictured = figure.find(".//img") is not None or figure.find(".//picture") is not None
    return pictured and caption is not None and any(ch.isalpha() for ch in all_text(caption))


def _in_link(element: etree._Element, start: etree._Element) -> bool:
    """Whether ``element`` stands inside a link, below ``start``: a card of another page."""
    for ancestor in element.iterancestors():
        if ancestor is start:
            return False
        if ancestor.tag == "a":
            return True
    return False


def _pair(element: etree._Element) -> str | None:
    """A field of the item's that its markup writes as a label beside a value, as a key/value
    grid does (``<div><span>Floor area</span><span>46 m²</span></div>``, ``<li><b>Moc</b>
    450 W</li>``, a label ``<div>`` over a value ``<div>``), read as "label: value" and weighed
    as a field written with a colon is (``_field``: a measure, a bare count, nothing for a
    phone number, a code or a year). None for anything more: a label with a figure or longer
    than a few words, a paragraph opening in bold, parts holding links, pictures or more
    markup, and a line the block reading already reads as a field."""
    if element.text and element.text.strip():
        return None
    parts = [child for child in element if isinstance(child.tag, str)]
    if not 1 <= len(parts) <= 2 or any(len(part) or part.tag in _NOT_PARTS for part in parts):
        return None
    label = collapse(all_text(parts[0])).rstrip(":：").strip()
    between = collapse(parts[0].tail or "")
    if len(parts) == 1:
        value = between
    elif between.strip(":：-–"):
        return None
    else:
        value = collapse(all_text(parts[1]) + (parts[1].tail or ""))
    if not label or not value or len(label) > PAIR_LABEL_CHARS or label.endswith(SENTENCE_ENDS):
        return None
    if any(ch.isdigit() for ch in label) or word_count(label) > PAIR_LABEL_WORDS:
        return None
    text = f"{label}: {value}"
    if word_count(text) > FIELD_WORDS:
        return None
    one_block = not any(part.tag in BLOCK_TAGS for part in parts)
    if one_block and _FIELD.match(collapse(all_text(element))):
        return None  # "Rent: £950 pcm" in one block: ``_blocks`` weighs it
    return text


def _code_lines(pre: etree._Element) -> int:
    """The lines of a ``<pre>`` of the item's own code, none of them saying something is gone
    (a JSON error body, ``{"error": "Not Found"}``, is the site's answer shown as code, not
    the item's): 0 for that."""
    text = all_text(pre)
    lines = sum(1 for line in text.splitlines() if line.strip())
    return 0 if not lines or _says_gone(text) else lines


def _rated_list(element: etree._Element, start: etree._Element) -> int:
    """The lines of a list rated line by line (``_rated``), none another page's: a row of
    the item's details each, as the same table written in ``<tr>``s weighs."""
    items = [(li, text) for li in element if li.tag == "li" and (text := collapse(all_text(li)))]
    if not rated([text for _, text in items]):
        return 0  # most lists are not graded: their lines' links are not weighed
    lines = [text for li, text in items if not _linked(li, start)]
    return len(lines) if _rated(lines) else 0


def _fact_list(element: etree._Element, start: etree._Element) -> int:
    """The facts of a list written as a table of the item's details, a label and its value a
    line ("Kapacita 7 kg", "Otáčky 1400", "ขนาด ๓๕ ตารางเมตร", "حجم ۵۰۰ لیتر"): of its
    ``SECTION_LINES`` lines or more, none another page's (``_linked``), none a sentence, none
    saying something is gone, at least half and two hold a figure after a word
    (``_fact_line``); weighed a row each, as the same details in ``<tr>``s are. A help list
    holds no figure but a phone number, a clock time or a year, which are not facts here;
    its lines are said to the reader, often as sentences. Read off the lines' words, in any
    script and digits: a line's words are not counted (Thai runs its words together)."""
    lines = [collapse(all_text(li)) for li in element if li.tag == "li"]
    if len(lines) < SECTION_LINES or any(
        not line or line.endswith(SENTENCE_ENDS) or word_count(line) > FIELD_WORDS for line in lines
    ):
        return 0
    if any(_linked(li, start) for li in element if li.tag == "li"):
        return 0
    facts = sum(1 for line in lines if _fact_line(line))
    if facts < VARIANTS or 2 * facts < len(lines) or any(_says_gone(line) for line in lines):
        return 0
    return facts


def _fact_line(line: str) -> bool:
    """Whether a short line is a label and a value with a figure ("Objem 1,7 l", "ชั้น ๘"):
    a word of letters, then a number that is no phone number, clock time or year."""
    if not line[:1].isalpha():
        return False
    text = _PHONE.sub(lambda m: " " if _phone(m.group()) else m.group(), line)
    numbers = list(_NUMBER.finditer(text))
    return any(
        not _YEAR.fullmatch(m.group())
        and not _TIME.match(m.string, m.end())
        and not _TIME_BEFORE.search(m.string, 0, m.start())
        for m in numbers
    )


def _rated_lines(element: etree._Element) -> int:
    """The ``<br>`` lines of a paragraph rated line by line (``_rated``), labelled or not: a
    grade repeating down the lines is no rhyme and no help, whatever stands over it."""
    run, _ = line_run(element)
    lines = [text for line in run if (text := line_text(line))]
    return len(lines) if _rated(lines) else 0


def _own_lines(element: etree._Element, lead: bool) -> bool:
    """A paragraph of the item's own lines joined by ``<br>`` (``item_lines.line_run``) under
    a label of its own ("Ihre Aufgaben:<br>…"), a labelling paragraph or a subheading (not in
    the ``lead``), read as a list under a subheading is (``_subheaded_list``):
    ``SECTION_LINES`` lines or more, none another page's (a line mostly the words of a link
    away: other jobs' titles, "wróć na stronę główną") and none saying something is gone. A
    run of lines with no label over it is as often a not-found page's rhyme or its help broken
    into lines ("Check the address for typos<br>use the search box above<br>…"): it counts
    nothing here (``named`` reads stanzas its own way)."""
    run, labelled = line_run(element)
    if lead and not labelled:
        return False
    lines = [text for line in run if (text := line_text(line)) and not _linked_line(line, text)]
    return len(lines) >= SECTION_LINES and not any(_says_gone(line) for line in lines)


def _linked_line(line: list[etree._Element | str], text: str) -> bool:
    """Whether a line of a ``<br>`` run is mostly the words of links to other pages."""
    linked = 0
    for piece in line:
        if isinstance(piece, str):
            continue
        links = [piece] if piece.tag == "a" else list(piece.iter("a"))
        linked += sum(len(collapse(all_text(a))) for a in links if to_other_page(a))
    return linked >= LINK_DENSE * len(text)


def _own_list(element: etree._Element, start: etree._Element) -> bool:
    """A list of the item's own lines before its first subheading (a features list, a
    package's inclusions), its items not another page's (``_linked``), read as a section's
    lines are (``section_words``) to ``SECTION_WORDS``. A help box's list ("Use the search
    above.", "Browse our categories.") reads so too: a list weighs one, and the item is kept
    only with more of it beside the list."""
    lines = [collapse(all_text(li)) for li in element if li.tag == "li" and not _linked(li, start)]
    return section_words(lines) >= SECTION_WORDS


def _subheaded_list(element: etree._Element, start: etree._Element) -> bool:
    """A list under a subheading of the item's own (a job's duties, its requirements, a
    listing's features): ``SECTION_LINES`` items or more, each a line of words that is no
    other page's (``_linked``) and says nothing is gone. Its lines are read whatever their
    case or length ("Abgeschlossene Ausbildung als Elektroniker", "학력 무관", "Paid Time
    Off"): the subheading over them says whose they are, where a lead's list could be a help
    box's. A list weighs one, so a help list under "Tips" alone keeps nothing. A reference
    list's citations break into fragments ("… charges. J. Urban Stud. 16, 101 (2001)."), as
    ``line_words`` reads them: a withdrawn paper's references are not the paper kept."""
    lines = [
        text
        for li in element
        if li.tag == "li" and not _linked(li, start) and (text := collapse(all_text(li)))
    ]
    if len(lines) < SECTION_LINES or any(_says_gone(line) for line in lines):
        return False
    return not any(_fragmented(line) for line in lines)


def _rated(lines: list[str]) -> bool:
    """A list of terms and their grades ("SQL. Essential.", ``item_lines.rated``), none
    saying something is gone: its lines break at a full stop as a citation's do, and are the
    item's all the same."""
    return rated(lines) and not any(_says_gone(line) for line in lines)


def _fragmented(line: str) -> bool:
    """Whether a line breaks into sentences one of which is shorter than a line's sentence
    (``LINE_SENTENCE_WORDS``): a citation's "J." and "Urban Stud.", not "Staplerschein"."""
    sentences = [s for s in _LINE_SENTENCE.split(line.strip()) if s]
    return len(sentences) > 1 and any(word_count(s) < LINE_SENTENCE_WORDS for s in sentences)


def listed(root: etree._Element) -> int:
    """Items of the item's own content in the page's main area (``LISTED_TAGS``, links to
    files), chrome left out as ``main_area`` leaves it, but for the files a rail of links
    holds (an archived page listing its PDFs in a sidebar)."""
    start, inside = scope(root)
    found = 0
    for out, element in walk(start, inside):
        tag = element.tag
        if out:
            if isinstance(tag, str) and tag not in CHROME_TAGS:
                found += sum(1 for link in element.iter("a") if FILE.search(link.get("href") or ""))
        elif tag in LISTED_TAGS or (tag == "a" and FILE.search(element.get("href") or "")):
            found += 1
    return found


def own_file(root: etree._Element, heading: str | None) -> bool:
    """Whether the main area, chrome and all, offers a file named for the item: a word of its
    heading in the file's name or its link's words (an archived guideline kept as its PDF, a
    retired program's last release). Unlike ``Item.named_in`` a model code is not asked for:
    on a page that says only a notice no sibling model's documents stand beside it."""
    named = {word for word in _WORD.findall(fold(heading or "")) if len(word) >= OWN_FILE_LETTERS}
    if not named:
        return False
    start, _ = scope(root)
    for link in start.iter("a"):
        href = link.get("href") or ""
        if not FILE.search(href):
            continue
        words = set(
            _WORD.findall(fold(href.rsplit("/", 1)[-1] + " " + str(link.xpath("string()"))))
        )
        if named & words:
            return True
    return False
