"""Words of absence that are a live page's subject, or a note on its item, not its state.

The phrase book finds "This product has been discontinued", "Page not found" or "404 Not Found"
wherever they stand, and ``classify.gone`` measures how loudly a page says them. Three kinds of
live page say them loudly and are still there for their readers (review 10's eighth blind set
found each called soft-dead):

- **a notice over the item's own content** (``_over_item``): a discontinued product's support
  page, a filled job, a sold flat, a withdrawn paper, under a heading naming the item that the
  title carries too, says so at the top and goes on with the item itself: its specifications
  (rows, a description list, figures), its files and media, a section of its own (an abstract).
  A page whose item is gone says the notice and offers only an apology, a help line and other
  items (rails and link lists, which ``classify.main_area`` already sets aside);
- **words the title or heading quotes** (``_quoted``): a question "Why does nginx show “Page not
  found”?" shows the error in its text, a review of the album “Page Not Found” names it in its
  title: the page's subject, which its title or heading sets off in quotation marks;
- **an error's name the text defines** (``_defined``): an HTTP reference page titled "404 Not
  Found" names the error inside the sentences that explain it ("The HTTP 404 Not Found status
  code indicates that…"); a not-found page says it of the visitor's page, in a sentence of its
  own (the phrase book's direct statements), which this reading leaves alone.

Each reading turns the statements it explains into mentions (a share of their strength, never
said plainly: ``evidence.said_plainly``) and writes why into their note, so the editor reads it
in the verdict's reason. Nothing here convicts; a page whose made-up sibling answers alike, or
that says it plainly elsewhere, is judged on that. Only pages with a statement said plainly are
read at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from curator.classify.gone_facts import GoneFacts
from curator.classify.main_area import HEADING_TAGS, Block, MainArea, is_chrome, landmark
from curator.classify.phrases import find
from curator.classify.prose import HTTP_STATUS_CODES, prose_words
from curator.classify.statement import EMBEDDED_SHARE, QUOTED_SHARE, Kind, Statement
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract import PageMeta

# -- a notice over the item's own content ---------------------------------------------------
# From this much of the item's own content under its heading (figures, rows, files, media; a
# section of its own counts twice), a notice on its state is a note on a page still answering
# for it: one figure is a phone number or a date, one link a successor's page.
ITEM_CONTENT = 2
# Words of prose (``prose.prose_words``: sentences of ten words and more, mostly in lower case)
# in one paragraph under a subheading that make it a section of the item's own ("Abstract",
# "Description"): a help box says a line ("Need help? Contact support").
SECTION_WORDS = 15
# A field of the item's: a label of a few words, a colon, a value with a figure ("Wohnfläche:
# 58 m²", "Время работы: до 45 минут", "出力：10 W"), the whole a short line.
_FIELD = re.compile(r"^[^\W\d][^\s:：]*(?:\s[^\s:：]+){0,2}\s*[:：]\s*(?:\S+\s){0,2}\S*\d")
FIELD_WORDS = 8
# Figures count in a field or in a block of at least this many words: a sentence giving a size,
# a price or a rating. A short run of numbers under a heading (a metrics line "2130 accesses
# 296 citations", a date line) is the template's, printed over every page.
FIGURE_WORDS = 5
# A number: digits with their group and decimal marks, or a phone number's groups in a row.
_NUMBER = re.compile(r"\d+(?:[ .,\u00a0\u202f]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A run of this many digits without a decimal mark is a phone or an order number.
PHONE_DIGITS = 7
_TIME = re.compile(r"[:h]\d\d")
_TIME_BEFORE = re.compile(r"\d[:h]$")
# What a page links to that is the item's own: its manual, datasheet, firmware, recording.
_FILE = re.compile(r"\.(?:pdf|zip|docx?|xlsx?|pptx?|epub|mp3|mp4|exe|dmg|bin|img)(?:[?#]|$)", re.I)
_ITEM_TAGS = frozenset({"dt", "video", "audio"})

# -- quoted words ---------------------------------------------------------------------------
_QUOTES = re.compile(
    r"“([^”“]{2,80})”|„([^“”„]{2,80})[“”]|«\s*([^»«]{2,80}?)\s*»|「([^」]{2,80})」|『([^』]{2,80})』"
    r"|《([^》]{2,80})》|\"([^\"]{2,80})\"|(?:^|(?<=\s))'([^']{2,80})'(?=$|[\s,.:;!?)])"
)
# Title separators between the page's own name and the site's, as ``gone`` reads them.
_SEGMENTS = re.compile(r"\s+(?:[|·•»~/]|::|[-–—]{1,2})\s+|\s*[|｜]\s*")
# Letters outside the quotation marks that make a title or heading more than the quoted words
# ("Review:", "Ausstellung", "刷新页面提示…怎么办"): it is about them.
OUTSIDE_LETTERS = 3

# -- a defined term -------------------------------------------------------------------------
# A sentence that names the error after other words of its own and goes on past it, this
# long, explains the error ("The HTTP 404 Not Found status code indicates…"). Chinese and
# Japanese count characters.
DEFINING_WORDS = 8
DEFINING_CHARS = 24
# The error's name: a title or heading this short, naming an HTTP status code.
TERM_CHARS = 60
_CODE = re.compile(r"(?<!\d)\d{3}(?!\d)")
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]?")
_CLOSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def reread(
    facts: GoneFacts,
    page: PageMeta,
    parsed: tuple[etree._Element, Callable[[], MainArea]] | None,
) -> GoneFacts:
    """``facts`` with the statements that are the page's subject or a note on its item turned
    into mentions, each with why. Pages with no statement said plainly are returned as they
    are, unread. ``parsed`` is the page's root and its main area, read once for the page."""
    if not _plainly(facts):
        return facts
    facts = _quoted(facts, page)
    if parsed is None or not _plainly(facts):
        return facts
    root, main = parsed
    blocks: tuple[Block, ...] = main().blocks
    facts = _defined(facts, page, blocks)
    return _over_item(facts, page, root, blocks)


