"""The third soft-dead blind set loads, is new, and is served as written (no score floors).

``tests/softdead/blind3.yaml`` was written without reading ``curator.classify`` or the earlier
sets, to give an outside estimate of the rules as they stand. Its figures are in bench/README.md
("Third blind set", from ``python -m bench.softdead --set blind3``); they are not floors here,
because the set exists to measure the rules, not to be fitted by them.
"""

from __future__ import annotations

from collections import Counter

from bench.softdead import FETCH

from curator.fetch.client import Fetcher
from fixtureweb import FixtureWeb
from softdead import webchrome3
from softdead.devset import BLIND, BLIND2, BLIND3, Case, body_of, load_cases, serve

CASES = load_cases(BLIND3)


def test_the_third_blind_set_is_large_balanced_new_and_explained() -> None:
    assert len(CASES) >= 150
    labels = Counter(case.label for case in CASES)
    assert min(labels.values()) >= 0.4 * len(CASES), labels
    families = Counter(case.family for case in CASES)
    earlier = {case.family for case in _earlier()}
    assert all(family.startswith("blind3-") for family in families)
    assert len(families) >= 20 and not set(families) & earlier
    for family in families:
        assert len({case.label for case in CASES if case.family == family}) == 1, family
    assert all(case.note for case in CASES), "every page says why it has its label"
    gone_langs = {case.lang for case in CASES if case.label == "gone"}
    live_langs = {case.lang for case in CASES if case.label == "live"}
    assert len(gone_langs | live_langs) >= 15 and {"ja", "zh", "ko", "ar", "he", "hi"} <= gone_langs
    assert gone_langs <= live_langs, "a language alone never tells gone from live"


def _earlier() -> list[Case]:
    return load_cases() + load_cases(BLIND) + load_cases(BLIND2)


def test_pages_in_site_chrome_have_a_real_page_weight() -> None:
    sizes = {case.id: len(body_of(case)) for case in CASES if case.chrome in webchrome3.TEMPLATES}
    assert len(sizes) >= 150
    assert {k: v for k, v in sizes.items() if not 20_000 <= v <= 150_000} == {}


def test_every_page_is_served_as_written() -> None:
    """Each link answers as its entry says; so does a made-up URL beside it (what a probe sees)."""
    probe_status = {"same": 200, "slug": 200, "404": 404, "notfound": 404}
    with FixtureWeb() as web:
        links = serve(web, CASES)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in CASES:
                result = fetcher.fetch(links[case.id])
                assert result.status == case.status == 200, case.id
                if case.redirect is None:
                    assert not result.hops and result.body == body_of(case), case.id
                else:
                    assert result.hops and result.final_url.endswith(case.redirect), case.id
                    if case.redirect != "/":
                        assert result.body == body_of(case), case.id
                made_up = fetcher.fetch(links[case.id] + "-x7q")
                assert made_up.status == probe_status[case.probe], case.id
                same = made_up.body == result.body
                assert same == (case.probe in ("same", "slug")), case.id
                if case.probe == "slug":  # another article number: an honest 404
                    directory, slug = links[case.id].rsplit("/", 1)
                    assert fetcher.fetch(directory + "9/" + slug).status == 404, case.id
