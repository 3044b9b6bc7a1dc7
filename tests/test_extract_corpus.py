"""Extraction quality on the shared page corpus must not regress below the targets.

Runs bench/extract_quality.py's scoring over every DEV page, read in place (never copied).
Targets are 95% of titles and 90% of descriptions; the asserted floors leave two points of
margin so an unrelated tweak that costs one page does not fail CI, while a real regression does.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"
TITLE_FLOOR = 0.93
DESCRIPTION_FLOOR = 0.88
# U+FFFD, or UTF-8 read as windows-1252 ("Ã©") or as windows-1251 ("Рѕ"): signs of a wrong charset.
MOJIBAKE = re.compile("\ufffd|[ÃÂ][\u0080-\u00bf]|[РС][ЂЃЅЌЏђѓљњќџ]")


def load_bench() -> ModuleType:
    path = ROOT / "bench" / "extract_quality.py"
    spec = importlib.util.spec_from_file_location("extract_quality", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results() -> Any:
    if not (CORPUS / "pages").is_dir():
        pytest.skip(f"page corpus not found at {CORPUS.resolve()} (it lives beside the repo)")
    bench = load_bench()
    return bench.run(bench.load_pages(CORPUS))


def test_titles_match_the_corpus_truth(results: Any) -> None:
    rate = results.rate("title")
    assert rate >= TITLE_FLOOR, f"title match rate {rate:.1%} fell below {TITLE_FLOOR:.0%}"


def test_descriptions_match_the_corpus_truth(results: Any) -> None:
    rate = results.rate("description")
    assert rate >= DESCRIPTION_FLOOR, (
        f"description match rate {rate:.1%} fell below {DESCRIPTION_FLOOR:.0%}"
    )


def test_no_corpus_title_is_garbled_by_a_wrong_charset(results: Any) -> None:
    """Pages in windows-1251, GBK, Shift_JIS or mislabelled UTF-8 all decode to clean titles."""
    garbled = {
        page: title for page, title in results.titles.items() if title and MOJIBAKE.search(title)
    }
    assert not garbled
