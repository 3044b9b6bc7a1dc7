"""A page as the soft-404 probe keeps it: a bottom-k sketch of its visible words, and the few
facts a comparison with its site's answer to a made-up URL reads beside it (``PageShape``).

Pages are compared by their visible words (a bottom-k sketch of word 4-grams), not by bytes,
with numbers and the page's own quoted address set aside: a catch-all page that echoes the
asked path, a timestamp or an ad is still the same page. One whose rails of suggested articles
are drawn afresh per path falls under the threshold; carrying the catch-all's title and many of
its words, it is ``near`` it (``probe_answer``), a sign weighed with the others.
"""

from __future__ import annotations

import heapq
import re
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from curator import urls
from curator.extract.words import PageWords

if TYPE_CHECKING:  # it reads the address as ``front`` does, which builds on the probe
    from curator.classify.every_path import Whole

_NUMBER = re.compile(r"\d+")
_WORDS = re.compile(r"\w+")

SKETCH_SIZE = 64
# An array typecode wide enough for a CRC-32 ("I" is 4 bytes wherever curator runs; C only
# promises 2).
HASH_CODE = "I" if array("I").itemsize >= 4 else "L"
_HASH_BYTES = array(HASH_CODE).itemsize


@dataclass(frozen=True)
class PageShape:
    """What a soft-404 comparison needs of a page, without keeping the page: its status, where
    it ended, the canonical address it names, and a bottom-k sketch of its word shingles (256
    bytes per page, so a run of 50,000 links can hold one per link until its probes are in)."""

    status: int | None
    final_url: str
    sketch: bytes  # up to SKETCH_SIZE 32-bit hashes, ascending, packed (see shingle_sketch)
    canonical: str | None = None
    title: str | None = None
    # its lead quotes the address it was asked at (``classify.echo``): asked a made-up one, a
    # catch-all that draws its message for the path says so
    echoes: bool = False
    # it looks like its site's front page where an item should be (``classify.front``): it is
    # compared with the host's front page too
    front_like: bool = False
    # the words a short page has of its own, hashed (``classify.unowned``): None when not read
    own: bytes | None = None
    # the page is all its site serves at any address, an app's shell or a one-page site's page
    # (``classify.every_path``): the site's answer to a made-up URL proves nothing of it
    whole: Whole | None = None
    # its line says it is there for a reader who meets a condition, or later (``page_state``,
    # ``stand_in.awaited_line``): those words, which a made-up URL's likeness does not outweigh
    awaits: str | None = None
    # every word it says, hashed (``word_hashes``): read of a page like its front page
    # (``front_like``) and of the front page itself, to find whether the one says a word the
    # other does not (``front.compare_front``); None elsewhere
    words: bytes | None = None
    # its text names its address's subject words (``front.names_nothing_of`` false): read of a
    # page like its front page, whose words then prove nothing unless they are the front page's
    # every word (``front.says_nothing_else``)
    named: bool = False
    # lists in its main area drawn with nothing in them (``front.emptied_lists``), None when a
    # script's mount point waits there: read of a page like its front page, whose lists of
    # items a router may draw empty
    emptied: int | None = 0

    @classmethod
    def of(
        cls,
        status: int | None,
        final_url: str,
        text: str | PageWords,
        canonical: str | None = None,
        title: str | None = None,
        echoes: bool = False,
        front_like: bool = False,
        own: bytes | None = None,
        whole: Whole | None = None,
        awaits: str | None = None,
        vocabulary: bool = False,
        named: bool = False,
        emptied: int | None = 0,
    ) -> PageShape:
        """``vocabulary``: keep the page's every word too (``words``)."""
        return cls(
            status,
            final_url,
            shingle_sketch(text, mask=address_phrases(final_url)),
            canonical,
            title,
            echoes,
            front_like,
            own,
            whole,
            awaits,
            word_hashes(text) if vocabulary else None,
            named,
            emptied,
        )


