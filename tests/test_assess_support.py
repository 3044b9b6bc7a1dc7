"""Blurb support: key terms of the seed blurbs, and the verdicts an editor reads."""

from __future__ import annotations

import random
import re

import pytest

from curator.assess import assess_support, key_terms, measure_support, support
from curator.assess.support import _WORD_RE, distinct_words, stem
from curator.extract.words import PageWords
from curator.settings import AssessSettings

# The five blurbs of the seed route "Lower Back And Leg Pain".
WHO = (
    "The website provides information about how lower back pain and leg pain is a leading cause "
    "of disability and common reasons for consultation."
)
SPINE_HEALTH = "This site offers information on the common causes of lower back and leg pain."
WEBMD = "Offers pain management techniques and common symptoms of lower back and leg pain."
HEALTHLINK = (
    "Explains what is lower back pain and ways of preventing it from returning after treatment."
)
AANS = (
    "Talks about the benefits of relying on surgery for treatment for leg and lower back pain "
    "at times outweighs the risks."
)

WHO_PAGE = (
    "Lower back pain is the single leading cause of disability worldwide. It is one of the most "
    "frequent reasons for a consultation with a primary care doctor. Pain may spread to the leg."
)
SETTINGS = AssessSettings()


@pytest.mark.parametrize(
    ("blurb", "expected"),
    [
        (WHO, ["lower", "back", "pain", "leg", "leading", "cause", "disability", "reasons",
               "consultation"]),
        (SPINE_HEALTH, ["causes", "lower", "back", "leg", "pain"]),
        (WEBMD, ["pain", "management", "techniques", "symptoms", "lower", "back", "leg"]),
        (HEALTHLINK, ["lower", "back", "pain", "preventing", "returning", "treatment"]),
        (AANS, ["benefits", "relying", "surgery", "treatment", "leg", "lower", "back", "pain",
                "times", "outweighs", "risks"]),
    ],
)  # fmt: skip
def test_key_terms_of_the_seed_blurbs(blurb: str, expected: list[str]) -> None:
    assert key_terms(blurb) == expected


def test_stems_meet_across_inflections() -> None:
    assert stem("disabilities") == stem("disability")
    assert stem("causes") == stem("caused") == stem("cause")
    assert stem("treatment") == stem("treating") == stem("treated")
    assert stem("running") == stem("run")


def test_support_is_stem_aware() -> None:
    terms = key_terms(WHO)
    assert support(terms, WHO_PAGE) == 1.0
    assert support(["disability"], "Disabilities caused by back pain") == 1.0
    assert support(["lower back"], "the lower part of the back") == 0.0
    assert support(["lower back"], "pain in the lower back") == 1.0
    assert support([], "anything") == 1.0


def test_page_words_are_the_regex_words_for_every_character() -> None:
    """``distinct_words`` skips the regex for chunks of letters: the words must be the regex's
    own, whatever the characters (digits of other scripts, superscripts, marks, underscores,
    NBSP and the other spaces), so each is tried inside, at the edge of and alone in a chunk:
    every code point up to U+3100 (the spaces end at U+3000) and one in 97 beyond."""
    points = [*range(0x3100), *range(0x3100, 0x110000, 97)]
    characters = [chr(c) for c in points if not 0xD800 <= c < 0xE000]
    text = " ".join(f"ab{c}cd {c}ef g{c} {c}" for c in characters)
    assert distinct_words(text) == set(_WORD_RE.findall(text))
    assert {"Un", "break", "able"} <= distinct_words("Un,break able. Un_break 9able")


def test_lower_casing_a_character_keeps_its_class_and_its_fold() -> None:
    """Blurb support reads a page's words off the lower-cased words the soft-404 sketch found
    (``PageWords``) when lower-casing kept one character for each. That gives the same stems
    only if lower-casing never moves a character in or out of the word classes and never
    changes its case fold; checked for every character lower-casing changes."""
    word, letter = re.compile(r"\w"), re.compile(r"[^\W\d_]")
    changed = [c for c in map(chr, range(0x110000)) if c.lower() != c and len(c.lower()) == 1]
    assert len(changed) > 1000  # every cased script, not a handful
    for c in [*changed, "\u03c2"]:  # and the final sigma, which only a whole text lowers to
        low = c.lower()
        assert bool(word.match(c)) == bool(word.match(low)), hex(ord(c))
        assert bool(letter.match(c)) == bool(letter.match(low)), hex(ord(c))
        assert low.casefold() == c.casefold(), hex(ord(c))


def test_support_off_page_words_is_support_off_the_text() -> None:
    """The same terms found whether the page's text comes as text or as its words, with
    capitals, final sigmas, digits inside words and a character that lower-cases to two."""
    text = (
        "ΟΔΥΣΣΕΥΣ Odysseus 4Back PAIN_relief Treatments, SAYS the SOURCE. Stud2ies Bäck-pain "
        + " ".join(c + "ab" for c in map(chr, range(0x100, 0x600)))
    )
    terms = ("οδυσσευς", "back", "pain", "relief", "treatment", "says", "source", "studies")
    for page in (text, text + " İstanbul"):  # "İ" lower-cases to two: the words are not aligned
        words = PageWords.of(page)
        assert words.aligned == ("İ" not in page)
        assert measure_support(terms, words) == measure_support(terms, page)
        if words.aligned:  # read off the lower-cased words
            assert distinct_words(words) == {w.lower() for w in distinct_words(page)}
        else:  # read off the text, as a text is
            assert distinct_words(words) == distinct_words(page)
    assert measure_support(terms, PageWords.of(text)).found == (
        "οδυσσευς",
        "back",
        "pain",
        "relief",
        "treatment",
        "says",
        "source",
    )


