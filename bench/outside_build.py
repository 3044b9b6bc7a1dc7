"""Assemble bench/outside_pages.py's folder from local checkouts of other projects' test fixtures.

The pages are third-party captures, so they never enter this repository: whoever has checkouts
of the source repositories (a session with the search tool's fetch, or a clone elsewhere) builds
the folder outside it, and the figures can be rebuilt from the same commits. Nothing is
downloaded here. Sources, and what their truth means:

- ``mercury``: postlight/parser's site extractors. Each ``src/extractors/custom/<site>/
  index.test.js`` parses one fixture (``fs.readFileSync('./fixtures/...')``) at a URL and asserts
  the ``title`` its site-specific selector picks (often the headline, not ``<title>``). Only the
  first test case of a file is read; a title asserted as null is left out. No description:
  Mercury's ``dek`` is a subtitle, not the page's description.
- ``newspaper4k``: AndyTheFactory/newspaper4k's ``tests/data/metadata/<name>.json`` snapshot of
  newspaper's output for ``tests/data/html/<name>.html``: ``title`` is newspaper's title chooser,
  ``meta_description`` the page's meta description as read (an empty one is "not asserted").

- ``trafilatura``: adbar/trafilatura's ``tests/metadata_tests.py`` ``test_pages``: for each
  ``extract_metadata(load_mock_page_meta(URL))``, the ``title`` and ``description`` asserted with
  ``==`` (not ``startswith`` or ``in``), on the page ``MOCK_PAGES`` names under ``tests/cache``:
  trafilatura's own choice among meta tags, cleaned ``<title>`` and headings.

Pages byte-identical to a page of ../shared/corpus, or at the same address, are left out, so the
outside measure never re-grades the corpus.

    python -m bench.outside_build --out /tmp/outside \\
        --mercury CHECKOUT [--newspaper4k CHECKOUT] [--trafilatura CHECKOUT] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bench.extract_quality import DEFAULT_CORPUS

_JS_STRING = r"(?P<q>['\"`])(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)"
_URL = re.compile(r"\burl\s*=\s*" + _JS_STRING, re.DOTALL)
_FIXTURE = re.compile(r"readFileSync\(\s*" + _JS_STRING, re.DOTALL)
_TITLE = re.compile(r"assert\.equal\(\s*title\s*,\s*" + _JS_STRING + r"\s*,?\s*\)", re.DOTALL)
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


@dataclass(frozen=True)
class Found:
    """One page and what its source asserts about it."""

    id: str
    source: str
    page: Path
    truth: dict[str, object]


def js_string(body: str) -> str:
    """A JavaScript string literal's value (the quotes already taken off)."""

    def one(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape.startswith("u{"):
            return chr(int(escape[2:-1], 16))
        if escape[0] in "ux" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        if escape == "\n":  # a line continuation
            return ""
        return _SIMPLE_ESCAPES.get(escape, escape)

    return _JS_ESCAPE.sub(one, body)


def _first_case(text: str) -> str:
    """The first test case of a Mercury test file: up to the second ``describe(``."""
    starts = [match.start() for match in re.finditer(r"\bdescribe\(", text)]
    return text[: starts[2]] if len(starts) > 2 else text


def mercury(checkout: Path, commit: str | None) -> Iterator[Found]:
    for test in sorted(checkout.glob("src/extractors/custom/*/index.test.js")):
        case = _first_case(test.read_text(encoding="utf-8"))
        url, fixture, title = _URL.search(case), _FIXTURE.search(case), _TITLE.search(case)
        if not (url and fixture and title):
            continue  # no title asserted, or a test shaped otherwise: not guessed at
        page = checkout / js_string(fixture.group("s"))
        if not page.is_file():
            continue
        site = test.parent.name
        yield Found(
            f"mercury-{site}",
            "mercury",
            page,
            {
                "url": js_string(url.group("s")),
                "title": js_string(title.group("s")),
                "description": None,
                "source": _source("postlight/parser", commit, checkout, page, test),
                "semantics": "Mercury's site extractor's title selector (often the headline)",
                **_mercury_quirks(page.read_bytes()),
            },
        )


_RENAMED_META = re.compile(rb"<meta\b(?![^>]*\bcontent\s*=)[^>]*\bvalue\s*=", re.IGNORECASE)


def _mercury_quirks(body: bytes) -> dict[str, object]:
    """Fixtures saved after Mercury's normalizeMetaTags hold ``<meta value>``, not ``content``."""
    return {"quirks": ["mercury-meta"]} if _RENAMED_META.search(body) else {}


def newspaper4k(checkout: Path, commit: str | None) -> Iterator[Found]:
    for truth_path in sorted(checkout.glob("tests/data/metadata/*.json")):
        page = checkout / "tests/data/html" / f"{truth_path.stem}.html"
        if not page.is_file():
            continue
        data = json.loads(truth_path.read_text(encoding="utf-8"))
        title, description = data.get("title") or None, data.get("meta_description") or None
        if title is None and description is None:
            continue
        yield Found(
            f"newspaper4k-{truth_path.stem}",
            "newspaper4k",
            page,
            {
                "url": data.get("url") or data.get("canonical_link") or None,
                "title": title,
                "description": description,
                "lang": data.get("meta_lang") or None,
                "source": _source("AndyTheFactory/newspaper4k", commit, checkout, page, truth_path),
                "semantics": "newspaper4k's snapshot: its title chooser; the meta description",
            },
        )


def trafilatura(checkout: Path, commit: str | None) -> Iterator[Found]:
    tests = checkout / "tests/metadata_tests.py"
    if not tests.is_file():
        return
    module = ast.parse(tests.read_text(encoding="utf-8"))
    files = _mock_pages(module)
    asserted: dict[str, dict[str, str]] = {}
    for function in module.body:
        if isinstance(function, ast.FunctionDef) and function.name == "test_pages":
            _read_asserts(function.body, asserted)
    for url, fields in asserted.items():
        page = checkout / "tests/cache" / files.get(url, "")
        if url not in files or not page.is_file():
            continue
        yield Found(
            f"trafilatura-{Path(files[url]).stem}",
            "trafilatura",
            page,
            {
                "url": url,
                "title": fields.get("title"),
                "description": fields.get("description"),
                "source": _source("adbar/trafilatura", commit, checkout, page, tests),
                "semantics": "trafilatura's extract_metadata, asserted with == in test_pages",
            },
        )


def _mock_pages(module: ast.Module) -> dict[str, str]:
    """``MOCK_PAGES``: URL -> file name under ``tests/cache``."""
    for node in module.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "MOCK_PAGES" for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return {
                key.value: value.value
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if isinstance(key, ast.Constant)
                and isinstance(key.value, str)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            }
    return {}


def _read_asserts(body: list[ast.stmt], asserted: dict[str, dict[str, str]]) -> None:
    """Follow ``url = ...`` / ``metadata = extract_metadata(load_mock_page...(url))`` in order and
    keep ``assert metadata.title == "..."`` (or ``metadata['title']``) for the page in hand."""
    names: dict[str, str] = {}
    page: str | None = None
    for statement in body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if not isinstance(target, ast.Name):
                continue
            if isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str):
                names[target.id] = statement.value.value
            elif target.id == "metadata":
                page = _loaded_url(statement.value, names)
        elif isinstance(statement, ast.Assert) and page is not None:
            found = _asserted_field(statement.test)
            if found is not None:
                asserted.setdefault(page, {})[found[0]] = found[1]


