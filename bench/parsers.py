"""lexbor (selectolax) against lxml for reading a page: CPU, and whether the readings agree.

    python -m bench.parsers [--repeat 7] [--set real|corpus|sets] [--hybrid] [--only-compare]

Times, over the real-page workload's bodies (``bench.peers.realpages``, 20-200 kB), all the
corpus pages, or (``sets``) every HTML page ``bench.inspect_same`` reads but blind9/blind10,
with a CPU timer, the fastest of ``--repeat`` passes in ms a page, each step ending with the
parsed page freed:

- lxml as curator reads a page now: ``extract.document.parse`` (libxml2's parse and the one
  index walk), then that and the visible-text walk (``extract.text.visible_text``);
- lexbor: the parse alone; the parse and one C-level selection of the elements the metadata
  rules read (title, meta, link, base, script, time, h1, h2), each element's attributes read;
  the parse and the visible text as curator's walk defines it (hidden tags and elements
  dropped, a space at each block's edges, inline pieces joined as written), built with
  lexbor's own calls (one selection of what is hidden, removed; a space node inserted before
  and after each block element; one ``text()``); and both together.

Then (``--hybrid``) what a hybrid would cost: lexbor's parse, metadata and text on every page,
and lxml's tree built as well only on the pages whose verdict readers reach it. Which pages
those are is found by running ``inspect`` on each page (as most pages of a run are read: blurb
terms asked, a bare 404 held) with the tree readers it calls wrapped, under four assumptions of
what has been moved to lexbor; each page's costs are the fastest of ``--repeat`` reads of it.

Then, with lxml's readings as the truth, how many pages read the same: the visible text,
exactly and with whitespace ignored; the title text; the indexed elements' counts. What
differs is printed, a few pages' worth, to say why. Figures go to bench/README.md ("lexbor
for the hot path, measured").
"""

from __future__ import annotations

import argparse
import codecs
import gc
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.peers.realpages import CORPUS, corpus_pages
from selectolax.lexbor import LexborHTMLParser

from curator.extract.clean import cap, collapse
from curator.extract.decode import detect_encoding
from curator.extract.document import INDEXED_TAGS, parse
from curator.extract.text import BLOCK_TAGS, HIDDEN_TAGS, TEXT_CAP, visible_text

HEADERS = {"content-type": "text/html"}
_HIDDEN_SELECTOR = ",".join(sorted(HIDDEN_TAGS)) + ",[hidden],[aria-hidden]"
_BLOCKS = ",".join(sorted(BLOCK_TAGS))
_INDEXED = ",".join(INDEXED_TAGS)
_BLIND = frozenset({"blind9", "blind10"})  # the lead's: never read here


def lexbor_parse(data: bytes | str) -> LexborHTMLParser:
    """A page parsed as a browser with scripts on does: with ``scripting=False`` (lexbor's
    default), a ``<noscript><img></noscript>`` in the head ends the head, and a ``<title>``
    after it is read as body text; lxml's visible text then differs on two more pages."""
    return LexborHTMLParser(data, scripting=True)


def lexbor_index(tree: LexborHTMLParser) -> dict[str, list[dict[str, str | None]]]:
    """The metadata rules' elements, each with its attributes (and a script's text)."""
    by_tag: dict[str, list[dict[str, str | None]]] = {tag: [] for tag in INDEXED_TAGS}
    for node in tree.css(_INDEXED):
        attrs = node.attributes
        tag = node.tag or ""
        if tag in ("script", "title"):
            attrs = dict(attrs, text=node.text())
        by_tag.setdefault(tag, []).append(attrs)
    return by_tag


def lexbor_text(tree: LexborHTMLParser) -> str:
    """Visible text as ``extract.text.visible_text`` defines it, by lexbor's own calls: one
    selection of what is hidden (by tag or attribute), removed from the last one up so that a
    descendant goes before its ancestor; a space node before and after each block element;
    then one ``text()`` of what is left, its pieces joined as written."""
    root = tree.root
    if root is None:
        return ""
    for node in reversed(root.css(_HIDDEN_SELECTOR)):
        attributes = node.attributes
        aria = attributes.get("aria-hidden")
        if (
            node.tag in HIDDEN_TAGS
            or "hidden" in attributes
            or (aria is not None and aria.strip().lower() == "true")
        ):
            node.decompose()
    for node in root.css(_BLOCKS):
        node.insert_before(" ")
        node.insert_after(" ")
    return cap(collapse(root.text(deep=True, separator="")), TEXT_CAP)