def _plainly(facts: GoneFacts) -> bool:
    said = (facts.title, facts.heading, facts.direct, facts.label, facts.main)
    return any(s is not None and s.plain for s in said)


def _mention(statement: Statement | None, share: float, why: str) -> Statement | None:
    if statement is None or not statement.plain:
        return statement
    note = f"{statement.note}, {why}"
    return replace(statement, strength=statement.strength * share, plain=False, note=note)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _words(text: str) -> int:
    close = len(_CLOSE.findall(text))
    return len(text.split()) + close // 2


# -- quoted words ---------------------------------------------------------------------------


def _quoted_statements(value: str | None) -> list[str]:
    """The quoted words of a title or heading that say a page is gone, where the title or
    heading has words of its own outside the quotation marks."""
    if not value:
        return []
    found: list[str] = []
    for match in _QUOTES.finditer(value):
        words = next(group for group in match.groups() if group is not None)
        # the quotation's own segment of a title ("Oops – “Page not found” | Site" has none
        # around it: the site's name and an interjection are not what a title is about)
        before = _SEGMENTS.split(value[: match.start()])[-1]
        after = _SEGMENTS.split(value[match.end() :])[0]
        if _letters(before + after) < OUTSIDE_LETTERS:
            continue
        if find(f"{before} {after}", (Kind.DIRECT, Kind.LABEL, Kind.CODE)) is not None:
            continue  # "404 Not Found「ページが見つかりません」" says it besides what it quotes
        if find(words, (Kind.DIRECT, Kind.LABEL, Kind.CODE)) is not None:
            found.append(words.casefold())
    return found


def _unsaid(statement: Statement | None) -> bool:
    return statement is None or not statement.plain


def _within(words: str, quoted: list[str]) -> bool:
    folded = words.casefold().strip()
    return bool(folded) and any(folded in q or q in folded for q in quoted)


