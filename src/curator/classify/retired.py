"""A notice of the item's state, and whether the item is still there under it.

Health libraries, agencies and help centres mark content they no longer stand behind in the
same few ways: "This article has been retired", "archived and no longer reviewed", "replaced
by ...", "wird nicht mehr geprüft", "gearchiveerd". Some leave the item under the notice, kept
for reference; others take it down and leave the notice alone, with a way back to the library
or a pointer to what replaced it. The words are the same; what an editor reads is what stands
beside them:

- **retired, nothing left** (``read_retired``): the notice stands where the item would be (the
  heading, or the main area's first blocks), and nothing of the item is beside it
  (``item_notice.beside``: none of the item's own content, at most a line of apology or advice
  under its heading: "search our library"; a related rail, a reference list and the
  chrome are not the item's), no list, table, file, media or picture of the item's
  (``item_content.listed``, ``thin.main_pictures``): the page is the notice. This is a sign of
  its own (``evidence``, ``retired``), said plainly. The notice is said of the cited content
  itself (``notice``: "this article", "dieser Beitrag", or a sentence that is the statement
  alone), never of a thing the page describes: a short live page about a withdrawn locomotive,
  a decommissioned plant or a retired doctor says "was withdrawn" of its subject (review 12
  convicted twelve such pages). A file named for the item (an archived guideline's PDF, a
  retired program's last release) is the item still there (``item_content.own_file``).
- **kept under the notice** (``item_notice.over_item``): the same notice over the item's own
  content (a paragraph, a list of its recommendations) is a note on a page still there: a
  phrase-book statement matching it is a mention, with why.

The wordings live in ``gone_phrases.json``'s ``retired`` section, one entry per language, with
examples and look-alikes tested in ``tests/test_softdead_retired.py``. Only thin pages are read
(``inspect`` asks below ``pointer.THIN_PAGE_WORDS``) and only after the section's gate words
are found in the text: nearly every page costs one pass of an automaton.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

import ahocorasick
from lxml import etree

from curator.classify.address import fold, own_heading, shares_none, subject_words
from curator.classify.continuation import reported, reporter_before
from curator.classify.framing import conditional
from curator.classify.item_cards import without_cards
from curator.classify.item_content import listed, own_file
from curator.classify.item_notice import Beside, beside
from curator.classify.main_area import MainArea
from curator.classify.own_content import CONTENT_ITEMS
from curator.classify.phrase_book import phrase_book
from curator.classify.phrases import absence_word
from curator.classify.prose import SENTENCE_BREAK
from curator.classify.quotation import quoted
from curator.classify.reader import owned_by_reader
from curator.classify.removal import act_gated, acts, says_act
from curator.classify.scripts import SYLLABLES_PER_WORD, by_syllable
from curator.classify.title_segments import QUESTION_MARKS, SENTENCE_ENDS, TITLE_SEPARATORS
from curator.extract.clean import collapse

# The notice stands where the item would be: in the heading or the main area's first blocks.
LEAD_BLOCKS = 2
# Characters of the text after the heading read for a notice on a page past the thin gate: a
# database's or a shop's full chrome around an entry that is only its notice.
LEAD_CHARS = 300
# Words beside an expired link's notice up to which nothing of what it led to is left: one
# sentence of advice as long as a notice's (``item_notice.NOTICE_WORDS``: "Bitte wenden Sie
# sich an die Person, die ihn geteilt hat.", "Pide a quien te lo envió que vuelva a
# compartirlos contigo."). A link has no words of its own: what it led to is files, a
# document or a download, counted as content (``item_content``), never as words. A moved
# page's line on where its content is now is as long ("U vindt de informatie nu op de website
# van de afvaldienst."), and the same allowance holds for it (``_moved``).
ADVICE_WORDS = 16
# Figures that line may hold: the date the item ended or the time it was kept ("Pastes are kept
# for 30 days", "Die Praxis wurde mit 1.10.2025 geschlossen"), said in a sentence. One at most:
# a price, a size or a salary beside the notice is the item still shown.
ADVICE_FIGURES = 1


@dataclass(frozen=True, slots=True)
class Retired:
    """A notice of the item's state standing alone where the item would be."""

    notice: str  # the state statement's words, as the page wrote them
    rest: int  # words of the lead under the heading besides the notice (``item_notice``)

    @property
    def says(self) -> str:
        return (
            f"says “{self.notice}” of its item, and nothing of it is left: "
            f"{self.rest} words besides the notice and the chrome, none of them the item's"
        )


