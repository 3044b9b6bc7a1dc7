"""Words of absence that are a live page's subject, or a note on its item, not its state.

The phrase book finds "This product has been discontinued", "Page not found" or "404 Not Found"
wherever they stand, and ``classify.gone`` measures how loudly a page says them. Seven kinds of
live page say them loudly and are still there for their readers (review 10's eighth blind set
found the first three called soft-dead, review 11 the fourth, wave 14 the fifth, review 27 the
sixth, wave 30 the seventh):

- **a notice over the item's own content** (``_over_item``): a discontinued product's support
  page, a filled job, a sold flat, a withdrawn paper, under a heading naming the item that the
  title carries too, says so at the top and goes on with the item itself: its specifications
  (rows, a description list, figures), its files and media, a section of its own (an abstract).
  A page whose item is gone says the notice and offers only an apology, a help line and other
  items: what counts as the item's own is ``classify.item_content``'s to say;
- **words the title or heading quotes** (``_quoted``): a question "Why does nginx show “Page not
  found”?" shows the error in its text, a review of the album “Page Not Found” names it in its
  title: the page's subject, which its title or heading sets off in quotation marks;
- **an error's name the text defines** (``_defined``): an HTTP reference page titled "404 Not
  Found" at an address naming the error (".../status/404"), or at one its CMS numbers
  ("/node/5120") where it shows itself a reference's entry (``status_reference``: the code's
  status line in code, other codes by their reason phrases), names it inside the sentences
  that explain it ("The HTTP 404 Not Found status code indicates that…"), or by its code in
  the page's own language ("O erro 404 indica que o servidor…", "Koden 404 sendes når…"), in
  the third person; a not-found page says it of the visitor's page, in a sentence of its own
  (the phrase book's direct statements) or to the one who asked (``reader``: "Le code 404
  signifie que la page que vous demandez…"), or answers with it at an address naming
  something else and shows nothing of a reference, which this reading leaves alone;
- **a term a glossary gives in other languages** (``_glossed``): a localisation glossary's or
  a term base's entry headed "Seite nicht gefunden" over its equivalents ("Englisch" → "Page
  not found", each marked with its ``lang``: ``translations``), which has no sentence to
  explain its term; a not-found page that says its message again in other languages does it
  unkeyed, as sentences to its visitor, or beside its own unmarked (left alone here);
- **a work titled like the error** (``_named_work``): a song's lyrics page headed "Page Not
  Found" under the title "Page Not Found Lyrics – The Night Buses", over lyrics that say it
  only inside their lines;
- **an error shown in a code block** (``classify.shown``): a how-to that leads into a server's
  answer ("Reloading /reports/2026 showed the default error:") and shows it in a ``<pre>``.
- **one entry of a thread removed** (``thread_posts.among_entries``): "[This post was deleted
  by a moderator]" as one reply's body among replies of one shape that still carry words.

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
from urllib.parse import unquote, urlsplit

from lxml import etree

from curator.classify.causes import among_cases
from curator.classify.gone_facts import GoneFacts
from curator.classify.item_notice import over_item
from curator.classify.main_area import Block, MainArea
from curator.classify.named import as_name
from curator.classify.part_box import in_part_box
from curator.classify.phrases import find
from curator.classify.prose import HTTP_STATUS_CODES, SENTENCE_BREAK, THREE_DIGITS
from curator.classify.reader import answers_visitor
from curator.classify.retired import state
from curator.classify.scripts import spaced_words
from curator.classify.shown import shown_in_code
from curator.classify.statement import EMBEDDED_SHARE, QUOTED_SHARE, Kind, Statement
from curator.classify.status_reference import definitions, reference_marks
from curator.classify.thread_posts import among_entries
from curator.classify.title_segments import SENTENCE_ENDS
from curator.classify.translations import equivalents
from curator.extract import PageMeta

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
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]?")
# What a sentence explaining an error by its code says nothing of beside it (``_defining_code``).
# The words a sentence's subject may take before the code it explains ("Le code 404",
# "De statuscode 404"): further in, the code is an object or an aside ("… returns a 404").
SUBJECT_WORDS = 3
_SAID = (Kind.DIRECT, Kind.LABEL, Kind.CLAUSE)


def reread(
    facts: GoneFacts,
    page: PageMeta,
    parsed: tuple[etree._Element, Callable[[], MainArea]] | None,
    url: str,
    asked: str | None = None,
) -> GoneFacts:
    """``facts`` with the statements that are the page's subject or a note on its item turned
    into mentions, each with why. Pages with no statement said plainly are returned as they
    are, unread. ``parsed`` is the page's root and its main area, read once for the page;
    ``url`` the address it was read at (what it names the page by), ``asked`` the link's own
    when a redirect led there."""
    clause = facts.clause is not None and facts.clause.plain
    if not _plainly(facts) and not clause:
        return facts
    facts = _named_work(_quoted(facts, page), page)
    if parsed is None or not (clause or _plainly(facts)):
        return facts
    root, main = parsed
    blocks: tuple[Block, ...] = main().blocks
    if _plainly(facts):
        facts = _defined(facts, page, url, root, blocks)
        facts = _glossed(facts, page, root, blocks)
    facts = shown_in_code(facts, root, blocks)
    facts = in_part_box(facts, root, blocks, url, page.h1)
    facts = as_name(facts, page.title, page.h1, url, root, blocks, state, asked or url)
    facts = among_cases(facts, root)
    facts = among_entries(facts, root)
    facts = _among_definitions(facts, blocks)
    return _over_item(facts, page, url, root, blocks)


def _plainly(facts: GoneFacts) -> bool:
    said = (facts.title, facts.heading, facts.direct, facts.label, facts.main)
    return any(s is not None and s.plain for s in said)


def _mention(statement: Statement | None, share: float, why: str) -> Statement | None:
    if statement is None or not statement.plain:
        return statement
    return statement.mentioned(share, why)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


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
        # and only the words of its own sentence: "Whoops! “Page not found”" is an
        # interjection and the message, "Help! “Page not found” after upgrading" a question
        # about the words it quotes
        before = SENTENCE_BREAK.split(before)[-1]
        after = SENTENCE_BREAK.split(after)[0]
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


def _named_work(facts: GoneFacts, page: PageMeta) -> GoneFacts:
    """A heading that is all an error's label ("Page Not Found"), which the title carries inside
    a name of its own ("Page Not Found Lyrics – The Night Buses", "Page Not Found by Dana
    Whitlock"), over a text that says nothing plainly: the title of a work, a song or a book,
    not the page's state. A not-found page's title is the label and the site's name, or the
    label with an error code ("404 页面不存在"), which this reading leaves alone."""
    heading, h1 = facts.heading, (page.h1 or "").strip()
    if heading is None or not heading.plain or heading.kind is Kind.DIRECT or not h1:
        return facts
    if h1.endswith(SENTENCE_ENDS):
        return facts  # "404错误！": an exclamation is a message, not a work's name
    if heading.words.casefold().strip() != h1.casefold():
        return facts  # the label is not the whole heading: ``gone`` weighed its share
    if any(s is not None and s.plain for s in (facts.direct, facts.label, facts.main)):
        return facts  # the text says it plainly: a message, whatever the title says
    segment = _SEGMENTS.split(page.title or "")[0].strip()
    folded, name = segment.casefold(), h1.casefold()
    if folded == name or not (folded.startswith(name) or folded.endswith(name)):
        return facts
    extra = segment[len(h1) :] if folded.startswith(name) else segment[: -len(h1)]
    # the words run on from the name in one phrase ("… Lyrics", "… by Dana Whitlock",
    # "… (letra)"), not after a separator the title's segments were not cut at ("404错误！- 音乐台")
    joint = extra.strip()[:1] if folded.startswith(name) else extra.strip()[-1:]
    if not joint or not (joint.isalnum() or joint in "(（[«“\"'"):
        return facts
    if _letters(extra) < OUTSIDE_LETTERS or THREE_DIGITS.search(extra):
        return facts
    if find(extra, (Kind.DIRECT, Kind.LABEL, Kind.CODE)) is not None:
        return facts  # "Page Not Found – Error 404": more of the message
    why = f"the name of a work the title gives in words of its own (“{segment[:60]}”)"
    return replace(
        facts,
        title=_mention(facts.title, QUOTED_SHARE, why),
        heading=_mention(facts.heading, QUOTED_SHARE, why),
    )


# -- a defined term -------------------------------------------------------------------------


def _addressed(term: str, url: str) -> bool:
    """Whether the page's address names the error ``term`` names: its status code as a number
    of the path, or its words in the path's last segment ("/errors/not-found")."""
    path = unquote(urlsplit(url).path).casefold()
    if set(THREE_DIGITS.findall(term)) & set(THREE_DIGITS.findall(path)):
        return True
    last = re.findall(r"[^\W\d_]+", path.rstrip("/").rsplit("/", 1)[-1])
    words = re.findall(r"[^\W\d_]+", term)
    return bool(words) and all(word in last for word in words)


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
            long = spaced_words(sentence) >= DEFINING_WORDS or len(sentence) >= DEFINING_CHARS
            explains = _letters(before) and _letters(after) >= OUTSIDE_LETTERS and long
            if explains and answers_visitor(sentence) is None:
                found.append(folded)
    return found


def _defining_code(blocks: tuple[Block, ...], codes: frozenset[str]) -> list[str]:
    """The sentences of the main area that explain the error by its code in the page's own
    language ("O erro 404 indica que o servidor…", "Błąd 404 oznacza, że serwer…", "Koden 404
    sendes når…"): the phrase book's label for the code, or the code itself among the
    sentence's first ``SUBJECT_WORDS`` words (its subject: "Le code 404", "Statuskoden 404"),
    leads into words that go on past it, say nothing else of absence and do not speak to the
    reader (``reader``). A not-found page's "Erro 404: página não encontrada." says the label
    again; its "Le code 404 signifie que la page que vous demandez n'existe pas" is said to
    the one who asked."""
    found: list[str] = []
    for block in blocks:
        if block.heading:
            continue
        for sentence in _SENTENCE.findall(block.text):
            named = _code_named(sentence, codes)
            if named is None:
                continue
            start, end = named
            after = sentence[end:]
            rest = sentence[:start] + " " + after
            long = spaced_words(rest) >= DEFINING_WORDS or len(rest) >= DEFINING_CHARS
            explains = long and _letters(after) >= OUTSIDE_LETTERS and find(rest, _SAID) is None
            if explains and answers_visitor(sentence) is None:
                found.append(sentence.casefold())
    return found


def _code_named(sentence: str, codes: frozenset[str]) -> tuple[int, int] | None:
    """Where ``sentence`` names one of ``codes``: the phrase book's label carrying it, or the
    code among the sentence's first ``SUBJECT_WORDS`` words."""
    label = find(sentence, (Kind.LABEL,))
    if label is not None and codes & set(THREE_DIGITS.findall(label[2].group())):
        return label[2].start(), label[2].end()
    code = THREE_DIGITS.search(sentence)
    if code is None or code.group() not in codes:
        return None
    if spaced_words(sentence[: code.start()]) > SUBJECT_WORDS:
        return None
    return code.start(), code.end()


def _defined(
    facts: GoneFacts, page: PageMeta, url: str, root: etree._Element, blocks: tuple[Block, ...]
) -> GoneFacts:
    """The error's name in the title and heading, on a page whose address names it or that
    shows itself a reference's entry on the code (``status_reference``: its status line in
    code, other codes by their reason phrases), where the text names it only inside the
    sentences that explain it, never speaks to the reader there, and never tells the visitor
    their page is missing."""
    named = facts.heading if facts.heading is not None else facts.title
    if named is None or not named.plain or named.kind is Kind.DIRECT:
        return facts
    if facts.direct is not None or (facts.main is not None and facts.main.kind is Kind.DIRECT):
        return facts  # "the page you requested…": said of the visitor's page
    term = (page.h1 if facts.heading is not None and page.h1 else named.words).strip().casefold()
    if len(term) > TERM_CHARS or not HTTP_STATUS_CODES & set(THREE_DIGITS.findall(term)):
        return facts  # a reference names the status code it documents ("410 Gone")
    if _letters(term) < OUTSIDE_LETTERS:
        return facts  # a bare "404" is a code, not a name: "you've hit a 404" is a message
    codes = HTTP_STATUS_CODES & set(THREE_DIGITS.findall(term))
    # a reference's page on an error stands at an address naming it (".../status/404",
    # "/glossaire/erreur-404/") or, where its CMS numbers its pages ("/node/5120"), shows what
    # a reference shows of the code; a soft 404 at ".../box-orient-legacy" that explains "We
    # answer 404 Not Found for every address…" is the error itself
    entry = None if _addressed(term, url) else reference_marks(root, codes)
    if entry is None and not _addressed(term, url):
        return facts
    sentences = _defining(blocks, term) or _defining_code(blocks, codes)
    if not sentences:
        return facts
    why = "the name of the error the text explains in its sentences"
    if entry is not None:
        why = f"{why}, on a reference's entry: {entry.why}"
    changes: dict[str, Statement | None] = {
        "title": _mention(facts.title, EMBEDDED_SHARE, why),
        "heading": _mention(facts.heading, EMBEDDED_SHARE, why),
    }
    for name in ("label", "main"):
        statement: Statement | None = getattr(facts, name)
        words = statement.words.casefold() if statement is not None else ""
        if words and any(words in sentence for sentence in sentences):
            changes[name] = _mention(statement, EMBEDDED_SHARE, "inside a sentence explaining it")
        elif words and entry is not None and words in entry.shown:
            changes[name] = _mention(statement, QUOTED_SHARE, "the status line the entry shows")
    return replace(facts, **changes)  # type: ignore[arg-type]


def _glossed(
    facts: GoneFacts, page: PageMeta, root: etree._Element, blocks: tuple[Block, ...]
) -> GoneFacts:
    """The heading's term on a glossary's or term base's entry that gives it in other
    languages (``translations``: each equivalent marked with its language, keyed by a label, in
    one list or table), where the heading is the term alone and every statement of the text
    stands inside an equivalent: the entry names the notice, it does not say it. A not-found
    page that also tells its visitor anything ("We could not find the entry…") outside those
    equivalents is left alone."""
    named = facts.heading if facts.heading is not None else facts.title
    if named is None or not named.plain:
        return facts
    term = (page.h1 or named.words).strip()
    if len(term) > TERM_CHARS or term.endswith(SENTENCE_ENDS) or answers_visitor(term):
        return facts  # "Sorry, we couldn't find that page!" is said to someone
    given = equivalents(root, page.lang)
    if given is None:
        return facts
    headword = term.casefold()
    for block in blocks:
        if block.heading or given.holds(block.text) or block.text.strip().casefold() == headword:
            continue  # a heading, an equivalent, the headword again in bold before its senses
        if answers_visitor(block.text) is not None:
            return facts  # "Termen du söker har tagits bort": the page speaks to its visitor
        said = find(block.text, _SAID)
        if said is None or given.holds(said[2].group()) or _in_quotes(block.text, said[2]):
            continue  # an equivalent, or the term a usage note quotes («Página não encontrada»)
        return facts  # the text says it outside the entry's equivalents
    texts = ("direct", "label", "main", "clause")
    if any(_outside(getattr(facts, name), given.holds, headword) for name in texts):
        return facts
    why = f"the headword of a glossary's entry: {given.why}"
    changes: dict[str, Statement | None] = {
        "title": _mention(facts.title, QUOTED_SHARE, why),
        "heading": _mention(facts.heading, QUOTED_SHARE, why),
    }
    for name in texts:
        changes[name] = _mention(getattr(facts, name), QUOTED_SHARE, why)
    return replace(facts, **changes)  # type: ignore[arg-type]


def _in_quotes(text: str, said: re.Match[str]) -> bool:
    return any(q.start() < said.start() and said.end() < q.end() for q in _QUOTES.finditer(text))


def _outside(statement: Statement | None, holds: Callable[[str], bool], headword: str) -> bool:
    if statement is None or not statement.plain:
        return False
    return not holds(statement.words) and statement.words.strip().casefold() != headword


# -- entries of a reference ----------------------------------------------------------------


def _among_definitions(facts: GoneFacts, blocks: tuple[Block, ...]) -> GoneFacts:
    """Text statements inside one entry of a page that defines many statuses or errors
    (``status_reference.definitions``: a glossary of HTTP codes, an API's error table): the
    explanation of a term among others, not the page's message."""
    defined = definitions(blocks)
    if defined is None:
        return facts
    changes: dict[str, Statement | None] = {}
    for name in ("direct", "label", "main", "clause"):
        statement: Statement | None = getattr(facts, name)
        if statement is not None and defined.holds(statement.words):
            changes[name] = _mention(statement, EMBEDDED_SHARE, defined.why)
    return replace(facts, **changes) if changes else facts  # type: ignore[arg-type]


# -- a notice over the item's own content ---------------------------------------------------


def _over_item(
    facts: GoneFacts, page: PageMeta, url: str, root: etree._Element, blocks: tuple[Block, ...]
) -> GoneFacts:
    """Text statements that are a notice on the item's state, on a page that still carries the
    item under its own name (``classify.item_notice``, where the measure lives)."""
    return over_item(facts, page.title, page.h1, url, root, blocks, state)
