"""Does a page still say what its blurb claims?

A blurb ("Provides information about how lower back pain ... is a leading cause of disability")
promises content. Its key terms are its content words: stopwords and the words blurbs use to
describe *any* source ("provides", "information", "website") are dropped. Support is the share of
key terms the page mentions in its main text, title or description, compared stem-to-stem so
that "disabilities" supports "disability".

Support is judged relative to approval: a page that mentioned 9 of 10 terms when the editor
approved it and now mentions 3 no longer supports the blurb. A never-approved source has no
history, so it only gets a "weak support" verdict below an absolute floor.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from curator.assess.percent import percent
from curator.extract.words import PageWords

if TYPE_CHECKING:
    from curator.settings import AssessSettings


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _word_set(
    """
    a about above after again against all almost along also although always am among an and
    another any are around as at be became because been before being below between both but by
    can cannot could did do does doing done down during each either else enough etc even ever
    every few for from further get gets getting given gives had has have having he her here hers
    herself him himself his how however i if in into is it its itself just least less like
    made make makes many may me might more most much must my myself neither no nor not now of
    off often on once one only or other others our ours ourselves out over own per perhaps
    quite rather same several she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too under until up upon
    us use used uses using very via was way ways we well were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours yourself
    yourselves
    """
)
# Words a blurb uses to describe the source rather than its subject.
_BLURB_WORDS = _word_set(
    """
    article articles blog covers discusses describes details detailed explains explain gives
    guide helpful includes including info information learn list looks offers offer overview
    page pages provide provides resource resources site sites talks talk tells useful various
    website websites different general important common things thing lot lots
    """
)
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_DOUBLE_END_RE = re.compile(r"([bdfgkmnprt])\1$")


@dataclass(frozen=True)
class TermSupport:
    """Which of a blurb's key terms a page mentioned."""

    terms: tuple[str, ...]
    found: tuple[str, ...]

    @property
    def score(self) -> float:
        """Share of key terms found; 1.0 when the blurb has none (nothing to contradict)."""
        return len(self.found) / len(self.terms) if self.terms else 1.0

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(t for t in self.terms if t not in self.found)


@dataclass(frozen=True)
class SupportVerdict:
    """How well the page supports its blurb now, against approval if there was one."""

    support: TermSupport
    approved: TermSupport | None
    unsupported: bool  # support fell since approval, below the floor
    weak: bool  # never approved, and support is below the floor
    floor: float

    @property
    def lost_terms(self) -> tuple[str, ...]:
        """Key terms the page mentioned at approval and no longer does (all missing if none)."""
        if self.approved is None:
            return self.support.missing
        return tuple(t for t in self.approved.found if t in self.support.missing)

    @property
    def explanation(self) -> str:
        now = percent(self.support.score)
        if self.approved is not None:
            lost = ", ".join(self.lost_terms) or "nothing it mentioned before"
            return (
                f"the page no longer mentions: {lost} (it mentions {now} of the blurb's key "
                f"terms, {percent(self.approved.score)} when approved; floor "
                f"{percent(self.floor)})"
            )
        missing = ", ".join(self.support.missing) or "nothing"
        return (
            f"the page mentions {now} of the blurb's key terms (floor {percent(self.floor)}); "
            f"it does not mention: {missing}"
        )


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix-stripping stem: plurals, -ing/-ed/-ly/-ment and a final e.

    Deliberately crude and symmetric (blurb and page go through the same rule), so "causes",
    "caused" and "cause" meet without a language model or a stemmer dependency. Cached: the
    pages of one run share most of their vocabulary, and every page's words are stemmed.
    """
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed", "ly", "ment"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            w = _DOUBLE_END_RE.sub(r"\1", w)
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def key_terms(blurb: str) -> list[str]:
    """The blurb's content words, lower-case, in order, one per stem."""
    return list(_key_terms(blurb))


@functools.lru_cache(maxsize=1 << 16)
def _key_terms(blurb: str) -> tuple[str, ...]:
    """Cached: a run asks twice per source (what to look for on the page, then how well the
    page supports it), and a tuple, so no caller can change what the next one gets."""
    terms: list[str] = []
    seen: set[str] = set()
    for word in _WORD_RE.findall(blurb.casefold()):
        if len(word) < 3 or word in _STOPWORDS or word in _BLURB_WORDS:
            continue
        key = stem(word)
        if key not in seen:
            seen.add(key)
            terms.append(word)
    return tuple(terms)


def support(terms: list[str] | tuple[str, ...], text: str) -> float:
    """Share of ``terms`` that ``text`` mentions (stem-aware); 1.0 for no terms."""
    return measure_support(terms, text).score


def measure_support(
    terms: list[str] | tuple[str, ...], *texts: str | PageWords | None
) -> TermSupport:
    """Which ``terms`` the texts (main text, title, description ...) mention.

    A multi-word term counts when its stems appear consecutively.

    Every page of a run goes through here. When every term is one word (all that
    ``key_terms`` makes), only the words that could stem to a term are stemmed
    (``_keys_in``); otherwise each distinct word is stemmed once (a page repeats most of
    its words), and a multi-word term is looked for in the page's stems joined in order. A
    text may come as its ``PageWords``, when the caller has found them for other readers too.
    """
    given = [text for text in texts if text is not None and _plain(text)]
    keys = [" ".join(stem(w) for w in term.split()) for term in terms]
    if keys and all(len(key) > 1 and _WORD_RE.fullmatch(key) for key in keys):  # one word
        near = _keys_in(keys, given)
        return TermSupport(
            tuple(terms), tuple(t for t, k in zip(terms, keys, strict=True) if k in near)
        )
    present = set(map(stem, set().union(*map(distinct_words, given))))
    haystack: str | None = None
    found: list[str] = []
    for term in terms:
        key = " ".join(stem(w) for w in term.split())
        if key and " " not in key:
            hit = key in present
        else:
            if haystack is None:  # a line break after each text: no phrase spans two
                stems: list[str] = []
                for text in given:
                    stems += map(stem, _WORD_RE.findall(_plain(text)))
                    stems.append("\n")
                haystack = " " + " ".join(stems) + " "
            hit = " " + key + " " in haystack
        if hit:
            found.append(term)
    return TermSupport(tuple(terms), tuple(found))


