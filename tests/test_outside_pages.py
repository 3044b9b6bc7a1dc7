"""bench/outside_pages.py scores a folder of real pages from outside the corpus, per source.

The folder is written here with small pages of our own (no third-party page bytes in tests), in
the corpus's layout, and read back through real files: the scoring, the per-source split, null
truths skipped, a broken truth file refused with its name, and ``bench.softdead --dir`` serving
the same folder as live pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench import outside_pages, softdead

from curator.states import LinkState

OG = (
    "<html><head><title>{title} | Riverside Gazette</title>"
    "<meta property='og:title' content='{og}'>"
    "<meta name='description' content='{description}'></head>"
    "<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
)
PARAGRAPH = (
    "<p>The council met on Tuesday evening to hear residents on the plan for the river path, "
    "and most of the hour went to the bridge, the lighting and the hours the path stays open.</p>"
)


def _page(folder: Path, page_id: str, source: str, body: str, **truth: object) -> None:
    (folder / "pages" / page_id).mkdir(parents=True)
    (folder / "pages" / page_id / "page.html").write_text(body, encoding="utf-8")
    record = {"id": page_id, "corpus": source, "url": f"https://news.example/{page_id}", **truth}
    (folder / "pages" / page_id / "truth.json").write_text(json.dumps(record), encoding="utf-8")


def _article(title: str, og: str, description: str) -> str:
    return OG.format(title=title, og=og, description=description, paragraphs=PARAGRAPH * 4)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    _page(
        tmp_path,
        "alpha-bridge",
        "alpha",
        _article("River path opens in May", "River path opens in May", "The bridge is done."),
        title="River Path Opens in May",  # case and spacing do not count
        description="The bridge is done.",
    )
    _page(
        tmp_path,
        "alpha-lights",
        "alpha",
        _article("Lights for the path", "Lights for the path", "Twelve lamps."),
        title="Lights for the path — updated",  # a truth no rule reaches
        description=None,  # not asserted: skipped, not a miss
    )
    _page(
        tmp_path,
        "beta-hours",
        "beta",
        _article("Path hours set", "Path hours set", "Open 6 to 22."),
        title="Path hours set",
        description="Open 6 to 22.",
    )
    return tmp_path


def test_scores_each_source_and_pools_them(outside: Path) -> None:
    scores = outside_pages.score(outside_pages.read_pages(outside))

    assert scores.pages == {"alpha": 2, "beta": 1, "all": 3}
    title = scores.tally("all", "title", "curator")
    assert (title.asserted, title.matched) == (3, 2)
    assert scores.tally("alpha", "title", "curator").matched == 1
    described = scores.tally("alpha", "description", "curator")
    assert (described.asserted, described.matched) == (1, 1)
    assert scores.tally("beta", "description", "naive").matched == 1
    assert [(miss.page, miss.field) for miss in scores.misses] == [("alpha-lights", "title")]


def test_the_report_names_every_rule_and_curators_misses(
    outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert outside_pages.main(["--dir", str(outside), "--verbose"]) == 0
    out = capsys.readouterr().out

    header = "| source | field | pages | curator | naive | readability | metascraper | goose3 |"
    assert header in out
    assert "| all | title | 3 | 0.667 (2/3) |" in out
    assert "| beta | description | 1 | 1.000 (1/1) |" in out
    assert "alpha-lights title: expected 'Lights for the path — updated'" in out


def test_a_broken_truth_is_refused_with_its_file_and_nothing_is_scored(
    outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = outside / "pages" / "beta-hours" / "truth.json"
    broken.write_text('{"id": "beta-hours", "corpus": "beta", "title": 7}', encoding="utf-8")

    assert outside_pages.main(["--dir", str(outside)]) == 2
    captured = capsys.readouterr()
    assert f"{broken}: 'title' must be a string or null" in captured.err
    assert captured.out == ""


def test_a_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert outside_pages.main(["--dir", str(tmp_path / "nowhere")]) == 2
    assert "no such directory" in capsys.readouterr().err


def test_softdead_serves_the_folder_as_live_pages(outside: Path) -> None:
    cases = softdead.corpus_cases(outside / "pages")
    assert [case.chrome for case in cases if case.probe == "404"] == [
        f"file:{outside / 'pages' / name / 'page.html'}"
        for name in ("alpha-bridge", "alpha-lights", "beta-hours")
    ]
    judged = softdead.judge_all([case for case in cases if case.probe == "404"])
    assert [one.called_gone for one in judged] == [False, False, False]
    assert {one.verdict.state for one in judged} == {LinkState.ALIVE}


def test_softdead_dir_needs_the_corpus_set(
    outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert softdead.main(["--set", "dev", "--dir", str(outside)]) == 2
    assert "--dir needs --set corpus" in capsys.readouterr().err


def test_restore_meta_undoes_mercurys_rename_on_pages_that_declare_it(tmp_path: Path) -> None:
    renamed = (
        "<html><head><title>Bridge opens | Riverside Gazette | Local news</title>"
        "<meta value='Bridge opens' name='og:title'>"
        "<meta name='description' content='Kept as it was.'></head>"
        f"<body>{PARAGRAPH * 4}</body></html>"
    )
    _page(tmp_path, "m-bridge", "mercury", renamed, title="Bridge opens", quirks=["mercury-meta"])
    _page(tmp_path, "m-plain", "mercury", renamed, title="Bridge opens")  # no quirk declared
    pages = outside_pages.read_pages(tmp_path)

    as_captured = outside_pages.score(pages)
    restored = outside_pages.score(pages, restore=True)

    assert as_captured.tally("mercury", "title", "curator").matched == 0
    assert [miss.page for miss in restored.misses] == ["m-plain"]
    assert outside_pages.restore_meta(b"<meta name=x content=y value=z>") == (
        b"<meta name=x content=y value=z>"
    )
