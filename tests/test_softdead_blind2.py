"""The second soft-dead blind set loads, is new, and is served as written (no score floors).

``tests/softdead/blind2.yaml`` was written without reading ``curator.classify`` or the first
blind set, to give an outside estimate of the rules as they stand. Its figures are in
bench/README.md ("Second blind set", from ``python -m bench.softdead --set blind2``); they are
not floors here, because the set exists to measure the rules, not to be fitted by them.
"""

from __future__ import annotations

from collections import Counter

from bench.softdead import FETCH

from curator.fetch.client import Fetcher
from fixtureweb import FixtureWeb
from softdead import webchrome2
from softdead.devset import BLIND, BLIND2, body_of, load_cases, serve

CASES = load_cases(BLIND2)


def test_the_second_blind_set_is_large_new_and_explained() -> None:
    assert len(CASES) >= 80
    families = Counter(case.family for case in CASES)
    earlier = {case.family for case in load_cases()} | {case.family for case in load_cases(BLIND)}
    assert len(families) >= 10 and not set(families) & earlier
    for family in families:
        assert len({case.label for case in CASES if case.family == family}) == 1, family
    assert all(case.note for case in CASES), "every page says why it has its label"
    gone_langs = {case.lang for case in CASES if case.label == "gone"}
    live_langs = {case.lang for case in CASES if case.label == "live"}
    assert len(gone_langs) >= 20 and gone_langs <= live_langs | {"en"}, gone_langs - live_langs


def test_pages_in_site_chrome_have_a_real_page_weight() -> None:
    sizes = {case.id: len(body_of(case)) for case in CASES if case.chrome in webchrome2.TEMPLATES}
    assert len(sizes) >= 70
    assert {k: v for k, v in sizes.items() if not 15_000 <= v <= 60_000} == {}


def test_every_page_is_served_as_written() -> None:
    with FixtureWeb() as web:
        links = serve(web, CASES)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in CASES:
                result = fetcher.fetch(links[case.id])
                assert result.status == 200, case.id
                assert result.body == body_of(case), case.id