def _inputs(which: str) -> list[tuple[str, bytes, str, bytes | None]]:
    kinds: list[str] = []
    if which == "real":
        bodies = [(f"real{i}", b) for i, b in enumerate(corpus_pages())]
    elif which == "corpus":
        bodies = [(p.parent.name, p.read_bytes()) for p in sorted(Path(CORPUS).glob("*/page.html"))]
    else:  # every page ``bench.inspect_same`` reads but the two sets the lead holds blind
        from bench.inspect_same import pages

        found = [page for page in pages(_BLIND) if "html" in page[2]]
        bodies = [(name, body) for name, body, _kind in found]
        kinds = [kind for _name, _body, kind in found]
    out = []
    for at, (name, body) in enumerate(bodies):
        headers = {"content-type": kinds[at]} if kinds else HEADERS
        encoding = detect_encoding(body, headers)
        text = body.decode(encoding, errors="replace")
        utf8 = codecs.lookup(encoding).name == "utf-8" and "\ufffd" not in text
        out.append((name, body, text, body if utf8 and b"\x00" not in body else None))
    return out


def _time(
    step: Callable[[str, bytes | None], object],
    inputs: list[tuple[str, bytes, str, bytes | None]],
    repeat: int,
) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        for _name, _body, text, utf8 in inputs:
            step(text, utf8)
        best = min(best, time.process_time() - start)
    return best * 1000 / len(inputs)


def _lx_parse(text: str, utf8: bytes | None) -> object:
    doc = parse(text, utf8)
    del doc
    return None


def _lx_text(text: str, utf8: bytes | None) -> object:
    doc = parse(text, utf8)
    if doc is not None:
        visible_text(doc.root)
    del doc
    return None


def _lb_data(text: str, utf8: bytes | None) -> bytes | str:
    return utf8 if utf8 is not None else text.replace("\x00", "\ufffd")


def _lb_parse(text: str, utf8: bytes | None) -> object:
    tree = lexbor_parse(_lb_data(text, utf8))
    del tree
    return None


def _lb_meta(text: str, utf8: bytes | None) -> object:
    tree = lexbor_parse(_lb_data(text, utf8))
    lexbor_index(tree)
    del tree
    return None


def _lb_text(text: str, utf8: bytes | None) -> object:
    tree = lexbor_parse(_lb_data(text, utf8))
    lexbor_text(tree)
    del tree
    return None


def _lb_both(text: str, utf8: bytes | None) -> object:
    tree = lexbor_parse(_lb_data(text, utf8))
    lexbor_index(tree)
    lexbor_text(tree)
    del tree
    return None


STEPS: tuple[tuple[str, Callable[[str, bytes | None], object]], ...] = (
    ("lxml: parse + index walk + free", _lx_parse),
    ("lxml: parse + index + text walk + free", _lx_text),
    ("lexbor: parse + free", _lb_parse),
    ("lexbor: parse + metadata elements + free", _lb_meta),
    ("lexbor: parse + visible text + free", _lb_text),
    ("lexbor: parse + metadata + text + free", _lb_both),
)


# The readers ``inspect`` hands the parsed tree to, past their own gates: each is a page that
# would need lxml's tree. ``landmark`` is where the empty-main reader first walks it; ``_live``
# is the client-redirect reader's ancestor test (the rest of it reads the element index).
_TREE_READERS = (
    "read_main", "block_starts", "home_names", "read_pointer", "route_not_found", "hollow",
    "read_thin", "settle", "read_stand_in", "read_retired", "main_pictures", "read_listing",
    "read_sign_in",
)  # fmt: skip


def tree_needs(bodies: Sequence[bytes]) -> list[set[str]]:
    """For each page, which tree readers ``inspect`` reached on it."""
    import curator.classify.client_redirect as redirect_module
    import curator.classify.empty_main as empty_module
    import curator.inspect as inspecting
    from curator.classify.probe_answer import ProbeAnswer
    from curator.fetch.result import FetchResult

    touched: set[str] = set()

    def wrap(module: Any, name: str, label: str) -> None:
        function = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            touched.add(label)
            return function(*args, **kwargs)

        setattr(module, name, wrapped)

    for name in _TREE_READERS:
        wrap(inspecting, name, name)
    wrap(empty_module, "landmark", "empty_main")
    wrap(redirect_module, "_live", "client_redirect")
    landmark = empty_module.landmark

    def found(root: Any) -> Any:
        element = landmark(root)
        if element is not None:
            touched.add("empty_main landmark found")
        return element

    empty_module.landmark = found
    url = "http://site.example/news/1/slug"
    wants = inspecting.Wants(
        terms=("source", "says", "back", "pain", "treatment"),
        answer=ProbeAnswer("http://site.example", "/news/*/*", 404, url),
    )
    needs = []
    for body in bodies:
        touched.clear()
        inspecting.inspect(FetchResult(url, url, status=200, headers=HEADERS, body=body), wants)
        needs.append(set(touched))
    return needs


