"""CPU of each step ``inspect`` takes on a real page, without a web or cProfile in the way.

    python -m bench.inspect_stages [--repeat 7] [--only inspect]

Runs each step of reading a page (``inspect`` as a whole, ``extract`` and its parts, then the
text-derived features: blurb terms, the soft-404 shingle sketch, parked-domain phrases,
gone-statements, the page's own redirect, and the page words two of them share) over the
real-page workload's bodies (the corpus pages of 20-200 kB, ``bench.peers.realpages``, read in
place) and prints the fastest of ``--repeat`` passes in ms a page. cProfile's per-call cost
inflates the many small calls of an element walk several times over, so its shares say where
to look and this says what a change gained. Compare old and new code by alternating runs (a
second worktree with ``PYTHONPATH`` pointing at its ``src``); figures go to bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Callable, Sequence

from bench.peers.realpages import corpus_pages

from curator.assess import measure_support
from curator.classify.client_redirect import client_redirect
from curator.classify.gone import read_facts
from curator.classify.page_sketch import shingle_sketch
from curator.classify.probe_answer import ProbeAnswer
from curator.classify.soft404 import parked_marker
from curator.extract import dates, extract
from curator.extract.decode import detect_encoding
from curator.extract.descriptions import description
from curator.extract.document import Document, parse
from curator.extract.meta import canonical
from curator.extract.text import visible_text
from curator.extract.titles import title
from curator.fetch.result import FetchResult
from curator.inspect import Wants, inspect

URL = "http://site.example/news/1/slug"
HEADERS = {"content-type": "text/html"}
TERMS = ("source", "says", "back", "pain", "treatment")  # the workload's blurb's key terms


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", default="", help="only the steps whose label starts so")
    args = parser.parse_args(argv)
    bodies = corpus_pages()
    texts = [body.decode(detect_encoding(body, HEADERS), errors="replace") for body in bodies]
    docs: list[Document] = [doc for doc in map(parse, texts) if doc is not None]
    pages = [extract(body, URL, HEADERS) for body in bodies]
    heads = [body[:20000].decode("latin-1") for body in bodies]
    fetched = [FetchResult(URL, URL, status=200, headers=HEADERS, body=body) for body in bodies]
    wants = Wants(terms=TERMS)
    unhashed = Wants(terms=TERMS, answer=ProbeAnswer("http://site.example", "/news/*/*", 404, URL))
    steps: list[tuple[str, Callable[[int], object]]] = [
        ("inspect (all of it, blurb terms asked)", lambda i: inspect(fetched[i], wants)),
        # as most pages of a run: the host's answer to made-up URLs is held, and it is a bare
        # 404, which cannot read a page's words, so the sketch is not hashed
        ("inspect, unhashed (a bare 404 held)", lambda i: inspect(fetched[i], unhashed)),
        ("extract (all of it)", lambda i: extract(bodies[i], URL, HEADERS)),
        ("  parse (lxml, meta and JSON-LD index)", lambda i: parse(texts[i])),
        ("  title", lambda i: title(docs[i])),
        ("  description", lambda i: description(docs[i])),
        ("  canonical", lambda i: canonical(docs[i], URL)),
        ("  dates", lambda i: (dates.published(docs[i]), dates.modified(docs[i]))),
        ("  visible text", lambda i: visible_text(docs[i].root)),
        ("body hash", lambda i: hashlib.blake2b(bodies[i], digest_size=16).hexdigest()),
        ("blurb terms", lambda i: measure_support(TERMS, pages[i].title, pages[i].text)),
        ("soft-404 shingle sketch", lambda i: shingle_sketch(pages[i].text)),
        ("parked-domain phrases", lambda i: parked_marker(pages[i].title, pages[i].text, heads[i])),
        ("gone-statements", lambda i: read_facts(pages[i])),
        (
            "gone-statements, given the HTML's head",
            lambda i: read_facts(pages[i], url=URL, html_head=heads[i]),
        ),
        # as inspect asks it: only of pages whose bytes name a location or a refresh
        ("client redirect (scripts, refresh)", lambda i: _client_redirect(bodies[i], docs[i])),
    ]
    try:  # code from before extraction indexed what a page declares itself has no declarations
        from curator.extract.meta import declarations
    except ImportError:
        pass
    else:
        steps.insert(8, ("  declared types (og:type, JSON-LD)", lambda i: declarations(docs[i])))
    try:  # code from before the page's words were found once for both readers has no PageWords
        from curator.extract.words import PageWords
    except ImportError:
        pass
    else:
        words = [PageWords.of(page.text) for page in pages]
        steps += [
            ("page words (once, for the next two)", lambda i: PageWords.of(pages[i].text)),
            ("blurb terms, off the page words", lambda i: measure_support(TERMS, words[i])),
            ("shingle sketch, off the page words", lambda i: shingle_sketch(words[i])),
        ]
    try:  # code from before the main content was told from chrome reads no main area
        from curator.classify.main_area import read_main
    except ImportError:
        pass
    else:
        try:
            from curator.classify.main_message import wants_main
        except ImportError:  # code from before gone.py was split into modules of one job each
            from curator.classify.gone import wants_main  # type: ignore[attr-defined,no-redef]
        facts = [
            read_facts(page, url=URL, html_head=head)
            for page, head in zip(pages, heads, strict=True)
        ]
        wanted = sum(wants_main(facts[i]) for i in range(len(pages)))
        print(f"main area wanted on {wanted} of {len(pages)} pages")
        steps += [
            ("main-area gate (wants_main)", lambda i: wants_main(facts[i])),
            ("main area (where wanted; here on all)", lambda i: read_main(docs[i].root)),
        ]
    print(f"{len(bodies)} pages of 20-200 kB, fastest of {args.repeat} passes, ms a page")
    for label, step in steps:
        if not label.startswith(args.only):
            continue
        fastest = min(_pass(step, len(bodies)) for _ in range(args.repeat))
        print(f"{label:40s} {fastest * 1000 / len(bodies):7.3f}")


def _client_redirect(body: bytes, document: Document) -> object:
    if b"location" in body or "refresh" in body[:20000].decode("latin-1").lower():
        return client_redirect(document, URL)
    return None


def _pass(step: Callable[[int], object], count: int) -> float:
    start = time.process_time()
    for index in range(count):
        step(index)
    return time.process_time() - start


if __name__ == "__main__":
    main()