def _quoted(facts: GoneFacts, page: PageMeta) -> GoneFacts:
    """Statements whose words the title or heading quotes. The text's: the page shows the
    words it is about (a question's error output, a review's album). The title's whose words
    the heading quotes (and the heading's, the title quotes): the name of a work."""
    # a title or heading that says it plainly besides what it quotes ("Error 404 – “Page not
    # found”") is a message itself: its quotation marks explain nothing away
    in_title = _quoted_statements(page.title) if _unsaid(facts.title) else []
    in_heading = _quoted_statements(page.h1) if _unsaid(facts.heading) else []
    quoted = in_title + in_heading
    if not quoted:
        return facts
    why = "the words the page's title or heading quotes as its subject"
    changes: dict[str, Statement | None] = {}
    for name in ("direct", "label", "main"):
        statement: Statement | None = getattr(facts, name)
        if statement is not None and _within(statement.words, quoted):
            changes[name] = _mention(statement, QUOTED_SHARE, why)
    if facts.title is not None and in_heading and _within(facts.title.words, in_heading):
        changes["title"] = _mention(facts.title, QUOTED_SHARE, "a name the heading quotes")
    if facts.heading is not None and in_title and _within(facts.heading.words, in_title):
        changes["heading"] = _mention(facts.heading, QUOTED_SHARE, "a name the title quotes")
    return replace(facts, **changes) if changes else facts  # type: ignore[arg-type]


# -- a defined term -------------------------------------------------------------------------


def _defining(blocks: tuple[Block, ...], term: str) -> list[str]:
    """The sentences of the main area that name ``term`` after words of their own and go on
    past it: sentences explaining the term, not a message made of it."""
    found: list[str] = []
    for block in blocks:
        if block.heading:
            continue
        for sentence in _SENTENCE.findall(block.text):
            folded = sentence.casefold()
            at = folded.find(term)
            if at < 0:
                continue
            before, after = sentence[:at], sentence[at + len(term) :]
            long = _words(sentence) >= DEFINING_WORDS or len(sentence) >= DEFINING_CHARS
            if _letters(before) and _letters(after) >= OUTSIDE_LETTERS and long:
                found.append(folded)
    return found


def _defined(facts: GoneFacts, page: PageMeta, blocks: tuple[Block, ...]) -> GoneFacts:
    """The error's name in the title and heading, where the text names it only inside the
    sentences that explain it and never tells the visitor their page is missing."""
    named = facts.heading if facts.heading is not None else facts.title
    if named is None or not named.plain or named.kind is Kind.DIRECT:
        return facts
    if facts.direct is not None or (facts.main is not None and facts.main.kind is Kind.DIRECT):
        return facts  # "the page you requested…": said of the visitor's page
    term = (page.h1 if facts.heading is not None and page.h1 else named.words).strip().casefold()
    if len(term) > TERM_CHARS or not HTTP_STATUS_CODES & set(_CODE.findall(term)):
        return facts  # a reference names the status code it documents ("410 Gone")
    if _letters(term) < OUTSIDE_LETTERS:
        return facts  # a bare "404" is a code, not a name: "you've hit a 404" is a message
    sentences = _defining(blocks, term)
    if not sentences:
        return facts
    why = "the name of the error the text explains in its sentences"
    changes: dict[str, Statement | None] = {
        "title": _mention(facts.title, EMBEDDED_SHARE, why),
        "heading": _mention(facts.heading, EMBEDDED_SHARE, why),
    }
    for name in ("label", "main"):
        statement: Statement | None = getattr(facts, name)
        words = statement.words.casefold() if statement is not None else ""
        if words and any(words in sentence for sentence in sentences):
            changes[name] = _mention(statement, EMBEDDED_SHARE, "inside a sentence explaining it")
    return replace(facts, **changes)  # type: ignore[arg-type]


# -- a notice over the item's own content ---------------------------------------------------


def _over_item(
    facts: GoneFacts, page: PageMeta, root: etree._Element, blocks: tuple[Block, ...]
) -> GoneFacts:
    """Text statements that are a notice on the item's state, on a page that still carries the
    item under its own name: the heading names it (the title carries it, it is no sentence),
    the title and heading say nothing plainly, and the item's content follows the notice."""
    h1, title = (page.h1 or "").strip(), page.title or ""
    if not h1 or h1.endswith(SENTENCE_ENDS) or h1.casefold() not in title.casefold():
        return facts
    if any(s is not None and s.plain for s in (facts.title, facts.heading)):
        return facts
    notices = [s for s in (facts.direct, facts.label, facts.main) if s is not None and s.plain]
    if not notices:
        return facts
    content = _item_content(blocks, h1, [s.words.casefold() for s in notices])
    content.update(_item_elements(root))
    if sum(content.values()) < ITEM_CONTENT:
        return facts
    shown = ", ".join(f"{count} {what}" for what, count in content.items() if count)
    why = f"a notice on the item's state over its own content under “{h1[:60]}” ({shown})"
    return replace(
        facts,
        direct=_mention(facts.direct, EMBEDDED_SHARE, why),
        label=_mention(facts.label, EMBEDDED_SHARE, why),
        main=_mention(facts.main, EMBEDDED_SHARE, why),
    )


