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
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from curator.extract import PageMeta, extract, jsonld
from curator.extract.choices import DEFAULT, DESCRIPTION_SOURCES, TITLE_SOURCES, Choices
from curator.extract.decode import decode_html
from curator.extract.descriptions import description
from curator.extract.document import Document, parse
from curator.extract.titles import title, title_candidates, title_element_text

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


# ---------------------------------------------------------------------------------------------
# Held-out scoring: every tunable choice (curator.extract.choices) is selected on some pages and
# graded on pages it was not selected on, so a rule that only fits the DEV pages shows up.


Picker = Callable[[Document, str], str | None]
"""A rule that is not a setting of Choices: (parsed page, page URL or "") -> value."""


@dataclass(frozen=True)
class Variant:
    """One named setting of the tunable choices, a candidate for selection."""

    name: str
    choices: Choices
    pick: Picker | None = None
    """Set for rules built only here to be measured (votes between extractors, site-name
    cutting); they are graded like the others but curator does not ship them."""


NAIVE = Variant(
    "naive (og else <title> / og else meta)",
    Choices(
        title_order=("og", "title-whole"),
        description_order=("og", "meta"),
        description_vote=False,
    ),
)
"""The corpus README's reference rule, a baseline and also a candidate."""


def title_variants() -> list[Variant]:
    """Title candidates: proven extractors' orders first (they win ties), then ablations."""
    proven = [
        Variant("default", DEFAULT),
        Variant(
            "metascraper (<title> whole)",
            replace(DEFAULT, title_order=("og", "twitter", "title-whole", "json-ld", "h1")),
        ),
        Variant(
            "readability (json-ld, dc, og, twitter, <title>)",
            replace(DEFAULT, title_order=("json-ld", "dc", "og", "twitter", "title")),
        ),
    ]
    consensus = [
        Variant("consensus: the title most sources agree on", replace(DEFAULT, title_vote=True)),
        Variant(
            "consensus, og and twitter one voice",
            replace(DEFAULT, title_vote=True, title_order=_without(DEFAULT.title_order, "twitter")),
        ),
        Variant("extractors' vote (metascraper, Readability, goose3)", DEFAULT, _title_by_vote),
        Variant("goose3's own title rule", DEFAULT, _goose3_title),
        Variant("og/twitter title with the site name cut", DEFAULT, _title_without_site_name),
    ]
    return proven + consensus + _ablations(DEFAULT, "title_order") + [NAIVE]


# metascraper's and Readability's published title and description orders, in curator's source
# names; goose3's title is its own rule (_goose3_title), its description the meta tag alone.
_EXTRACTOR_TITLE_ORDERS = (
    ("og", "twitter", "title-whole", "json-ld", "h1"),
    ("json-ld", "dc", "og", "twitter", "title"),
)
_EXTRACTOR_DESCRIPTION_ORDERS = (
    ("og", "twitter", "meta", "itemprop", "json-ld", "paragraph"),
    ("json-ld", "dc", "og", "meta", "twitter", "paragraph"),
    ("meta",),
)


def _majority(values: Iterable[str | None]) -> str | None:
    """The value most extractors output; ties go to the earliest (metascraper's)."""
    found = [value for value in values if value]
    counts = Counter(normalise(value) for value in found)
    return max(found, key=lambda value: counts[normalise(value)]) if found else None


def _title_by_vote(document: Document, url: str) -> str | None:
    """What most of metascraper, Readability and goose3 would report as the title."""
    found = [
        title(document, replace(DEFAULT, title_order=order)) for order in _EXTRACTOR_TITLE_ORDERS
    ]
    return _majority([*found, _goose3_title(document, url)])


_GOOSE3_SPLITTERS = ("|", "-", "»", ":")