def address_phrases(url: str) -> tuple[str, ...]:
    """How a page would quote its own address in its text, as the sketch's words run: the
    words of its whole path, when there are several (an echoing catch-all quotes the path it
    was asked for). A slug alone (a path of one segment, ``/back-pain-exercises``) is left as
    it is: its words are the page's subject, which its title and text say too, and masking
    them would hide what the page says."""
    try:
        path = unquote(urls.split(url).path).lower()
    except ValueError:
        return ()
    if len([segment for segment in path.split("/") if segment]) < 2:
        return ()
    phrase = _masked(" ".join(_WORDS.findall(path)))
    return (phrase,) if " " in phrase else ()


def _masked(text: str) -> str:
    """``text`` with every run of digits one "0", as the sketch reads it ("b4-echo-02" is
    "b0-echo-0"): counts, dates, stamps and numbered rails differ from draw to draw."""
    return _NUMBER.sub("0", text)


def shingle_sketch(
    text: str | PageWords, size: int = 4, limit: int = 3000, mask: tuple[str, ...] = ()
) -> bytes:
    """The smallest hashes of the page's word 4-grams (first ``limit`` words): enough to tell
    two different error pages apart from one error page echoing two different paths.

    Every 200 page of a run is sketched, so the hash is CRC-32 (C, no object per call; a
    blake2b per 4-gram was most of this function's cost). It must be stable across processes
    and runs (a page and its probe may be read by different workers, and a host's answer is
    kept in the store for days), which rules out ``hash()``; 32 bits make a collision among a
    page's few thousand 4-grams negligible. The hashes are packed as 32-bit words: a tuple of
    ints would hold an int object per hash, for every link of the run. The text may come as
    its ``PageWords`` when the caller found them for blurb support too. Digits count as one
    "0" per run, and each of ``mask`` (the page's own address as its words run,
    ``address_phrases``) as one word.
    """
    words = (text if isinstance(text, PageWords) else PageWords.of(text)).lowered[:limit]
    if words:
        # Numbers (counts, dates, render stamps, a template's numbered rails) are one word,
        # and the page's own address, quoted, another: what is left is what the page says.
        joined = _masked(" ".join(words))
        for phrase in mask:
            joined = f" {joined} ".replace(f" {phrase} ", " _ ").strip()
        words = joined.split(" ")
    if len(words) < size:
        words = [*words, *[""] * (size - len(words))]
    # The 4-grams as lists zipped at offsets 0..size-1, joined, encoded and hashed by C-level
    # map calls: the same strings as slicing, without a bytecode loop per 4-gram.
    grams = map(" ".join, zip(*(words[i:] for i in range(size)), strict=False))
    hashes = set(map(zlib.crc32, map(str.encode, grams)))
    return packed_hashes(heapq.nsmallest(SKETCH_SIZE, hashes))


def word_hashes(text: str | PageWords, limit: int = 3000) -> bytes:
    """The page's distinct words (first ``limit``), each run of digits one "0" as the sketch
    reads them, hashed and packed: a set of words, where the sketch keeps a sample of their
    order. Two draws of one template differ in which words follow which (a list drawn empty
    joins the headings around it into 4-grams the full one never has); whether one page says
    any word the other does not survives that."""
    words = (text if isinstance(text, PageWords) else PageWords.of(text)).lowered[:limit]
    return packed_hashes(sorted(set(map(zlib.crc32, map(str.encode, map(_masked, words))))))


def similarity(a: bytes, b: bytes) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a and not b:
        return 1.0
    one, other = set(array(HASH_CODE, a)), set(array(HASH_CODE, b))
    k = min(SKETCH_SIZE, len(one | other))
    union_smallest = sorted(one | other)[:k]
    both = one & other
    return sum(1 for h in union_smallest if h in both) / k


def packed_hashes(hashes: Iterable[int]) -> bytes:
    """CRC-32s packed as the probe keeps a page's words: a sketch's word 4-grams, and the words a
    short page has of its own (``classify.unowned``), in one layout."""
    return array(HASH_CODE, hashes).tobytes()


def hash_count(packed: bytes) -> int:
    """How many hashes ``packed_hashes`` packed: a sketch's distinct word 4-grams (up to
    ``SKETCH_SIZE``), a short page's own words."""
    return len(packed) // _HASH_BYTES
