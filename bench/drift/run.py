"""Build variants of every corpus page, serve them locally, and grade curator.assess on them.

    python -m bench.drift [--corpus DIR] [--limit N] [--workers N] [--no-compare] [--verbose]

Per page: the original (the "approved" baseline), four cosmetic variants (new menu/cookie
banner/ads/footer; shifted dates plus "Updated N hours ago · 12,345 views" in the article header;
reordered sidebars plus a related-stories widget plus a restyled title; all of these at once),
two substantive variants (article replaced by the next page's and by a far page's article,
chrome kept) and one title-only variant. Everything is fetched with curator's own Fetcher
(loopback allowed) from a threaded http.server on 127.0.0.1 and decoded like a run decodes.

Truth: ``changed`` is right exactly on the substantive variants, ``retitled`` exactly on the
title-only one. The bench also sweeps the threshold, compares extractor settings and SimHash,
and measures blurb support with the page's own description standing in for a blurb.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trafilatura
from bench.drift.simhash import simhash, simhash_similarity
from bench.drift.variants import (
    COSMETIC,
    SUBSTANTIVE,
    TITLE_ONLY,
    Donor,
    article_node,
    build_variants,
    donor_of,
    locate,
    page_title,
    parse,
)
from trafilatura.utils import decode_file

from curator.assess import (
    ContentSnapshot,
    Fingerprint,
    TermSupport,
    assess_drift,
    assess_support,
    fingerprint,
    key_terms,
    main_content,
    main_text,
    measure_support,
    similarity,
)
from curator.assess.content import fallback_text, prune_chrome
from curator.assess.fingerprint import words
from curator.extract.decode import decode_html
from curator.fetch.client import Fetcher
from curator.settings import AssessSettings, FetchSettings

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO_ROOT / ".." / "shared" / "corpus"
VARIANTS = ("original", *COSMETIC, *SUBSTANTIVE, *TITLE_ONLY)
# curator's own client against the local server: loopback allowed, no spacing, no robots.txt.
FETCH = FetchSettings(
    allow_private_networks=True,
    respect_robots=False,
    per_host_spacing=0.0,
    per_host_concurrency=4,
    max_body_bytes=20_000_000,
    max_raw_bytes=20_000_000,
)


def _trafilatura(html: str, url: str | None, prune: bool = True, **options: Any) -> str:
    root = parse(html)
    if prune:
        prune_chrome(root)
    text = trafilatura.extract(root, url=url, include_comments=False, **options)
    return text or fallback_text(html)


# Extractor settings compared on the same variants; "curator" is what main_text ships.
EXTRACTORS = {
    "precision, no tables, no pruning": partial(
        _trafilatura, prune=False, favor_precision=True, include_tables=False
    ),
    "precision, no tables": partial(_trafilatura, favor_precision=True, include_tables=False),
    "precision, tables": partial(_trafilatura, favor_precision=True, include_tables=True),
    "balanced, tables": partial(_trafilatura, include_tables=True),
    "recall, tables": partial(_trafilatura, favor_recall=True, include_tables=True),
    "lxml fallback only": lambda html, url: fallback_text(html),
}


@dataclass
class Measure:
    """One fetched variant, reduced to what the comparison needs (picklable)."""

    title: str | None
    fingerprint: str
    text_length: int
    extractor: str
    seconds: float
    simhash: int = 0
    alternatives: dict[str, str] = field(default_factory=dict)
    support: TermSupport | None = None


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    pages = sorted(p.parent for p in (args.corpus / "pages").glob("*/page.html"))
    if not pages:
        print(f"no corpus pages under {args.corpus / 'pages'}", file=sys.stderr)
        return 2
    if args.limit:
        pages = pages[: args.limit]
    settings = AssessSettings()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(args.workers) as pool:
        root = Path(tmp)
        prepared = dict(zip(pages, pool.map(_prepare, pages, chunksize=4), strict=True))
        donors = {page: donor for page, (donor, _, _) in prepared.items()}
        guided = sorted(page.name for page, (_, was_guided, _) in prepared.items() if was_guided)
        jobs = []
        for i, page in enumerate(pages):
            lent = {
                "replaced-next": donors[_unrelated(pages, i, 1, prepared)],
                "replaced-far": donors[_unrelated(pages, i, len(pages) // 2, prepared)],
            }
            jobs.append((page, i, lent, root))
        list(pool.map(_write_variants, jobs, chunksize=2))
        built = time.perf_counter()
        server = _serve(root)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            measure = partial(_measure_page, base=base, compare=args.compare)
            measured = dict(zip(pages, pool.map(measure, pages, chunksize=2), strict=True))
        finally:
            server.shutdown()
    elapsed = time.perf_counter() - started
    print(f"# Drift bench: {len(pages)} pages x {len(VARIANTS)} variants")
    print(
        f"built variants in {built - started:.0f} s; total {elapsed:.0f} s, {args.workers} workers"
    )
    print(
        f"article located by text density on {len(pages) - len(guided)} pages; on "
        f"{len(guided)} the densest block held < 80% of the extracted words and the smallest "
        f"element holding 80% was used"
    )
    if args.verbose:
        print("  extractor-guided: " + ", ".join(guided))
    _report(measured, settings, verbose=args.verbose, compare=args.compare)
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.drift", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="first N pages only")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--no-compare",
        dest="compare",
        action="store_false",
        help="skip the extractor and SimHash comparison (faster)",
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    return parser.parse_args(argv)


def _read(page: Path) -> str:
    return str(decode_file((page / "page.html").read_bytes()))


def _prepare(page: Path) -> tuple[Donor, bool, str]:
    """The page's article (to lend to others), whether the extractor had to locate it, and the
    fingerprint of its main text."""
    html = _read(page)
    root = parse(html)
    text = main_text(html)
    node, guided = article_node(root, set(words(text)))
    donor = donor_of(html, str(root.getroottree().getpath(node)))
    return donor, guided, fingerprint(text).to_str()


def _unrelated(
    pages: list[Path], index: int, offset: int, prepared: dict[Path, tuple[Donor, bool, str]]
) -> Path:
    """The page ``offset`` after ``index`` or the next one whose article is a different one.

    The corpus holds a few captures of the same article (lifehacker-working and
    lifehacker-post-comment-load); "replacing" one by the other is no substantive change.
    """
    own = Fingerprint.from_str(prepared[pages[index]][2])
    for step in range(len(pages)):
        candidate = pages[(index + offset + step) % len(pages)]
        other = Fingerprint.from_str(prepared[candidate][2])
        if candidate != pages[index] and similarity(own, other) < 0.2:
            return candidate
    raise ValueError(f"no page with a different article than {pages[index].name}")


def _write_variants(job: tuple[Path, int, dict[str, Donor], Path]) -> None:
    page, seed, lent, root = job
    html = _read(page)
    path = locate(html, main_text(html))
    target = root / page.name
    target.mkdir()
    (target / "original.html").write_text(html, encoding="utf-8")
    for name, text in build_variants(html, path, seed, lent).items():
        (target / f"{name}.html").write_text(text, encoding="utf-8")


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {".html": "text/html; charset=utf-8"}  # noqa: RUF012

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a thousand request lines would bury the figures."""