def _item_content(blocks: tuple[Block, ...], h1: str, notices: list[str]) -> dict[str, int]:
    """The item's figures and own sections in the main area's blocks after its heading,
    leaving out the notice's blocks and any block that says something is gone. Under the
    heading, before any subheading, the figures of its sentences are the item's (a price, a
    size, a salary).
    Under a subheading, a section is the item's own when it reads as prose (an abstract, a
    description), and its figures count in fields ("Suction power: 180 W"): a template's
    list of references or teasers under every page is neither."""
    # a heading outside the main area (in the template's header) stands before all of it
    start = next((i for i, b in enumerate(blocks) if b.heading and b.text.strip() == h1), -1)
    numbers: set[str] = set()
    sections = fields = 0
    section: list[str] | None = None  # the open subsection's text, once one has begun
    skipping = False  # under a subheading said to the reader
    for block in blocks[start + 1 :]:
        folded = block.text.casefold()
        if block.heading:
            sections += _own_section(section)
            # a heading that is a sentence said to the reader ("Need help?") opens no section
            # of the item's own
            section = None if block.text.strip().endswith(SENTENCE_ENDS) else []
            skipping = section is None
            continue
        if skipping:
            continue
        if any(n in folded for n in notices) or _says_gone(block.text):
            continue
        field = bool(_FIELD.match(block.text)) and block.words <= FIELD_WORDS
        fields += field
        if field or (section is None and _words(block.text) >= FIGURE_WORDS):
            numbers.update(m.group() for m in _NUMBER.finditer(block.text) if _figure(m))
        if section is not None:
            section.append(block.text)
    sections += _own_section(section)
    return {"figures": len(numbers), "fields": fields, "sections": 2 * sections}


def _own_section(section: list[str] | None) -> int:
    """A paragraph of prose of its own (an abstract, a description), not a run of one-line
    teasers or references."""
    return 1 if section and max(map(prose_words, section)) >= SECTION_WORDS else 0


def _says_gone(text: str) -> bool:
    return find(text, (Kind.DIRECT, Kind.LABEL)) is not None


def _figure(match: re.Match[str]) -> bool:
    """A number of the item's own (a size, a price, a rating): two digits or more, or a
    decimal; not a year, a status code, a clock time or a phone number (the help line under
    a notice), nor the single digits of opening days and counts."""
    number = match.group()
    digits = sum(ch.isdigit() for ch in number)
    decimal = any(mark in number for mark in ".,")
    if not decimal and (digits < 2 or digits >= PHONE_DIGITS):
        return False
    if _TIME.match(match.string, match.end()) or _TIME_BEFORE.search(
        match.string, 0, match.start()
    ):
        return False
    return not _YEAR.fullmatch(number) and number not in HTTP_STATUS_CODES


def _item_elements(root: etree._Element) -> dict[str, int]:
    """Rows, terms, media and links to files after the first main heading, outside chrome."""
    scope = landmark(root)
    start = scope if scope is not None else root
    inside = scope is not None
    seen_h1 = scope is not None and next(scope.iter("h1"), None) is None
    rows = files = 0
    walker = etree.iterwalk(start, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element is not start and is_chrome(element, inside):
            walker.skip_subtree()
            continue
        if not seen_h1:
            seen_h1 = tag == "h1"
            continue
        if tag in _ITEM_TAGS or (tag == "tr" and element.find("td") is not None):
            rows += 1
        elif tag == "a" and _FILE.search(element.get("href") or ""):
            files += 1
        elif tag in HEADING_TAGS and tag == "h1":
            break
    return {"rows or media": rows, "files": files}