def _loaded_url(value: ast.expr, names: dict[str, str]) -> str | None:
    for node in ast.walk(value):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id.startswith("load_mock_page")
            and node.args
        ):
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                return argument.value
            if isinstance(argument, ast.Name):
                return names.get(argument.id)
    return None


def _asserted_field(test: ast.expr) -> tuple[str, str] | None:
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and isinstance(test.comparators[0].value, str)
    ):
        return None
    left = test.left
    name = None
    if isinstance(left, ast.Attribute) and _is_metadata(left.value):
        name = left.attr
    elif isinstance(left, ast.Subscript) and _is_metadata(left.value):
        key = left.slice
        name = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
    if name in ("title", "description"):
        return name, test.comparators[0].value
    return None


def _is_metadata(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "metadata"


def _source(repo: str, commit: str | None, checkout: Path, page: Path, truth: Path) -> object:
    return {
        "repo": repo,
        "commit": commit,
        "path": str(page.relative_to(checkout)),
        "truth_path": str(truth.relative_to(checkout)),
    }


def corpus_keys(corpus: Path) -> tuple[set[str], set[str]]:
    """Digests and addresses of the corpus's pages, to leave duplicates out."""
    digests, addresses = set(), set()
    for truth_path in (corpus / "pages").glob("*/truth.json"):
        digests.add(_digest((truth_path.parent / "page.html").read_bytes()))
        url = json.loads(truth_path.read_text(encoding="utf-8")).get("url")
        if url:
            addresses.add(_address(url))
    return digests, addresses


def _digest(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest()


def _address(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def write(found: Sequence[Found], out: Path, corpus: Path | None) -> tuple[int, list[str]]:
    """Write each page and its truth.json under ``out/pages``; returns (written, left out)."""
    digests, addresses = corpus_keys(corpus) if corpus else (set(), set())
    seen: set[str] = set()
    written, left_out = 0, []
    for one in found:
        body = one.page.read_bytes()
        digest = _digest(body)
        url = one.truth.get("url")
        if digest in digests or (isinstance(url, str) and _address(url) in addresses):
            left_out.append(f"{one.id}: also in the corpus")
            continue
        if digest in seen:
            left_out.append(f"{one.id}: same bytes as an earlier page")
            continue
        seen.add(digest)
        folder = out / "pages" / one.id
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "page.html").write_bytes(body)
        truth = {"id": one.id, "corpus": one.source, **one.truth, "sha1": digest}
        (folder / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written += 1
    return written, left_out


def _checkout(value: str) -> tuple[Path, str | None]:
    """``PATH`` or ``PATH@COMMIT`` (the commit is recorded, not checked out)."""
    path, _, commit = value.partition("@")
    return Path(path), commit or None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mercury", help="checkout of postlight/parser: PATH[@COMMIT]")
    parser.add_argument("--newspaper4k", help="checkout of newspaper4k: PATH[@COMMIT]")
    parser.add_argument("--trafilatura", help="checkout of adbar/trafilatura: PATH[@COMMIT]")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    readers = {"mercury": mercury, "newspaper4k": newspaper4k, "trafilatura": trafilatura}
    found: list[Found] = []
    for name, read in readers.items():
        value = getattr(args, name)
        if value is None:
            continue
        path, commit = _checkout(value)
        if not path.is_dir():
            print(f"error: --{name} {path}: no such directory", file=sys.stderr)
            return 2
        found.extend(read(path, commit))
    corpus = args.corpus if (args.corpus / "pages").is_dir() else None
    written, left_out = write(found, args.out, corpus)
    for line in left_out:
        print(f"left out {line}")
    print(f"{written} pages written to {args.out / 'pages'}")
    return 0 if written else 1


if __name__ == "__main__":
    raise SystemExit(main())
