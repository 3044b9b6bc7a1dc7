"""How often curator.extract gets a page's title and description right, and how fast.

Reads the page-metadata corpus in place (../shared/corpus/pages/<id>/page.html + truth.json,
relative to the repository root) and compares what ``extract`` returns with the truth after the
corpus README's normalisation: NFKC, typographic quotes folded to ASCII, case-folded, whitespace
collapsed. A null truth is "not asserted" and is skipped. Language, publication date and
"modified" are reported too (informational, no target); "modified" checks ``modified or
published`` against metascraper's ``extra.date``, which also holds dates metascraper guessed from
body text, which curator deliberately does not do.

    python bench/extract_quality.py [--verbose] [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from curator.extract import PageMeta, extract

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO_ROOT / ".." / "shared" / "corpus"
FIELDS = ("title", "description", "lang", "published", "modified")

_QUOTES = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    }
)  # fmt: skip


def normalise(text: str) -> str:
    """The corpus README's comparison form."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(folded.split())


@dataclass(frozen=True)
class Page:
    id: str
    corpus: str
    path: Path
    truth: dict[str, object]


@dataclass
class Tally:
    asserted: int = 0
    matched: int = 0

    @property
    def rate(self) -> float:
        return self.matched / self.asserted if self.asserted else 1.0


@dataclass
class Miss:
    page: str
    field: str
    expected: str
    got: str


@dataclass
class Results:
    pages: int = 0
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[Miss] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    titles: dict[str, str | None] = field(default_factory=dict)

    def rate(self, field_name: str, corpus: str = "all") -> float:
        return self.tallies[(corpus, field_name)].rate


def load_pages(corpus_dir: Path) -> list[Page]:
    pages = []
    for truth_path in sorted((corpus_dir / "pages").glob("*/truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pages.append(Page(truth["id"], truth["corpus"], truth_path.parent / "page.html", truth))
    return pages


def run(pages: Iterable[Page]) -> Results:
    results = Results()
    for page in pages:
        body = page.path.read_bytes()
        url = page.truth.get("url")
        started = time.perf_counter()
        meta = extract(body, url if isinstance(url, str) else "", {})
        results.seconds.append(time.perf_counter() - started)
        results.pages += 1
        results.titles[page.id] = meta.title
        for field_name, expected, got, ok in _compare(page, meta):
            for corpus in (page.corpus, "all"):
                tally = results.tallies[(corpus, field_name)]
                tally.asserted += 1
                tally.matched += ok
            if not ok:
                results.misses.append(Miss(page.id, field_name, expected, got))
    return results


def _compare(page: Page, meta: PageMeta) -> Iterator[tuple[str, str, str, bool]]:
    for field_name in ("title", "description"):
        expected = page.truth.get(field_name)
        if isinstance(expected, str):
            got = getattr(meta, field_name) or ""
            yield field_name, expected, got, normalise(got) == normalise(expected)
    expected_lang = page.truth.get("lang")
    if isinstance(expected_lang, str):
        got = meta.lang or ""
        yield "lang", expected_lang, got, _same_lang(expected_lang, got)
    expected_date = page.truth.get("published")
    if isinstance(expected_date, str):
        got_date = meta.published
        yield "published", expected_date, str(got_date), _same_date(expected_date, got_date)
    extra = page.truth.get("extra")
    latest = extra.get("date") if isinstance(extra, dict) else None
    if isinstance(latest, str):
        # metascraper's date: the modified date if declared, else the published one, in UTC.
        got_latest = meta.modified or meta.published
        yield "modified", latest, str(got_latest), _same_instant(latest, got_latest)


def _same_lang(expected: str, got: str) -> bool:
    """Equal tags, or equal primary subtags when the truth names no region (metascraper)."""
    want, have = expected.casefold(), got.casefold()
    return want == have or ("-" not in want and have.split("-")[0] == want)


def _same_instant(expected: str, got: datetime | date | None) -> bool:
    """Same moment when both have a time (naive read as UTC), else the same calendar day."""
    if got is None:
        return False
    want = datetime.fromisoformat(expected)
    if isinstance(got, datetime):
        if got.tzinfo is None:
            got = got.replace(tzinfo=UTC)
        return got == want or got.date() == want.date()
    return got == want.date()


def _same_date(expected: str, got: datetime | date | None) -> bool:
    if got is None:
        return False
    want = datetime.fromisoformat(expected)
    if isinstance(got, datetime) and (got.tzinfo is None) == (want.tzinfo is None):
        return got == want
    return (got.date() if isinstance(got, datetime) else got) == want.date()


def report(results: Results, verbose: bool) -> str:
    lines = []
    if verbose:
        for miss in results.misses:
            lines.append(f"MISS {miss.page} {miss.field}\n  want: {miss.expected[:200]!r}")
            lines.append(f"  got:  {miss.got[:200]!r}")
        lines.append("")
    corpora = [*sorted({corpus for corpus, _ in results.tallies if corpus != "all"}), "all"]
    lines.append(f"{'corpus':<12}" + "".join(f"{name:>16}" for name in FIELDS))
    for corpus in corpora:
        cells = []
        for name in FIELDS:
            tally = results.tallies.get((corpus, name), Tally())
            cells.append(f"{tally.matched:>4}/{tally.asserted:<4} {100 * tally.rate:5.1f}%")
        lines.append(f"{corpus:<12}" + "".join(f"{cell:>16}" for cell in cells))
    total = sum(results.seconds)
    median_ms = 1000 * statistics.median(results.seconds) if results.seconds else 0.0
    rate = results.pages / total if total else 0.0
    slowest_ms = 1000 * max(results.seconds, default=0.0)
    lines.append(
        f"pages: {results.pages}; median {median_ms:.1f} ms/page, slowest {slowest_ms:.0f} ms; "
        f"{rate:.1f} pages/s (one process, {sys.implementation.name} {sys.version.split()[0]})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    args = parser.parse_args(argv)
    if not (args.corpus / "pages").is_dir():
        print(f"error: no corpus at {args.corpus / 'pages'}", file=sys.stderr)
        return 2
    pages = load_pages(args.corpus)[: args.limit]
    print(report(run(pages), args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
