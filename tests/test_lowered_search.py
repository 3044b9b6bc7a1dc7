"""The clause book's and the withheld book's patterns, searched over a lower-cased text where
they can be (``classify.lowered``), find exactly what the case-insensitive patterns find over
the text as written: in the books' own examples as written, in capitals, in title case, with
a dotless "ı" or a long "ſ" (which only IGNORECASE joins to "i" and "s") and after an "İ"
(which lowers to two characters)."""

from __future__ import annotations

import re

from curator.classify import clauses
from curator.classify.lowered import Lowered, twin
from curator.classify.phrase_book import phrase_book
from curator.classify.withheld import _books


def _texts(code: str) -> list[str]:
    """A language's examples in both books, each as written and changed as the module says."""
    book = phrase_book()
    written = [
        *book["clauses"].get(code, {}).get("examples", []),
        *book["clauses"].get(code, {}).get("not", []),
        *book["items"].get(code, {}).get("examples", []),
        *book["items"].get(code, {}).get("not", []),
        *book["languages"].get(code, {}).get("examples", []),
    ]
    texts = [t for t in written if isinstance(t, str)]
    return [
        variant
        for text in texts
        for variant in (
            text,
            text.upper(),
            text.title(),
            text.replace("i", "ı"),
            text.replace("s", "ſ"),
            "İ " + text,
        )
    ]


def _patterns(code: str) -> list[re.Pattern[str]]:
    language = clauses.concept(code)
    found: list[re.Pattern[str]] = []
    if language is not None:
        for name in ("absent", "state", "hedged", "vanished", "withdrawn", "item_after",
                     "item_before"):  # fmt: skip
            pattern = getattr(language, name)
            found += [pattern] if pattern is not None else []
        found += [*language.things, *language.sought, *language.items]
    for book in _books():
        if book[0] == code:
            found += [pattern for pattern in book[1:] if pattern is not None]
    return found


def test_the_lowered_search_finds_what_the_case_insensitive_one_finds_in_every_language() -> None:
    codes = set(clauses.gates()) | {book[0] for book in _books()}
    checked = 0
    for code in sorted(codes):
        patterns = _patterns(code)
        for text in _texts(code):
            read = Lowered(text)
            for pattern in patterns:
                assert read.spans(pattern) == [m.span() for m in pattern.finditer(text)], (
                    code,
                    pattern.pattern[:60],
                    text,
                )
                found = pattern.search(text)
                assert read.first(pattern) == (found.start() if found else None)
                checked += twin(pattern) is not None
    assert checked > 10000  # most of the books' patterns have a lower-case twin


def test_a_pattern_whose_source_a_lowered_text_would_misread_has_no_twin() -> None:
    """A capital letter, an upper-case class (``\\W``), a part read case-sensitively or a
    character written by its code: the pattern is searched over the text as written."""
    for source in (r"Nur", r"\W+gone", r"(?-i:[a-z])x", r"\u0131", r"gone"):
        assert twin(re.compile(source, re.IGNORECASE if source != "gone" else 0)) is None
    # ASCII matching (the Kelvin sign is no "k" there, though it lowers to one), and a range
    # whose lower-case ends hold a capital (the Kelvin sign lies between "ℐ" and "ℯ")
    for source, flags in ((r"k", re.ASCII), (r"(?a:k)", 0), (r"[ℐ-ℯ]", 0)):
        assert twin(re.compile(source, re.IGNORECASE | flags)) is None, source
        assert re.compile(source, re.IGNORECASE | flags).search("k") is not None
    found = twin(re.compile(r"\b[а-яё]+\b", re.IGNORECASE))
    assert found is not None and "в" in found.written  # a class's range is read as written


def test_a_text_holding_a_letter_apart_from_the_written_ones_is_searched_as_written() -> None:
    """IGNORECASE reads "THİS", "thıs" and "thiſ" as "this"; the lowered text would not."""
    pattern = re.compile(r"\bthis\s+page\b", re.IGNORECASE)
    for text in ("THİS PAGE", "thıs page", "thiſ page", "This Page"):
        assert Lowered(text).spans(pattern) == [(0, 9)], text
        assert Lowered(text).first(pattern) == 0, text
