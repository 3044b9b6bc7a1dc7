"""The fourth to tenth soft-dead blind sets load, are new, and are served as written (no score
floors).

``tests/softdead/blind4.yaml``, ``blind5.yaml``, ``blind6.yaml``, ``blind7.yaml``,
``blind8.yaml``, ``blind9.yaml`` and ``blind10.yaml`` were each written without reading
``curator.classify`` or any earlier set, to give an outside estimate of the rules as they stand.
Their figures are in bench/README.md ("Fourth blind set", "Fifth blind set", "Sixth blind set",
"Seventh blind set", from ``python -m bench.softdead --set blind4`` and so on; the lead runs the
eighth, the ninth and the tenth); they are not floors here, because the sets exist to measure the
rules, not to be fitted by them. One check serves every set, so a change to how cases are served
is held to what each set says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest
from bench.softdead import FETCH

from curator.fetch.client import Fetcher
from fixtureweb import FixtureWeb
from softdead import (
    webchrome4,
    webchrome5,
    webchrome6,
    webchrome7,
    webchrome8,
    webchrome9,
    webchrome10,
)
from softdead.devset import (
    BLIND,
    BLIND2,
    BLIND3,
    BLIND4,
    BLIND5,
    BLIND6,
    BLIND7,
    BLIND8,
    BLIND9,
    BLIND10,
    MANIFEST,
    body_of,
    load_cases,
    serve,
)


@dataclass(frozen=True)
class BlindSet:
    manifest: Path
    chrome: ModuleType  # the templates written for this set
    earlier: tuple[Path, ...]  # sets written before it: no family may repeat theirs
    pages: int  # at least this many
    gone_langs: frozenset[str]  # languages its gone pages must cover

    @property
    def prefix(self) -> str:
        return self.manifest.stem + "-"


SETS = {
    "blind4": BlindSet(
        BLIND4, webchrome4, (MANIFEST, BLIND, BLIND2, BLIND3), 180,
        frozenset({"ja", "zh", "ko", "ar", "he", "fa", "hi", "ta"}),
    ),
    "blind5": BlindSet(
        BLIND5, webchrome5, (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4), 200,
        frozenset({"ja", "zh", "ko", "ar", "he", "hi", "bn", "th", "ru", "uk", "tr", "id", "sw"}),
    ),
    "blind6": BlindSet(
        BLIND6, webchrome6, (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5), 150,
        frozenset({"ja", "zh", "ko", "ar", "he", "fa", "hi", "bn", "th", "ru", "uk", "pl", "tr",
                   "id", "sw"}),
    ),
    "blind7": BlindSet(
        BLIND7, webchrome7, (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6), 220,
        frozenset({"ja", "zh", "ko", "ar", "he", "fa", "hi", "bn", "ta", "th", "ru", "uk", "pl",
                   "tr", "id", "ms", "sw", "am", "vi", "el", "ro", "hu", "nl", "sv"}),
    ),
    "blind8": BlindSet(
        BLIND8, webchrome8, (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7), 240,
        frozenset({"zh", "ja", "ko", "th", "ar", "fa", "he", "hi", "bn", "ta", "my", "km", "am",
                   "ru", "uk", "el", "tr", "vi", "id", "pl", "nl", "sv"}),
    ),
    "blind9": BlindSet(
        BLIND9, webchrome9,
        (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8), 240,
        frozenset({"zh", "ja", "ko", "th", "ar", "fa", "he", "hi", "bn", "ta", "my", "km", "am",
                   "ru", "uk", "el", "tr", "vi", "id", "pl", "nl", "sv", "cs", "ro", "hu"}),
    ),
    "blind10": BlindSet(
        BLIND10, webchrome10,
        (MANIFEST, BLIND, BLIND2, BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9), 300,
        frozenset({"en", "es", "de", "ja", "fr", "pt", "ru", "it", "zh", "pl", "ko", "th", "ar",
                   "fa", "he", "hi", "bn", "ta", "my", "km", "am", "uk", "tr", "vi", "id", "nl",
                   "sv", "el", "cs"}),
    ),
}  # fmt: skip
each_set = pytest.mark.parametrize("name", list(SETS))


@each_set
def test_the_set_is_large_balanced_new_and_explained(name: str) -> None:
    spec = SETS[name]
    cases = load_cases(spec.manifest)
    assert len(cases) >= spec.pages
    labels = Counter(case.label for case in cases)
    assert min(labels.values()) >= 0.45 * len(cases), labels
    families = Counter(case.family for case in cases)
    earlier = {case.family for path in spec.earlier for case in load_cases(path)}
    assert all(family.startswith(spec.prefix) for family in families)
    assert len(families) >= 30 and not set(families) & earlier
    for family in families:
        assert len({case.label for case in cases if case.family == family}) == 1, family
    assert all(case.note for case in cases), "every page says why it has its label"
    gone_langs = {case.lang for case in cases if case.label == "gone"}
    live_langs = {case.lang for case in cases if case.label == "live"}
    assert len(gone_langs | live_langs) >= 15
    assert spec.gone_langs <= gone_langs
    assert gone_langs <= live_langs, "a language alone never tells gone from live"


@each_set
def test_pages_have_a_real_page_weight_and_new_chrome(name: str) -> None:
    """Every page is in the set's own templates at a real weight, except literal bodies (an
    empty 200, a bare script redirect), which are as small as the web sends them."""
    spec = SETS[name]
    cases = load_cases(spec.manifest)
    assert all(case.chrome in spec.chrome.TEMPLATES or case.raw is not None for case in cases)
    sizes = {case.id: len(body_of(case)) for case in cases if case.raw is None}
    assert len(sizes) >= 0.9 * len(cases)
    assert {k: v for k, v in sizes.items() if not 20_000 <= v <= 150_000} == {}


@each_set
def test_every_page_is_served_as_written(name: str) -> None:
    """Each link answers as its entry says; so does a made-up URL beside it (what a probe sees)."""
    cases = load_cases(SETS[name].manifest)
    probe_status = {"same": 200, "slug": 200, "varied": 200, "home": 200, "other": 200, "404": 404}
    probe_status |= {"notfound": 404, "notfound-home": 404}
    with FixtureWeb() as web:
        links = serve(web, cases)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in cases:
                result = fetcher.fetch(links[case.id])
                assert result.status == case.status == 200, case.id
                if case.redirect is None and result.hops:  # an immediate refresh is followed
                    sent = {name.lower() for name in case.headers}
                    via = "refresh-header" if "refresh" in sent else "meta-refresh"
                    assert via == "refresh-header" or "http-equiv" in case.message, case.id
                    assert [hop.via for hop in result.hops] == [via], case.id
                elif case.redirect is None:
                    assert result.body == body_of(case), case.id
                else:
                    assert len(result.hops) == len(case.via) + 1, case.id
                    assert result.final_url.endswith(case.redirect), case.id
                    vias = {hop.via for hop in result.hops}
                    sent_by = {"meta": "meta-refresh", "header": "refresh-header"}
                    assert vias == {sent_by.get(case.redirect_via, "http")}
                    if case.redirect != "/" or case.front:
                        assert result.body == body_of(case), case.id
                if case.front:  # the site's front page is the case's own page
                    site = urlsplit(links[case.id])
                    front = fetcher.fetch(f"{site.scheme}://{site.netloc}/")
                    assert front.body == body_of(case), case.id
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


@each_set
def test_a_soft_404_site_echoes_each_path_in_a_page_that_differs_per_url(name: str) -> None:
    """``varied`` sites answer every unknown URL with 200 and a page that is not byte-identical
    from one URL to the next: the path is echoed and the rails and render stamp reseeded. Both
    gone pages and live pages sit on such sites."""
    varied = [case for case in load_cases(SETS[name].manifest) if case.probe == "varied"]
    assert {case.label for case in varied} == {"gone", "live"}
    with FixtureWeb() as web:
        links = serve(web, varied)
        with Fetcher(FETCH, resolver=web.resolver) as fetcher:
            for case in varied:
                first = fetcher.fetch(_made_up(links[case.id]))
                second = fetcher.fetch(_made_up(links[case.id]) + "-b")
                assert first.status == second.status == 200, case.id
                assert first.body != second.body, case.id
                assert b"-x7q-b" in second.body and b"-x7q-b" not in first.body, case.id
