"""A compact, stable sketch of what a text says, and how alike two sketches are.

The sketch is a bottom-k MinHash: the ``SKETCH_SIZE`` smallest 32-bit hashes of the text's word
shingles. Two sketches estimate the Jaccard similarity of the shingle sets without keeping the
text, so a baseline file stays small and does not republish the page. MinHash was chosen over
SimHash by the drift bench: unrelated articles score near 0 instead of near 0.5, which leaves
a wide gap between "same article, new chrome" and "another article".

Hashes come from blake2b, never from ``hash()``, so a sketch written by one process or Python
version compares equal in any other; the string form carries a version tag so that a future
scheme is recognised instead of silently compared.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from dataclasses import dataclass

from curator.assess.volatile import strip_volatile

SHINGLE_WORDS = 3
SKETCH_SIZE = 128
_VERSION = "mh1"
_HASH_HEX = 8  # 32-bit hashes, 8 hex digits each
# CJK scripts have no spaces between words: each ideograph/kana counts as one word.
_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+")


@dataclass(frozen=True)
class Fingerprint:
    """The ``SKETCH_SIZE`` smallest shingle hashes of a text, ascending (fewer if short)."""

    hashes: tuple[int, ...]

    def to_str(self) -> str:
        """One line for a baseline file: ``mh1:`` then 8 hex digits per hash."""
        return _VERSION + ":" + "".join(f"{h:08x}" for h in self.hashes)

    @classmethod
    def from_str(cls, text: str) -> Fingerprint:
        """Parse :meth:`to_str` output; ``ValueError`` says what is wrong with the string."""
        version, sep, body = text.strip().partition(":")
        if not sep or version != _VERSION:
            raise ValueError(f"fingerprint must start with '{_VERSION}:', got {text[:20]!r}")
        if len(body) % _HASH_HEX:
            raise ValueError(f"fingerprint length {len(body)} is not a multiple of {_HASH_HEX}")
        try:
            hashes = tuple(int(body[i : i + _HASH_HEX], 16) for i in range(0, len(body), _HASH_HEX))
        except ValueError:
            raise ValueError("fingerprint contains characters that are not hex digits") from None
        if list(hashes) != sorted(set(hashes)) or len(hashes) > SKETCH_SIZE:
            raise ValueError("fingerprint hashes must be distinct, ascending, at most 128")
        return cls(hashes)

    @property
    def is_empty(self) -> bool:
        return not self.hashes


def words(text: str) -> list[str]:
    """The case-folded words fingerprints and key terms are made of, volatile tokens removed."""
    return _WORD_RE.findall(strip_volatile(text).casefold())


def fingerprint(text: str) -> Fingerprint:
    """Sketch of ``text`` (dates, counters and "N hours ago" do not count)."""
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        shingles = {" ".join(tokens)} if tokens else set()
    else:
        shingles = {
            " ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)
        }
    hashes = {_hash32(shingle) for shingle in shingles}
    return Fingerprint(tuple(heapq.nsmallest(SKETCH_SIZE, hashes)))


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1].

    Two empty texts are identical (1.0); an empty and a non-empty one share nothing (0.0).
    """
    if a.is_empty and b.is_empty:
        return 1.0
    if a.is_empty or b.is_empty:
        return 0.0
    size = min(SKETCH_SIZE, len(set(a.hashes) | set(b.hashes)))
    union_sketch = heapq.nsmallest(size, set(a.hashes) | set(b.hashes))
    in_a, in_b = set(a.hashes), set(b.hashes)
    # A hash below both sketches' cut-offs is in the union's bottom-k; it counts as shared
    # only when both sketches hold it.
    shared = sum(1 for h in union_sketch if h in in_a and h in in_b)
    return shared / len(union_sketch)


def _hash32(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=4).digest(), "big")
