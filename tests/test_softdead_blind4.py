"""The fourth soft-dead blind set loads, is new, and is served as written (no score floors).

``tests/softdead/blind4.yaml`` was written without reading ``curator.classify`` or the earlier
sets, to give an outside estimate of the rules as they stand. Its figures are in bench/README.md
("Fourth blind set", from ``python -m bench.softdead --set blind4``); they are not floors here,
because the set exists to measure the rules, not to be fitted by them.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from bench.softdead import FETCH

from curator.fetch.client import Fetcher
from fixtureweb import FixtureWeb
from softdead import webchrome4
from softdead.devset import BLIND, BLIND2, BLIND3, BLIND4, Case, body_of, load_cases, serve

CASES = load_cases(BLIND4)


def test_the_fourth_blind_set_is_large_balanced_new_and_explained() -> None:
    assert len(CASES) >= 180
    labels = Counter(case.label for case in CASES)
    assert min(labels.values()) >= 0.45 * len(CASES), labels
    families = Counter(case.family for case in CASES)
    earlier = {case.family for case in _earlier()}
    assert all(family.startswith("blind4-") for family in families)
    assert len(families) >= 30 and not set(families) & earlier
    for family in families:
        assert len({case.label for case in CASES if case.family == family}) == 1, family
    assert all(case.note for case in CASES), "every page says why it has its label"
    gone_langs = {case.lang for case in CASES if case.label == "gone"}
    live_langs = {case.lang for case in CASES if case.label == "live"}
    assert len(gone_langs | live_langs) >= 15
    assert {"ja", "zh", "ko", "ar", "he", "fa", "hi", "ta"} <= gone_langs
    assert gone_langs <= live_langs, "a language alone never tells gone from live"


def _earlier() -> list[Case]:
    return load_cases() + load_cases(BLIND) + load_cases(BLIND2) + load_cases(BLIND3)


def test_pages_have_a_real_page_weight_and_new_chrome() -> None:
    assert all(case.chrome in webchrome4.TEMPLATES for case in CASES)
    sizes = {case.id: len(body_of(case)) for case in CASES}
    assert {k: v for k, v in sizes.items() if not 20_000 <= v <= 150_000} == {}


def test_every_page_is_served_as_written() -> None:
    """Each link answers as its entry says; so does a made-up URL beside it (what a probe sees)."""
    probe_status = {"same": 200, "slug": 200, "varied": 200, "home": 200, "404": 404}
    probe_status["notfound"] = 404
    with FixtureWeb() as web:
        links = serve(web, CASES)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in CASES:
                result = fetcher.fetch(links[case.id])
                assert result.status == case.status == 200, case.id
                if case.redirect is None and result.hops:  # an immediate meta refresh is followed
                    assert "http-equiv" in case.message, case.id
                    assert [hop.via for hop in result.hops] == ["meta-refresh"], case.id
                elif case.redirect is None:
                    assert result.body == body_of(case), case.id
                else:
                    assert result.hops and result.final_url.endswith(case.redirect), case.id
                    if case.redirect != "/":
                        assert result.body == body_of(case), case.id
                made_up = fetcher.fetch(_made_up(links[case.id]))
                assert made_up.status == probe_status[case.probe], case.id
                if case.probe == "home":  # made-up URLs are sent to the home page
                    assert made_up.hops and urlsplit(made_up.final_url).path == "/", case.id
                else:
                    same = made_up.body == result.body
                    assert same == (case.probe in ("same", "slug")), case.id


def _made_up(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/') or '/index'}-x7q"


def test_a_soft_404_site_echoes_each_path_in_a_page_that_differs_per_url() -> None:
    """``varied`` sites answer every unknown URL with 200 and a page that is not byte-identical
    from one URL to the next: the path is echoed and the rails and render stamp reseeded."""
    varied = [case for case in CASES if case.probe == "varied"]
    assert len({case.family for case in varied}) == 2  # gone pages, and live pages on such sites
    with FixtureWeb() as web:
        links = serve(web, varied)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in varied:
                first = fetcher.fetch(_made_up(links[case.id]))
                second = fetcher.fetch(_made_up(links[case.id]) + "-b")
                assert first.status == second.status == 200, case.id
                assert first.body != second.body, case.id
                assert b"-x7q-b" in second.body and b"-x7q-b" not in first.body, case.id