def _each(
    step: Callable[[str, bytes | None], object], text: str, utf8: bytes | None, repeat: int
) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        step(text, utf8)
        best = min(best, time.process_time() - start)
    return best * 1000


def hybrid(inputs: list[tuple[str, bytes, str, bytes | None]], repeat: int) -> None:
    needs = tree_needs([body for _name, body, _text, _utf8 in inputs])
    gc.collect()
    lx_all = [_each(_lx_text, t, u, repeat) for _n, _b, t, u in inputs]
    lx_tree = [_each(_lx_parse, t, u, repeat) for _n, _b, t, u in inputs]
    lb_all = [_each(_lb_both, t, u, repeat) for _n, _b, t, u in inputs]
    n = len(inputs)
    print(f"lxml as now (parse, index, text walk, free): {sum(lx_all) / n:.3f} ms a page")
    print(f"lexbor only (parse, metadata, text, free):   {sum(lb_all) / n:.3f} ms a page")
    scenarios: tuple[tuple[str, Callable[[set[str]], bool]], ...] = (
        ("today's readers", lambda need: bool(need)),
        ("+ redirect's ancestor test on lexbor", lambda need: bool(need - {"client_redirect"})),
        (
            "+ empty-main's landmark search on lexbor",
            lambda need: bool(need - {"client_redirect", "empty_main"}),
        ),
        (
            "+ empty-main on lexbor whole",
            lambda need: bool(
                need - {"client_redirect", "empty_main", "empty_main landmark found"}
            ),
        ),
    )
    for label, builds in scenarios:
        built = [builds(need) for need in needs]
        cost = sum(
            lb + (tree if b else 0.0) for lb, tree, b in zip(lb_all, lx_tree, built, strict=True)
        )
        print(f"hybrid, {label}: lxml built on {sum(built)}/{n} pages, {cost / n:.3f} ms a page")


def compare(inputs: list[tuple[str, bytes, str, bytes | None]], show: int) -> None:
    same = same_words = same_title = same_counts = 0
    shown = 0
    for name, _body, text, utf8 in inputs:
        doc = parse(text, utf8)
        old = visible_text(doc.root) if doc is not None else ""
        tree = lexbor_parse(_lb_data(text, utf8))
        index = lexbor_index(tree)
        new = lexbor_text(tree)
        same += old == new
        same_words += old.split() == new.split() or "".join(old.split()) == "".join(new.split())
        titles_old = [collapse("".join(e.itertext())) for e in doc.by_tag["title"]] if doc else []
        titles_new = [collapse(a.get("text") or "") for a in index["title"]]
        same_title += titles_old[:1] == titles_new[:1]
        counts_old = {t: len(doc.by_tag[t]) for t in INDEXED_TAGS} if doc else {}
        counts_new = {t: len(index.get(t, ())) for t in INDEXED_TAGS}
        same_counts += counts_old == counts_new
        if old != new and shown < show:
            shown += 1
            a, b = old.split(" "), new.split(" ")
            at = next(
                (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)),
            )
            print(
                f"  {name}: lxml {len(old)} chars, lexbor {len(new)};"
                f" first difference at word {at}:"
            )
            print(f"    lxml:   {' '.join(a[max(0, at - 4) : at + 8])!r}")
            print(f"    lexbor: {' '.join(b[max(0, at - 4) : at + 8])!r}")
            if counts_old != counts_new:
                print(f"    indexed counts: lxml {counts_old} lexbor {counts_new}")
    n = len(inputs)
    print(f"visible text identical: {same}/{n}; same once whitespace is ignored: {same_words}/{n}")
    print(
        f"first title identical: {same_title}/{n};"
        f" indexed element counts identical: {same_counts}/{n}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--set", choices=("real", "corpus", "sets"), default="real")
    parser.add_argument("--only-compare", action="store_true")
    parser.add_argument("--show", type=int, default=6)
    parser.add_argument("--hybrid", action="store_true")
    args = parser.parse_args(argv)
    inputs = _inputs(args.set)
    print(f"{len(inputs)} pages ({args.set}); load average {os.getloadavg()[0]:.1f}")
    if not args.only_compare:
        for label, step in STEPS:
            print(f"{_time(step, inputs, args.repeat):7.3f} ms a page  {label}")
        print(f"load average {os.getloadavg()[0]:.1f}")
    if args.hybrid:
        hybrid(inputs, args.repeat)
        print(f"load average {os.getloadavg()[0]:.1f}")
    compare(inputs, args.show)


if __name__ == "__main__":
    main()