def _serve(root: Path) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _measure_page(page: Path, base: str, compare: bool) -> dict[str, Measure]:
    truth = json.loads((page / "truth.json").read_text(encoding="utf-8"))
    url = truth.get("url")
    blurb = truth.get("description")
    terms = key_terms(blurb) if blurb else []
    results = {}
    urls = {variant: f"{base}/{page.name}/{variant}.html" for variant in VARIANTS}
    with Fetcher(FETCH) as fetcher:
        fetched = {result.url: result for result in fetcher.fetch_many(urls.values())}
    for variant, address in urls.items():
        result = fetched[address]
        if result.status != 200 or result.truncated:
            raise RuntimeError(f"{address}: status {result.status}, error {result.error}")
        html = decode_html(result.body, result.headers)
        t0 = time.perf_counter()
        content = main_content(html, url)
        sketch = fingerprint(content.text)
        seconds = time.perf_counter() - t0
        measure = Measure(
            title=page_title(parse(html)),
            fingerprint=sketch.to_str(),
            text_length=len(content.text),
            extractor=content.extractor,
            seconds=seconds,
            support=measure_support(terms, content.text) if terms else None,
        )
        if compare:
            measure.simhash = simhash(content.text)
            measure.alternatives = {
                name: fingerprint(extract(html, url)).to_str()
                for name, extract in EXTRACTORS.items()
            }
        results[variant] = measure
    return results


def _kind(variant: str) -> str:
    if variant in COSMETIC:
        return "cosmetic"
    if variant in SUBSTANTIVE:
        return "substantive"
    return "title-only"