def test_support_counts_title_and_description_too() -> None:
    found = measure_support(["consultation", "disability"], "text", None, "Consultation guide")
    assert found.found == ("consultation",)
    assert found.score == 0.5


def test_support_drop_since_approval_is_unsupported_and_names_lost_terms() -> None:
    terms = key_terms(WHO)
    approved = measure_support(terms, WHO_PAGE)
    rewritten = "Back pain can be eased with exercise. See our shop for lumbar cushions."
    verdict = assess_support(measure_support(terms, rewritten), approved, SETTINGS)
    assert verdict.unsupported
    assert not verdict.weak
    assert verdict.lost_terms == ("lower", "leg", "leading", "cause", "disability", "reasons",
                                  "consultation")  # fmt: skip
    assert verdict.explanation == (
        "the page no longer mentions: lower, leg, leading, cause, disability, reasons, "
        "consultation (it mentions 22% of the blurb's key terms, 100% when approved; floor 50%)"
    )


def test_small_drop_or_support_above_floor_is_fine() -> None:
    terms = key_terms(WHO)
    approved = measure_support(terms, WHO_PAGE)
    lightly_edited = WHO_PAGE.replace("consultation", "visit")
    verdict = assess_support(measure_support(terms, lightly_edited), approved, SETTINGS)
    assert not verdict.unsupported
    assert verdict.lost_terms == ("consultation",)


def test_page_that_never_supported_much_has_not_drifted() -> None:
    terms = key_terms(WHO)
    always_thin = "Back pain and leg pain."
    approved = measure_support(terms, always_thin)
    verdict = assess_support(measure_support(terms, always_thin), approved, SETTINGS)
    assert approved.score < SETTINGS.support_min
    assert not verdict.unsupported


def test_never_approved_source_with_weak_support_is_weak_not_unsupported() -> None:
    terms = key_terms(AANS)
    page = "Lower back pain: exercises you can do at home, with pictures."
    verdict = assess_support(measure_support(terms, page), None, SETTINGS)
    assert verdict.weak
    assert not verdict.unsupported
    assert verdict.explanation == (
        "the page mentions 27% of the blurb's key terms (floor 50%); it does not mention: "
        "benefits, relying, surgery, treatment, leg, times, outweighs, risks"
    )


def test_never_approved_source_with_good_support_is_not_weak() -> None:
    verdict = assess_support(measure_support(key_terms(WHO), WHO_PAGE), None, SETTINGS)
    assert not verdict.weak


def _every_stem_found(terms: tuple[str, ...], *texts: str) -> tuple[str, ...]:
    """One-word terms found the plain way: every word of every text stemmed."""
    present = {stem(word) for text in texts for word in _WORD_RE.findall(text)}
    return tuple(term for term in terms if stem(term) in present)


def test_stemming_only_the_words_near_a_term_finds_what_stemming_every_word_does() -> None:
    """Only words that begin like a term are stemmed (``_keys_in``), and a text only for the
    terms the texts before it lacked (a title and a description that hold some, or all, of
    them). Random texts of words that share a term's start or hold it inside ("pain", "ain"),
    end in every suffix ``stem`` cuts, are cut short by digits, underscores and marks, or hold
    characters whose lower-casing is not their case fold ("İ", "ß", "Σ" at a word's end, "ſ",
    ligatures): the same terms as stemming every word."""
    rng = random.Random(19)
    stems = ["back", "pain", "stud", "run", "treat", "source", "say", "ca", "amp", "ain", "reat"]
    ends = ["", "s", "es", "ies", "ing", "ed", "ly", "ment", "ning", "e", "ss", "us", "y", "sses"]
    marks = [" ", " ", " ", "-", "'", "_", "2", ".", ", ", "\u00a0", "\u0301"]
    odd = ["İ", "ß", "Σ", "ΣΑ", "ſ", "ﬁ", "K", "Ǆ", "ŉ", "É", "Straße", "ΟΔΥΣΣΕΥΣ", "İSTANBUL"]
    for _ in range(3000):
        words = [
            rng.choice([str.lower, str.upper, str.title])(rng.choice(stems) + rng.choice(ends))
            for _ in range(rng.randint(0, 12))
        ]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), rng.choice(odd))
        text = "".join(word + rng.choice(marks) for word in words)
        drawn = [rng.choice(stems) + rng.choice(ends) for _ in range(rng.randint(1, 5))]
        terms = (*drawn, "οδυσσευς", "strasse", "istanbul")
        title = rng.choice(["", "Back Pain", "STUDIES", "ſay"])
        summary = rng.choice(["", "It says the source treats back pain.", "İstanbul runs", "ß"])
        expected = _every_stem_found(terms, title, text)
        assert measure_support(terms, title, text).found == expected, (terms, title, text)
        assert measure_support(terms, title, PageWords.of(text)).found == expected, text
        expected = _every_stem_found(terms, title, summary, text)
        found = measure_support(terms, title, summary, PageWords.of(text)).found
        assert found == expected, (terms, title, summary, text)
