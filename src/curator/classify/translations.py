"""A term's translations, given one per language beside a label: a glossary's or a term base's
entry on a phrase.

A localisation glossary, a translation memory or a bilingual dictionary gives each term a page
headed with it ("Page not found (404)", "Seite nicht gefunden", "ページが見つかりません") and,
under it, the term again in other languages: a definition list ("German" → "Seite nicht
gefunden"), a table of language and equivalent, a list of "EN Page not found" lines. Such an
entry has no sentence that explains its term, so the check for a page that defines an error
(``classify.subject._defined``) cannot read it; what it has is the shape HTML gives a
translation: each equivalent in an element of its own marked with its language (``lang``, as
the web marks text in another language for screen readers, fonts and search engines), keyed
by a short label before it in its row (the ``<dt>``, the row's first cell, "anglais :").

A not-found page is written in its site's language. A multilingual one says its message again
in each language as a paragraph or a list item of its own, with no label keying it, or speaks
to the visitor in each ("The page you requested could not be found."); its language picker
links other languages by their names, not by a phrase. So what is read here is only:

- an element marked with a language whose whole text is short (``TERM_CHARS``), ends in no
  sentence's end, speaks to no reader (``reader``), is no link and holds a statement of the
  phrase book (the term in that language);
- keyed by a label in its row: a ``<dt>`` before a ``<dd>``, a cell before a cell, or a few
  words before it in its line (``LABEL_WORDS``) that say nothing of absence themselves;
- at least ``EQUIVALENTS`` such elements in one list or table, in as many languages, one of
  them other than the page's own.

Nothing here convicts or acquits: ``classify.subject`` reads a page whose heading is the term
and whose every statement stands in these equivalents as an entry on the term.
"""

from __future__ import annotations

from typing import NamedTuple

from lxml import etree

from curator.classify.phrases import find
from curator.classify.reader import answers_visitor
from curator.classify.scripts import spaced_words
from curator.classify.statement import Kind
from curator.classify.title_segments import SENTENCE_ENDS
from curator.extract.clean import collapse
from curator.extract.text import all_text

# An equivalent is a term, not a message: this many characters at most.
TERM_CHARS = 60
# The label keying an equivalent in its line ("EN", "anglais :", "Englisch"): a few words.
LABEL_WORDS = 3
# Equivalents one list or table gives, each in a language of its own, to be a term's entry.
EQUIVALENTS = 2
_SAID = (Kind.DIRECT, Kind.LABEL, Kind.CLAUSE)
_CELLS = ("td", "th")
_STRUCTURES = ("dl", "table", "ul", "ol")
# Lines of a list or of a block of lines that may hold an equivalent after its label.
_LINES = ("li", "p", "div", "dd", "td")


class Equivalents(NamedTuple):
    """The equivalents of a term one structure of the page gives, casefolded, and their
    languages."""

    texts: tuple[str, ...]
    languages: tuple[str, ...]

    def holds(self, words: str) -> bool:
        """Whether ``words`` (a statement's) stand inside one of the equivalents."""
        folded = words.casefold().strip()
        return bool(folded) and any(folded in text for text in self.texts)

    @property
    def why(self) -> str:
        languages = ", ".join(self.languages)
        return f"the term the entry gives in {len(self.languages)} languages ({languages})"


def equivalents(root: etree._Element, page_language: str | None) -> Equivalents | None:
    """The equivalents of a term one list or table of the page gives, marked each with its
    language and keyed by a label (see the module's docstring); None when no structure gives
    ``EQUIVALENTS`` of them in as many languages, one other than ``page_language``."""
    own = _primary(page_language or "")
    found: dict[etree._Element, tuple[list[str], list[str]]] = {}
    for element in root.iterfind(".//body//*[@lang]"):
        language = _primary(element.get("lang") or "")
        text = collapse(all_text(element)).strip()
        if not language or not _term(element, text):
            continue
        row = _keyed(element)
        if row is None:
            continue
        structure = next(
            (up for up in row.iterancestors() if isinstance(up.tag, str) and up.tag in _STRUCTURES),
            row.getparent(),
        )
        if structure is None:
            continue
        texts, languages = found.setdefault(structure, ([], []))
        if language not in languages:
            texts.append(text.casefold())
            languages.append(language)
    for structure, (texts, languages) in found.items():
        if len(languages) < EQUIVALENTS or all(language == own for language in languages):
            continue
        if not _unmarked(structure):
            return Equivalents(tuple(texts), tuple(languages))
    return None


def _unmarked(structure: etree._Element) -> bool:
    """Whether ``structure`` keys a phrase with no language marked on it: the page's own
    message in its own language beside its translations ("Deutsch | Seite nicht gefunden",
    "English | Page not found"). A term base marks each equivalent's language, its own too."""
    for cell in structure.iter("dd", "td"):
        if cell.get("lang") is not None or cell.find(".//*[@lang]") is not None:
            continue
        if _term(cell, collapse(all_text(cell)).strip()) and _keyed(cell) is not None:
            return True
    return False


def _primary(tag: str) -> str:
    return tag.strip().casefold().replace("_", "-").split("-")[0]


def _term(element: etree._Element, text: str) -> bool:
    """Whether ``text``, an element's, is a term in its language: short, no sentence, said to
    no reader, no link, and a phrase of the phrase book."""
    if not text or len(text) > TERM_CHARS or text.endswith(SENTENCE_ENDS):
        return False
    if element.tag == "a" or element.find(".//a") is not None:
        return False  # a language picker's link names a language, it gives no term
    return answers_visitor(text) is None and find(text, _SAID) is not None


def _keyed(element: etree._Element) -> etree._Element | None:
    """The row in which a label keys ``element``: its ``<dd>`` after a ``<dt>``, its cell after
    a cell with words, or its line with a few words of label before it; None without one."""
    row: etree._Element | None = element
    while row is not None and isinstance(row.tag, str) and row.tag not in _LINES:
        row = row.getparent()
    if row is None or not isinstance(row.tag, str):
        return None
    if row.tag == "dd":
        label = row.getprevious()
        while label is not None and label.tag == "dd":
            label = label.getprevious()
        return row if label is not None and label.tag == "dt" and _label(label) else None
    if row.tag in _CELLS:
        before = [cell for cell in row.itersiblings(preceding=True) if cell.tag in _CELLS]
        return row if before and _label(before[0]) else None
    if row is element:
        return None  # the whole line is the term: a message said again, no label keys it
    label_text = _before(row, element)
    return row if _label_words(label_text) else None


def _before(row: etree._Element, element: etree._Element) -> str:
    """The text of ``row`` before ``element``."""
    whole = all_text(row)
    at = whole.find(all_text(element))
    return whole[:at] if at > 0 else ""


def _label(element: etree._Element) -> bool:
    return _label_words(all_text(element))


def _label_words(text: str) -> bool:
    text = collapse(text).strip(" :：-–—·")
    letters = any(ch.isalpha() for ch in text)
    return letters and spaced_words(text) <= LABEL_WORDS and find(text, _SAID) is None
