"""Fingerprints: stable across processes, round-trip through baseline files, ignore noise."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from curator.assess import Fingerprint, fingerprint, similarity
from curator.assess.volatile import strip_volatile

FOX = "The quick brown fox jumps over the lazy dog."
# Written once from blake2b; a change here means every approved baseline would read as drift.
FOX_HEX = "mh1:0fc2fcab8b9b7f588f42a49da74192ffbb941451de343292ff02f123"

ARTICLE = " ".join(
    f"Paragraph {word} explains how the spine, its discs and the nerves around them work "
    f"together, and what {word} patients can do about pain."
    for word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
)


def test_known_text_has_known_fingerprint() -> None:
    assert fingerprint(FOX).to_str() == FOX_HEX


def test_fingerprint_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        "import sys; from curator.assess import fingerprint; "
        "print(fingerprint(sys.argv[1]).to_str())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code, ARTICLE], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == fingerprint(ARTICLE).to_str()


def test_round_trip_through_string() -> None:
    sketch = fingerprint(ARTICLE)
    text = sketch.to_str()
    assert Fingerprint.from_str(text) == sketch
    assert len(text) <= 4 + 8 * 128
    assert "\n" not in text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sh1:00000001", "must start with 'mh1:'"),
        ("mh1:0000001", "not a multiple of 8"),
        ("mh1:0000000z", "not hex digits"),
        ("mh1:0000000200000001", "ascending"),
    ],
)
def test_bad_fingerprint_strings_are_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Fingerprint.from_str(text)


def test_similarity_of_identical_related_and_unrelated_texts() -> None:
    edited = ARTICLE.replace("sixth", "last").replace("seventh", "final")
    assert similarity(fingerprint(ARTICLE), fingerprint(ARTICLE)) == 1.0
    assert 0.6 < similarity(fingerprint(ARTICLE), fingerprint(edited)) < 1.0
    assert similarity(fingerprint(ARTICLE), fingerprint(FOX)) == 0.0


def test_empty_texts() -> None:
    empty = fingerprint("")
    assert empty.is_empty
    assert Fingerprint.from_str(empty.to_str()) == empty
    assert similarity(empty, fingerprint("")) == 1.0
    assert similarity(empty, fingerprint(ARTICLE)) == 0.0


def test_dates_times_ages_and_counters_do_not_count() -> None:
    before = "Updated 3 hours ago. Published Monday, March 3, 2024 at 10:45 a.m. ET. " + ARTICLE
    after = "Posted 2 days ago · 2024-04-17T08:00:00Z · 12,345 views. " + ARTICLE
    assert fingerprint(before) == fingerprint(after) == fingerprint(ARTICLE)


def test_volatile_stripping_keeps_ordinary_numbers() -> None:
    assert strip_volatile("It costs 3.14 dollars; I am 5 years old.") == (
        "It costs 3.14 dollars; I am 5 years old."
    )
    assert "1234567" not in strip_volatile("story id 1234567 here")