def _report(
    measured: dict[Path, dict[str, Measure]],
    settings: AssessSettings,
    verbose: bool,
    compare: bool,
) -> None:
    sims: dict[str, list[tuple[float, str]]] = {"cosmetic": [], "substantive": [], "title-only": []}
    retitle_truth: list[tuple[bool, bool, str]] = []
    for page, measures in measured.items():
        base = _snapshot(measures["original"])
        for variant in VARIANTS[1:]:
            result = assess_drift(base, _snapshot(measures[variant]), settings)
            sims[_kind(variant)].append((result.similarity, f"{page.name}/{variant}"))
            retitle_truth.append((variant in TITLE_ONLY, result.retitled, f"{page.name}/{variant}"))

    print("\n## Main-content similarity to the original (MinHash, shipped extractor)")
    for kind, values in sims.items():
        print(f"{kind:12} {_distribution([v for v, _ in values])}")
    print(f"{'histogram':12} " + "  ".join(f"{lo / 10:.1f}-" for lo in range(10)))
    for kind, values in sims.items():
        counts = [0] * 10
        for value, _ in values:
            counts[min(9, int(value * 10))] += 1
        print(f"{kind:12} " + "  ".join(f"{c:4}" for c in counts))

    print("\n## Threshold sweep (changed = similarity < threshold)")
    print("threshold  precision  recall  pages with no cosmetic 'changed'")
    for step in range(5, 100, 5):
        threshold = step / 100
        p, r, clean = _grade(sims, threshold)
        mark = "  <- shipped" if abs(threshold - settings.change_threshold) < 1e-9 else ""
        print(f"{threshold:9.2f}  {p:9.3f}  {r:6.3f}  {clean:6.1%}{mark}")

    p, r, clean = _grade(sims, settings.change_threshold)
    rp, rr = _precision_recall(retitle_truth)
    print(f"\n## At the shipped threshold {settings.change_threshold:.2f}")
    print(f"changed:  precision {p:.3f}  recall {r:.3f}")
    print(f"pages with zero 'changed' on their cosmetic variants: {clean:.1%}")
    print(f"retitled: precision {rp:.3f}  recall {rr:.3f}")
    fallback = [p.name for p, m in measured.items() if m["original"].extractor != "trafilatura"]
    print(
        f"pages where trafilatura found no main content (fallback used): {len(fallback)}"
        + (f" {fallback}" if fallback else "")
    )
    times = [m["original"].seconds for m in measured.values()]
    print(
        f"main_text + fingerprint per page: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    _misses(sims, retitle_truth, settings.change_threshold, verbose)
    _support_report(measured, settings)
    if compare:
        _compare(measured)


def _snapshot(measure: Measure) -> ContentSnapshot:
    return ContentSnapshot(
        title=measure.title,
        description=None,
        fingerprint=Fingerprint.from_str(measure.fingerprint),
        text_length=measure.text_length,
    )


def _grade(
    sims: dict[str, list[tuple[float, str]]], threshold: float
) -> tuple[float, float, float]:
    """Precision and recall of changed, and the share of pages with clean cosmetic variants."""
    truth = [
        (kind == "substantive", value < threshold, name)
        for kind, values in sims.items()
        for value, name in values
    ]
    precision, recall = _precision_recall(truth)
    flagged_pages = {name.split("/")[0] for value, name in sims["cosmetic"] if value < threshold}
    pages = {name.split("/")[0] for _, name in sims["cosmetic"]}
    return precision, recall, 1 - len(flagged_pages) / len(pages)


def _precision_recall(rows: Iterable[tuple[bool, bool, str]]) -> tuple[float, float]:
    rows = list(rows)
    tp = sum(1 for truth, said, _ in rows if truth and said)
    fp = sum(1 for truth, said, _ in rows if not truth and said)
    fn = sum(1 for truth, said, _ in rows if truth and not said)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def _distribution(values: list[float]) -> str:
    q = statistics.quantiles(values, n=20, method="inclusive") if len(values) > 1 else values * 19
    return (
        f"n={len(values):4}  min {min(values):.2f}  p5 {q[0]:.2f}  p25 {q[4]:.2f}  "
        f"median {q[9]:.2f}  p75 {q[14]:.2f}  p95 {q[18]:.2f}  max {max(values):.2f}"
    )


def _misses(
    sims: dict[str, list[tuple[float, str]]],
    retitle_truth: list[tuple[bool, bool, str]],
    threshold: float,
    verbose: bool,
) -> None:
    false_changed = sorted(
        (v, n) for kind in ("cosmetic", "title-only") for v, n in sims[kind] if v < threshold
    )
    missed = sorted(((v, n) for v, n in sims["substantive"] if v >= threshold), reverse=True)
    wrong_title = [(truth, name) for truth, said, name in retitle_truth if truth != said]
    limit = None if verbose else 10
    print(
        f"\nfalse 'changed' ({len(false_changed)}): "
        + ", ".join(f"{n} {v:.2f}" for v, n in false_changed[:limit])
    )
    print(
        f"missed 'changed' ({len(missed)}): " + ", ".join(f"{n} {v:.2f}" for v, n in missed[:limit])
    )
    print(
        f"wrong 'retitled' ({len(wrong_title)}): "
        + ", ".join(f"{n} ({'missed' if t else 'false'})" for t, n in wrong_title[:limit])
    )


def _support_report(measured: dict[Path, dict[str, Measure]], settings: AssessSettings) -> None:
    """Blurb support with the page's own description as the blurb (main text only)."""
    weak = 0
    flagged: dict[str, list[int]] = {"cosmetic": [0, 0], "substantive": [0, 0]}
    scores = []
    for measures in measured.values():
        approved = measures["original"].support
        if approved is None or not approved.terms:
            continue
        scores.append(approved.score)
        weak += assess_support(approved, None, settings).weak
        for variant in (*COSMETIC, *SUBSTANTIVE):
            current = measures[variant].support
            assert current is not None
            verdict = assess_support(current, approved, settings)
            counts = flagged[_kind(variant)]
            counts[0] += verdict.unsupported
            counts[1] += 1
    if not scores:
        return
    print("\n## Blurb support (blurb = the page's true description; support over main text only)")
    print(f"pages: {len(scores)}; support of the original: {_distribution(scores)}")
    print(f"'weak support' on the original (never-approved verdict): {weak} pages")
    for kind, (hits, total) in flagged.items():
        print(f"'unsupported' on {kind} variants: {hits}/{total} ({hits / total:.1%})")


def _compare(measured: dict[Path, dict[str, Measure]]) -> None:
    """Separation per extractor setting, and SimHash against MinHash.

    Each scheme is graded at the middle of its own gap (between the 99th percentile of
    substantive and the 1st percentile of cosmetic similarities): a threshold that sits on a
    knife's edge between the two would not survive the next corpus.
    """
    print("\n## Scheme comparison (each graded at the middle of its own gap)")
    print(
        f"{'scheme':42} {'cosm. p1':>8} {'subst. p99':>10} {'margin':>6} {'thr':>5} "
        f"{'prec':>6} {'recall':>6} {'clean pages':>11}"
    )
    rows: dict[str, dict[str, list[tuple[float, str]]]] = {}
    for name in EXTRACTORS:
        rows[f"MinHash, {name}"] = _sims(
            measured,
            lambda m, name=name: m.alternatives[name],
            lambda a, b: similarity(Fingerprint.from_str(a), Fingerprint.from_str(b)),
        )
    rows["MinHash, shipped main_text"] = _sims(
        measured,
        lambda m: m.fingerprint,
        lambda a, b: similarity(Fingerprint.from_str(a), Fingerprint.from_str(b)),
    )
    rows["SimHash, shipped main_text"] = _sims(measured, lambda m: m.simhash, simhash_similarity)
    for name, sims in rows.items():
        cos = statistics.quantiles([v for v, _ in sims["cosmetic"]], n=100)[0]
        sub = statistics.quantiles([v for v, _ in sims["substantive"]], n=100)[98]
        threshold = (cos + sub) / 2
        p, r, clean = _grade(sims, threshold)
        print(
            f"{name:42} {cos:8.2f} {sub:10.2f} {cos - sub:6.2f} {threshold:5.2f} "
            f"{p:6.3f} {r:6.3f} {clean:11.1%}"
        )


def _sims(
    measured: dict[Path, dict[str, Measure]], value: Any, compare: Any
) -> dict[str, list[tuple[float, str]]]:
    sims: dict[str, list[tuple[float, str]]] = {"cosmetic": [], "substantive": [], "title-only": []}
    for page, measures in measured.items():
        base = value(measures["original"])
        for variant in VARIANTS[1:]:
            score = compare(base, value(measures[variant]))
            sims[_kind(variant)].append((score, f"{page.name}/{variant}"))
    return sims
