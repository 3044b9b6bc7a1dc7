"""Which title differences an editor needs to hear about."""

from __future__ import annotations

import pytest

from curator.assess import same_title


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Low back pain | WebMD", "Low Back Pain - WebMD"),
        ("Low back pain | WebMD", "low back pain – WebMD Health"),
        ("Low back pain", "Low back pain | WebMD"),
        ("BBC News - Story title here", "Story title here - BBC News"),
        ('"Quoted" title', "“Quoted”   Title"),
        ("Caffeine", "Caffeine | The Daily Example"),
        ("Weekly edition for March 3, 2016", "Weekly edition for March 10, 2016"),
    ],
)
def test_trivial_differences_are_the_same_title(old: str, new: str) -> None:
    assert same_title(old, new)
    assert same_title(new, old)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Back Pain | WebMD", "Neck Pain | WebMD"),
        ("Back pain: causes", "Back pain: treatment"),
        ("Back pain - causes | WebMD", "Back pain - treatment | WebMD"),
        ("WebMD | Back pain", "WebMD | Neck pain"),
        ("Low back pain", "Lower back pain"),
        ("Low back pain | WebMD", "Page not found | WebMD"),
    ],
)
def test_changed_words_are_a_new_title(old: str, new: str) -> None:
    assert not same_title(old, new)
    assert not same_title(new, old)