def _goose3_title(document: Document, url: str) -> str | None:
    """goose3's TitleExtractor: og:title, the schema headline, meta headline, then <title>.

    Each is cleaned as goose3 does: the host name removed, the site's name (og:site_name, else
    the JSON-LD publisher's) removed when a splitter is present, a splitter left at either end
    dropped.
    """
    headline = jsonld.first_text(document.jsonld, "headline")
    raw = (
        document.meta.get("og:title")
        or headline
        or document.meta.get("headline")
        or title_element_text(document)
    )
    if not raw:
        return None
    text = raw
    host = urlsplit(url).hostname
    if host:
        text = re.sub(re.escape(host), "", text, flags=re.IGNORECASE).strip()
    site = document.meta.get("og:site_name")
    if not site or site == text:
        publisher = next((o.get("publisher") for o in document.jsonld if o.get("publisher")), None)
        site = jsonld.text(publisher, "name") if isinstance(publisher, dict) else None
    if site and any(splitter in text for splitter in _GOOSE3_SPLITTERS):
        text = text.replace(site, "").strip()
    words = text.split()
    if words and words[0] in _GOOSE3_SPLITTERS:
        words.pop(0)
    if words and words[-1] in _GOOSE3_SPLITTERS:
        words.pop()
    return " ".join(words) or None


def _description_by_vote(document: Document, url: str) -> str | None:
    """What most of metascraper, Readability and goose3 would report as the description."""
    return _majority(
        description(document, replace(DEFAULT, description_order=order, description_vote=False))[0]
        for order in _EXTRACTOR_DESCRIPTION_ORDERS
    )


def _title_without_site_name(document: Document, url: str) -> str | None:
    """The default title, with "| Site" cut off when it came from og or twitter.

    The site's name is ``og:site_name``, ``application-name`` or the host's first label
    (``techcrunch.com``: "techcrunch"), matched case-folded at either end beside a separator.
    """
    found = title_candidates(document)
    if not found:
        return None
    source, value = found[0]
    if source not in ("og", "twitter"):
        return value
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    names = [document.meta.get("og:site_name"), document.meta.get("application-name")]
    names += [host.split(".")[0], host] if host else []
    for name in filter(None, names):
        escaped = re.escape(name.strip())
        cut = re.sub(
            rf"(\s[|\-–—:·•»/]\s*{escaped}$|^{escaped}\s*[|\-–—:·•»/]\s)", "", value, flags=re.I
        )
        if cut != value and cut.strip():
            return cut.strip()
    return value


def description_variants() -> list[Variant]:
    """Description candidates: proven orders, first-declared vs agreement, then ablations."""
    readability = ("json-ld", "dc", "og", "meta", "twitter", "paragraph")
    proven = [
        Variant("default", DEFAULT),
        Variant(
            "metascraper, first declared wins",
            replace(
                DEFAULT,
                description_vote=False,
                description_order=("og", "twitter", "meta", "itemprop", "json-ld", "paragraph"),
            ),
        ),
        Variant(
            "metascraper (newer: json-ld first), first declared wins",
            replace(
                DEFAULT,
                description_vote=False,
                description_order=("json-ld", "og", "twitter", "meta", "itemprop", "paragraph"),
            ),
        ),
        Variant(
            "readability, first declared wins",
            replace(DEFAULT, description_vote=False, description_order=readability),
        ),
        Variant("readability order, agreement", replace(DEFAULT, description_order=readability)),
        Variant(
            "extractors' vote (metascraper, Readability, goose3)", DEFAULT, _description_by_vote
        ),
        Variant(
            "pairwise majority of extractors (og, meta, twitter, json-ld), agreement",
            replace(DEFAULT, description_order=("og", "meta", "twitter", "json-ld", "paragraph")),
        ),
    ]
    return proven + _ablations(DEFAULT, "description_order") + [NAIVE]


def _ablations(base: Choices, order_field: str) -> list[Variant]:
    """``base`` with one rule taken out at a time: what each rule is worth."""
    order: tuple[str, ...] = getattr(base, order_field)
    found = [
        Variant(
            f"default without {source}", replace(base, **{order_field: _without(order, source)})
        )
        for source in order
    ]
    if order_field == "title_order" and "title" in order:
        for other, label in (("title-whole", "not cleaned"), ("title-first-part", "first part")):
            swapped = tuple(other if source == "title" else source for source in order)
            found.append(Variant(f"default, <title> {label}", replace(base, title_order=swapped)))
    sources = TITLE_SOURCES if order_field == "title_order" else DESCRIPTION_SOURCES
    for source in sources:
        if source in order or source.startswith("title-"):
            continue
        anchor = "title" if order_field == "title_order" else "paragraph"
        at = order.index(anchor) if anchor in order else len(order)
        added = (*order[:at], source, *order[at:])
        found.append(Variant(f"default with {source}", replace(base, **{order_field: added})))
    if order_field == "description_order":
        found.append(
            Variant(
                "default, first declared wins",
                replace(base, description_vote=not base.description_vote),
            )
        )
    return found