def _keys_in(keys: list[str], given: list[str | PageWords]) -> set[str]:
    """Which of ``keys`` (stems of one word each) the words of ``given`` stem to, for a
    fraction of stemming every distinct word.

    ``stem`` only cuts a case-folded word's end, or turns its final "ies" into "y", so a word
    whose stem is ``key`` case-folds to a word that starts with ``key`` without its last
    character (keys are letters only: a match then lies inside one word). Such words are
    found by a regex over the text's case fold, where that is the text's lower-casing
    character for character (nearly every text: no "İ", final sigma or "ß"): the words of the
    two are then the same words at the same places, each the case fold of the text's own. Any
    other text has every distinct word stemmed, as before.

    A text is searched only for the keys the texts before it lacked (the title and the
    description often hold every one, and the main text, the longest, is then not searched),
    and the search stops once none is missing: which keys are there is all a caller learns.
    """
    missing = set(keys)
    found: set[str] = set()
    for text in given:
        if not missing:
            break
        plain = _plain(text)
        folded = plain.lower()
        if len(folded) != len(plain) or folded != plain.casefold():
            hits = missing.intersection(map(stem, distinct_words(text)))
            found |= hits
            missing -= hits
            continue
        for at in _prefixes_at(tuple(sorted({key[:-1] for key in missing})), folded):
            if at and _LETTER.match(folded, at - 1):
                continue  # inside a word, not at its start
            word = _WORD_RE.match(folded, at)
            if word is not None and (key := stem(word.group())) in missing:
                found.add(key)
                missing.discard(key)
                if not missing:
                    break
    return found


# The shortest prefix looked for with ``str.find``: a single letter is met so often in a text
# that a Python step at each place costs more than the regex's one pass.
_FOUND_BY_FIND = 2


def _prefixes_at(prefixes: tuple[str, ...], folded: str) -> Iterator[int]:
    """The places in ``folded`` where one of ``prefixes`` (letters) stands: every one that
    starts a word, and others; found as they are asked for, so a caller that has what it
    wants stops the search.

    ``str.find`` runs at memory speed, where a regex alternation steps through the text a
    character at a time; single letters still go to the regex. Its matches do not overlap, but
    a place inside one of them follows a letter, so it starts no word: none is lost."""
    short = tuple(prefix for prefix in prefixes if len(prefix) < _FOUND_BY_FIND)
    if short:
        for match in _word_starts(short).finditer(folded):
            yield match.start()
    find = folded.find
    for prefix in prefixes:
        if len(prefix) >= _FOUND_BY_FIND:
            at = find(prefix)
            while at >= 0:
                yield at
                at = find(prefix, at + 1)


_LETTER = re.compile(r"[^\W\d_]")  # one character of a _WORD_RE word


@functools.lru_cache(maxsize=256)
def _word_starts(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``prefixes``; cached, as a run asks for the same blurbs' terms page after page."""
    return re.compile("|".join(map(re.escape, prefixes)))


def _plain(text: str | PageWords) -> str:
    return text.text if isinstance(text, PageWords) else text


def distinct_words(text: str | PageWords) -> set[str]:
    """The distinct words (runs of letters, ``_WORD_RE``) of ``text``; lower-cased when read
    off aligned ``PageWords`` (the same stems: ``stem`` case-folds first, and lower-casing
    character by character keeps each character's class, see the tests).

    The same set as ``set(_WORD_RE.findall(text))``, for less: a page repeats most of its
    chunks (whitespace-separated, or ``\\w+`` runs), and a chunk of letters only is one word as
    it stands (``str.isalpha`` characters are word characters that are neither digits nor
    ``_``), so only the distinct chunks with digits or other marks in them go through the
    regex. Neither whitespace nor punctuation is a word character, so no word spans two chunks.
    """
    if isinstance(text, PageWords):
        chunks = set(text.lowered) if text.aligned else set(text.text.split())
    else:
        chunks = set(text.split())
    words = set(filter(str.isalpha, chunks))
    words.update(_WORD_RE.findall(" ".join(chunks - words)))
    return words


def assess_support(
    current: TermSupport, approved: TermSupport | None, settings: AssessSettings
) -> SupportVerdict:
    """Verdict on the blurb's support now, relative to approval when there was one.

    Unsupported needs both a real fall (more than ``support_max_drop`` of the approved support)
    and a result below ``support_min``: a page that always mentioned half the terms has not
    drifted, and one that still mentions most of them is fine even if it lost a few.
    """
    floor = settings.support_min
    score = current.score
    if approved is None:
        return SupportVerdict(current, None, unsupported=False, weak=score < floor, floor=floor)
    fell = score < approved.score * (1 - settings.support_max_drop)
    unsupported = fell and score < floor
    return SupportVerdict(current, approved, unsupported=unsupported, weak=False, floor=floor)
