"""The soft-dead blind set: pages written before reading the rules (figures in bench/README.md).

``tests/softdead/blind.yaml`` holds families that are not in the DEV set, in the chrome of many
publishing systems (``softdead/webchrome.py``). The floors below are the figures measured when
the weights were last fitted on DEV and blind families together; a change that makes them worse
fails here. Held-out figures, leaving one family of the union out, come from ``python -m
bench.softdead --set union`` (too slow for the suite).
"""

from __future__ import annotations

from collections import Counter

import pytest
from bench.softdead import judge_all, precision_recall

from softdead.devset import BLIND, Judged, load_cases

CASES = load_cases(BLIND)


@pytest.fixture(scope="module")
def judged() -> list[Judged]:
    return judge_all(CASES)


def test_the_blind_set_is_large_new_and_explained() -> None:
    assert len(CASES) >= 80
    families = Counter(case.family for case in CASES)
    dev_families = {case.family for case in load_cases()}
    assert len(families) >= 8 and not set(families) & dev_families
    for family in families:
        assert len({case.label for case in CASES if case.family == family}) == 1, family
    assert all(case.note for case in CASES), "every page says why it has its label"
    assert len({case.lang for case in CASES}) >= 20
    assert len({case.chrome for case in CASES}) >= 12


def test_as_shipped_on_the_blind_set(judged: list[Judged]) -> None:
    precision, recall = precision_recall([(one, one.called_gone) for one in judged])
    assert precision >= 0.98
    assert recall >= 0.8