# The phrase book's sections of an item's state read here: retired (archived, withdrawn, no
# longer reviewed), expired (a shared, download, invitation or reset link, a listing that
# expired; never an event, an offer or a sale that ended, which a live page reports) and
# delisted (a listing or product taken off sale: "Oferta zakończona", "该商品已下柜"; the same
# words over the item's price, photos or specs are a sold-out product still shown) and ended (a
# form closed to responses, a short link disabled, a post or paste deleted, an account made
# private: "This form is now closed", "Это закрытый профиль"; the same state over the form's
# results or the profile's posts is a live page's remark).
SECTIONS = ("retired", "expired", "delisted", "ended")


def _entries() -> list[tuple[str, str, dict[str, Any]]]:
    """Each language entry of the sections, as (section, language, entry)."""
    return [
        (section, code, entry)
        for section in SECTIONS
        for code, entry in phrase_book()[section].items()
        if code != "about"
    ]


# The sections whose statement may stand alone ("Archived.", "公開を終了しました。"): a bare
# "Expired" is a name (a dictionary's headword, a photo's or a song's title, a voucher's badge),
# so an expired notice must name the link it is said of.
ALONE = ("retired",)


@cache
def _content() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Per language, its section, its state patterns and the words that name the cited
    content itself."""
    return tuple(
        (
            section,
            re.compile("|".join(f"(?:{p})" for p in entry["state"]), re.IGNORECASE),
            re.compile("|".join(f"(?:{p})" for p in entry["content"]), re.IGNORECASE),
        )
        for section, _, entry in _entries()
    )


@cache
def _expiry_words() -> tuple[str, ...]:
    return tuple(
        word for section, _, entry in _entries() if section == "expired" for word in entry["gate"]
    )


def names_expiry(address: str) -> bool:
    """Whether the cited address's path names expiry ("/articles/download-link-expired",
    "/word/expired"). An address is made while its item is there, so a link that later expired
    cannot name it: a page at such an address is about expiry (a help article on expired
    links, a headword), whatever it says. The address asked for, not where it led: a site may
    send an expired link on to its own "/link-expired" page."""
    path = re.sub(r"[-_/+.]+", " ", unquote(urlsplit(address).path)).lower()
    return any(word in path for word in _expiry_words())


# The sections ``state`` reads for the other readers (``item_notice``, ``named``): a listing's
# end of sale (``delisted``) is read only as ``read_retired``'s notice, where nothing of the item
# is left; elsewhere its words ("is no longer available", "ya no está disponible") are the
# phrase book's own statements, weighed as they were.
STATE_SECTIONS = ("retired", "expired")


@cache
def _section() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (code, re.compile("|".join(f"(?:{p})" for p in entry["state"]), re.IGNORECASE))
        for section, code, entry in _entries()
        if section in STATE_SECTIONS
    )


@cache
def _gate() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for _, _, entry in _entries():
        for word in entry["gate"]:
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def gated(text: str) -> bool:
    """Whether ``text`` holds a gate word of the section: only then can a notice match."""
    for _ in _gate().iter(text.lower()):
        return True
    return False


def opens(text: str) -> bool:
    """Whether ``read_retired`` may find anything in ``text``: a gate word of the sections, or
    an act of removal (the phrase book's ``acts``: "حُذف هذا الموضوع من قبل الإدارة", "A
    feltöltő eltávolította ezt a videót"). It reads a notice or an act (``acted``), so its gate
    opens for either: an act said in none of the sections' words is a notice as well."""
    return gated(text) or (act_gated(text) and acts().search(text) is not None)


def state(text: str) -> re.Match[str] | None:
    """The first statement of an item's state in ``text``, in any of the section's languages."""
    best: re.Match[str] | None = None
    for _, pattern in _section():
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


def notice(text: str, sections: tuple[str, ...] = SECTIONS) -> re.Match[str] | None:
    """The first statement of state in ``text`` that is said of the cited content itself: the
    words before it in its sentence name the content ("This article has been retired", "Dieser
    Beitrag wurde archiviert") or the sentence is the statement alone ("Archived.", "公開を終了
    しました。"). "The locomotive was withdrawn in 1960", "Dr Holt is now retired", "API v1 was
    replaced by API v2", "Fue retirada en 2001" speak of a thing the page describes, which a live
    page about it says. A question ("Why does my reset link say it has expired?") asks about a
    state, a condition ("If your code has expired, request a new one") supposes one and a quoted
    statement (“This link has expired”) talks about one: none says it (``framing``). Only the
    phrase book's ``sections`` are read."""
    for line in text.split("\n"):
        for sentence in SENTENCE_BREAK.split(line):
            for section, pattern, content in _content():
                match = pattern.search(sentence) if section in sections else None
                if match is None or _framed(sentence, match):
                    continue
                beside = sentence[: match.start()] + sentence[match.end() :]
                if content.search(sentence[: match.end()]) or (
                    section in ALONE and not any(ch.isalnum() for ch in beside)
                ):
                    return match
    return None


def leads_with(text: str, h1: str | None) -> bool:
    """Whether the page's heading or the text right after it (its start, without one) holds a
    notice on the item's state: a page whose chrome is too long for the thin gate is read only
    then (``LEAD_CHARS`` of text, its gate words first: a long page's whole text is never read
    here). The heading is where the item's name would stand, so a notice set as the heading
    ("Ce transfert a expiré", "共有リンクの有効期限が切れています") stands where the item
    would be, as ``read_retired`` reads it."""
    lead = _lead(text, h1)
    return opens(lead) and (notice(lead) is not None or acted(lead) is not None)


def acted(lead: str) -> re.Match[str] | None:
    """The first act of removal done to the item in ``lead`` (the phrase book's ``acts``: "Topic
    removed", "Этот журнал был удалён пользователем", "Myyjä on poistanut ilmoituksen", "foi
    removido pela moderação"), said as the page's notice and not of the reader's thing ("removed
    from your basket"), a view of the site ("removed from search results", ``removal.says_act``)
    or in a question, a condition or a quote. An act is done to something: where it stands in
    the heading or the main area's first blocks, with nothing of the item left beside it
    (``read_retired``), what was removed is the item the address gave, whatever the site calls
    it ("topic", "journal", "lyrics", "ilmoitus"), so no noun of the item is asked for."""
    heading = lead.split("\n", 1)[0].rstrip()
    if heading.endswith(QUESTION_MARKS):
        # "What does 410 Gone mean?", "Why did my job ad disappear?": a help page's topic, whose
        # answer says the act of a kind of item ("Job pages are deleted if nobody renews")
        return None
    for line in lead.split("\n"):
        for sentence in SENTENCE_BREAK.split(line):
            match = acts().search(sentence)
            if match is None or _framed(sentence, match):
                continue
            if _readers(sentence, match.start(), match.end()) or _expiry(match.group(0)):
                continue
            if says_act(sentence[match.start() : match.end()], sentence[match.end() :]):
                return match
    return None


def _expiry(words: str) -> bool:
    """Whether an act is an expiry ("expired", "abgelaufen", "verlopen"): said of milk, a session
    or a secret note as readily as of a listing, it is the ``expired`` section's, read only of
    the link or listing it names."""
    folded = words.casefold()
    return any(word in folded for word in _expiry_words())


def _readers(sentence: str, start: int, end: int) -> bool:
    """Whether the act at ``start:end`` of ``sentence`` is done to the reader's own thing: a
    second person's possessive before it ("If your post was removed") or in the two words after
    it ("Removed from your basket"), as a help page or a toast says it."""
    before = sentence[:start].split()
    after = sentence[end:].split()[:2]
    return any(
        owned_by_reader(" ".join(["…", *before[: at + 1]])) for at in range(len(before))
    ) or any(owned_by_reader(f"{sentence[:end]} {word}") for word in after)


def lead_gated(text: str, h1: str | None) -> bool:
    """Whether the lead ``leads_with`` reads holds a gate word or an act (``opens``): without
    one it finds no notice.
    A caller asks this first and ``leads_with`` last, behind cheaper conditions of its own
    (``notice`` tries every language's patterns on each sentence of the lead: 4 ms a lead)."""
    return opens(_lead(text, h1))


def _lead(text: str, h1: str | None) -> str:
    found = text.find(h1) if h1 else -1
    heading = h1 if h1 and found >= 0 else ""
    at = found + len(heading) if heading else 0
    return f"{heading}\n{text[at : at + LEAD_CHARS]}"


def shows_item(pictures: list[str] | None) -> bool:
    """Whether the main area shows something of the item's own (``pictures`` as
    ``thin.main_pictures`` gives them: None for a player, a table or a form; a picture with
    words of its own): then no notice is the page's, and ``read_retired`` reads none."""
    return pictures is None or any(_of_item(shown) for shown in pictures)


def _framed(sentence: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    return (
        quoted(sentence, start, end)
        or conditional(sentence, start, end)
        or owned_by_reader(sentence[:start]) is not None
        or sentence.rstrip().endswith(("?", "？", "؟"))
        # "Urząd poinformował, że wpis został usunięty": news of another's act, as a reporting
        # tail makes it (``read_retired``)
        or reporter_before(sentence[:start]) is not None
    )


def _own_blocks(area: MainArea, h1: str | None) -> list[str]:
    heading = (h1 or "").strip()
    return [block.text for block in area.blocks if not (heading and block.text == heading)]


def read_retired(
    root: etree._Element,
    area: MainArea,
    h1: str | None,
    pictures: list[str] | None,
    address: str = "",
    title: str | None = None,
) -> Retired | None:
    """The notice of a page (``extract.Document.root``) whose item is retired and gone, or
    None. ``area`` is its main area; ``pictures`` are the main area's pictures' words
    (``thin.main_pictures``: None when it holds a player, a table or a form); ``address`` is
    the cited address (an expired notice at one that names expiry is a help page's heading,
    ``names_expiry``). A listing's end of sale (``delisted``) is read in the heading or under
    one that names nothing of its own (``_under_item``: an apology, "Oops!"), as a marketplace
    answers a record it no longer has; under a heading naming the item the shop still keeps
    its page ("Posture corrector v1": "This product is no longer available. See the newer
    model.", DEV ``discontinued``) and a report's headline names what it reports on ("Solis
    retire sa crème solaire de la vente": "Ce produit n'est plus disponible en magasin", DEV
    ``live-mk22b-report``)."""
    if shows_item(pictures):
        return None  # something of the item's to play, read or fill in, or a picture of it
    blocks = _own_blocks(area, h1)
    lead = "\n".join([h1 or "", *blocks[:LEAD_BLOCKS]])
    sections: tuple[str, ...] = ("retired",) if names_expiry(address) else SECTIONS
    under = _under_item(root, h1, title, address)
    if under:
        # under the item's name a listing's end of sale is a note or a report on it
        sections = tuple(section for section in sections if section != "delisted")
    found = notice(lead, sections)
    if found is None and not under and "delisted" in sections:
        found = acted(lead)  # under the item's name an act is a note on a part of it
    if found is None or (under and not _names_heading(found, h1)):
        return None
    if reported(lead, found.end()) is not None:
        return None  # "Der Beitrag wurde gelöscht, sagte ein Sprecher": news of another's act
    notices = [found.group(0).casefold()]
    near = beside(root, area.blocks, h1, address, notices, _restates)
    # an expired link's or an ended item's advice, or a move's line on where the content is
    # now, is the notice's
    forwarded = _advised(found.group(0)) or _moved(found.group(0)) or _acts_only(found)
    left = near.nothing or (forwarded and _advice(near, by_syllable(lead)))
    # the site's ways on (its help centre, other items' cards) are no list of the item's: its
    # lists are counted without them, as ``beside`` counts the rest
    if not left or listed(without_cards(root, address, notices)[0]) >= CONTENT_ITEMS:
        return None
    if own_file(root, h1):
        return None
    return Retired(found.group(0), near.words)


def _advice(near: Beside, syllables: bool = False) -> bool:
    """Whether what stands beside a forwarding notice is a line of advice: at most
    ``ADVICE_WORDS`` words, nothing of the item's content but a date or a period said in them.
    A text written a syllable at a time (``syllables``: Vietnamese) counts its spaced tokens as
    syllables, ``scripts.SYLLABLES_PER_WORD`` to a word: "Mời quý khách truy cập trang web mới
    của chúng tôi để xem các tour du thuyền." is seventeen syllables and some twelve words, a
    sentence of advice as long as any other language's."""
    figures = near.content.get("figures", 0)
    words = near.words / SYLLABLES_PER_WORD if syllables else near.words
    return (
        words <= ADVICE_WORDS
        and near.weight == figures <= ADVICE_FIGURES
        and (not figures or near.words > 0)
    )


@cache
def _moves() -> tuple[str, ...]:
    return tuple(stem for _, _, entry in _entries() for stem in entry.get("moves", ()))


def _moved(words: str) -> bool:
    """Whether the notice's statement is a move ("has moved", "is verhuisd", "została
    przeniesiona", the phrase book's ``moves``): the line after it saying where the content
    is now ("Les menus sont désormais sur le portail famille.") forwards the reader, as an
    expired link's advice does, and is no more the item's words than that advice is."""
    folded = words.casefold()
    return any(stem in folded for stem in _moves())


def _of_item(shown: str) -> bool:
    """Whether a picture's words (its alt text or file name, ``thin.main_pictures``) may show
    the item: any words but the section's own state ("expired.svg", "link-expired.png"), which
    illustrate the notice, not what it was said of."""
    return any(ch.isalpha() for ch in shown) and not gated(shown)


def _restates(sentence: str) -> object:
    """Whether a short sentence beside the notice states the item's state again: the
    section's own statement, or a word of absence ("Die Dateien sind nicht mehr verfügbar.",
    "Les fichiers ont été supprimés de nos serveurs."), part of the notice, not the item's."""
    return state(sentence) or absence_word(sentence)


def _under_item(root: etree._Element, h1: str | None, title: str | None, address: str = "") -> bool:
    """Whether the page's heading names its item, the notice standing under it: a heading of
    its own (``address.own_heading`` against the cleaned ``title``), or the name the page's
    ``<title>`` gives before the site's (``_titled``). A heading saying an act of removal
    ("Topic removed") names what was done, not the item, unless it also names what the
    address names: "Wpis ministra został ukryty lub usunięty" at ``/2025/06/wpis-ministra`` is
    a story's headline about another's act, the story itself the page's item."""
    return (
        bool(h1)
        and notice(h1 or "") is None
        and (acted(h1 or "") is None or _names_address(h1 or "", address))
        and (own_heading(h1, title) or _titled(root, h1))
    )


def _names_address(heading: str, address: str) -> bool:
    """Whether ``heading`` names a subject word of ``address``'s last segment."""
    words = subject_words(address) if address else ()
    return bool(words) and not shares_none(words, heading)


def _titled(root: etree._Element, h1: str | None) -> bool:
    """Whether the page's ``<title>`` gives its heading as the page's name, before the site's
    ("Solis retire sa crème solaire de la vente | Le Matin", "Fly reel 5/6 wt - Harbor
    Tackle"). The cleaned title drops a site's name that a heading repeats, so a headline
    titled so reads as the title alone, as a site's name set as the heading does; but a site's
    name is the whole title or its last segment, never the first of several. A report's
    headline is the page's own: "Ce produit n'est plus disponible en magasin" under it is what
    the report says of the product its headline names, not the listing's notice to a visitor
    (a shop answers a removed listing under its own name, or under an apology or the notice)."""
    heading = (h1 or "").strip()
    segments = [s for s in TITLE_SEPARATORS.split(collapse(root.findtext(".//title") or "")) if s]
    return (
        len(segments) > 1
        and not heading.endswith(SENTENCE_ENDS)
        and fold(" ".join(segments[:-1])) == fold(heading)
    )


def _names_heading(found: re.Match[str], h1: str | None) -> bool:
    """Whether a notice found under a heading that names an item may be the item's own: any
    notice but the ``ended`` section's; one whose sentence repeats the heading ("Parish fete
    stall booking" over "The form Parish fete stall booking is no longer accepting
    responses"); one under a heading that is a name, naming no form, link, post or account
    ("Julia Weiß" over "Dieses Profil ist privat"); or one under a heading that is part of the
    notice, saying a state or an absence itself ("Link gesperrt", "Publicação indisponível").
    A headline that names the item's kind and says no state reports on one ("Мэрия закрыла
    опрос о новом парке" over "Опрос завершён: в нём приняли участие 5 400 жителей"); the
    platform's own notice stands under the item's name or its own heading."""
    if not _in_section(found.group(0), "ended"):
        return True
    heading = h1 or ""
    if fold(heading).strip() in fold(found.string) or gated(heading) or absence_word(heading):
        return True
    return not any(
        content.search(heading) for section, _, content in _content() if section == "ended"
    )


def _acts_only(found: re.Match[str]) -> bool:
    """Whether the notice is an act of removal no section reads (``acted``): its line of advice
    ("If you think this was a mistake, contact a keymaster") is the notice's, as a deleted
    post's is (``_advised``)."""
    return acts().fullmatch(found.group(0)) is not None and not _in_section(
        found.group(0), *SECTIONS
    )


def _in_section(words: str, *names: str) -> bool:
    """Whether the statement ``words`` is one of the phrase book's sections ``names``."""
    return any(pattern.search(words) for section, pattern, _ in _content() if section in names)


def _advised(words: str) -> bool:
    """Whether the notice's statement is the ``expired`` or ``ended`` section's (a link that
    expired; a form closed, a post deleted, an account made private): the line of advice beside
    it ("Try contacting the owner of the form", "Добавьте Анну в друзья") points elsewhere, as
    an expired link's does, and is no more the item's words."""
    return _in_section(words, "expired", "ended")