def _without(order: tuple[str, ...], source: str) -> tuple[str, ...]:
    return tuple(item for item in order if item != source)


Grid = dict[str, dict[str, dict[str, bool]]]
"""field -> variant name -> page id -> matched (asserted pages only)."""


def score_variants(pages: Iterable[Page]) -> Grid:
    """Match every title and description variant on every page (each page parsed once)."""
    grid: Grid = {"title": defaultdict(dict), "description": defaultdict(dict)}
    variants = {"title": title_variants(), "description": description_variants()}
    for page in pages:
        document = parse(decode_html(page.path.read_bytes(), {}))
        url = page.truth.get("url")
        for field_name, candidates in variants.items():
            expected = page.truth.get(field_name)
            if not isinstance(expected, str):
                continue
            want = normalise(expected)
            for variant in candidates:
                got = _variant_value(
                    document, field_name, variant, url if isinstance(url, str) else ""
                )
                grid[field_name][variant.name][page.id] = normalise(got or "") == want
    return grid


def _variant_value(
    document: Document | None, field_name: str, variant: Variant, url: str
) -> str | None:
    if document is None:
        return None
    if variant.pick is not None:
        return variant.pick(document, url)
    if field_name == "title":
        return title(document, variant.choices)
    return description(document, variant.choices)[0]


@dataclass(frozen=True)
class HeldOut:
    """One page graded with the variant chosen while its group was held out."""

    page: str
    group: str
    chosen: str
    matched: bool


def leave_one_out(grid: Grid, field_name: str, group_of: dict[str, str]) -> list[HeldOut]:
    """For each group: select the variant with most matches elsewhere, grade it on the group.

    Ties go to the earlier variant, so a proven extractor's order is kept unless another one
    matches strictly more of the tuning pages.
    """
    by_variant = grid[field_name]
    graded = []
    for group in sorted(set(group_of.values())):
        chosen = _select(by_variant, lambda page, group=group: group_of[page] != group)
        graded.extend(
            HeldOut(page, group, chosen, ok)
            for page, ok in by_variant[chosen].items()
            if group_of[page] == group
        )
    return graded


def _select(by_variant: dict[str, dict[str, bool]], tune_on: Callable[[str], bool]) -> str:
    """The variant matching most tuning pages; the earliest listed among equals."""
    names = list(by_variant)

    def tuned(name: str) -> tuple[int, int]:
        kept = sum(ok for page, ok in by_variant[name].items() if tune_on(page))
        return kept, -names.index(name)

    return max(names, key=tuned)


def site_of(page_id: str) -> str:
    """The site a page comes from, across corpora: ``readability-nytimes-3`` -> ``nytimes``."""
    name = page_id.split("-", 1)[1]
    name = re.sub(r"^(content|title)-", "", name)  # goose3's test groups
    name = re.sub(r"[-_]?\d+$", "", name.lower())
    return re.sub(r"^the", "", name.replace("-", ""))


def variant_tally(grid: Grid, field_name: str, name: str, pages: Iterable[str]) -> Tally:
    marks = grid[field_name][name]
    wanted = [marks[page] for page in pages if page in marks]
    return Tally(len(wanted), sum(wanted))


def held_out_report(grid: Grid, pages: list[Page]) -> str:
    corpus_of = {page.id: page.corpus for page in pages}
    site = {page.id: site_of(page.id) for page in pages}
    corpora = sorted(set(corpus_of.values()))
    lines = [
        "",
        "Held out (each choice selected on the other corpora / sites, graded on this one):",
        f"{'field':<12}{'corpus':<13}{'default, fixed':>17}{'naive':>17}"
        f"{'corpus held out':>19}{'site held out':>17}  chosen with this corpus held out",
    ]
    for field_name in ("title", "description"):
        by_corpus = leave_one_out(grid, field_name, corpus_of)
        by_site = leave_one_out(grid, field_name, site)
        for corpus in [*corpora, "all"]:
            members = [p for p, c in corpus_of.items() if corpus in (c, "all")]
            fixed = variant_tally(grid, field_name, "default", members)
            naive = variant_tally(grid, field_name, NAIVE.name, members)
            loco = _held_tally(by_corpus, members)
            loso = _held_tally(by_site, members)
            chosen = {h.chosen for h in by_corpus if h.group == corpus}
            lines.append(
                f"{field_name:<12}{corpus:<13}{_cell(fixed):>17}{_cell(naive):>17}"
                f"{_cell(loco):>19}{_cell(loso):>17}  {', '.join(sorted(chosen))}"
            )
    return "\n".join(lines)


