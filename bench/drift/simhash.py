"""64-bit SimHash over the same shingles as curator's MinHash, only to compare the two schemes.

Kept in the bench (not in src/) because MinHash won; see the comparison table the bench prints.
"""

from __future__ import annotations

import hashlib

from curator.assess.fingerprint import SHINGLE_WORDS, words


def simhash(text: str) -> int:
    tokens = words(text)
    shingles = {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(max(1, len(tokens) - 2))} - {
        ""
    }
    hashes = [
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles
    ]
    half = len(hashes) / 2
    return sum(1 << bit for bit in range(64) if sum(h >> bit & 1 for h in hashes) > half)


def simhash_similarity(a: int, b: int) -> float:
    return 1 - bin(a ^ b).count("1") / 64
