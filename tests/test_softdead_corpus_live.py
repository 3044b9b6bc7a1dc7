"""No real page is called gone: every page of ``../shared/corpus`` (news, blogs, lyrics, shops,
in a dozen languages, written by nobody here) is served byte for byte at its own address through
a local server, and goes through the real fetch, inspect, probe and classify path.

The DEV and blind sets' live pages are written to look like gone ones; these are the web as it
is, where a false alarm would be the first thing an editor sees. ``python -m bench.softdead --set
corpus`` serves them on slug-ignoring sites too; its figures are in bench/README.md.
"""

from __future__ import annotations

import pytest
from bench.softdead import corpus_cases, judge_all


@pytest.mark.slow
def test_no_real_page_of_the_corpus_is_called_gone() -> None:
    cases = [case for case in corpus_cases() if case.probe == "404"]
    assert len(cases) >= 130
    wrong = [
        f"{one.case.chrome}: {one.verdict.state.value}: {one.verdict.reason}"
        for one in judge_all(cases)
        if one.called_gone
    ]
    assert wrong == []
