"""Titles and descriptions on real pages from outside ../shared/corpus: a fourth, outside measure.

The three corpora in ../shared/corpus are small and their truths conflict, so our held-out
figures cannot say how ``curator.extract`` does on pages nobody here tuned on. This scores it on
pages other projects captured as test fixtures and asserted metadata for (newspaper4k, Mercury
Parser, trafilatura, ...), assembled by hand under a directory outside the repository in the
corpus's own layout (``pages/<id>/page.html`` + ``truth.json``; ``truth.json``'s ``corpus`` names
the source project, ``source`` its repo, commit and paths, ``semantics`` what its truth means).
It downloads nothing and the repository holds none of those pages: bench/README.md says how the
directory was built.

Some captures were not saved as served: Mercury's fixtures went through its ``normalizeMetaTags``
(every ``<meta content>`` renamed ``value``, every ``property`` renamed ``name``), so no reader
sees their meta tags. Such a page's truth lists ``"quirks": ["mercury-meta"]``; with
``--restore-meta`` the rename of ``content`` is undone before reading (``name`` is left, since
which were ``property`` is lost), so the page is scored both as captured and as it was served.

Each truth is its own project's choice (Mercury's title is its site extractor's selector,
newspaper's is newspaper's), so figures are given per source, for curator's shipped rules beside
the naive rule (og:title else ``<title>``) and the ports of Readability, metascraper and goose3,
with the corpus README's comparison (bench/extract_quality.normalise).

    python -m bench.outside_pages --dir /tmp/outside [--restore-meta] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bench.extract_quality import NAIVE, Miss, Page, Tally, load_pages, normalise
from bench.extract_readers import TOOLS, outputs

from curator.extract import extract
from curator.extract.decode import decode_html
from curator.extract.descriptions import description
from curator.extract.document import parse
from curator.extract.titles import title

FIELDS = ("title", "description")
RULES = ("curator", "naive", *TOOLS)

Reader = Callable[[bytes, str], dict[str, tuple[str | None, str | None]]]
"""(page bytes, page URL or "") -> {rule: (title, description)}."""


class TruthError(ValueError):
    """A truth file that cannot be scored; the message names the file and the problem."""


def read_pages(directory: Path) -> list[Page]:
    """The pages under ``directory/pages``, each truth checked before anything is scored."""
    root = directory / "pages"
    if not root.is_dir():
        raise TruthError(f"{root}: no such directory (expected pages/<id>/page.html)")
    for truth_path in sorted(root.glob("*/truth.json")):
        _check_truth(truth_path)
    return load_pages(directory)


def _check_truth(path: Path) -> None:
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TruthError(f"{path}: not a JSON file: {error}") from None
    if not isinstance(truth, dict):
        raise TruthError(f"{path}: expected a JSON object, got {type(truth).__name__}")
    for key in ("id", "corpus"):
        if not isinstance(truth.get(key), str) or not truth[key]:
            raise TruthError(f"{path}: '{key}' must be a non-empty string")
    if truth["id"] != path.parent.name:
        raise TruthError(f"{path}: id {truth['id']!r} is not its folder's name")
    for key in ("title", "description", "url"):
        if truth.get(key) is not None and not isinstance(truth[key], str):
            raise TruthError(f"{path}: '{key}' must be a string or null")
    if not (path.parent / "page.html").is_file():
        raise TruthError(f"{path.parent / 'page.html'}: missing")


_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_VALUE = re.compile(rb"(\s)value(\s*=)", re.IGNORECASE)
_CONTENT = re.compile(rb"\scontent\s*=", re.IGNORECASE)


def restore_meta(body: bytes) -> bytes:
    """Undo Mercury's ``content`` -> ``value`` rename on ``<meta>`` tags that lost ``content``."""

    def one(match: re.Match[bytes]) -> bytes:
        tag = match.group(0)
        return tag if _CONTENT.search(tag) else _VALUE.sub(rb"\1content\2", tag, count=1)

    return _META.sub(one, body)


def read_all(body: bytes, url: str) -> dict[str, tuple[str | None, str | None]]:
    """Every rule's title and description for one page."""
    shipped = extract(body, url, {})
    text = decode_html(body, {})
    document = parse(text)
    naive: tuple[str | None, str | None] = (None, None)
    if document is not None:
        naive = (title(document, NAIVE.choices), description(document, NAIVE.choices)[0])
    ported = outputs(text, urlsplit(url).hostname if url else None)
    return {"curator": (shipped.title, shipped.description), "naive": naive, **ported}


@dataclass
class Scores:
    """Matches per (source, field, rule); source "all" pools them."""

    pages: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tallies: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[Miss] = field(default_factory=list)

    def tally(self, source: str, field_name: str, rule: str) -> Tally:
        return self.tallies[(source, field_name, rule)]


def score(pages: Iterable[Page], reader: Reader = read_all, restore: bool = False) -> Scores:
    scores = Scores()
    for page in pages:
        url = page.truth.get("url")
        body = page.path.read_bytes()
        quirks = page.truth.get("quirks")
        if restore and isinstance(quirks, list) and "mercury-meta" in quirks:
            body = restore_meta(body)
        values = reader(body, url if isinstance(url, str) else "")
        for source in (page.corpus, "all"):
            scores.pages[source] += 1
        for index, field_name in enumerate(FIELDS):
            expected = page.truth.get(field_name)
            if not isinstance(expected, str):
                continue  # null: not asserted by the source
            for rule in RULES:
                got = values[rule][index] or ""
                ok = normalise(got) == normalise(expected)
                for source in (page.corpus, "all"):
                    tally = scores.tally(source, field_name, rule)
                    tally.asserted += 1
                    tally.matched += ok
                if rule == "curator" and not ok:
                    scores.misses.append(Miss(page.id, field_name, expected, got))
    return scores


def _cell(tally: Tally) -> str:
    if not tally.asserted:
        return "-"
    return f"{tally.rate:.3f} ({tally.matched}/{tally.asserted})"


def report(scores: Scores, verbose: bool = False) -> str:
    sources = sorted(source for source in scores.pages if source != "all")
    lines = [
        f"| source | field | pages | {' | '.join(RULES)} |",
        f"|---|---|---:|{'---|' * len(RULES)}",
    ]
    for source in [*sources, "all"]:
        for field_name in FIELDS:
            cells = [_cell(scores.tally(source, field_name, rule)) for rule in RULES]
            lines.append(
                f"| {source} | {field_name} | {scores.pages[source]} | {' | '.join(cells)} |"
            )
    if verbose:
        lines += ["", "curator's misses:"]
        for miss in scores.misses:
            lines.append(
                f"- {miss.page} {miss.field}: expected {miss.expected!r}, got {miss.got!r}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True, help="pages/<id>/{page.html,truth.json}")
    parser.add_argument("--verbose", "-v", action="store_true", help="list curator's misses")
    parser.add_argument(
        "--restore-meta", action="store_true", help="undo Mercury's <meta content> rename"
    )
    args = parser.parse_args(argv)
    try:
        pages = read_pages(args.dir)
    except TruthError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not pages:
        print(f"error: {args.dir / 'pages'}: no pages/<id>/truth.json found", file=sys.stderr)
        return 2
    print(report(score(pages, restore=args.restore_meta), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