def held_out_misses(grid: Grid, pages: list[Page]) -> str:
    """Pages each field misses with its corpus held out, and the variant that missed them."""
    corpus_of = {page.id: page.corpus for page in pages}
    lines = ["", "Misses with the corpus held out:"]
    for field_name in ("title", "description"):
        for held in leave_one_out(grid, field_name, corpus_of):
            if not held.matched:
                lines.append(f"  {field_name:<12} {held.page:<40} ({held.chosen})")
    return "\n".join(lines)


def held_out_rate(grid: Grid, pages: list[Page], field_name: str, corpus: str) -> float:
    """The rate on ``corpus`` of the variant selected on the other corpora."""
    graded = leave_one_out(grid, field_name, {page.id: page.corpus for page in pages})
    return _held_tally(graded, [page.id for page in pages if page.corpus == corpus]).rate


def _held_tally(graded: list[HeldOut], members: list[str]) -> Tally:
    wanted = set(members)
    marks = [held.matched for held in graded if held.page in wanted]
    return Tally(len(marks), sum(marks))


def ablation_report(grid: Grid, pages: list[Page]) -> str:
    """Matches gained or lost per corpus against the default, for every other variant."""
    corpora = sorted({page.corpus for page in pages})
    lines = ["", "Each variant against the default (matches gained or lost):"]
    lines.append(f"{'field':<12}{'variant':<58}" + "".join(f"{c:>13}" for c in corpora))
    for field_name in ("title", "description"):
        base = grid[field_name]["default"]
        for name, marks in grid[field_name].items():
            if name == "default":
                continue
            cells = []
            for corpus in corpora:
                ids = [p.id for p in pages if p.corpus == corpus and p.id in marks]
                cells.append(f"{sum(marks[i] for i in ids) - sum(base[i] for i in ids):>+13d}")
            lines.append(f"{field_name:<12}{name[:57]:<58}" + "".join(cells))
    return "\n".join(lines)


TOOL_ORDERS = {
    "title": ("metascraper (<title> whole)", "readability (json-ld, dc, og, twitter, <title>)"),
    "description": ("metascraper, first declared wins", "readability, first declared wins"),
}
"""Per field, the variants that are metascraper's and Readability's own published orders."""


def conflict_report(grid: Grid, pages: list[Page]) -> str:
    """Per corpus, pages that only metascraper's order gets right, only Readability's, or both.

    A page matched by one tool's order and not the other's is contested: a fixed rule gets it
    only by siding with that tool, so no rule tuned on the other tool's truth can.
    """
    corpora = sorted({page.corpus for page in pages})
    lines = ["", "metascraper's vs Readability's own order (pages each alone gets right):"]
    lines.append(
        f"{'field':<12}{'corpus':<13}{'both':>6}{'ms only':>9}{'rd only':>9}{'neither':>9}"
    )
    for field_name, (ms_name, rd_name) in TOOL_ORDERS.items():
        ms, rd = grid[field_name][ms_name], grid[field_name][rd_name]
        for corpus in corpora:
            ids = [p.id for p in pages if p.corpus == corpus and p.id in ms]
            cells = (
                sum(ms[i] and rd[i] for i in ids),
                sum(ms[i] and not rd[i] for i in ids),
                sum(rd[i] and not ms[i] for i in ids),
                sum(not ms[i] and not rd[i] for i in ids),
            )
            lines.append(
                f"{field_name:<12}{corpus:<13}"
                + "".join(f"{c:>{w}}" for c, w in zip(cells, (6, 9, 9, 9), strict=True))
            )
    return "\n".join(lines)


def _cell(tally: Tally) -> str:
    return f"{tally.matched}/{tally.asserted} {100 * tally.rate:5.1f}%"


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
    grid = score_variants(pages)
    print(held_out_report(grid, pages))
    if args.verbose:
        print(held_out_misses(grid, pages))
        print(conflict_report(grid, pages))
        print(ablation_report(grid, pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
